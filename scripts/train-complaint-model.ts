/**
 * npm run train:complaints [-- --check]
 *
 * Learns the complaint model from the tuning part of tests/corpus and writes
 * lib/facts/complaints/model-weights.json (support/complaint-model-training.ts says
 * how). Prints how the model does on rounds of drafts it was not trained on.
 * --check: writes nothing; fails if the file is not what the corpus gives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { modelFile, trainComplaintModel } from '../support/complaint-model-training';

const FILE = fileURLToPath(new URL('../lib/facts/complaints/model-weights.json', import.meta.url));
const { values } = parseArgs({ options: { check: { type: 'boolean' } } });

const started = performance.now();
const { model, unseen } = trainComplaintModel();
const text = modelFile(model);
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
process.stdout.write(
  `Trained on ${model.trainedOn.drafts} drafts (${model.trainedOn.complaints} complaints) in ${model.trainedOn.groups} groups, ${Object.keys(model.weights).length} weights, in ${((performance.now() - started) / 1000).toFixed(1)} s.\n` +
    `Threshold ${model.threshold}: on each group scored by a model trained without it, precision ${pct(unseen.precision)}, recall ${pct(unseen.recall)}.\n`,
);
if (values.check) {
  if (readFileSync(FILE, 'utf8') !== text) {
    process.stderr.write(`${FILE} is not what the corpus gives: run npm run train:complaints\n`);
    process.exit(1);
  }
  process.stdout.write('The model file matches the corpus.\n');
} else {
  writeFileSync(FILE, text);
  process.stdout.write(`Wrote ${FILE} (${(text.length / 1024).toFixed(0)} KB).\n`);
}
