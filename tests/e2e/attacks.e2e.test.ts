/**
 * The page is untrusted (issue 8): a script on the page, another extension or the site
 * itself can build boxes, fill them, fire events and read the DOM. These tests play that
 * script in Chromium against the built extension.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configure, EXTENSION_DIR, hostIndex, launchExtension, waitForCount, type ExtensionSession } from '../../support/browser/harness';
import { PUPILS, SETTINGS } from '../../support/browser/scenarios';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
  await configure(session, SETTINGS, PUPILS);
});
afterAll(async () => {
  await session?.close();
});

const posted = (page: Page) => page.evaluate(() => (window as unknown as { __fixture: { posted: unknown[] } }).__fixture.posted.length);
const confirmDialog = (page: Page) => page.locator('[data-post-check] [data-testid="post-check-confirm"]');

async function open(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
  return page;
}

const badge = () =>
  session.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> }; action: { getBadgeText(d: object): Promise<string> } } }).chrome;
    const tabs = await api.tabs.query({ url: 'https://x.com/*' });
    return Promise.all(tabs.map((tab) => api.action.getBadgeText({ tabId: tab.id })));
  });

describe('a script on the page', () => {
  it('learns nothing from a fake composer filled with thousands of names: nothing is checked', async () => {
    const page = await open('https://x.com/home');
    const candidates = [...PUPILS.map((p) => `${p.forename} ${p.surname}`), ...Array.from({ length: 4000 }, (_, i) => `Name${i} Surname${i}`)];
    await page.evaluate(async (names) => {
      // A fake X compose box, as the adapter knows them, in a dialog with its own Post button.
      const dialog = document.createElement('div');
      dialog.setAttribute('role', 'dialog');
      const box = document.createElement('div');
      box.setAttribute('data-testid', 'tweetTextarea_0');
      box.setAttribute('contenteditable', 'true');
      box.setAttribute('role', 'textbox');
      box.id = 'fake';
      const button = document.createElement('button');
      button.setAttribute('data-testid', 'tweetButton');
      button.textContent = 'Post';
      dialog.append(box, button);
      document.body.append(dialog);
      await new Promise((resolve) => setTimeout(resolve, 100));
      box.focus();
      // Every way a script can make text appear and announce it.
      document.execCommand('insertText', false, names.join(', '));
      for (const type of ['beforeinput', 'input', 'keyup', 'paste', 'compositionend']) box.dispatchEvent(new InputEvent(type, { bubbles: true, composed: true, inputType: 'insertText', data: 'x' }));
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
      button.click();
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true, composed: true }));
    }, candidates);
    await page.waitForTimeout(1500);
    const seen = await page.evaluate(() => {
      const highlights = ['post-check-block', 'post-check-warn', 'post-check-info'].map((name) => CSS.highlights.get(name)?.size ?? 0);
      const hosts = [...document.querySelectorAll('[data-post-check]')];
      // The page opens every panel it can, with its own clicks.
      for (const host of hosts) host.shadowRoot?.querySelector<HTMLElement>('[data-testid="post-check-status"]')?.click();
      const rules = hosts.flatMap((host) => [...(host.shadowRoot?.querySelectorAll('[data-rule]') ?? [])].map((e) => e.getAttribute('data-rule')));
      const counts = hosts.map((host) => host.shadowRoot?.querySelector('[data-testid="post-check-status"]')?.getAttribute('data-count'));
      return { highlights, rules, counts };
    });
    expect(seen.highlights).toEqual([0, 0, 0]);
    expect(seen.rules).toEqual([]);
    expect(seen.counts.every((count) => count === '0')).toBe(true);
    expect((await badge()).every((text) => text === '')).toBe(true);
    await page.close();
  });

  it('cannot switch the account or press "Post anyway" with its own events', async () => {
    const page = await open('https://x.com/home');
    const editor = page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').first();
    await editor.click();
    await page.keyboard.type('Well done Grace Okafor');
    const index = await hostIndex(editor);
    await waitForCount(page, 1, index);
    await page.locator('[data-testid="tweetButtonInline"]').first().click();
    await confirmDialog(page).waitFor();
    const before = await posted(page);
    await page.evaluate((i) => {
      const root = document.querySelectorAll('[data-post-check]')[i]!.shadowRoot!;
      root.querySelector<HTMLElement>('[data-testid="post-check-status"]')?.click();
      const select = root.querySelector<HTMLSelectElement>('[data-testid="post-check-account"]');
      if (select) {
        select.value = 'school';
        select.dispatchEvent(new Event('input', { bubbles: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
      root.querySelector<HTMLElement>('[data-action="post-anyway"]')?.click();
      root.querySelector<HTMLElement>('[data-action="post-anyway"]')?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }, index);
    await page.waitForTimeout(800);
    expect(await posted(page)).toBe(before);
    expect(await confirmDialog(page).count()).toBe(1);
    const status = page.locator('[data-post-check]').nth(index).locator('[data-testid="post-check-status"]');
    expect(await status.getAttribute('data-account')).toBe('personal');
    // The person's own next keystroke checks again: still a personal account, still held.
    await confirmDialog(page).locator('[data-action="review"]').click();
    await editor.click();
    await page.keyboard.type('!');
    await page.waitForTimeout(400);
    expect(await status.getAttribute('data-account')).toBe('personal');
    expect(await status.getAttribute('data-count')).toBe('1');
    await page.close();
  });

  it('cannot slip new text past the check: text added while a check runs is checked before anything goes out', async () => {
    const page = await open('https://www.facebook.com/?postDialog=1');
    const editor = page.locator('[role="dialog"] [aria-label="Write a public comment…"]');
    await editor.click();
    await page.keyboard.type('Lovely concert');
    // Straight away, while the check of "Lovely concert" runs: the page adds a name, and the person clicks send.
    await page.evaluate(() => document.execCommand('insertText', false, ' starring Grace Okafor'));
    await page.locator('#focused-state-composer-submit [role="button"]').click();
    await confirmDialog(page).waitFor();
    expect(await confirmDialog(page).locator('[data-rule="pupil-name"]').count()).toBe(1);
    expect(await posted(page)).toBe(0);

    // The person types a name and sends at once, before any check of it could finish.
    await confirmDialog(page).locator('[data-action="review"]').click();
    const page2 = await open('https://www.facebook.com/?postDialog=1');
    await page.close();
    const editor2 = page2.locator('[role="dialog"] [aria-label="Write a public comment…"]');
    await editor2.click();
    await page2.keyboard.type('Lovely concert Grace Okafor');
    await page2.keyboard.press('Enter');
    await confirmDialog(page2).waitFor();
    expect(await posted(page2)).toBe(0);
    await page2.close();
  });

  it('registers its capture listeners too late: a held click never reaches them', async () => {
    // The page's first script, in <head>, listens to clicks on window in the capture phase.
    const html = readFileSync(path.join(session.server.distDir, 'x', 'index.html'), 'utf8').replace(
      '<head>',
      `<head><script>window.__pageSaw = 0; window.addEventListener('click', (e) => { if (e.composedPath().some((n) => n.dataset && n.dataset.testid === 'tweetButtonInline')) window.__pageSaw++; }, true);</script>`,
    );
    await session.context.route('https://x.com/capture-first', (route) => route.fulfill({ status: 200, body: html, headers: { 'content-type': 'text/html' } }));
    const page = await open('https://x.com/capture-first');
    const editor = page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').first();
    await editor.click();
    await page.keyboard.type('Well done Grace Okafor');
    await waitForCount(page, 1, await hostIndex(editor));
    await page.locator('[data-testid="tweetButtonInline"]').first().click();
    await confirmDialog(page).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pageSaw: number }).__pageSaw)).toBe(0);
    expect(await posted(page)).toBe(0);
    await page.close();
  });
});

describe('a check that fails', () => {
  it('holds the post with "Post Check couldn\'t check this post", and "Post anyway" sends it once', async () => {
    // A background that answers every check with something that is not a result.
    await session.worker.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { runtime: { onMessage: { addListener(f: unknown): void } } } }).chrome;
      const breaker = (message: { type?: string }, _sender: unknown, respond: (r: unknown) => void) => {
        if (message?.type !== 'check-draft') return false;
        respond({ broken: true });
        return false;
      };
      (globalThis as unknown as { __breaker: unknown }).__breaker = breaker;
      api.runtime.onMessage.addListener(breaker);
    });
    try {
      const page = await open('https://www.linkedin.com/feed/?sdui=1&share=1');
      const editor = page.locator('dialog [componentkey="ShareBox_textEditor"]');
      await editor.click();
      await page.keyboard.type('A lovely sunny day for the school trip');
      const index = await hostIndex(editor);
      const status = page.locator('[data-post-check]').nth(index).locator('[data-testid="post-check-status"]');
      await expect.poll(() => status.textContent()).toContain("Couldn't check this post");
      await page.locator('dialog').getByRole('button', { name: 'Post', exact: true }).click();
      await confirmDialog(page).waitFor();
      expect(await confirmDialog(page).textContent()).toContain("Post Check couldn't check this post");
      await page.waitForTimeout(300);
      expect(await posted(page)).toBe(0);
      await confirmDialog(page).locator('[data-action="post-anyway"]').click();
      await page.waitForFunction(() => (window as unknown as { __fixture: { posted: unknown[] } }).__fixture.posted.length === 1);
      await page.waitForTimeout(300);
      expect(await posted(page)).toBe(1);
      await page.close();
    } finally {
      await session.worker.evaluate(() => {
        const api = (globalThis as unknown as { chrome: { runtime: { onMessage: { removeListener(f: unknown): void } } } }).chrome;
        api.runtime.onMessage.removeListener((globalThis as unknown as { __breaker: unknown }).__breaker);
      });
    }
  });
});

describe('the manifest', () => {
  it('starts the content script at document_start', () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts: { run_at?: string }[] };
    expect(manifest.content_scripts.map((c) => c.run_at)).toEqual(['document_start']);
  });
});
