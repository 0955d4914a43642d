/**
 * Scores the engine on labelled corpora (tests/corpus/README.md, "Scoring"): per
 * draft, the set of rule IDs found against `expect`; micro precision and recall
 * over (draft, rule) pairs, and the same per rule, for the tuning part, the
 * held-back part and both together.
 *
 * A corpus folder holds `settings.json`, one roster CSV, an optional `staff.txt`
 * and `drafts.jsonl`. `tests/corpus/` holds several such folders, one per school;
 * `discoverCorpora` finds every folder laid out that way.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDraftsFile, loadPolicy } from '../lib/check-drafts';
import type { CompiledPolicy } from '../lib/compiled-policy';
import { ruleById } from '../lib/rules';
import type { RuleAccountKind, Severity } from '../lib/types';

/** Where the project keeps its own labelled corpus: one folder per school. */
export const OWN_CORPUS_ROOT = fileURLToPath(new URL('../tests/corpus/', import.meta.url));


/**
 * Image rules are never labelled: their findings are dropped. `school-branding` has a
 * text form (a personal post presented as the school's), which is labelled and
 * scored; a draft whose images are files could also match a logo, so for such a
 * draft `school-branding` is dropped too.
 */
const UNSCORED_RULES: ReadonlySet<string> = new Set(['pupil-image', 'image-consent']);

const PARTS = ['tune', 'held'] as const;
type Part = (typeof PARTS)[number];

export interface LabelledDraft {
  id: string;
  site: string;
  account: 'personal' | 'school' | 'unknown';
  text: string;
  expect: string[];
  split?: Part;
  images?: number | string[];
  /** The everyday corpus sorts its drafts into `everyday` and `school-context` (forename alone at scale). */
  group?: string;
}

export interface DraftOutcome {
  /** The corpus folder's name, e.g. `school-a`. */
  corpus: string;
  id: string;
  text: string;
  part?: Part;
  account: LabelledDraft['account'];
  expected: string[];
  found: string[];
  /** Expected rules whose severity for this account is `block` (after the school's settings). */
  blocking: string[];
  group?: string;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

interface RuleScore extends Counts {
  rule: string;
  precision: number;
  recall: number;
  f1: number;
}

export interface Score {
  drafts: number;
  micro: RuleScore;
  perRule: RuleScore[];
  /** Recall over expected (draft, rule) pairs whose rule blocks the post on that account. */
  blockRecall: RuleScore;
  /** Clean drafts (nothing expected) with at least one finding, out of all clean drafts. */
  cleanFlagged: { flagged: number; clean: number };
}

export interface CorpusScore extends Score {
  name: string;
  dir: string;
  outcomes: DraftOutcome[];
  /** Drafts where found and expected differ, for looking at. */
  misses: Miss[];
  /** Engine time per draft, in milliseconds. */
  msPerDraft: number;
}

export interface Miss {
  corpus: string;
  id: string;
  part?: Part;
  text: string;
  missing: string[];
  extra: string[];
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

function ruleScore(rule: string, { tp, fp, fn }: Counts): RuleScore {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { rule, tp, fp, fn, precision, recall, f1 };
}

/** The roster of a corpus folder: `pupils.csv` if present, else its only CSV file. */
function rosterFile(dir: string): string | undefined {
  if (existsSync(join(dir, 'pupils.csv'))) return join(dir, 'pupils.csv');
  const csvs = readdirSync(dir).filter((name) => name.toLowerCase().endsWith('.csv'));
  if (csvs.length > 1) throw new Error(`${dir}: more than one CSV file (${csvs.join(', ')}); name the roster pupils.csv`);
  return csvs.length === 1 ? join(dir, csvs[0]!) : undefined;
}

export function isCorpusDir(dir: string): boolean {
  return existsSync(join(dir, 'drafts.jsonl')) && existsSync(join(dir, 'settings.json'));
}

/** Every folder directly under `root` laid out as a corpus, in name order. */
export function discoverCorpora(root: string = OWN_CORPUS_ROOT): string[] {
  return readdirSync(root)
    .map((name) => join(root, name))
    .filter((dir) => statSync(dir).isDirectory() && isCorpusDir(dir))
    .sort();
}

function parseDrafts(file: string, content: string): LabelledDraft[] {
  return content.split(/\r?\n/).flatMap((line, index) => {
    if (line.trim() === '') return [];
    const draft = JSON.parse(line) as LabelledDraft;
    if (!Array.isArray(draft.expect)) throw new Error(`${file} line ${index + 1}: no "expect" list`);
    if (draft.split !== undefined && !PARTS.includes(draft.split)) {
      throw new Error(`${file} line ${index + 1}: "split" must be "tune" or "held"`);
    }
    return [draft];
  });
}

function severityFor(rule: string, account: LabelledDraft['account'], overrides: Record<string, { severity?: Partial<Record<RuleAccountKind, Severity>> }>): Severity | undefined {
  const kind: RuleAccountKind = account === 'school' ? 'school' : 'personal';
  return overrides[rule]?.severity?.[kind] ?? ruleById(rule)?.severity[kind];
}

/** A corpus folder's settings, roster and staff list, compiled as the extension would. */
export function loadCorpusPolicy(dir: string): CompiledPolicy {
  const file = (name: string) => join(dir, name);
  const roster = rosterFile(dir);
  return loadPolicy({
    settings: { name: file('settings.json'), content: readFileSync(file('settings.json'), 'utf8') },
    roster: roster ? { name: roster, content: new Uint8Array(readFileSync(roster)) } : undefined,
    staff: existsSync(file('staff.txt')) ? { name: file('staff.txt'), content: readFileSync(file('staff.txt'), 'utf8') } : undefined,
  });
}

/** A corpus folder's labelled drafts. */
export function corpusDrafts(dir: string): LabelledDraft[] {
  const file = join(dir, 'drafts.jsonl');
  return parseDrafts(file, readFileSync(file, 'utf8'));
}

/** Scores one corpus folder (settings.json, a roster CSV, staff.txt, drafts.jsonl). */
export function scoreCorpus(dir: string): CorpusScore {
  const file = (name: string) => join(dir, name);
  const settingsText = readFileSync(file('settings.json'), 'utf8');
  const policy = loadCorpusPolicy(dir);
  const settingsJson = JSON.parse(settingsText.replace(/^\uFEFF/, '')) as {
    rules?: Record<string, { severity?: Partial<Record<RuleAccountKind, Severity>> }>;
    customRules?: { id: string; severity: Partial<Record<RuleAccountKind, Severity>> }[];
  };
  // A school's own rules carry their severity with them; it is read like an override.
  const overrides = {
    ...Object.fromEntries((settingsJson.customRules ?? []).map((rule) => [rule.id, { severity: rule.severity }])),
    ...settingsJson.rules,
  };
  const content = readFileSync(file('drafts.jsonl'), 'utf8');
  const labelled = parseDrafts(file('drafts.jsonl'), content);
  const started = performance.now();
  const results = checkDraftsFile({ name: file('drafts.jsonl'), content }, policy);
  const elapsed = performance.now() - started;
  const name = basename(dir);

  const outcomes = results.map((result, i): DraftOutcome => {
    const draft = labelled[i]!;
    const unscored = new Set(UNSCORED_RULES);
    if (Array.isArray(draft.images) && draft.images.length > 0) unscored.add('school-branding');
    const found = [...new Set(result.findings.map((f) => f.rule as string))].filter((r) => !unscored.has(r)).sort();
    const expected = [...new Set(draft.expect)].sort();
    return {
      corpus: name,
      id: draft.id,
      text: draft.text,
      account: draft.account,
      expected,
      found,
      blocking: expected.filter((rule) => severityFor(rule, draft.account, overrides) === 'block'),
      ...(draft.split ? { part: draft.split } : {}),
      ...(draft.group ? { group: draft.group } : {}),
    };
  });
  return { name, dir, outcomes, misses: missesOf(outcomes), msPerDraft: elapsed / Math.max(1, results.length), ...summarise(outcomes) };
}

function missesOf(outcomes: readonly DraftOutcome[]): Miss[] {
  return outcomes.flatMap((o) => {
    const missing = o.expected.filter((r) => !o.found.includes(r));
    const extra = o.found.filter((r) => !o.expected.includes(r));
    return missing.length || extra.length ? [{ corpus: o.corpus, id: o.id, text: o.text, missing, extra, ...(o.part ? { part: o.part } : {}) }] : [];
  });
}

/** Precision and recall over the given drafts' (draft, rule) pairs. */
export function summarise(outcomes: readonly DraftOutcome[]): Score {
  const counts = new Map<string, Counts>();
  const bump = (rule: string, key: keyof Counts) => {
    const c = counts.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    counts.set(rule, c);
  };
  const block: Counts = { tp: 0, fp: 0, fn: 0 };
  let clean = 0;
  let flagged = 0;
  for (const o of outcomes) {
    for (const rule of o.found) bump(rule, o.expected.includes(rule) ? 'tp' : 'fp');
    for (const rule of o.expected) if (!o.found.includes(rule)) bump(rule, 'fn');
    for (const rule of o.blocking) block[o.found.includes(rule) ? 'tp' : 'fn']++;
    if (o.expected.length === 0) {
      clean++;
      if (o.found.length > 0) flagged++;
    }
  }
  const perRule = [...counts.entries()].map(([rule, c]) => ruleScore(rule, c)).sort((a, b) => a.rule.localeCompare(b.rule));
  const total = perRule.reduce((t, r) => ({ tp: t.tp + r.tp, fp: t.fp + r.fp, fn: t.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    drafts: outcomes.length,
    micro: ruleScore('(all rules)', total),
    perRule,
    blockRecall: ruleScore('(block rules)', block),
    cleanFlagged: { flagged, clean },
  };
}

export interface SuiteScore {
  root: string;
  corpora: CorpusScore[];
  /** Every draft of every corpus, then each part on its own. */
  total: Score;
  parts: Record<Part, Score>;
  misses: Miss[];
  msPerDraft: number;
}

/** Scores every corpus folder under `root` and pools their drafts. */
export function scoreSuite(root: string = OWN_CORPUS_ROOT): SuiteScore {
  const dirs = discoverCorpora(root);
  if (dirs.length === 0) throw new Error(`${root}: no corpus folders (each needs settings.json and drafts.jsonl)`);
  const corpora = dirs.map(scoreCorpus);
  const outcomes = corpora.flatMap((c) => c.outcomes);
  const drafts = outcomes.length;
  return {
    root,
    corpora,
    total: summarise(outcomes),
    parts: { tune: summarise(outcomes.filter((o) => o.part === 'tune')), held: summarise(outcomes.filter((o) => o.part === 'held')) },
    misses: corpora.flatMap((c) => c.misses),
    msPerDraft: corpora.reduce((t, c) => t + c.msPerDraft * c.outcomes.length, 0) / Math.max(1, drafts),
  };
}

const pct = (n: number) => `${(n * 100).toFixed(1)}`.padStart(5);
const num = (n: number, width = 4) => String(n).padStart(width);

function cells(r: RuleScore | undefined): string {
  if (!r) return `${'-'.padStart(4)} ${'-'.padStart(3)} ${'-'.padStart(3)} ${'-'.padStart(5)} ${'-'.padStart(5)}`;
  return `${num(r.tp)} ${num(r.fp, 3)} ${num(r.fn, 3)} ${pct(r.precision)} ${pct(r.recall)}`;
}

/** One table: a row per rule, and a column group per score given. */
function formatScores(columns: { title: string; score: Score }[]): string {
  const rules = [...new Set(columns.flatMap((c) => c.score.perRule.map((r) => r.rule)))].sort();
  const width = 20;
  const group = 24;
  const header1 = ''.padEnd(width) + columns.map((c) => `  ${`${c.title} (${c.score.drafts})`.padEnd(group)}`).join('');
  const header2 = 'rule'.padEnd(width) + columns.map(() => `  ${'  TP  FP  FN prec.   rec.'.slice(0, group).padEnd(group)}`).join('');
  const row = (label: string, pick: (s: Score) => RuleScore | undefined) =>
    label.padEnd(width) + columns.map((c) => `  ${cells(pick(c.score))}`).join('');
  const f1 = 'micro F1'.padEnd(width) + columns.map((c) => `  ${''.padStart(17)}${pct(c.score.micro.f1)}`.padEnd(group + 2)).join('');
  const clean =
    'clean drafts flagged'.padEnd(width) +
    columns.map((c) => `  ${`${c.score.cleanFlagged.flagged} of ${c.score.cleanFlagged.clean}`.padStart(22)}`.padEnd(group + 2)).join('');
  return [
    header1,
    header2,
    ...rules.map((rule) => row(rule, (s) => s.perRule.find((r) => r.rule === rule))),
    '-'.repeat(width + columns.length * (group + 2)),
    row('micro', (s) => s.micro),
    f1,
    row('block-rule recall', (s) => s.blockRecall),
    clean,
  ].join('\n');
}

/** The suite: per-rule tables for the tuning part, the held-back part and both, then one line per corpus. */
export function formatSuite(suite: SuiteScore, cwd = process.cwd()): string {
  const lines = [
    `Corpus ${relative(cwd, suite.root) || '.'}: ${suite.corpora.length} folders, ${suite.total.drafts} drafts ` +
      `(${suite.parts.tune.drafts} tune, ${suite.parts.held.drafts} held). Tune to "tune" only; "held" is for reporting.`,
    '',
    formatScores([
      { title: 'tune', score: suite.parts.tune },
      { title: 'held', score: suite.parts.held },
      { title: 'all', score: suite.total },
    ]),
    '',
    'per folder'.padEnd(20) + '  drafts  micro P  micro R  micro F1  held F1  block rec.',
    ...suite.corpora.map((c) => {
      const held = summarise(c.outcomes.filter((o) => o.part === 'held'));
      return (
        c.name.padEnd(20) +
        `  ${num(c.drafts, 6)}  ${pct(c.micro.precision).padStart(7)}  ${pct(c.micro.recall).padStart(7)}  ${pct(c.micro.f1).padStart(8)}  ${(held.drafts > 0 ? pct(held.micro.f1) : '—').padStart(7)}  ${pct(c.blockRecall.recall).padStart(10)}`
      );
    }),
    ...formatForenameScale(suite.corpora.flatMap((c) => c.outcomes)),
    '',
    `${suite.msPerDraft.toFixed(3)} ms per draft in the engine`,
  ];
  return lines.join('\n');
}

const PUPIL_RULES = ['pupil-name', 'no-consent-pupil'];

/**
 * Forename alone with a large pupil list: how many everyday personal posts are reported
 * as naming a pupil, and how many forenames in school context are found (the `group`
 * of the everyday corpus), per part.
 */
function formatForenameScale(outcomes: readonly DraftOutcome[]): string[] {
  const everyday = outcomes.filter((o) => o.group === 'everyday');
  const inSchool = outcomes.filter((o) => o.group === 'school-context' && o.expected.some((r) => PUPIL_RULES.includes(r)));
  if (everyday.length === 0 && inSchool.length === 0) return [];
  const flagged = (o: DraftOutcome) => o.found.some((r) => PUPIL_RULES.includes(r));
  const found = (o: DraftOutcome) => o.expected.filter((r) => PUPIL_RULES.includes(r)).every((r) => o.found.includes(r));
  const share = (list: readonly DraftOutcome[], test: (o: DraftOutcome) => boolean, part?: Part) => {
    const some = part ? list.filter((o) => o.part === part) : list;
    const n = some.filter(test).length;
    return `${n} of ${some.length} (${pct(some.length ? n / some.length : 0).trim()}%)`;
  };
  return [
    '',
    'forename alone with a large pupil list       tune                 held                 all',
    `everyday posts reported as naming a pupil    ${share(everyday, flagged, 'tune').padEnd(20)} ${share(everyday, flagged, 'held').padEnd(20)} ${share(everyday, flagged)}`,
    `forenames in school context found            ${share(inSchool, found, 'tune').padEnd(20)} ${share(inSchool, found, 'held').padEnd(20)} ${share(inSchool, found)}`,
  ];
}

/** A single corpus: its parts when it has a split, else one table. */
export function formatCorpus(result: CorpusScore): string {
  const parts = PARTS.map((part) => ({ title: part, score: summarise(result.outcomes.filter((o) => o.part === part)) })).filter((c) => c.score.drafts > 0);
  const columns = parts.length > 0 ? [...parts, { title: 'all', score: result as Score }] : [{ title: 'all', score: result as Score }];
  return [`Corpus ${result.dir}: ${result.drafts} drafts`, '', formatScores(columns), '', `${result.msPerDraft.toFixed(3)} ms per draft in the engine`].join('\n');
}

export function formatMisses(misses: readonly Miss[]): string {
  return misses
    .map((m) => `${m.corpus}/${m.id}${m.part ? ` [${m.part}]` : ''}  missing: ${m.missing.join(', ') || '-'}  extra: ${m.extra.join(', ') || '-'}\n  ${m.text.replace(/\n/g, ' ')}`)
    .join('\n');
}
