/**
 * npm run eval [-- --corpus dir] [--misses]
 * Prints precision and recall per rule on a labelled corpus (default: shared/corpus).
 */
import { parseArgs } from 'node:util';
import { DEFAULT_CORPUS, formatScore, scoreCorpus } from './lib/corpus-score';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, misses: { type: 'boolean' } } });
const result = scoreCorpus(values.corpus ?? DEFAULT_CORPUS);
if (values.misses) {
  for (const miss of result.misses) {
    process.stdout.write(`${miss.id}  missing: ${miss.missing.join(', ') || '-'}  extra: ${miss.extra.join(', ') || '-'}\n  ${miss.text}\n`);
  }
  process.stdout.write('\n');
}
process.stdout.write(`${formatScore(result)}\n`);
