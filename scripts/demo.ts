/**
 * npm run demo — builds Post Check and opens Chromium with it on local copies of the
 * compose pages of X, Facebook and LinkedIn (the test fixtures, served at the real
 * addresses), with St Stephens' settings and a small made-up pupil list.
 *
 * With a display, the browser stays open until you close it. Without one (a server,
 * CI), it types a sample post on each site, saves screenshots and says where.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importRoster } from '../lib/roster/import';
import { EXAMPLE_SETTINGS } from '../lib/settings/defaults';
import { FIXTURE_URLS } from '../support/browser/fixture-server';
import { configure, launchExtension } from '../support/browser/harness';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const headed = Boolean(process.env.DISPLAY) && !process.env.CI && !process.argv.includes('--headless');

const SAMPLE_POSTS: Record<keyof typeof FIXTURE_URLS, { url: string; editor: string; text: string }> = {
  x: { url: FIXTURE_URLS.x, editor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]', text: "So proud of Grace Okafor in my class at St Stephen's today!" },
  facebook: { url: 'https://www.facebook.com/?dialog=1', editor: '[role="dialog"] [data-lexical-editor="true"]', text: 'Well done Callum for the football today. Ring me on 07700 900458.' },
  linkedin: { url: 'https://www.linkedin.com/feed/?share=1', editor: '[role="dialog"] .ql-editor', text: 'SLT at SSCA have no idea what they are doing. Third year without a pay rise.' },
};

async function main() {
  console.log('Building the extension and the demo pages…');
  execSync('npx wxt build', { cwd: root, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
  execSync('npm run -s build:fixtures', { cwd: root, stdio: 'ignore' });

  const session = await launchExtension({ headless: !headed });
  const roster = importRoster(readFileSync(path.join(root, 'assets', 'sample-pupils.csv')));
  const settings = {
    ...EXAMPLE_SETTINGS,
    school: { ...EXAMPLE_SETTINGS.school, website: 'ststephens.example', publicContacts: ['01726 000000'] },
    officialAccounts: [{ site: 'x', handle: '@StStephensCA' }],
    hashtags: ['#SSCA'],
    staff: ['Mrs Jane Pascoe', 'Mr Tom Trewin'],
  };
  await configure(session, settings, roster.pupils);
  // The made-up crest, so a photo of it on a personal post is caught too.
  const settingsPage = await session.extensionPage();
  await settingsPage.locator('[data-testid="import-logo"]').setInputFiles(path.join(root, 'assets', 'placeholder-logo.png'));
  await settingsPage.getByRole('status').filter({ hasText: 'Added' }).waitFor();
  console.log(`Post Check is loaded with St Stephens' settings, ${roster.pupils.length} made-up pupils (assets/sample-pupils.csv) and a made-up school crest (assets/placeholder-logo.png).`);

  const shots = path.join(root, 'demo-screenshots');
  if (!headed) mkdirSync(shots, { recursive: true });
  for (const [site, sample] of Object.entries(SAMPLE_POSTS)) {
    const page = await session.context.newPage();
    await page.goto(sample.url);
    await page.locator(sample.editor).first().click();
    await page.keyboard.type(sample.text, { delay: headed ? 30 : 0 });
    await page.waitForTimeout(400);
    const status = page.locator('[data-post-check] [data-testid="post-check-status"]').last();
    await status.click().catch(() => {});
    await page.waitForTimeout(200);
    if (!headed) {
      const file = path.join(shots, `${site}.png`);
      await page.screenshot({ path: file });
      console.log(`  ${site}: ${file}`);
    }
  }
  if (headed) {
    console.log('Chromium is open on the three demo pages. Type in a compose box to try it; close the browser to finish.');
    await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
  } else {
    console.log(`No display here, so the demo typed a sample post on each site and saved the screenshots above (${path.relative(root, shots)}/).`);
    await session.close();
  }
}

main().catch((error) => {
  console.error(`The demo could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
