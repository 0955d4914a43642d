/**
 * npm run eval [-- --corpus dir] [--misses]
 *
 * With no --corpus: scores every school folder under tests/corpus (each with its own
 * settings, roster and staff list) and prints precision and recall per rule for the
 * tuning part, the held-back part and both; then, if the developers' sample corpus
 * sits beside the repository, its score as an extra (never required).
 * --corpus dir: scores that one corpus folder (settings.json, a roster CSV,
 * staff.txt, drafts.jsonl) or, if it holds such folders, all of them.
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
  SAMPLE_CORPUS,
  scoreCorpus,
  scoreSuite,
} from './lib/corpus-score';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, misses: { type: 'boolean' } } });
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
  if (values.corpus) {
    const dir = resolve(values.corpus);
    if (isCorpusDir(dir)) one(dir);
    else if (existsSync(dir) && discoverCorpora(dir).length > 0) suite(dir);
    else throw new Error(`${values.corpus}: not a corpus folder (settings.json and drafts.jsonl) nor a folder of them`);
  } else {
    suite(OWN_CORPUS_ROOT);
    if (isCorpusDir(SAMPLE_CORPUS)) {
      out('\nExtra: the developers\' sample corpus beside the repository (not a test input)\n');
      one(SAMPLE_CORPUS);
    }
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
