/**
 * The in-browser half of `npm run bench`, in Debian's Chromium with the built extension:
 * - time from the last keystroke to the underline appearing (debounce included);
 * - typing latency (keydown to the next painted frame) with and without the extension,
 *   on the same X fixture;
 * - the content script's size, minified and gzipped.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { serveFixtures } from '../tests/e2e/fixture-server';
import { CHROMIUM, configure, launchExtension } from '../tests/e2e/harness';
import { PUPILS, SETTINGS } from '../tests/e2e/scenarios';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EDITOR = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (${samples.length} samples)`;
}

/** keydown → next animation frame after the input was handled, per keystroke. */
async function typingLatency(page: Page, text: string): Promise<number[]> {
  await page.evaluate(`(() => {
    window.__latencies = [];
    document.addEventListener('keydown', (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => window.__latencies.push(performance.now() - start), 0));
    }, true);
  })()`);
  await page.locator(EDITOR).click();
  for (const char of text) {
    await page.keyboard.type(char);
    await page.waitForTimeout(15);
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
}

async function underlineLatency(page: Page, runs: number): Promise<number[]> {
  const samples: number[] = [];
  await page.locator(EDITOR).click();
  for (let i = 0; i < runs; i++) {
    // "Callu" is nobody; the last keystroke makes it a pupil's name (no media consent: a blocking underline).
    await page.keyboard.type('Thanks to Callu');
    // A string, not a function: tsx names inner functions with a helper the page does not have.
    await page.evaluate(`(() => {
      delete window.__underlined;
      document.addEventListener('keydown', (event) => {
        const start = event.timeStamp;
        const poll = () => {
          if ((CSS.highlights.get('post-check-block')?.size ?? 0) > 0) window.__underlined = performance.now() - start;
          else setTimeout(poll, 1);
        };
        setTimeout(poll, 1);
      }, { capture: true, once: true });
    })()`);
    await page.keyboard.type('m');
    await page.waitForFunction(() => (window as unknown as { __underlined?: number }).__underlined !== undefined);
    samples.push(await page.evaluate(() => (window as unknown as { __underlined: number }).__underlined));
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.waitForFunction(() => (CSS.highlights.get('post-check-block')?.size ?? 0) === 0);
  }
  return samples;
}

async function main() {
  if (!process.env.POST_CHECK_SKIP_BUILD) {
    execSync('npx wxt build', { cwd: root, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
    execSync('npm run -s build:fixtures', { cwd: root, stdio: 'ignore' });
  }
  const contentScript = path.join(root, '.output/chrome-mv3/content-scripts/content.js');
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`Content script: ${kb(statSync(contentScript).size)} minified, ${kb(gzipSync(readFileSync(contentScript)).length)} gzipped`);

  const text = 'So proud of my class today, their harvest poems were beautiful and the hall was packed';
  const session = await launchExtension();
  await configure(session, SETTINGS, PUPILS);
  const page = await session.context.newPage();
  await page.goto('https://x.com/home');
  await page.locator('[data-post-check]').first().waitFor({ state: 'attached' });
  console.log(`Last keystroke to underline (100 ms debounce included): ${stats(await underlineLatency(page, 20))}`);
  await page.goto('https://x.com/home');
  await page.locator('[data-post-check]').first().waitFor({ state: 'attached' });
  const withExtension = await typingLatency(page, text);
  await session.close();

  const profile = mkdtempSync(path.join(tmpdir(), 'post-check-bench-'));
  const plain = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  await serveFixtures(plain);
  const plainPage = await plain.newPage();
  await plainPage.goto('https://x.com/home');
  await plainPage.locator(EDITOR).waitFor();
  const without = await typingLatency(plainPage, text);
  await plain.close();
  rmSync(profile, { recursive: true, force: true });
  console.log(`Typing latency, keydown to next frame, with Post Check:    ${stats(withExtension)}`);
  console.log(`Typing latency, keydown to next frame, without Post Check: ${stats(without)}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
