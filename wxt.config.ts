import { defineConfig } from 'wxt';
import { CONTENT_MATCHES } from './lib/sites';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Post Check',
    description:
      "Checks your social media drafts against your school's social media policy as you write. Nothing leaves your computer.",
    permissions: ['storage'],
    // The three sites only: the content script runs there, and the popup and badge need
    // to know which of them a tab shows. Nothing else is reachable.
    host_permissions: [...CONTENT_MATCHES],
    // Underlines are drawn with the CSS Custom Highlight API. Firefox has `CSS.highlights`
    // from 140, but draws `text-decoration` in `::highlight()` only from 146 (sites.md
    // §8.4; Harper set the same minimum on 2026-01-27): below that the wavy, dashed and
    // dotted underlines that tell the severities apart would be invisible.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { strict_min_version: '146.0' } } } : {}),
  }),
});
