import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Post Check',
    description:
      "Checks your social media drafts against your school's social media policy as you write. Nothing leaves your computer.",
    permissions: ['storage'],
  },
});
