/** Shared helpers for the end-to-end tests of Post Check's own pages: axe, screenshots, the fixture's tab id. */
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness';

const DOCS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');

/** axe-core's findings on the page as it is now (WCAG 2.x A and AA, and best practice). */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null | undefined; targets: string[] }[]> {
  const results = await new AxeBuilder({ page: page as never }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/**
 * Screenshots for docs/ are written only when POST_CHECK_SCREENSHOTS=1, so an ordinary
 * test run leaves the working tree as it was.
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!process.env.POST_CHECK_SCREENSHOTS) return;
  await page.screenshot({ path: path.join(DOCS, `${name}.png`), fullPage: options.fullPage ?? false, animations: 'disabled' });
}

/** The id of the first tab showing a URL matching `pattern` (match pattern syntax), read in the service worker. */
export async function tabIdOf(session: ExtensionSession, pattern: string): Promise<number> {
  const id = await session.worker.evaluate(async (pattern) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    const [tab] = await api.tabs.query({ url: pattern });
    return tab?.id ?? null;
  }, pattern);
  if (id === null) throw new Error(`no tab shows ${pattern}`);
  return id;
}

export const modelText = (page: Page, name: string) =>
  page.evaluate((name) => (window as unknown as { __fixture: { text(n: string): string | null } }).__fixture.text(name), name);
