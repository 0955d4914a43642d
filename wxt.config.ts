import { defineConfig } from 'wxt';
import { CONTENT_MATCHES } from './lib/sites';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Post Check',
    description:
      "Checks your social media drafts against your school's social media policy as you write. Nothing leaves your computer.",
    // alarms: the opt-in termly privacy check-up and the daily deletion of history older than 90 days.
    permissions: ['storage', 'alarms'],
    // The three sites only: the content script runs there, and the popup and badge need
    // to know which of them a tab shows. Nothing else is reachable.
    host_permissions: [...CONTENT_MATCHES],
  },
});
