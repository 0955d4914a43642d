import { defineConfig } from 'wxt';
import { CHROMIUM_PUBLIC_KEY, GECKO_ID } from './lib/extension-ids';
import { managedSchema } from './lib/managed/schema';
import { CONTENT_MATCHES } from './lib/sites';
import { DEFAULT_SHORTCUT, OPEN_PANEL_COMMAND } from './lib/shortcut';

/**
 * Firefox 146: the first with `text-decoration` inside `::highlight()`, which the
 * underlines need (CSS.highlights itself came in 140). `data_collection_permissions`
 * needs 140 too.
 */
const FIREFOX_MIN_VERSION = '146.0';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // No auto-imports: every module names what it uses (WXT's own helpers included), so the
  // code reads the same in an editor, in tests and to the dead-code check.
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  // Manifest V3 for every browser, Firefox included (WXT's default for Firefox is 2).
  manifestVersion: 3,
  // The toolbar, extensions page and store icons, 16 to 128 px, drawn from one SVG at build time.
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: [128, 48, 32, 16] },
  manifest: ({ browser }) => ({
    name: 'Post Check',
    description:
      "Checks your social media drafts against your school's social media policy as you write. Nothing leaves your computer.",
    // alarms: the opt-in termly privacy check-up and the daily deletion of history older than 90 days.
    permissions: ['storage', 'alarms'],
    // The three sites only: the content script runs there, and the popup and badge need
    // to know which of them a tab shows. Nothing else is reachable.
    host_permissions: [...CONTENT_MATCHES],
    action: { default_title: 'Post Check', default_icon: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png' } },
    // The key that opens the panel from any post box (lib/shortcut.ts); people can change
    // it at chrome://extensions/shortcuts (Firefox: about:addons, Manage Extension Shortcuts).
    commands: {
      [OPEN_PANEL_COMMAND]: {
        suggested_key: { default: DEFAULT_SHORTCUT },
        description: "Open Post Check's panel for the post you are writing",
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: FIREFOX_MIN_VERSION,
              // Nothing is collected or sent anywhere (PRIVACY.md).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // A fixed extension ID for enterprise deployment (lib/extension-ids.ts, docs/deploying.md).
          key: CHROMIUM_PUBLIC_KEY,
          // What a school's IT may set through browser policy; Firefox reads policies.json instead.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
  // The judgement models' weights (lib/facts/models/*.json) are large: Vite's `json.stringify`
  // emits them as `JSON.parse("…")`, which V8 reads faster than an object literal.
  vite: () => ({ json: { stringify: true } }),
  hooks: {
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser === 'firefox') return;
      files.push({ relativeDest: 'managed_schema.json', contents: `${JSON.stringify(managedSchema(), null, 2)}\n` });
    },
  },
  zip: {
    // The sources zip for Mozilla's reviewers: what `npm ci && npm run build:firefox` needs, nothing else.
    excludeSources: ['assets/placeholder-logo.*', 'assets/sample-pupils.csv', 'tests/**', 'docs/**', 'scripts/**', 'demo-screenshots/**', 'test-results/**', 'stats.html', '*.log', 'vitest.config.ts', 'vitest.e2e.config.ts'],
  },
});
