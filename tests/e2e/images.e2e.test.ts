/**
 * Images on each site's fixture: the school's logo attached to a personal post, a photo
 * in a personal post that names the school, and the consent checklist on the school
 * account.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseAccount, configure, hostIndex, launchExtension, panelFindings, type ExtensionSession } from '../../support/browser/harness';
import { PUPILS, SETTINGS } from '../../support/browser/scenarios';

const LOGO = readFileSync(new URL('../../assets/placeholder-logo.png', import.meta.url));

interface ImageCase {
  site: string;
  url: string;
  editor: string;
  /** Attaches files through the site's own file input. */
  attach(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void>;
}

const CASES: ImageCase[] = [
  {
    site: 'x',
    url: 'https://x.com/home',
    editor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]',
    attach: (page, file) => page.locator('[data-testid="primaryColumn"] input[data-testid="fileInput"]').first().setInputFiles(file),
  },
  {
    site: 'facebook',
    url: 'https://www.facebook.com/?dialog=1',
    editor: '[role="dialog"] [data-lexical-editor="true"]',
    attach: (page, file) => page.locator('[role="dialog"] input[type="file"]').first().setInputFiles(file),
  },
  {
    site: 'linkedin',
    url: 'https://www.linkedin.com/feed/?share=1',
    editor: '[role="dialog"] .ql-editor',
    async attach(page, file) {
      await page.locator('button[aria-label="Add media"]').click();
      await page.locator('#media-editor-file-selector__file-input').setInputFiles(file);
      await page.getByRole('button', { name: 'Next' }).click();
    },
  },
  {
    // §8.1: the SDUI box's Media button appends a 0×0 input to <body>, outside the dialog, and clicks it.
    site: 'linkedin (SDUI share box)',
    url: 'https://www.linkedin.com/feed/?sdui=1&share=1',
    editor: 'dialog [componentkey="ShareBox_textEditor"]',
    async attach(page, file) {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('dialog button[aria-label="Media"]').click()]);
      await chooser.setFiles(file);
      await page.locator('dialog img[src^="blob:"]').waitFor();
    },
  },
];

let session: ExtensionSession;
let photo: Buffer;

beforeAll(async () => {
  session = await launchExtension();
  await configure(session, SETTINGS, PUPILS);
  const settingsPage = await session.extensionPage();
  await settingsPage.locator('[data-testid="import-logo"]').setInputFiles({ name: 'crest.png', mimeType: 'image/png', buffer: LOGO });
  await settingsPage.getByRole('status').filter({ hasText: 'Added' }).waitFor();
  // A made-up "photo": a sky gradient, a field and some shapes, drawn in the browser.
  const bytes = await settingsPage.evaluate(async () => {
    const canvas = new OffscreenCanvas(1200, 900);
    const g = canvas.getContext('2d')!;
    const sky = g.createLinearGradient(0, 0, 0, 900);
    sky.addColorStop(0, '#7ab8f5');
    sky.addColorStop(1, '#e8f3ff');
    g.fillStyle = sky;
    g.fillRect(0, 0, 1200, 900);
    g.fillStyle = '#3f8f3a';
    g.fillRect(0, 560, 1200, 340);
    for (let i = 0; i < 12; i++) {
      g.fillStyle = `hsl(${i * 30}, 60%, 50%)`;
      g.beginPath();
      g.arc(80 + i * 95, 620 + (i % 3) * 40, 30 + (i % 4) * 6, 0, Math.PI * 2);
      g.fill();
    }
    return [...new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 })).arrayBuffer())];
  });
  photo = Buffer.from(bytes);
});

afterAll(async () => {
  await session?.close();
});

describe.each(CASES)('images on $site', (c) => {
  async function open(): Promise<Page> {
    const page = await session.context.newPage();
    await page.goto(c.url);
    await page.locator('[data-post-check]').first().waitFor({ state: 'attached' });
    await page.locator(c.editor).click();
    return page;
  }
  const rules = async (page: Page) => (await panelFindings(page, await hostIndex(page.locator(c.editor)))).map((f) => `${f.rule}:${f.severity}`);

  it('flags the school logo on a personal post', async () => {
    const page = await open();
    await page.keyboard.type('Look what I found');
    await c.attach(page, { name: 'crest.png', mimeType: 'image/png', buffer: LOGO });
    await expect.poll(() => rules(page), { timeout: 15_000 }).toContain('school-branding:block');
    await page.close();
  });

  it('flags a photo on a personal post that names the school, and gives the checklist on the school account instead', async () => {
    const page = await open();
    await page.keyboard.type("Sports day at St Stephen's");
    await c.attach(page, { name: 'sports-day.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expect.poll(() => rules(page), { timeout: 15_000 }).toContain('pupil-image:block');
    expect(await rules(page)).not.toContain('school-branding:block');
    await chooseAccount(page, await hostIndex(page.locator(c.editor)), 'school');
    await expect.poll(() => rules(page), { timeout: 15_000 }).toContain('image-consent:info');
    expect(await rules(page)).not.toContain('pupil-image:block');
    await chooseAccount(page, await hostIndex(page.locator(c.editor)), 'personal');
    // Wait for the choice to be saved before the page goes: it is remembered for the next case.
    await page.locator('[data-post-check]').nth(await hostIndex(page.locator(c.editor))).locator('[data-account="personal"]').waitFor();
    await page.close();
  });
});
