/**
 * The same scenarios on every site's fixture (Harper's pattern: one fixture per editor,
 * shared scenarios): findings and underlines, the account switch, the disclaimer fix
 * against the real editor library, the confirmation before posting, a composer added
 * after load, and no network.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseAccount, configure, highlighted, hostIndex, launchExtension, panelFindings, waitForCount, type ExtensionSession } from './harness';

export interface SiteCase {
  site: 'x' | 'facebook' | 'linkedin';
  /** A page with the composer open and nothing typed. */
  url: string;
  /** The composer's editor, ready to click into. */
  editor(page: Page): Locator;
  postButton(page: Page): Locator;
  /** `window.__fixture` name of that editor. */
  fixtureName: string;
  /** How the editor's model joins two paragraphs (the disclaimer goes in on a line of its own). */
  paragraph: string;
  /** A page, and how to open a compose box on it that did not exist at load. */
  addComposer: { url: string; open(page: Page): Promise<Locator> };
}

export const SETTINGS = JSON.parse(readFileSync(new URL('../../tests/data/sample-school/settings.json', import.meta.url), 'utf8'));
export const PUPILS = [
  { forename: 'Grace', surname: 'Okafor', mediaConsent: 'granted', handles: [] },
  { forename: 'Callum', surname: 'MacLeod', mediaConsent: 'refused', handles: [] },
];
const DISCLAIMER: string = SETTINGS.disclaimer.text;

const modelText = (page: Page, name: string) => page.evaluate((name) => (window as unknown as { __fixture: { text(n: string): string | null } }).__fixture.text(name), name);
const posted = (page: Page) => page.evaluate(() => (window as unknown as { __fixture: { posted: unknown[] } }).__fixture.posted.length);
const confirmDialog = (page: Page) => page.locator('[data-post-check] [data-testid="post-check-confirm"]');

export function composeScenarios(c: SiteCase): void {
  describe(`${c.site}: checking in the compose box`, () => {
    let session: ExtensionSession;
    let page: Page;

    beforeAll(async () => {
      session = await launchExtension();
      await configure(session, SETTINGS, PUPILS);
    });
    afterAll(async () => {
      await session?.close();
    });

    async function freshPage(url = c.url): Promise<Page> {
      if (page && !page.isClosed()) await page.close();
      page = await session.context.newPage();
      await page.goto(url);
      await page.locator('[data-post-check]').first().waitFor({ state: 'attached' });
      await c.editor(page).click();
      return page;
    }

    it('shows a pupil name and a school mention with the right rules and underlines', async () => {
      await freshPage();
      await page.keyboard.type("Well done Grace Okafor at St Stephen's today");
      await waitForCount(page, 2, await hostIndex(c.editor(page)));
      const findings = await panelFindings(page, await hostIndex(c.editor(page)));
      expect(findings).toEqual(
        expect.arrayContaining([
          { rule: 'pupil-name', severity: 'block' },
          { rule: 'disclaimer-missing', severity: 'warn' },
        ]),
      );
      expect(findings).toHaveLength(2);
      expect((await highlighted(page))['post-check-block']).toEqual(['Grace Okafor']);
    });

    it('changes the findings when the user says this is the school account, and remembers it', async () => {
      await freshPage();
      await page.keyboard.type("Well done Grace Okafor at St Stephen's today");
      await waitForCount(page, 2, await hostIndex(c.editor(page)));
      await chooseAccount(page, await hostIndex(c.editor(page)), 'school');
      await waitForCount(page, 1, await hostIndex(c.editor(page)));
      expect(await panelFindings(page, await hostIndex(c.editor(page)))).toEqual([{ rule: 'pupil-name', severity: 'warn' }]);
      expect((await highlighted(page))['post-check-warn']).toEqual(['Grace Okafor']);

      await freshPage();
      await page.keyboard.type('Hello');
      await page.locator('[data-post-check]').nth(await hostIndex(c.editor(page))).locator('[data-account="school"]').waitFor();
      await chooseAccount(page, await hostIndex(c.editor(page)), 'personal');
      await page.locator('[data-post-check]').nth(await hostIndex(c.editor(page))).locator('[data-account="personal"]').waitFor();
    });

    it("inserts the disclaimer into the editor's own state, and typing, Backspace and undo still work", async () => {
      await freshPage();
      await page.keyboard.type("Proud of everyone at St Stephen's");
      await waitForCount(page, 1, await hostIndex(c.editor(page)));
      await panelFindings(page, await hostIndex(c.editor(page)));
      await page.locator('[data-post-check]').nth(await hostIndex(c.editor(page))).locator('[data-fix="insert-disclaimer"]').click();
      await waitForCount(page, 0, await hostIndex(c.editor(page)));
      // A line of its own after the post, never run on into its last sentence.
      const withDisclaimer = `Proud of everyone at St Stephen's${c.paragraph}${DISCLAIMER}`;
      expect(await modelText(page, c.fixtureName)).toBe(withDisclaimer);

      await c.editor(page).click();
      await page.keyboard.press('End');
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Go team');
      expect(await modelText(page, c.fixtureName)).toBe(`${withDisclaimer} Go team`);
      for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
      expect(await modelText(page, c.fixtureName)).toBe(`${withDisclaimer} Go`);
      await page.keyboard.press('Control+z');
      await page.waitForTimeout(50);
      const afterUndo = (await modelText(page, c.fixtureName)) ?? '';
      // How far one undo goes differs per editor (Quill and ProseMirror group typing);
      // what matters is that the model is still a state the user passed through, not a corrupted mix.
      expect(`${withDisclaimer} Go team`.startsWith(afterUndo)).toBe(true);
      await page.keyboard.type('!');
      expect(await modelText(page, c.fixtureName)).toContain('!');
    });

    it('asks before posting with a blocking finding, and "Post anyway" posts once', async () => {
      await freshPage();
      await page.keyboard.type('Well done Grace Okafor');
      await waitForCount(page, 1, await hostIndex(c.editor(page)));
      const before = await posted(page);
      await c.postButton(page).click();
      await confirmDialog(page).waitFor();
      expect(await confirmDialog(page).getAttribute('role')).toBe('alertdialog');
      expect(await posted(page)).toBe(before);

      await confirmDialog(page).locator('[data-action="review"]').click();
      await confirmDialog(page).waitFor({ state: 'detached' });
      const index = await hostIndex(c.editor(page));
      // Back in the post, with the findings open beside it.
      expect(await c.editor(page).evaluate((editor) => editor === document.activeElement || editor.contains(document.activeElement))).toBe(true);
      await page.locator('[data-post-check]').nth(index).locator('[data-testid="post-check-panel"] [data-rule="pupil-name"]').waitFor();
      expect(await posted(page)).toBe(before);

      await c.postButton(page).click();
      await confirmDialog(page).locator('[data-action="post-anyway"]').click();
      await page.waitForFunction((n) => (window as unknown as { __fixture: { posted: unknown[] } }).__fixture.posted.length === n + 1, before);

      // Once only: the next post with a blocking finding asks again.
      await freshPage();
      await page.keyboard.type('Congratulations Grace Okafor');
      await waitForCount(page, 1, await hostIndex(c.editor(page)));
      const again = await posted(page);
      await page.keyboard.press('Control+Enter');
      await confirmDialog(page).waitFor();
      expect(await posted(page)).toBe(again);
    });

    it('lets a clean post through without asking', async () => {
      await freshPage();
      await page.keyboard.type('Lovely sunny day for a walk');
      await waitForCount(page, 0, await hostIndex(c.editor(page)));
      const before = await posted(page);
      await c.postButton(page).click();
      await page.waitForFunction((n) => (window as unknown as { __fixture: { posted: unknown[] } }).__fixture.posted.length === n + 1, before);
      expect(await confirmDialog(page).count()).toBe(0);
    });

    it('picks up a compose box added after the page loaded', async () => {
      if (page && !page.isClosed()) await page.close();
      page = await session.context.newPage();
      await page.goto(c.addComposer.url);
      await page.waitForTimeout(300);
      await page.evaluate(() => document.querySelectorAll('[contenteditable], textarea').forEach((e) => e.setAttribute('data-test-at-load', '')));
      const editor = await c.addComposer.open(page);
      expect(await editor.getAttribute('data-test-at-load')).toBeNull();
      await editor.click();
      await page.keyboard.type('Brilliant from Callum in class today');
      await editor.page().waitForFunction(() => true);
      await waitForCount(page, 1, await hostIndex(editor));
      expect((await highlighted(page))['post-check-block']).toContain('Callum');
    });

    it('makes no network request', () => {
      const outside = session.requests.filter((url) => {
        const { protocol, host } = new URL(url);
        return !['chrome-extension:', 'data:', 'blob:'].includes(protocol) && !['x.com', 'www.facebook.com', 'www.linkedin.com'].includes(host);
      });
      expect(outside).toEqual([]);
      expect(session.server.blocked).toEqual([]);
    });
  });
}
