/**
 * npm run train:models [-- --check]
 *
 * Learns the judgement rules' models from the tuning part of tests/corpus and writes
 * lib/facts/models/<rule>.json (support/model-training.ts says how). Prints how each
 * does on rounds of drafts it was not trained on.
 * --check: writes nothing; fails if a file is not what the corpus gives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { modelFile, trainModels } from '../support/model-training';

const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
const fileOf = (rule: string) => fileURLToPath(new URL(`../lib/facts/models/${rule}.json`, import.meta.url));
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

const started = performance.now();
const trained = trainModels();
process.stdout.write(`Trained ${trained.length} models in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
let stale = false;
for (const { rule, model, unseen } of trained) {
  const text = modelFile(model);
  const file = fileOf(rule);
  process.stdout.write(
    `${rule}: ${model.trainedOn.drafts} drafts (${model.trainedOn.positives} positive) in ${model.trainedOn.groups} groups, ${Object.keys(model.weights).length} weights, ${(text.length / 1024).toFixed(0)} KB. ` +
      `Threshold ${model.threshold}: on the drafts the rule asks it about, each group scored by a model trained without it, precision ${pct(unseen.precision)}, recall ${pct(unseen.recall)}.${model.veto !== null ? ` Overrules its shapes below ${model.veto} on drafts long enough to judge.` : ""}\n`,
  );
  if (!values.check) writeFileSync(file, text);
  else if (readFileSync(file, 'utf8') !== text) {
    process.stderr.write(`${file} is not what the corpus gives: run npm run train:models\n`);
    stale = true;
  }
}
if (stale) process.exit(1);
process.stdout.write(values.check ? 'Every model file matches the corpus.\n' : 'Wrote the model files.\n');
