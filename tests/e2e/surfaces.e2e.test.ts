/**
 * The surfaces the sites shipped in 2026 (sites.md §8), each on its fixture page with the
 * site's real editor library and the site's own send: the right findings and account;
 * a click and, where the site sends on Enter, an Enter with a blocking finding are held;
 * Shift+Enter adds a line; "Post anyway" sends exactly once; a thread's "Post all" is held
 * for a problem in post 2 and the confirmation names post 2.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configure, hostIndex, launchExtension, panelFindings, waitForCount, type ExtensionSession } from '../../support/browser/harness';
import { tabIdOf } from '../../support/browser/pages';
import { PUPILS, SETTINGS } from '../../support/browser/scenarios';

interface Surface {
  name: string;
  url: string;
  /** Opens the box if the page needs a click for it. */
  open?(page: Page): Promise<void>;
  editor(page: Page): Locator;
  fixtureName: string;
  /** The site's own send button for this box. */
  button(page: Page): Locator;
  /** Does the site send this box on a bare Enter? */
  enterSends: boolean;
  account: 'personal' | 'school';
  /** What to type for a blocking finding, and the rule it gives. */
  text: string;
  rule: string;
}

const SURFACES: Surface[] = [
  {
    name: 'LinkedIn SDUI share box in a native dialog',
    url: 'https://www.linkedin.com/feed/?sdui=1&share=1',
    editor: (page) => page.locator('dialog [componentkey="ShareBox_textEditor"]'),
    fixtureName: 'sdui',
    button: (page) => page.locator('dialog').getByRole('button', { name: 'Post', exact: true }),
    enterSends: false,
    account: 'personal',
    text: 'Well done Grace Okafor',
    rule: 'pupil-name',
  },
  {
    name: 'LinkedIn /sharing/compose in German',
    url: 'https://www.linkedin.com/sharing/compose/?lang=de',
    editor: (page) => page.locator('[componentkey="ShareBox_textEditor"]'),
    fixtureName: 'sdui',
    button: (page) => page.locator('[data-sdui-screen]').getByRole('button', { name: 'Posten', exact: true }),
    enterSends: false,
    account: 'personal',
    text: 'Well done Grace Okafor',
    rule: 'pupil-name',
  },
  {
    name: 'LinkedIn company page composer',
    url: 'https://www.linkedin.com/company/98765432/admin/page-posts/published/?sdui=1&share=true',
    editor: (page) => page.locator('dialog [role="textbox"]'),
    fixtureName: 'sdui',
    button: (page) => page.locator('dialog').getByRole('button', { name: 'Post', exact: true }),
    enterSends: false,
    account: 'school',
    text: 'Brilliant work from Callum today',
    rule: 'no-consent-pupil',
  },
  {
    name: 'LinkedIn messaging',
    url: 'https://www.linkedin.com/feed/',
    editor: (page) => page.locator('.msg-form__contenteditable'),
    fixtureName: 'message',
    button: (page) => page.locator('button.msg-form__send-button'),
    enterSends: true,
    account: 'personal',
    text: 'Well done Grace Okafor',
    rule: 'pupil-name',
  },
  {
    name: 'Facebook comment in a post dialog',
    url: 'https://www.facebook.com/?postDialog=1',
    editor: (page) => page.locator('[role="dialog"] [aria-label="Write a public comment…"]'),
    fixtureName: 'dialog-comment',
    button: (page) => page.locator('#focused-state-composer-submit [role="button"]'),
    enterSends: true,
    account: 'personal',
    text: 'Well done Grace Okafor',
    rule: 'pupil-name',
  },
  {
    name: 'Facebook reply',
    url: 'https://www.facebook.com/?postDialog=1',
    open: async (page) => page.locator('[role="dialog"] .reply-link').click(),
    editor: (page) => page.locator('[role="dialog"] [aria-label="Reply to Amira Khan"]'),
    fixtureName: 'reply',
    button: (page) => page.locator('[role="dialog"] [role="button"][aria-label="Reply"]'),
    enterSends: true,
    account: 'personal',
    text: 'Well done Grace Okafor',
    rule: 'pupil-name',
  },
  {
    name: 'Messenger',
    url: 'https://www.facebook.com/messages/t/100002',
    editor: (page) => page.locator('[data-lexical-editor="true"][aria-label="Message"]'),
    fixtureName: 'messenger',
    button: (page) => page.locator('[role="button"][aria-label="Press enter to send"]'),
    enterSends: true,
    account: 'personal',
    text: 'Well done Grace Okafor',
    rule: 'pupil-name',
  },
  {
    name: 'X Chat',
    url: 'https://x.com/i/chat',
    editor: (page) => page.locator('textarea[data-testid="dm-composer-textarea"]'),
    fixtureName: 'chat',
    button: (page) => page.locator('[data-testid="dm-composer-send-button"]'),
    enterSends: true,
    account: 'personal',
    text: 'Well done Grace Okafor',
    rule: 'pupil-name',
  },
];

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
  await configure(session, SETTINGS, PUPILS);
});
afterAll(async () => {
  await session?.close();
});

const posted = (page: Page) => page.evaluate(() => (window as unknown as { __fixture: { posted: unknown[] } }).__fixture.posted.length);
const modelText = (page: Page, name: string) => page.evaluate((n) => (window as unknown as { __fixture: { text(n: string): string | null } }).__fixture.text(n), name);
const confirmDialog = (page: Page) => page.locator('[data-post-check] [data-testid="post-check-confirm"]');

/** Waits long enough for a send that would go out to have gone out. */
const settle = (page: Page) => page.waitForTimeout(400);

describe.each(SURFACES)('$name', (s) => {
  let page: Page;
  afterAll(async () => {
    if (page && !page.isClosed()) await page.close();
  });

  async function fresh(): Promise<Page> {
    if (page && !page.isClosed()) await page.close();
    page = await session.context.newPage();
    await page.goto(s.url);
    await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
    await s.open?.(page);
    await s.editor(page).click();
    return page;
  }

  async function typeProblem(): Promise<number> {
    await page.keyboard.type(s.text);
    const index = await hostIndex(s.editor(page));
    await waitForCount(page, 1, index);
    return index;
  }

  it('finds the right rule and account', async () => {
    await fresh();
    const index = await typeProblem();
    const findings = await panelFindings(page, index);
    expect(findings).toContainEqual({ rule: s.rule, severity: 'block' });
    const account = await page.locator('[data-post-check]').nth(index).locator('[data-testid="post-check-status"]').getAttribute('data-account');
    expect(account).toBe(s.account);
  });

  it('holds a click on the site’s send button, and "Post anyway" sends it exactly once', async () => {
    await fresh();
    await typeProblem();
    const before = await posted(page);
    await s.button(page).click();
    await confirmDialog(page).waitFor();
    await settle(page);
    expect(await posted(page)).toBe(before);
    await confirmDialog(page).locator('[data-action="post-anyway"]').click();
    await page.waitForFunction((n) => (window as unknown as { __fixture: { posted: unknown[] } }).__fixture.posted.length >= n + 1, before);
    await settle(page);
    expect(await posted(page)).toBe(before + 1);
    const last = await page.evaluate(() => (window as unknown as { __fixture: { posted: { text: string }[] } }).__fixture.posted.at(-1)!.text);
    expect(last).toContain(s.text);
  });

  if (s.enterSends) {
    it('holds Enter exactly as a click, lets Shift+Enter add a line, and "Post anyway" sends once by Enter', async () => {
      await fresh();
      await page.keyboard.type('Hello');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type(s.text);
      const index = await hostIndex(s.editor(page));
      await waitForCount(page, 1, index);
      expect(await modelText(page, s.fixtureName)).toMatch(/^Hello\n+/);
      const before = await posted(page);
      await page.keyboard.press('Enter');
      await confirmDialog(page).waitFor();
      await settle(page);
      expect(await posted(page)).toBe(before);
      expect(await modelText(page, s.fixtureName)).toContain(s.text);
      await confirmDialog(page).locator('[data-action="post-anyway"]').click();
      await page.waitForFunction((n) => (window as unknown as { __fixture: { posted: unknown[] } }).__fixture.posted.length >= n + 1, before);
      await settle(page);
      expect(await posted(page)).toBe(before + 1);
    });
  } else {
    it('never holds Enter in a multi-line post box: it adds a line', async () => {
      await fresh();
      await typeProblem();
      const before = await posted(page);
      await page.keyboard.press('Enter');
      await page.keyboard.type('Second line');
      await settle(page);
      expect(await confirmDialog(page).count()).toBe(0);
      expect(await posted(page)).toBe(before);
      expect(await modelText(page, s.fixtureName)).toBe(`${s.text}\nSecond line`);
    });
  }

  it('lets a clean message go without asking', async () => {
    await fresh();
    await page.keyboard.type('Lovely sunny day for a walk');
    await waitForCount(page, 0, await hostIndex(s.editor(page)));
    const before = await posted(page);
    if (s.enterSends) await page.keyboard.press('Enter');
    else await s.button(page).click();
    await page.waitForFunction((n) => (window as unknown as { __fixture: { posted: unknown[] } }).__fixture.posted.length === n + 1, before);
    expect(await confirmDialog(page).count()).toBe(0);
  });
});

describe('an X thread of three posts', () => {
  it('holds "Post all" when post 2 names a pupil, names post 2, and "Post anyway" sends the thread once', async () => {
    const page = await session.context.newPage();
    await page.goto('https://x.com/compose/post?thread=3');
    await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
    const box = (n: number) => page.locator(`[role="dialog"] [data-testid="tweetTextarea_${n}"]`);
    await box(0).click();
    await page.keyboard.type('Sports day today');
    await box(1).click();
    await page.keyboard.type('Well done Grace Okafor in the relay');
    await box(2).click();
    await page.keyboard.type('See you next year');
    await waitForCount(page, 1, await hostIndex(box(1)));
    const before = await posted(page);
    const postAll = page.locator('[role="dialog"] [data-testid="tweetButton"]');
    expect(await postAll.textContent()).toBe('Post all');
    await postAll.click();
    await confirmDialog(page).waitFor();
    await settle(page);
    expect(await posted(page)).toBe(before);
    const confirm = confirmDialog(page);
    expect(await confirm.locator('[data-post="Post 2 of 3"] [data-rule="pupil-name"]').count()).toBe(1);
    expect(await confirm.locator('[data-post="Post 1 of 3"]').count()).toBe(0);
    expect(await confirm.textContent()).toContain('Post 2 of 3');

    // Ctrl+Enter in post 1 sends the whole thread too: held the same way.
    await confirm.locator('[data-action="review"]').click();
    await box(0).click();
    await page.keyboard.press('Control+Enter');
    await confirmDialog(page).waitFor();
    await settle(page);
    expect(await posted(page)).toBe(before);

    await confirmDialog(page).locator('[data-action="post-anyway"]').click();
    await page.waitForFunction((n) => (window as unknown as { __fixture: { posted: unknown[] } }).__fixture.posted.length >= n + 3, before);
    await settle(page);
    expect(await posted(page)).toBe(before + 3);
    await page.close();
  });
});

describe("a Facebook Page's Next → Post settings → Post", () => {
  it('is held at Next, the last step that still shows the text, and goes out once', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.facebook.com/?page=St%20Stephens%20Community%20Academy&dialog=1');
    const editor = page.locator('[role="dialog"] [data-lexical-editor="true"]');
    await editor.click();
    await page.keyboard.type('Brilliant work from Callum today');
    const index = await hostIndex(editor);
    await waitForCount(page, 1, index);
    expect(await page.locator('[data-post-check]').nth(index).locator('[data-testid="post-check-status"]').getAttribute('data-account')).toBe('school');
    await page.locator('[role="dialog"] [role="button"][aria-label="Next"]').click();
    await confirmDialog(page).waitFor();
    expect(await page.locator('[role="dialog"][aria-label="Post settings"]').count()).toBe(0);
    await confirmDialog(page).locator('[data-action="post-anyway"]').click();
    await page.locator('[role="dialog"][aria-label="Post settings"] [role="button"][aria-label="Post"]').click();
    await page.waitForFunction(() => (window as unknown as { __fixture: { posted: unknown[] } }).__fixture.posted.length === 1);
    await settle(page);
    expect(await posted(page)).toBe(1);
    await page.close();
  });
});

describe.each([
  ['x', 'https://x.com/home', 'https://x.com/*'],
  ['facebook', 'https://www.facebook.com/', 'https://www.facebook.com/*'],
  ['linkedin', 'https://www.linkedin.com/feed/', 'https://www.linkedin.com/*'],
])('%s: a box no adapter knows (the site changed)', (_site, url, pattern) => {
  it('is checked once the person types in it, says what Post Check cannot tell, and the popup counts it', async () => {
    // Only this tab on the site, so the popup is about it.
    for (const other of session.context.pages()) if (!other.url().startsWith('chrome-extension://')) await other.close();
    const page = await session.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
    // A new kind of box: no role, no known class, no dialog or form around it.
    await page.evaluate(() => {
      const wrap = document.createElement('section');
      wrap.style.cssText = 'position:fixed;left:20px;bottom:20px;width:400px;background:#fff;z-index:5';
      const box = document.createElement('div');
      box.contentEditable = 'true';
      box.id = 'new-box';
      box.style.cssText = 'min-height:40px;border:1px solid #888';
      wrap.append(box);
      document.body.append(wrap);
    });
    const box = page.locator('#new-box');
    await box.click();
    await page.keyboard.type('Well done Grace Okafor');
    const index = await hostIndex(box);
    await waitForCount(page, 1, index);
    const status = page.locator('[data-post-check]').nth(index).locator('[data-testid="post-check-status"]');
    expect(await status.textContent()).toContain("Can't tell the account or how it's sent");
    expect(await status.getAttribute('data-account')).toBe('unknown');
    const tabId = await tabIdOf(session, pattern);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
    const line = popup.getByTestId('boxes-checked');
    await line.waitFor();
    expect(Number(await line.getAttribute('data-generic'))).toBe(1);
    expect(await line.textContent()).toMatch(/Post Check is checking \d+ box(es)? on this page\./);
    await popup.close();
    await page.close();
  });
});
