/**
 * Behaviour of the extension as a whole, on the X fixture: keyboard use, the toolbar
 * badge, the service worker being stopped and restarted, and pausing a site.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configure, hostIndex, launchExtension, waitForCount, type ExtensionSession } from '../../support/browser/harness';
import { PUPILS, SETTINGS } from '../../support/browser/scenarios';

let session: ExtensionSession;
let page: Page;
const editor = () => page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').first();

beforeAll(async () => {
  session = await launchExtension();
  await configure(session, SETTINGS, PUPILS);
});
afterAll(async () => {
  await session?.close();
});

async function open(): Promise<void> {
  if (page && !page.isClosed()) await page.close();
  page = await session.context.newPage();
  await page.goto('https://x.com/home');
  await page.locator('[data-post-check]').first().waitFor({ state: 'attached' });
  await editor().click();
}

const badge = () =>
  session.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome as unknown as {
      tabs: { query(q: object): Promise<{ id: number }[]> };
      action: { getBadgeText(d: object): Promise<string> };
    };
    const [tab] = await api.tabs.query({ url: 'https://x.com/*' });
    return api.action.getBadgeText({ tabId: tab!.id });
  });

describe('the extension as a whole', () => {
  it('works from the keyboard: Tab reaches the status, Enter opens the panel, Escape returns to the editor', async () => {
    await open();
    await page.keyboard.type('Well done Grace Okafor');
    await waitForCount(page, 1, await hostIndex(editor()));
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => {
      let element: Element | null = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element?.getAttribute('data-testid') ?? element?.tagName;
    });
    expect(await focused()).toBe('post-check-status');
    await page.keyboard.press('Enter');
    await page.locator('[data-post-check] [data-testid="post-check-panel"]').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('tweetTextarea_0');
    expect(await page.locator('[data-post-check] [data-testid="post-check-panel"]').count()).toBe(0);
  });

  it('shows the number of findings on the toolbar badge', async () => {
    await open();
    await page.keyboard.type("Well done Grace Okafor at St Stephen's");
    await waitForCount(page, 2, await hostIndex(editor()));
    await expect.poll(badge).toBe('2');
  });

  it('keeps checking after the service worker is stopped and restarted', async () => {
    await open();
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.keyboard.type('Thank you Callum, star of the week');
    await waitForCount(page, 1, await hostIndex(editor()), 10_000);
  });

  it('checks open boxes again as soon as the site is paused, without waiting for a keystroke', async () => {
    await open();
    await page.keyboard.type('Well done Grace Okafor');
    const host = page.locator('[data-post-check]').nth(await hostIndex(editor()));
    await waitForCount(page, 1, await hostIndex(editor()));
    const extensionPage = await session.extensionPage();
    const send = (paused: boolean) =>
      extensionPage.evaluate((paused) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'set-paused', site: 'x', paused }), paused);
    await send(true);
    await expect.poll(() => host.locator('[data-testid="post-check-status"]').textContent()).toContain('Paused on X');
    await send(false);
    await waitForCount(page, 1, await hostIndex(editor()));
  });

  it('stops checking on a paused site and says so', async () => {
    const extensionPage = await session.extensionPage();
    await extensionPage.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'set-paused', site: 'x', paused: true }));
    await open();
    await page.keyboard.type('Well done Grace Okafor');
    const host = page.locator('[data-post-check]').nth(await hostIndex(editor()));
    await expect.poll(() => host.locator('[data-testid="post-check-status"]').textContent()).toContain('Paused on X');
    expect(await host.locator('[data-testid="post-check-status"]').getAttribute('data-count')).toBe('0');
    await extensionPage.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'set-paused', site: 'x', paused: false }));
  });
});
