/**
 * Runs the built extension (.output/chrome-mv3) in Debian's Chromium through
 * playwright-core, with the fixture pages served at the real sites' addresses.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { serveFixtures, type FixtureServer } from './fixture-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXTENSION_DIR = path.join(ROOT, '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  server: FixtureServer;
  /** Every request the browser made, pages and extension alike. */
  requests: string[];
  /** An extension page to run privileged set-up from. */
  extensionPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchExtension(options: { headless?: boolean } = {}): Promise<ExtensionSession> {
  const profile = mkdtempSync(path.join(tmpdir(), 'post-check-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const server = await serveFixtures(context);
  // The extension's own pages load their files from the extension, not the network.
  await context.route(/^chrome-extension:\/\//, (route) => route.continue());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // Installing opens the settings page by itself (first run); use that tab rather than race it.
  let setupPage: Page | null = null;
  const deadline = Date.now() + 5_000;
  while (!setupPage && Date.now() < deadline) {
    setupPage = context.pages().find((p) => p.url().startsWith(`chrome-extension://${extensionId}/options.html`)) ?? null;
    if (!setupPage) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await setupPage?.waitForLoadState('load');
  return {
    context,
    extensionId,
    worker,
    server,
    requests,
    async extensionPage() {
      if (!setupPage || setupPage.isClosed()) {
        setupPage = await context.newPage();
        await setupPage.goto(`chrome-extension://${extensionId}/options.html`);
      }
      return setupPage;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Puts settings and a pupil list in place the way the options page does. */
export async function configure(session: ExtensionSession, settings: unknown, pupils: unknown[] = []): Promise<void> {
  const page = await session.extensionPage();
  await page.evaluate(
    async ({ settings, pupils }) => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } }; runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      await api.storage.local.set({ settings });
      await api.runtime.sendMessage({ type: 'replace-roster', pupils, source: 'test' });
    },
    { settings, pupils },
  );
}

/** The findings the inline UI shows for the n-th watched composer on the page. */
export async function statusOf(page: Page, index = 0) {
  return page.evaluate((index) => {
    const host = document.querySelectorAll('[data-post-check]')[index];
    const status = host?.shadowRoot?.querySelector<HTMLElement>('[data-testid="post-check-status"]');
    return status ? { count: Number(status.dataset.count), account: status.dataset.account } : null;
  }, index);
}

/** Opens the panel of the n-th composer and lists its findings' rule IDs and severities. */
export async function panelFindings(page: Page, index = 0): Promise<{ rule: string; severity: string }[]> {
  const host = page.locator('[data-post-check]').nth(index);
  const panel = host.locator('[data-testid="post-check-panel"]');
  if (!(await panel.isVisible().catch(() => false))) await host.locator('[data-testid="post-check-status"]').click();
  await panel.waitFor();
  return panel.locator('[data-rule]').evaluateAll((items) => items.map((li) => ({ rule: (li as HTMLElement).dataset.rule!, severity: (li as HTMLElement).dataset.severity! })));
}

/** The text under each underline, by highlight name, read from CSS.highlights. */
export async function highlighted(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const name of ['post-check-block', 'post-check-warn', 'post-check-info']) {
      const highlight = CSS.highlights.get(name);
      out[name] = highlight ? [...highlight].map((r) => r.toString()) : [];
    }
    return out;
  });
}

export async function waitForCount(page: Page, count: number, index = 0, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    ({ count, index }) => {
      const host = document.querySelectorAll('[data-post-check]')[index];
      const status = host?.shadowRoot?.querySelector<HTMLElement>('[data-testid="post-check-status"]');
      return status !== null && status !== undefined && Number(status.dataset.count) === count;
    },
    { count, index },
    { timeout },
  );
}

/** Which `[data-post-check]` host belongs to this editor (the one right after the box), waiting for it to appear. */
export async function hostIndex(editor: import('playwright-core').Locator, timeout = 5_000): Promise<number> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const index = await editor.evaluate((element) => {
      const hosts = [...document.querySelectorAll('[data-post-check]')];
      const inShadow = element.getRootNode() instanceof ShadowRoot ? (element.getRootNode() as ShadowRoot) : null;
      const all = inShadow ? [...hosts, ...inShadow.querySelectorAll('[data-post-check]')] : hosts;
      return all.findIndex((host) => host.previousElementSibling?.contains(element));
    });
    if (index !== -1) return index;
    if (Date.now() > deadline) throw new Error('no Post Check host beside this editor');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Chooses the account in the n-th host's panel the way a person does, with the keyboard
 * (Post Check ignores changes a script makes; Playwright's selectOption is one).
 */
export async function chooseAccount(page: Page, index: number, kind: 'personal' | 'school'): Promise<void> {
  const host = page.locator('[data-post-check]').nth(index);
  await panelFindings(page, index);
  const select = host.locator('[data-testid="post-check-account"]');
  await select.focus();
  // The options are "my personal account" then "the school's account" (a disabled "Choose…"
  // first while unknown): Home picks the first that can be chosen, End the last.
  await page.keyboard.press(kind === 'school' ? 'End' : 'Home');
}
