/**
 * Builds the end-to-end fixture pages into tests/fixtures/dist/ (support/build-fixtures.ts).
 *
 *   npm run build:fixtures              # all three
 *   npm run build:fixtures -- x         # only some
 */
import path from 'node:path';
import { buildFixtures, FIXTURE_SITES, FIXTURES_DIST, type FixtureSiteName, repoRoot } from '../support/build-fixtures';

const requested = process.argv.slice(2);
const unknown = requested.filter((s) => !(FIXTURE_SITES as readonly string[]).includes(s));
if (unknown.length > 0) {
  console.error(`Unknown fixture site(s): ${unknown.join(', ')}. Known: ${FIXTURE_SITES.join(', ')}`);
  process.exit(2);
}
const sites = requested.length > 0 ? (requested as FixtureSiteName[]) : FIXTURE_SITES;
const started = performance.now();
try {
  await buildFixtures(sites);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Built fixtures (${sites.join(', ')}) into ${path.relative(repoRoot, FIXTURES_DIST)}/ in ${seconds} s`);
} catch (error) {
  console.error(error);
  process.exit(1);
}
