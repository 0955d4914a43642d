/**
 * The disclaimer fix with a disclaimer of several paragraphs (sites.md §8.3), on each
 * editor library's own model: every paragraph kept on Draft.js (where inserting "\n\n"
 * as typing drops earlier paragraphs), on Lexical, ProseMirror and Quill; and inserted
 * once only when the editor applies the text late.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configure, hostIndex, launchExtension, panelFindings, waitForCount, type ExtensionSession } from '../../support/browser/harness';
import { PUPILS, SETTINGS } from '../../support/browser/scenarios';

const FIRST = 'Views are my own.';
const SECOND = 'They are not those of St Stephens Community Academy.';
const DISCLAIMER = `${FIRST}\n\n${SECOND}`;
const TYPED = "Proud of everyone at St Stephen's";

interface EditorCase {
  name: string;
  url: string;
  editor(page: Page): Locator;
  fixtureName: string;
  /** The editor's model of the post with the disclaimer added (each library joins paragraphs its own way). */
  expected: string;
}

const CASES: EditorCase[] = [
  {
    name: 'Draft.js (X)',
    url: 'https://x.com/home',
    editor: (page) => page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').first(),
    fixtureName: 'inline',
    expected: `${TYPED}\n${FIRST}\n\n${SECOND}`,
  },
  {
    name: 'Lexical (Facebook)',
    url: 'https://www.facebook.com/?dialog=1',
    editor: (page) => page.locator('[role="dialog"] [data-lexical-editor="true"]'),
    fixtureName: 'post',
    // Lexical's text joins paragraphs with a blank line, so an empty paragraph shows as two more.
    expected: `${TYPED}\n\n${FIRST}\n\n\n\n${SECOND}`,
  },
  {
    name: 'ProseMirror (LinkedIn SDUI share box)',
    url: 'https://www.linkedin.com/feed/?sdui=1&share=1',
    editor: (page) => page.locator('dialog [componentkey="ShareBox_textEditor"]'),
    fixtureName: 'sdui',
    // ProseMirror makes one paragraph per line of pasted text, dropping the blank ones.
    expected: `${TYPED}\n${FIRST}\n${SECOND}`,
  },
  {
    name: 'Quill (LinkedIn share modal)',
    url: 'https://www.linkedin.com/feed/?share=1',
    editor: (page) => page.locator('[role="dialog"] .ql-editor'),
    fixtureName: 'share',
    expected: `${TYPED}\n${FIRST}\n\n${SECOND}`,
  },
];

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
  await configure(session, { ...SETTINGS, disclaimer: { ...SETTINGS.disclaimer, text: DISCLAIMER } }, PUPILS);
});
afterAll(async () => {
  await session?.close();
});

const modelText = (page: Page, name: string) => page.evaluate((n) => (window as unknown as { __fixture: { text(n: string): string | null } }).__fixture.text(n), name);

async function addDisclaimer(page: Page, editor: Locator): Promise<void> {
  await editor.click();
  await page.keyboard.type(TYPED);
  const index = await hostIndex(editor);
  await waitForCount(page, 1, index);
  expect(await panelFindings(page, index)).toEqual([{ rule: 'disclaimer-missing', severity: 'warn' }]);
  await page.locator('[data-post-check]').nth(index).locator('[data-fix="insert-disclaimer"]').click();
  await waitForCount(page, 0, index);
}

describe.each(CASES)('a disclaimer of two paragraphs on $name', (c) => {
  it('keeps every paragraph, in the editor’s own model', async () => {
    const page = await session.context.newPage();
    await page.goto(c.url);
    await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
    await addDisclaimer(page, c.editor(page));
    expect(await modelText(page, c.fixtureName)).toBe(c.expected);
    await page.close();
  });
});

describe('an editor that applies inserted text late (Lexical, 300 ms)', () => {
  it('gets the disclaimer once', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.facebook.com/?dialog=1&late=1');
    await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
    await addDisclaimer(page, page.locator('[role="dialog"] [data-lexical-editor="true"]'));
    // Long after the late editor has applied everything it was given.
    await page.waitForTimeout(1000);
    const text = (await modelText(page, 'post')) ?? '';
    expect(text.split(FIRST).length - 1).toBe(1);
    expect(text.split(SECOND).length - 1).toBe(1);
    expect(text).toBe(`${TYPED}\n\n${FIRST}\n\n\n\n${SECOND}`);
    await page.close();
  });
});

/** Comments and replies go out on Enter: the disclaimer goes in on the same line, as a sentence of its own. */
const COMMENTS: { name: string; url: string; editor(page: Page): Locator; fixtureName: string }[] = [
  { name: 'Draft.js (X reply)', url: 'https://x.com/home?reply=1', editor: (page) => page.locator('.reply-box [data-testid="tweetTextarea_0"]'), fixtureName: 'reply' },
  { name: 'Lexical (Facebook comment)', url: 'https://www.facebook.com/', editor: (page) => page.locator('[aria-label="Comment as Jane Doe"]'), fixtureName: 'comment' },
  { name: 'ProseMirror (LinkedIn comment)', url: 'https://www.linkedin.com/feed/', editor: (page) => page.locator('.ProseMirror[aria-label="Text editor for creating comment"]'), fixtureName: 'comment' },
];

describe.each(COMMENTS)('the disclaimer in a comment on $name', (c) => {
  it('goes in as a sentence of its own after the last word', async () => {
    const page = await session.context.newPage();
    await page.goto(c.url);
    await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
    await c.editor(page).waitFor();
    await addDisclaimer(page, c.editor(page));
    expect(await modelText(page, c.fixtureName)).toBe(`${TYPED}. ${FIRST} ${SECOND}`);
    await page.close();
  });
});
