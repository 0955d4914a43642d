/**
 * The popup in Chromium, opened at popup.html?tabId=<the fixture tab> in a page of its
 * own (a test cannot click the toolbar button): this tab's findings as the compose box
 * shows them, the account switch, pausing, the checklist and a calm "nothing to check".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configure, hostIndex, launchExtension, statusOf, waitForCount, type ExtensionSession } from '../../support/browser/harness';
import { axeViolations, screenshot, tabIdOf } from '../../support/browser/pages';
import { PUPILS, SETTINGS } from '../../support/browser/scenarios';

let session: ExtensionSession;
let x: Page;
let popup: Page;
const xEditor = () => x.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').first();
const popupRules = () => popup.getByTestId('tab-findings').locator('[data-rule]').evaluateAll((items) => items.map((i) => `${(i as HTMLElement).dataset.rule}:${(i as HTMLElement).dataset.severity}`));
const headline = () => popup.getByTestId('tab-findings').getByRole('status').textContent();

beforeAll(async () => {
  session = await launchExtension();
  await configure(session, SETTINGS, PUPILS);
  x = await session.context.newPage();
  await x.goto('https://x.com/home');
  await x.locator('[data-post-check]').first().waitFor({ state: 'attached' });
  await xEditor().click();
  await x.keyboard.type("Well done Grace Okafor at St Stephen's today");
  await waitForCount(x, 2, await hostIndex(xEditor()));
  popup = await session.context.newPage();
  await popup.setViewportSize({ width: 360, height: 800 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${await tabIdOf(session, 'https://x.com/*')}`);
  await popup.getByTestId('tab-findings').waitFor();
});
afterAll(async () => {
  await session?.close();
});

describe('the popup in Chromium', () => {
  it("shows the tab's findings, worst first, with the compose box's rules and severities", async () => {
    await expect.poll(popupRules).toEqual(['pupil-name:block', 'disclaimer-missing:warn']);
    expect(await headline()).toContain('2 things to look at in your post on X');
    expect(await popup.getByTestId('tab-findings').textContent()).toContain('“Grace Okafor”');
    expect(await popup.getByTestId('policy-checklist').getByText('Before you post').count()).toBe(1);
  });

  it('fits Chrome’s 600 px popup at 360 px wide, findings first, the checklist folded', async () => {
    // Chrome sizes a popup to its content: the content's height is what must fit.
    expect(await popup.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height))).toBeLessThanOrEqual(600);
    const order = await popup.evaluate(() => {
      const findings = document.querySelector('[data-testid="tab-findings"]')!;
      const checklist = document.querySelector('[data-testid="policy-checklist"]')!;
      return findings.compareDocumentPosition(checklist) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    const fold = popup.locator('details.fold', { has: popup.getByTestId('policy-checklist') });
    expect(await fold.getAttribute('open')).toBeNull();
    await fold.locator(':scope > summary').click();
    expect(await popup.getByTestId('policy-checklist').getByText('Before you post').isVisible()).toBe(true);
    await fold.locator(':scope > summary').click();
  });

  it('has no accessibility violations, at 360 px and 1280 px wide', async () => {
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-360', { fullPage: true });
    await popup.setViewportSize({ width: 1280, height: 900 });
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-1280');
    await popup.setViewportSize({ width: 360, height: 800 });
  });

  it('offers a second opinion by email to the school contact, without the draft unless ticked', async () => {
    await popup.locator('summary', { hasText: 'Ask for a second opinion' }).click();
    const link = popup.getByRole('link', { name: 'Write the email' });
    const href = async () => new URL((await link.getAttribute('href'))!);
    expect((await href()).protocol).toBe('mailto:');
    expect((await href()).pathname).toBe('head@example.org');
    expect((await href()).searchParams.get('body')).not.toContain('Grace');
    await popup.getByRole('checkbox', { name: /Put my draft in the email/ }).check();
    expect((await href()).searchParams.get('body')).toContain("Well done Grace Okafor at St Stephen's today");
  });

  it('switches the account kind, and the findings follow as the user carries on typing', async () => {
    await popup.getByRole('radio', { name: "The school's account" }).check();
    await popup.getByText(/^Saved for/).waitFor();
    await xEditor().click();
    await x.keyboard.type('!');
    await waitForCount(x, 1, await hostIndex(xEditor()));
    expect((await statusOf(x, await hostIndex(xEditor())))?.account).toBe('school');
    await expect.poll(popupRules).toEqual(['pupil-name:warn']);
    await popup.getByRole('radio', { name: 'My personal account' }).check();
  });

  it('pauses checking on X until it is turned back on, and shows it plainly', async () => {
    await popup.getByRole('button', { name: 'Pause checking on X' }).click();
    await expect.poll(headline).toContain('Checking is paused on X');
    expect(await popupRules()).toEqual([]);
    expect(await axeViolations(popup)).toEqual([]);
    await xEditor().click();
    await x.keyboard.type(' again');
    const host = x.locator('[data-post-check]').nth(await hostIndex(xEditor()));
    await expect.poll(() => host.locator('[data-testid="post-check-status"]').textContent()).toContain('Paused on X');
    await popup.getByRole('button', { name: 'Turn checking back on' }).click();
    await expect.poll(headline).not.toContain('paused');
    await x.keyboard.type('.');
    await expect.poll(headline, { timeout: 5000 }).toContain('things to look at in your post on X');
  });

  it('says calmly that there is nothing to check on a page that is not one of the three sites', async () => {
    const other = await session.context.newPage();
    await other.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${await tabIdOf(session, `chrome-extension://${session.extensionId}/popup.html*`)}`);
    await other.getByTestId('tab-findings').waitFor();
    await expect.poll(() => other.getByTestId('tab-findings').getByRole('status').textContent()).toContain('Nothing to check on this page');
    expect(await other.getByTestId('tab-findings').locator('[data-rule]').count()).toBe(0);
    expect(await other.getByRole('button', { name: /Pause checking/ }).count()).toBe(0);
    expect(await other.getByRole('alert').count()).toBe(0);
    await other.close();
  });
});
