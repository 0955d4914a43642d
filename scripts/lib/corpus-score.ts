/**
 * Scores the engine on a labelled corpus (shared/corpus/README.md, "Scoring"):
 * per draft, the set of rule IDs found (image rules dropped) against `expect`;
 * micro precision and recall over (draft, rule) pairs, and the same per rule.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraftsFile, loadPolicy } from '../../lib/check-drafts';
import { IMAGE_RULE_IDS, type AnyRuleId } from '../../lib/types';

export interface RuleScore {
  rule: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CorpusScore {
  drafts: number;
  micro: RuleScore;
  perRule: RuleScore[];
  /** Drafts where found and expected differ, for looking at. */
  misses: { id: string; text: string; missing: string[]; extra: string[] }[];
  /** Engine time per draft, in milliseconds. */
  msPerDraft: number;
}

function score(rule: string, tp: number, fp: number, fn: number): RuleScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { rule, tp, fp, fn, precision, recall, f1 };
}

export const DEFAULT_CORPUS = new URL('../../../shared/corpus/', import.meta.url).pathname;

export function scoreCorpus(dir: string = DEFAULT_CORPUS): CorpusScore {
  const file = (name: string) => join(dir, name);
  const policy = loadPolicy({
    settings: { name: file('settings.json'), content: readFileSync(file('settings.json'), 'utf8') },
    roster: existsSync(file('pupils.csv')) ? { name: file('pupils.csv'), content: new Uint8Array(readFileSync(file('pupils.csv'))) } : undefined,
    staff: existsSync(file('staff.txt')) ? { name: file('staff.txt'), content: readFileSync(file('staff.txt'), 'utf8') } : undefined,
  });
  const content = readFileSync(file('drafts.jsonl'), 'utf8');
  const labelled = content
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { id: string; text: string; expect: string[] });
  const started = performance.now();
  const results = checkDraftsFile({ name: file('drafts.jsonl'), content }, policy);
  const elapsed = performance.now() - started;
  const imageRules = new Set<string>(IMAGE_RULE_IDS);
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (rule: string, key: 'tp' | 'fp' | 'fn') => {
    const c = counts.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    counts.set(rule, c);
  };
  const misses: CorpusScore['misses'] = [];
  results.forEach((result, i) => {
    const { id, text, expect } = labelled[i]!;
    const found = new Set(result.findings.map((f) => f.rule).filter((r) => !imageRules.has(r)));
    const expected = new Set(expect);
    for (const rule of found) bump(rule, expected.has(rule) ? 'tp' : 'fp');
    for (const rule of expected) if (!found.has(rule as AnyRuleId)) bump(rule, 'fn');
    const missing = [...expected].filter((r) => !found.has(r as AnyRuleId));
    const extra = [...found].filter((r) => !expected.has(r));
    if (missing.length || extra.length) misses.push({ id, text, missing, extra });
  });
  const perRule = [...counts.entries()].map(([rule, c]) => score(rule, c.tp, c.fp, c.fn)).sort((a, b) => a.rule.localeCompare(b.rule));
  const total = perRule.reduce((t, r) => ({ tp: t.tp + r.tp, fp: t.fp + r.fp, fn: t.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
  return { drafts: results.length, micro: score('(all rules)', total.tp, total.fp, total.fn), perRule, misses, msPerDraft: elapsed / Math.max(1, results.length) };
}

export function formatScore(result: CorpusScore): string {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(7);
  const row = (r: RuleScore) =>
    `${r.rule.padEnd(20)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)} ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}`;
  return [
    `${'rule'.padEnd(20)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} ${'prec.'.padStart(7)} ${'recall'.padStart(7)} ${'F1'.padStart(7)}`,
    ...result.perRule.map(row),
    '-'.repeat(58),
    row(result.micro),
    `${result.drafts} drafts, ${result.msPerDraft.toFixed(3)} ms per draft`,
  ].join('\n');
}
