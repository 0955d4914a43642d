/**
 * Scores the engine on the labelled corpus (shared/corpus) and holds the floor the
 * policy engine issue set: micro F1 ≥ 0.90, and recall ≥ 0.95 on the rules that
 * protect pupils' identities and block offensive posts.
 */
import { describe, expect, it } from 'vitest';
import { formatScore, scoreCorpus } from '../scripts/lib/corpus-score';

const RECALL_FLOOR_RULES = ['pupil-name', 'no-consent-pupil', 'personal-data', 'offensive-language'];

describe('corpus score', () => {
  const result = scoreCorpus();

  it('prints precision and recall per rule', () => {
    process.stdout.write(`\n${formatScore(result)}\n`);
    expect(result.drafts).toBeGreaterThan(100);
  });

  it('reaches micro F1 of at least 0.90', () => {
    expect(result.micro.f1).toBeGreaterThanOrEqual(0.9);
  });

  it.each(RECALL_FLOOR_RULES)('finds at least 95 per cent of %s', (rule) => {
    const score = result.perRule.find((r) => r.rule === rule);
    expect(score, rule).toBeDefined();
    expect(score!.recall).toBeGreaterThanOrEqual(0.95);
  });
});
