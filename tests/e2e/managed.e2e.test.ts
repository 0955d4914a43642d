/**
 * A school's managed settings, end to end: a real Chromium policy file
 * (/etc/chromium/policies/managed/) for Post Check's fixed extension ID, read by the
 * browser into storage.managed. A locked disclaimer shows as the school's on the
 * settings page and is the one the fix inserts; in `advise` mode a post with a "Must
 * fix" finding goes out without the confirmation; when IT changes the policy to `hold`,
 * the running extension follows it.
 *
 * Writing the policy directory needs root (CI runs as root). Where it cannot be written,
 * this file's set-up fails and says so: it never passes without having run.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_EXTENSION_ID } from '../../lib/extension-ids';
import { makePupilPack, SALT_BYTES } from '../../lib/roster/pack';
import type { Pupil } from '../../lib/roster/schema';
import { configure, hostIndex, launchExtension, panelFindings, waitForCount, type ExtensionSession } from '../../support/browser/harness';
import { axeViolations, modelText } from '../../support/browser/pages';
import { PUPILS, SETTINGS } from '../../support/browser/scenarios';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, `post-check-e2e-${process.pid}.json`);
const SCHOOL_DISCLAIMER = 'Views are my own and not those of An Daras Multi Academy Trust.';

function writePolicy(policy: object): void {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [CHROMIUM_EXTENSION_ID]: policy } } }));
  } catch (error) {
    throw new Error(
      `These tests need a Chromium policy file in ${POLICY_DIR}, and it could not be written (${(error as Error).message}). ` +
        'Run them as root, as CI does; they have not run.',
    );
  }
}

let session: ExtensionSession;
let options: Page;
let page: Page;
const editor = () => page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').first();
const postButton = () => page.locator('[data-testid="tweetButtonInline"]').first();
const posted = () => page.evaluate(() => (window as unknown as { __fixture: { posted: unknown[] } }).__fixture.posted.length);
const confirmDialog = () => page.locator('[data-post-check] [data-testid="post-check-confirm"]');

async function openX(): Promise<void> {
  if (page && !page.isClosed()) await page.close();
  page = await session.context.newPage();
  await page.goto('https://x.com/home');
  await page.locator('[data-post-check]').first().waitFor({ state: 'attached' });
  await editor().click();
}

beforeAll(async () => {
  writePolicy({ mode: 'advise', disclaimer: { text: SCHOOL_DISCLAIMER }, locked: ['disclaimer.text'] });
  session = await launchExtension();
  if (session.extensionId !== CHROMIUM_EXTENSION_ID) throw new Error(`The build's extension ID is ${session.extensionId}, not the fixed ${CHROMIUM_EXTENSION_ID}: is the manifest key missing?`);
  // The teacher's own settings carry the school's old disclaimer; the policy's must win.
  await configure(session, SETTINGS, PUPILS);
  options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Disclaimer', exact: true }).waitFor();
});

afterAll(async () => {
  rmSync(POLICY_FILE, { force: true });
  await session?.close();
});

describe('a school policy in Chromium', () => {
  it('shows the locked disclaimer as the school’s on the settings page, not editable', async () => {
    const text = options.getByTestId('disclaimer-text');
    await expect.poll(() => text.inputValue()).toBe(SCHOOL_DISCLAIMER);
    expect(await text.getAttribute('readonly')).not.toBeNull();
    const region = options.getByRole('region', { name: 'Disclaimer' });
    expect(await region.getByText('Set by your school').isVisible()).toBe(true);
    expect(await region.getByRole('button', { name: 'Save disclaimer' }).count()).toBe(0);
    await text.click();
    await options.keyboard.type(' and more');
    expect(await text.inputValue()).toBe(SCHOOL_DISCLAIMER);
    expect(await options.getByTestId('rollout-mode').getAttribute('data-mode')).toBe('advise');
    expect(await axeViolations(options)).toEqual([]);
  });

  it('inserts the school’s disclaimer with the fix', async () => {
    await openX();
    await page.keyboard.type("Proud of everyone at St Stephen's");
    const index = await hostIndex(editor());
    await waitForCount(page, 1, index);
    expect(await panelFindings(page, index)).toEqual([{ rule: 'disclaimer-missing', severity: 'warn' }]);
    await page.locator('[data-post-check]').nth(index).locator('[data-fix="insert-disclaimer"]').click();
    await waitForCount(page, 0, index);
    expect(await modelText(page, 'inline')).toBe(`Proud of everyone at St Stephen's\n${SCHOOL_DISCLAIMER}`);
  });

  it('in advise mode, underlines a “Must fix” but lets the post go without asking', async () => {
    await openX();
    await page.keyboard.type('Well done Grace Okafor');
    const index = await hostIndex(editor());
    await waitForCount(page, 1, index);
    expect(await panelFindings(page, index)).toEqual([{ rule: 'pupil-name', severity: 'block' }]);
    const before = await posted();
    await postButton().click();
    await page.waitForFunction((n) => (window as unknown as { __fixture: { posted: unknown[] } }).__fixture.posted.length === n + 1, before);
    expect(await confirmDialog().count()).toBe(0);
  });

  it('follows the school when IT changes the policy to hold: the confirmation comes back', async () => {
    writePolicy({ mode: 'hold', disclaimer: { text: SCHOOL_DISCLAIMER }, locked: ['disclaimer.text'] });
    // Chromium notices the changed file, settles for a few seconds and reloads its policy.
    await expect.poll(() => options.getByTestId('rollout-mode').getAttribute('data-mode'), { timeout: 45_000, interval: 500 }).toBe('hold');
    await openX();
    await page.keyboard.type('Well done Grace Okafor');
    await waitForCount(page, 1, await hostIndex(editor()));
    const before = await posted();
    await postButton().click();
    await confirmDialog().waitFor();
    expect(await posted()).toBe(before);
  }, 90_000);

  it('checks against a school pack pushed by IT, holding no readable name', async () => {
    const pupil: Pupil = { forename: 'Kerensa', surname: 'Polglase', mediaConsent: 'granted', handles: [] };
    const pack = makePupilPack([pupil], new Uint8Array(SALT_BYTES).fill(11));
    expect(JSON.stringify(pack)).not.toMatch(/Kerensa|Polglase/i);
    writePolicy({ mode: 'hold', disclaimer: { text: SCHOOL_DISCLAIMER }, locked: ['disclaimer.text'], pupilPack: pack });
    await openX();
    // The pupil is in the pack only: once Chromium has read the new policy, the name is found.
    await expect
      .poll(
        async () => {
          await page.keyboard.press('ControlOrMeta+A');
          await page.keyboard.press('Backspace');
          await page.keyboard.type('Well done Kerensa Polglase');
          const index = await hostIndex(editor());
          await page.waitForTimeout(400);
          return JSON.stringify(await panelFindings(page, index));
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toContain('pupil-name');
  }, 90_000);
});
