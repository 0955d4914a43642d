/**
 * npx tsx scripts/make-scale-roster.ts [--check]
 *
 * Regenerates tests/corpus/everyday/pupils.csv, the made-up pupil list of a large
 * all-through school used by the scale test of issue 12 (how it is drawn:
 * support/scale-roster.ts). `--check` exits 1 if the committed file differs from what
 * it makes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { makeRoster, SCALE_ROSTER_FILE } from '../support/scale-roster';

const csv = makeRoster();
if (process.argv.includes('--check')) {
  if (readFileSync(SCALE_ROSTER_FILE, 'utf8') !== csv) {
    process.stderr.write(`${SCALE_ROSTER_FILE} differs from what scripts/make-scale-roster.ts makes; run it again.\n`);
    process.exit(1);
  }
  process.stdout.write(`${SCALE_ROSTER_FILE} is up to date.\n`);
} else {
  writeFileSync(SCALE_ROSTER_FILE, csv);
  process.stdout.write(`Wrote ${csv.trim().split('\n').length - 1} pupils to ${SCALE_ROSTER_FILE}\n`);
}
