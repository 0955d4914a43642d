/**
 * The settings page in Chromium, as a policy lead uses it: import the corpus settings,
 * pupil list and staff list through the file inputs, then see the checks use them in
 * a compose box; change the disclaimer and see the fix insert the new words.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostIndex, launchExtension, panelFindings, waitForCount, type ExtensionSession } from '../../support/browser/harness';
import { axeViolations, modelText, screenshot } from '../../support/browser/pages';

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'data', 'sample-school');
const NEW_DISCLAIMER = 'These are my own views, not those of my school.';

let session: ExtensionSession;
let options: Page;
const xEditor = (page: Page) => page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').first();

async function openX(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto('https://x.com/home');
  await page.locator('[data-post-check]').first().waitFor({ state: 'attached' });
  await xEditor(page).click();
  return page;
}

async function announced(page: Page, text: RegExp): Promise<string> {
  const status = page.getByRole('status').filter({ hasText: text });
  await status.waitFor({ timeout: 10_000 });
  return (await status.textContent()) ?? '';
}

beforeAll(async () => {
  session = await launchExtension();
  options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'School', exact: true }).waitFor();
});
afterAll(async () => {
  await session?.close();
});

describe('the settings page in Chromium', () => {
  it('starts blank on a fresh profile, leading with the school’s settings file', async () => {
    expect(await options.getByLabel('School name').inputValue()).toBe('');
    expect(await options.getByTestId('disclaimer-text').inputValue()).toBe('');
    const setup = options.getByRole('region', { name: 'Set up Post Check for your school' });
    expect(await setup.locator('input, button, a').first().getAttribute('type')).toBe('file');
    expect(await setup.getByText("Import your school's settings file").count()).toBe(1);
    await screenshot(options, 'options-first-run-1280');
    expect(await axeViolations(options)).toEqual([]);
    // With no school and no pupil list, a compose box says what it cannot check yet.
    const page = await openX();
    await page.keyboard.type('Hello');
    const index = await hostIndex(xEditor(page));
    await waitForCount(page, 0, index);
    await page.locator('[data-post-check]').nth(index).locator('[data-testid="post-check-status"]').click();
    const panel = page.locator('[data-post-check]').nth(index).locator('[data-testid="post-check-panel"]');
    expect(await panel.locator('[data-note="no-pupil-list"]').textContent()).toContain("Pupils' names are not checked yet");
    expect(await panel.locator('[data-note="no-school"]').textContent()).toContain("doesn't know your school yet");
    await page.close();
  });

  it('imports the corpus settings, pupil list and staff list through the file inputs', async () => {
    await options.getByTestId('import-settings').setInputFiles(path.join(CORPUS, 'settings.json'));
    expect(await announced(options, /Settings imported/)).toBe(
      'Settings imported from settings.json: St Stephens Community Academy, 3 official accounts, 10 staff names.',
    );
    const workers: string[] = [];
    options.on('worker', (worker) => workers.push(worker.url()));
    await options.getByTestId('import-roster').setInputFiles(path.join(CORPUS, 'pupils.csv'));
    expect(await announced(options, /Pupil list imported/)).toBe(
      'Pupil list imported from pupils.csv: 90 pupils, 10 pupils without media consent, 0 pupils with social media handles.',
    );
    await expect.poll(() => options.getByTestId('roster-dropped').textContent()).toBe('Dropped, never saved: UPN, DOB.');
    // The file was read in a worker, off the page.
    expect(workers.some((url) => url.includes('roster-worker'))).toBe(true);
    await options.getByRole('region', { name: 'Pupils' }).scrollIntoViewIfNeeded();
    await options.evaluate(() => document.getElementById('pupils')!.scrollIntoView());
    await screenshot(options, 'options-pupils-1280');
    await options.getByTestId('import-staff').setInputFiles(path.join(CORPUS, 'staff.txt'));
    expect(await announced(options, /Staff list imported/)).toBe('Staff list imported from staff.txt: 10 names.');
    await options.evaluate(() => document.getElementById('rules')!.scrollIntoView());
    await screenshot(options, 'options-checks-1280');
  });

  it('refuses a bad settings file with the field that is wrong, and changes nothing', async () => {
    await options.getByTestId('import-settings').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ version: 1, school: { name: 'Other School', aliases: [7] }, disclaimer: { text: 'x' } })),
    });
    const alert = options.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe("broken.json wasn't imported, and nothing has been changed. Other names for the school, line 1: should be text, not the number 7.");
    expect(await options.getByLabel('School name').inputValue()).toBe('St Stephens Community Academy');
  });

  it('checks a corpus pupil typed in a compose box', async () => {
    const page = await openX();
    await page.keyboard.type('Well done Lily-Mae Hosking, star of the week');
    const index = await hostIndex(xEditor(page));
    await waitForCount(page, 1, index);
    expect(await panelFindings(page, index)).toEqual([{ rule: 'pupil-name', severity: 'block' }]);
    await page.close();
  });

  it('checks a corpus pupil without media consent, and a member of staff from the staff list', async () => {
    const page = await openX();
    await page.keyboard.type('Callum MacLeod helped Mrs Pascoe today');
    const index = await hostIndex(xEditor(page));
    await waitForCount(page, 2, index);
    expect(await panelFindings(page, index)).toEqual(
      expect.arrayContaining([
        { rule: 'no-consent-pupil', severity: 'block' },
        { rule: 'staff-named', severity: 'warn' },
      ]),
    );
    await page.close();
  });

  it('inserts the new disclaimer after the text is changed on the settings page', async () => {
    await options.getByTestId('disclaimer-text').fill(NEW_DISCLAIMER);
    await expect.poll(() => options.getByTestId('disclaimer-preview').textContent()).toContain(NEW_DISCLAIMER);
    // Saved when the person moves on: there is no Save button.
    await options.keyboard.press('Tab');
    await announced(options, /Disclaimer saved/);

    const page = await openX();
    await page.keyboard.type("So proud of my class at St Stephen's today");
    const index = await hostIndex(xEditor(page));
    await waitForCount(page, 1, index);
    expect(await panelFindings(page, index)).toEqual([{ rule: 'disclaimer-missing', severity: 'warn' }]);
    await page.locator('[data-post-check]').nth(index).locator('[data-fix="insert-disclaimer"]').click();
    await expect.poll(() => modelText(page, 'inline')).toBe(`So proud of my class at St Stephen's today\n${NEW_DISCLAIMER}`);
    await waitForCount(page, 0, index);
    await page.close();
  });

  it('has no accessibility violations at 1280 px and 360 px wide', async () => {
    await options.evaluate(() => window.scrollTo(0, 0));
    await options.setViewportSize({ width: 1280, height: 900 });
    expect(await axeViolations(options)).toEqual([]);
    await screenshot(options, 'options-1280');
    await options.setViewportSize({ width: 360, height: 800 });
    expect(await axeViolations(options)).toEqual([]);
    await screenshot(options, 'options-360');
    await options.setViewportSize({ width: 1280, height: 900 });
  });

  it('keeps logo images, with a thumbnail drawn by the browser', async () => {
    // A 1 × 1 PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    await options.getByTestId('import-logo').setInputFiles({ name: 'crest.png', mimeType: 'image/png', buffer: png });
    expect(await announced(options, /Added/)).toBe('Added crest.png.');
    const card = options.getByTestId('logo-list').locator('li').first();
    expect(await card.textContent()).toContain('1 × 1 px');
    await expect.poll(() => card.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
  });

  it('keeps names out of storage.sync and makes no network request', async () => {
    const sync = await options.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<object> } } } }).chrome.storage.sync.get(null));
    expect(sync).toEqual({});
    expect(session.server.blocked).toEqual([]);
    expect(session.requests.filter((url) => !/^(chrome-extension|https:\/\/(x\.com|www\.facebook\.com|www\.linkedin\.com))/.test(url) && !url.startsWith('blob:'))).toEqual([]);
  });

  it('imports a 50,000-pupil list, showing progress, and the checks use it', async () => {
    const rows = ['Forename,Surname,Media Consent'];
    for (let i = 0; i < 50_000; i++) rows.push(`Pupil${i.toString(36)},Family${i},${i % 10 === 0 ? 'N' : 'Y'}`);
    rows.push('Tamsyn,Quiller,Y');
    const started = Date.now();
    await options.getByTestId('import-roster').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    await options.getByTestId('roster-progress').waitFor({ timeout: 5000 });
    expect(await announced(options, /Pupil list imported from big\.csv/)).toBe(
      'Pupil list imported from big.csv: 50,001 pupils, 5,000 pupils without media consent, 0 pupils with social media handles.',
    );
    expect(Date.now() - started).toBeLessThan(20_000);
    const page = await openX();
    await page.keyboard.type('Tamsyn Quiller read beautifully');
    const index = await hostIndex(xEditor(page));
    await waitForCount(page, 1, index, 15_000);
    expect(await panelFindings(page, index)).toEqual([{ rule: 'pupil-name', severity: 'block' }]);
    await page.close();
  });
});
