/**
 * Issue 12's scale test: with a large school's pupil list (2,100 pupils drawn from the
 * real distribution of first names in England and Wales, so nearly every common first
 * name is on it), everyday personal posts about friends, family, pets and footballers
 * must not be reported as naming a pupil (at most 2%), and every forename in school
 * context must be (100%).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../../lib/compiled-policy';
import { checkDraft } from '../../../lib/engine';
import { importRoster } from '../../../lib/roster/import';
import { parseSettings } from '../../../lib/settings/schema';
import type { Draft, RuleId } from '../../../lib/types';

const DIR = dirname(fileURLToPath(import.meta.url));
const PUPIL_RULES: readonly RuleId[] = ['pupil-name', 'no-consent-pupil'];

interface Labelled extends Draft {
  id: string;
  expect: RuleId[];
  group: 'everyday' | 'school-context';
}

const policy = compilePolicy({
  settings: parseSettings(JSON.parse(readFileSync(join(DIR, 'settings.json'), 'utf8'))),
  roster: importRoster(readFileSync(join(DIR, 'pupils.csv'))).pupils,
});
const drafts = readFileSync(join(DIR, 'drafts.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Labelled);
const pupilRulesOf = (draft: Labelled) => [...new Set(checkDraft(draft, policy).map((f) => f.rule))].filter((r) => PUPIL_RULES.includes(r)).sort();

describe('forename alone with a large school’s pupil list', () => {
  const everyday = drafts.filter((d) => d.group === 'everyday');
  const inSchool = drafts.filter((d) => d.group === 'school-context' && d.expect.some((r) => PUPIL_RULES.includes(r)));

  it('has enough drafts to mean something', () => {
    expect(policy.pupils.size).toBeGreaterThanOrEqual(2000);
    expect(everyday.length).toBeGreaterThanOrEqual(100);
    expect(inSchool.length).toBeGreaterThanOrEqual(50);
  });

  it('reports at most 2% of everyday personal posts as naming a pupil', () => {
    const flagged = everyday.filter((d) => pupilRulesOf(d).length > 0).map((d) => `${d.id}: ${d.text}`);
    expect(flagged.length / everyday.length, flagged.join('\n')).toBeLessThanOrEqual(0.02);
  });

  it('finds every forename in school context, under the right rule', () => {
    const missed = inSchool
      .filter((d) => {
        const got = pupilRulesOf(d);
        return !d.expect.filter((r) => PUPIL_RULES.includes(r)).every((r) => got.includes(r));
      })
      .map((d) => `${d.id}: ${d.text}`);
    expect(missed).toEqual([]);
  });
});
