/**
 * Serves the built fixture pages (tests/fixtures/dist/<site>/, made by
 * `npm run build:fixtures`) at the real sites' addresses through Playwright routing, so
 * the extension's content script injects into them as on the real sites (stack-notes.md
 * "End-to-end in Chromium"). Every other request is aborted and recorded, so a test can
 * assert that neither the page nor the extension reached the network.
 *
 *   const server = await serveFixtures(context);
 *   await page.goto(FIXTURE_URLS.x);               // https://x.com/home
 *   ...
 *   expect(server.blocked).toEqual([]);
 *
 * Any navigation on a fixture host gets that site's index.html (so /compose/post,
 * /feed/?shareActive=true, /company/<id>/admin/... all work); any path containing
 * `/assets/<file>` gets that built asset, because relative asset URLs resolve against the
 * page's directory (/feed/assets/…). Routes added to the context after this one take
 * precedence, so a test can still override a URL.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Route } from 'playwright-core';

export type FixtureSite = 'x' | 'facebook' | 'linkedin';

export const FIXTURE_URLS: Record<FixtureSite, string> = {
  x: 'https://x.com/home',
  facebook: 'https://www.facebook.com/',
  linkedin: 'https://www.linkedin.com/feed/',
};

const HOSTS: Record<string, FixtureSite> = {
  'x.com': 'x',
  'www.facebook.com': 'facebook',
  'www.linkedin.com': 'linkedin',
};

const DEFAULT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'fixtures', 'dist');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

interface ServedRequest {
  url: string;
  /** What answered: a dist file (relative to dist/), or 404. */
  file: string | null;
  resourceType: string;
}

export interface FixtureServer {
  /** Requests that were aborted (not a fixture file): should stay empty. */
  blocked: string[];
  /** Requests answered from the fixtures (including 404s on fixture hosts). */
  served: ServedRequest[];
  /** Requests on fixture hosts that matched no file and were answered 404. */
  missing: string[];
  distDir: string;
  /** Removes the routes. */
  dispose(): Promise<void>;
}

export interface ServeFixturesOptions {
  /** Defaults to tests/fixtures/dist. */
  distDir?: string;
  /** Sites that must have been built; defaults to all three. */
  sites?: FixtureSite[];
}

export async function serveFixtures(context: BrowserContext, options: ServeFixturesOptions = {}): Promise<FixtureServer> {
  const distDir = options.distDir ?? DEFAULT_DIST;
  for (const site of options.sites ?? (Object.keys(FIXTURE_URLS) as FixtureSite[])) {
    if (!existsSync(path.join(distDir, site, 'index.html'))) {
      throw new Error(`Fixture "${site}" is not built (${path.join(distDir, site, 'index.html')} missing): run \`npm run build:fixtures\` first.`);
    }
  }

  const server: FixtureServer = {
    blocked: [],
    served: [],
    missing: [],
    distDir,
    dispose: () => context.unroute('**/*', handler),
  };

  async function fulfilFile(route: Route, site: FixtureSite, relative: string) {
    const file = path.join(distDir, site, relative);
    // Keep lookups inside the site's own dist folder.
    if (!file.startsWith(path.join(distDir, site) + path.sep) || !existsSync(file)) return false;
    const body = await readFile(file);
    server.served.push({ url: route.request().url(), file: path.relative(distDir, file), resourceType: route.request().resourceType() });
    await route.fulfill({
      status: 200,
      body,
      headers: {
        'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      },
    });
    return true;
  }

  async function handler(route: Route) {
    const request = route.request();
    let url: URL;
    try {
      url = new URL(request.url());
    } catch {
      server.blocked.push(request.url());
      return route.abort('blockedbyclient');
    }
    // The extension's own pages load their files from the extension, not the network
    // (the first-run settings tab can load before any other route is in place).
    if (url.protocol === 'chrome-extension:') return route.continue();
    const site = url.protocol === 'https:' ? HOSTS[url.hostname] : undefined;
    if (!site) {
      server.blocked.push(request.url());
      return route.abort('blockedbyclient');
    }

    const assetMatch = /\/assets\/([^/]+)$/.exec(url.pathname);
    if (assetMatch && (await fulfilFile(route, site, path.join('assets', decodeURIComponent(assetMatch[1]!))))) return;

    const isDocument = request.isNavigationRequest() || request.resourceType() === 'document';
    if (isDocument && (await fulfilFile(route, site, 'index.html'))) return;

    // The page's own origin but no such file: answer like a server would, and record it.
    server.missing.push(request.url());
    server.served.push({ url: request.url(), file: null, resourceType: request.resourceType() });
    return route.fulfill({ status: 404, body: 'Not found', headers: { 'content-type': 'text/plain' } });
  }

  await context.route('**/*', handler);
  return server;
}
