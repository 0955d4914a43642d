/**
 * npm run eval [-- --corpus dir …] [--misses]
 *
 * Scores every school folder under tests/corpus (each with its own settings, roster
 * and staff list) and prints precision and recall per rule for the tuning part, the
 * held-back part and both.
 * --corpus dir (may be repeated): also scores that corpus folder (settings.json, a
 * roster CSV, staff.txt, drafts.jsonl) or, if it holds such folders, all of them, as an
 * extra score after the project's own.
 * --misses: also lists every draft where the engine and the labels disagree.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  discoverCorpora,
  formatCorpus,
  formatMisses,
  formatSuite,
  isCorpusDir,
  OWN_CORPUS_ROOT,
  scoreCorpus,
  scoreSuite,
} from '../support/corpus-score';

const { values } = parseArgs({ options: { corpus: { type: 'string', multiple: true }, misses: { type: 'boolean' } } });
const out = (text: string) => process.stdout.write(`${text}\n`);

function one(dir: string): void {
  const result = scoreCorpus(dir);
  if (values.misses) out(`${formatMisses(result.misses)}\n`);
  out(formatCorpus(result));
}

function suite(root: string): void {
  const result = scoreSuite(root);
  if (values.misses) out(`${formatMisses(result.misses)}\n`);
  out(formatSuite(result));
}

try {
  suite(OWN_CORPUS_ROOT);
  for (const given of values.corpus ?? []) {
    const dir = resolve(given);
    out(`\nExtra: ${given}\n`);
    if (isCorpusDir(dir)) one(dir);
    else if (existsSync(dir) && discoverCorpora(dir).length > 0) suite(dir);
    else throw new Error(`${given}: not a corpus folder (settings.json and drafts.jsonl) nor a folder of them`);
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
