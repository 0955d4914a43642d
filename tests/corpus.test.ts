/**
 * Scores the engine on the project's own labelled corpus (tests/corpus: one folder per
 * made-up school, each with its own settings, pupil list and staff list) and holds
 * floors on the held-back part, which nobody tunes to.
 *
 * Today's held-back figures are micro F1 0.975 and block-rule recall 0.991 (0.845 and
 * 0.929 when the corpus was written). Both floors are issue 9's targets, 0.95 and 0.98.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverCorpora, formatSuite, scoreSuite, summarise, type DraftOutcome } from '../support/corpus-score';

const HELD_MICRO_F1_FLOOR = 0.95;
/** Folders written after the split, scored once on first contact and then tuned to (their README says so). */
const TUNE_ONLY = new Set(['school-d', 'school-e', 'school-f', 'school-g', 'school-h', 'school-i', 'school-j', 'school-k', 'school-l', 'school-m', 'school-n', 'school-o', 'school-p', 'school-q', 'school-r', 'school-s', 'school-t', 'school-u', 'school-v', 'school-w', 'school-x', 'school-y', 'school-z', 'school-aa']);
const HELD_BLOCK_RECALL_FLOOR = 0.98;

describe('corpus score', () => {
  const suite = scoreSuite();

  it('prints precision and recall per rule for the tuning and held-back parts', () => {
    process.stdout.write(`\n${formatSuite(suite)}\n`);
    expect(suite.corpora.length).toBeGreaterThanOrEqual(2);
    expect(suite.total.drafts).toBeGreaterThanOrEqual(420);
  });

  it.each(discoverCorpora().map((dir) => [dir.split(/[\\/]/).pop()!]))('%s has every draft in a part, and a held part unless it is tune only', (name) => {
    const outcomes = suite.corpora.find((c) => c.name === name)!.outcomes;
    expect(outcomes.filter((o) => o.part === undefined).map((o) => o.id)).toEqual([]);
    expect(outcomes.some((o) => o.part === 'tune')).toBe(true);
    expect(outcomes.some((o) => o.part === 'held')).toBe(!TUNE_ONLY.has(name));
  });

  it(`reaches micro F1 of at least ${HELD_MICRO_F1_FLOOR} on the held-back part`, () => {
    expect(suite.parts.held.micro.f1).toBeGreaterThanOrEqual(HELD_MICRO_F1_FLOOR);
  });

  it(`finds at least ${HELD_BLOCK_RECALL_FLOOR * 100}% of what should block a post in the held-back part`, () => {
    expect(suite.parts.held.blockRecall.tp + suite.parts.held.blockRecall.fn).toBeGreaterThan(30);
    expect(suite.parts.held.blockRecall.recall).toBeGreaterThanOrEqual(HELD_BLOCK_RECALL_FLOOR);
  });
});

describe('corpus scoring', () => {
  const outcome = (id: string, expected: string[], found: string[], blocking: string[] = []): DraftOutcome => ({
    corpus: 'c',
    id,
    text: '',
    account: 'personal',
    expected,
    found,
    blocking,
    part: 'held',
  });

  it('counts (draft, rule) pairs, blocking findings missed and clean drafts flagged', () => {
    const score = summarise([
      outcome('1', ['pupil-name', 'disclaimer-missing'], ['pupil-name'], ['pupil-name']),
      outcome('2', ['personal-data'], [], ['personal-data']),
      outcome('3', [], ['tone']),
      outcome('4', [], []),
    ]);
    expect(score.micro).toMatchObject({ tp: 1, fp: 1, fn: 2 });
    expect(score.blockRecall).toMatchObject({ tp: 1, fn: 1, recall: 0.5 });
    expect(score.cleanFlagged).toEqual({ flagged: 1, clean: 2 });
    expect(score.perRule.find((r) => r.rule === 'tone')).toMatchObject({ tp: 0, fp: 1, precision: 0 });
  });

  it('finds every folder that holds settings.json and drafts.jsonl, whatever its name', () => {
    const root = mkdtempSync(join(tmpdir(), 'corpora-'));
    for (const name of ['school-z', 'everyday']) {
      mkdirSync(join(root, name));
      writeFileSync(join(root, name, 'settings.json'), '{}');
      writeFileSync(join(root, name, 'drafts.jsonl'), '');
    }
    mkdirSync(join(root, 'notes'));
    writeFileSync(join(root, 'README.md'), '');
    expect(discoverCorpora(root).map((dir) => dir.split(/[\\/]/).pop())).toEqual(['everyday', 'school-z']);
  });
});
