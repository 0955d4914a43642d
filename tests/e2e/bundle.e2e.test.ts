/**
 * The built packages as a store reviewer (or a data-protection officer) would read
 * them: every web address in them is on a reviewed list with the reason it is there,
 * no code is built from text (no eval, no Function constructor), and the manifest asks
 * for exactly the reviewed permissions. Runs over both builds: .output/chrome-mv3 (also
 * what Edge loads) and .output/firefox-mv3 (the global set-up builds both).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PUBLIC_KEY, GECKO_ID } from '../../lib/extension-ids';

const OUTPUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '.output');
const BUILDS = ['chrome-mv3', 'firefox-mv3'] as const;

/** Reviewed: every address the bundles may contain, and why none of them is ever requested. */
const ALLOWED_ADDRESSES: { pattern: RegExp; why: string }[] = [
  { pattern: /^https:\/\/(www\.|mobile\.|web\.)?(x|twitter|facebook|linkedin)\.com\/\*?$/, why: 'the three sites: match patterns and URL parsing in lib/sites, never fetched' },
  { pattern: /^https:\/\/\$\{e\}\/\*$/, why: 'the template lib/sites builds its match patterns with' },
  { pattern: /^http:\/\/www\.w3\.org\/(1998\/Math\/MathML|1999\/xlink|2000\/svg|XML\/1998\/namespace)$/, why: 'XML namespace names in React DOM: identifiers, never fetched' },
  { pattern: /^https:\/\/react\.dev\/errors\/$/, why: "React's production error messages name the page that decodes them: text only" },
  { pattern: /^https:\/\/github\.com\/mholt\/PapaParse$/, why: "PapaParse's licence banner" },
  {
    pattern: /^https:\/\/www\.linkedin\.com\/in\/$/,
    why: "the start of a LinkedIn member's profile address, compared with links on the page to find who is posting: never fetched",
  },
  {
    pattern:
      /^https:\/\/(x\.com\/settings\/(privacy_and_safety|audience_and_tagging)|www\.facebook\.com\/(privacy\/checkup|settings\/\?tab=profile_and_tagging)|www\.linkedin\.com\/(psettings\/|public-profile\/settings))$/,
    why: "links on the termly privacy check-up page to each site's own privacy settings, opened only when the person clicks them",
  },
  { pattern: /^https:\/\/(github\.com\/wxt-dev\/wxt\/issues\/371|wxt\.dev\/guide\/go-further\/testing\.html)$/, why: "WXT's error messages for developers: text only" },
];

/** Reviewed: what the extension may ask for (README, "Permissions"). */
const PERMISSIONS = ['storage', 'alarms'];
const HOSTS = [
  'https://x.com/*',
  'https://www.x.com/*',
  'https://mobile.x.com/*',
  'https://twitter.com/*',
  'https://www.twitter.com/*',
  'https://mobile.twitter.com/*',
  'https://www.facebook.com/*',
  'https://facebook.com/*',
  'https://web.facebook.com/*',
  'https://www.linkedin.com/*',
  'https://linkedin.com/*',
];

/** Ways to run text as code. `Function.prototype` methods (`Function.call`, `.toString`) are fine. */
const CODE_FROM_TEXT: { pattern: RegExp; what: string }[] = [
  { pattern: /(?<![\w$.])eval\s*\(/, what: 'eval(…)' },
  { pattern: /(?<![\w$.])eval\s*[,;)]/, what: 'eval passed around' },
  { pattern: /\bnew\s+Function\b/, what: 'new Function' },
  { pattern: /(?<![\w$.])Function\s*\(/, what: 'Function(…)' },
  { pattern: /[=,(:?]\s*Function\s*[,;)}]/, what: 'the Function constructor passed around' },
  { pattern: /\bset(Timeout|Interval)\s*\(\s*["'`]/, what: 'a timer given code as text' },
  { pattern: /\bimportScripts\s*\(\s*["'`]https?:/, what: 'a remote script' },
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

function built(build: (typeof BUILDS)[number]): string {
  const dir = path.join(OUTPUT, build);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`${dir} is missing: build it first (npx wxt build && npx wxt build -b firefox), or run the e2e tests without POST_CHECK_SKIP_BUILD.`);
  }
  return dir;
}

const textFiles = (dir: string) => files(dir).filter((f) => /\.(js|mjs|html|css|json)$/.test(f));
const manifestOf = (build: (typeof BUILDS)[number]) => JSON.parse(readFileSync(path.join(built(build), 'manifest.json'), 'utf8'));

describe.each(BUILDS)('the %s package', (build) => {
  it('holds no web address outside the reviewed list', () => {
    const unexpected: string[] = [];
    let seen = 0;
    for (const file of textFiles(built(build))) {
      for (const [address] of readFileSync(file, 'utf8').matchAll(/https?:\/\/[^\s"'`<>)\\]*/g)) {
        seen++;
        if (!ALLOWED_ADDRESSES.some((a) => a.pattern.test(address))) unexpected.push(`${path.relative(OUTPUT, file)}: ${address}`);
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(unexpected).toEqual([]);
  });

  it('builds no code from text: no eval, no Function constructor', () => {
    const found: string[] = [];
    const scripts = files(built(build)).filter((f) => /\.m?js$/.test(f));
    expect(scripts.length).toBeGreaterThan(3);
    for (const file of scripts) {
      const source = readFileSync(file, 'utf8');
      for (const { pattern, what } of CODE_FROM_TEXT) {
        const match = pattern.exec(source);
        if (match) found.push(`${path.relative(OUTPUT, file)}: ${what} near “${source.slice(Math.max(0, match.index - 40), match.index + 40)}”`);
      }
    }
    expect(found).toEqual([]);
  });

  it('asks for exactly the reviewed permissions, and loosens nothing', () => {
    const manifest = manifestOf(build);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(PERMISSIONS);
    expect([...manifest.host_permissions].sort()).toEqual([...HOSTS].sort());
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.update_url).toBeUndefined();
    for (const script of manifest.content_scripts) expect([...script.matches].sort()).toEqual([...HOSTS].sort());
  });

  it('has its icons, 16 to 128 px, for the toolbar too', () => {
    const manifest = manifestOf(build);
    expect(Object.keys(manifest.icons).sort()).toEqual(['128', '16', '32', '48']);
    for (const file of [...Object.values(manifest.icons), ...Object.values(manifest.action.default_icon)] as string[]) {
      const bytes = readFileSync(path.join(built(build), file));
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    }
  });
});

/**
 * Manifest keys of the Chromium package, each one Microsoft Edge documents as supported
 * for Manifest V3 extensions (Edge runs Chromium's extension system): the same package
 * loads in Edge unchanged. `key` fixes the ID of a self-hosted or unpacked copy there
 * too; `storage.managed_schema` makes Edge read the school's policy from
 * `...\Microsoft\Edge\3rdparty\extensions\<id>\policy`. `commands` is the panel's
 * shortcut, which Edge lets a person change at edge://extensions/shortcuts.
 */
const EDGE_MANIFEST_KEYS = ['manifest_version', 'name', 'description', 'version', 'icons', 'permissions', 'host_permissions', 'action', 'commands', 'key', 'storage', 'background', 'options_ui', 'content_scripts'];

describe('what differs between the builds', () => {
  it('uses only manifest keys Edge supports in the Chromium package', () => {
    const manifest = manifestOf('chrome-mv3');
    expect(Object.keys(manifest).filter((key) => !EDGE_MANIFEST_KEYS.includes(key))).toEqual([]);
    expect(Object.keys(manifest.background)).toEqual(['service_worker']);
  });

  it('gives Chromium its fixed key and the managed settings schema, and Firefox neither', () => {
    const chrome = manifestOf('chrome-mv3');
    expect(chrome.key).toBe(CHROMIUM_PUBLIC_KEY);
    expect(chrome.storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(existsSync(path.join(built('chrome-mv3'), 'managed_schema.json'))).toBe(true);
    const firefox = manifestOf('firefox-mv3');
    expect(firefox.key).toBeUndefined();
    expect(firefox.storage).toBeUndefined();
    expect(existsSync(path.join(built('firefox-mv3'), 'managed_schema.json'))).toBe(false);
  });

  it('gives Firefox its fixed ID, its minimum version and "nothing collected"', () => {
    expect(manifestOf('firefox-mv3').browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '146.0', data_collection_permissions: { required: ['none'] } },
    });
    expect(manifestOf('chrome-mv3').browser_specific_settings).toBeUndefined();
  });
});
