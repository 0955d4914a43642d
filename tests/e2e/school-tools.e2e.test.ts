/**
 * The rest of the policy in Chromium (issue 11): the new-account business case and its
 * printable page, a school's own rule added on the settings page and underlined in a
 * compose box, "Post anyway" seen in the private history, the privacy check-up page,
 * and axe on each new page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configure, highlighted, hostIndex, launchExtension, panelFindings, waitForCount, type ExtensionSession } from '../../support/browser/harness';
import { axeViolations } from '../../support/browser/pages';
import { PUPILS, SETTINGS } from '../../support/browser/scenarios';

let session: ExtensionSession;
const pageUrl = (path: string) => `chrome-extension://${session.extensionId}/${path}`;
const xEditor = (page: Page) => page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').first();

beforeAll(async () => {
  session = await launchExtension();
  await configure(session, SETTINGS, PUPILS);
});
afterAll(async () => {
  await session?.close();
});

async function openPage(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(pageUrl(path));
  return page;
}

async function openX(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto('https://x.com/home');
  await page.locator('[data-post-check]').first().waitFor({ state: 'attached' });
  await xEditor(page).click();
  return page;
}

describe('a new school account in Chromium', () => {
  it('checks the business case, then shows a printable page ending with the policy’s conditions', async () => {
    const page = await openPage('account-request.html');
    await page.getByRole('heading', { name: 'Ask for a new school account' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Check my answers and make the page' }).click();
    const problems = page.getByRole('alert');
    await problems.waitFor();
    expect(await problems.getByRole('heading').textContent()).toBe('7 answers need a look');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('request-problems');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Your name').fill('Kerensa Rowe');
    await page.getByRole('radio', { name: 'Facebook' }).check();
    await page.getByLabel('The aim of the account').fill('Share PE fixtures, results and celebrations.');
    await page.getByLabel('The intended audience').fill('Parents, carers and local sports clubs.');
    await page.getByLabel('How the account will be promoted').fill('The weekly newsletter and the school website.');
    await page.getByLabel('Who will run the account').fill('Miss Kerensa Rowe');
    await page.getByRole('radio', { name: /Private or closed/ }).check();
    await page.getByRole('button', { name: 'Check my answers and make the page' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Name a second member of staff');

    await page.getByLabel('Who will run the account').fill('Miss Kerensa Rowe\nMr Jory Tregunna');
    // The draft is kept: a reload brings every answer back.
    await page.waitForTimeout(600);
    await page.reload();
    await expect.poll(() => page.getByLabel('Who will run the account').inputValue()).toBe('Miss Kerensa Rowe\nMr Jory Tregunna');
    await page.getByRole('button', { name: 'Check my answers and make the page' }).click();

    const printable = page.getByTestId('request-printable');
    await printable.waitFor();
    const text = (await printable.textContent()) ?? '';
    for (const expected of ['Share PE fixtures', 'Parents, carers', 'weekly newsletter', 'Mr Jory Tregunna', 'Private or closed', 'Store account details, including passwords securely']) {
      expect(text).toContain(expected);
    }
    // The email goes to the SLT contact from the settings.
    const email = new URL((await page.getByTestId('request-email').getAttribute('href'))!);
    expect(email.pathname).toBe('head@example.org');
    expect(await axeViolations(page)).toEqual([]);

    // Printed, the buttons go and the business case stays.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    expect(await printable.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });
});

describe("a school's own rule in Chromium", () => {
  it('is added on the settings page, its examples run, and it underlines in a compose box', async () => {
    const options = await openPage('options.html#school-rules');
    const section = options.getByRole('region', { name: "Your school's own rules" });
    await section.getByRole('button', { name: 'Add a rule' }).click();
    await section.getByLabel('What the rule is about').fill('Trip meeting points');
    await section.getByLabel('Words or phrases to look for').fill('coach leaves\nmeeting point');
    await section.getByLabel('What Post Check tells the writer').fill('Trip times go to parents through the school app, not social media.');
    await section.getByLabel('The policy sentence it rests on').fill("Don't publish confidential or commercially sensitive material");
    await section.getByLabel('On personal accounts').selectOption('block');
    await section.getByLabel('Examples it must flag').fill('The coach leaves at 7am\nMeet by the coaches');
    await section.getByRole('button', { name: 'Check the examples and save' }).click();
    // The second example does not do what it says: shown, not saved.
    await section.getByRole('alert').waitFor();
    expect(await section.getByTestId('failing-example').textContent()).toBe('Meet by the coaches');
    expect(await axeViolations(options)).toEqual([]);

    await section.getByLabel('Examples it must flag').fill('The coach leaves at 7am\nMeet at the meeting point');
    await section.getByLabel('Examples it must let through').fill('What a brilliant trip!');
    await section.getByRole('button', { name: 'Check the examples and save' }).click();
    await section.getByRole('status').filter({ hasText: 'Rule saved: Trip meeting points' }).waitFor();
    await section.locator('[data-rule="school-trip-meeting-points"]').waitFor();

    const page = await openX();
    await page.keyboard.type('Reminder: the COACH LEAVES at 7am sharp');
    const index = await hostIndex(xEditor(page));
    await waitForCount(page, 1, index);
    expect(await panelFindings(page, index)).toEqual([{ rule: 'school-trip-meeting-points', severity: 'block' }]);
    expect((await highlighted(page))['post-check-block']).toEqual(['COACH LEAVES']);
    const panelText = await page.locator('[data-post-check]').nth(index).locator('[data-testid="post-check-panel"]').textContent();
    expect(panelText).toContain('Trip times go to parents through the school app');

    // "Post anyway" goes into the private history: the rule, the site, the account kind; not the words.
    await page.locator('[data-testid="tweetButtonInline"]').first().click();
    const confirm = page.locator('[data-post-check] [data-testid="post-check-confirm"]');
    await confirm.locator('[data-action="post-anyway"]').click();
    await confirm.waitFor({ state: 'detached' });
    await page.close();

    await options.goto(pageUrl('options.html#history'));
    const history = options.getByRole('region', { name: 'Your history' });
    const table = history.getByTestId('history-table');
    await table.waitFor();
    const row = (await table.locator('tbody tr').first().locator('td').allTextContents()).slice(1);
    expect(row).toEqual(['X', expect.any(String), 'Trip meeting points', 'Posted anyway']);
    expect(await history.getByRole('img').getAttribute('aria-labelledby')).toBeTruthy();
    const stored = await options.evaluate(
      () =>
        new Promise<unknown[]>((resolve, reject) => {
          const open = indexedDB.open('post-check');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('history').objectStore('history').getAll();
            request.onsuccess = () => resolve(request.result);
          };
        }),
    );
    expect(stored).toEqual([{ id: expect.any(Number), at: expect.any(Number), site: 'x', account: expect.any(String), rules: ['school-trip-meeting-points'], outcome: 'posted-anyway' }]);
    expect(JSON.stringify(stored)).not.toContain('COACH');
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });
});

describe('the privacy check-up in Chromium', () => {
  it('has no accessibility violations and links to each site', async () => {
    const page = await openPage('privacy-check.html?reminder=1');
    await page.getByRole('heading', { name: 'Your privacy check-up' }).waitFor();
    expect(await page.getByRole('link', { name: /Privacy Checkup on Facebook/ }).getAttribute('href')).toBe('https://www.facebook.com/privacy/checkup');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('makes no network request of its own', () => {
    expect(session.server.blocked).toEqual([]);
    expect(session.requests.filter((url) => !/^(chrome-extension|https:\/\/(x\.com|www\.facebook\.com|www\.linkedin\.com))/.test(url) && !url.startsWith('blob:'))).toEqual([]);
  });
});
