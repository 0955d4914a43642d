/**
 * Builds the end-to-end fixture pages (tests/fixtures/<site>/) into
 * tests/fixtures/dist/<site>/ with relative asset paths, so a Playwright route can serve
 * index.html and its assets from disk at the real sites' addresses.
 *
 * From the command line: `npm run build:fixtures [-- x facebook]` (scripts/build-fixtures.ts).
 * Test assets only: nothing here goes into the extension.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';

export const FIXTURE_SITES = ['x', 'facebook', 'linkedin'] as const;
export type FixtureSiteName = (typeof FIXTURE_SITES)[number];

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES_DIR = path.join(repoRoot, 'tests', 'fixtures');
export const FIXTURES_DIST = path.join(FIXTURES_DIR, 'dist');

function fixtureViteConfig(site: FixtureSiteName, outRoot = FIXTURES_DIST): InlineConfig {
  return {
    configFile: false,
    // Keep the project's vitest/wxt config and .env files out of it.
    envDir: false,
    root: path.join(FIXTURES_DIR, site),
    base: './',
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    clearScreen: false,
    resolve: {
      // Production builds of every library, even when NODE_ENV is already set to
      // something else (vitest sets "test", and Vite then keeps development mode).
      conditions: ['module', 'browser', 'production'],
      // Draft.js calls React APIs that React 19 removed (findDOMNode and friends), so the
      // X page runs on its own React 18, installed under npm aliases. Only this build
      // sees the alias; the extension keeps React 19.
      alias:
        site === 'x'
          ? [
              { find: /^react-dom(\/.*)?$/, replacement: 'react-dom18$1' },
              { find: /^react(\/.*)?$/, replacement: 'react18$1' },
            ]
          : [],
    },
    define: {
      'process.env.NODE_ENV': JSON.stringify('production'),
      // fbjs (under draft-js) probes `global`.
      ...(site === 'x' ? { global: 'globalThis' } : {}),
    },
    oxc: { jsx: { runtime: 'automatic', development: false } },
    build: {
      outDir: path.join(outRoot, site),
      emptyOutDir: true,
      target: 'es2022',
      // Readable bundles make failures in the pages easier to debug.
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
      modulePreload: { polyfill: false },
      // Everything stays a file on disk; nothing inlined that would hide a request.
      assetsInlineLimit: 0,
    },
  };
}

export async function buildFixtures(
  sites: readonly FixtureSiteName[] = FIXTURE_SITES,
  outRoot = FIXTURES_DIST,
): Promise<void> {
  for (const site of sites) {
    await build(fixtureViteConfig(site, outRoot));
  }
}
