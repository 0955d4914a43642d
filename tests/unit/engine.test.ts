import { describe, expect, it } from 'vitest';
import { effectiveSeverity, mergeFindings } from '../../lib/engine';
import { RULES } from '../../lib/rules';
import type { Finding } from '../../lib/types';
import { check, makePolicy } from '../helpers';

const finding = (rule: Finding['rule'], start?: number, end?: number, severity: Finding['severity'] = 'block'): Finding => ({
  rule,
  severity,
  start,
  end,
  message: '',
  policy: '',
});

describe('one span, one finding', () => {
  it('keeps personal-data over a pupil name inside the same words', () => {
    const merged = mergeFindings([finding('pupil-name', 10, 22), finding('personal-data', 4, 40)]);
    expect(merged.map((f) => f.rule)).toEqual(['personal-data']);
  });

  it('keeps no-consent-pupil over pupil-name on the same name', () => {
    expect(mergeFindings([finding('pupil-name', 0, 5, 'warn'), finding('no-consent-pupil', 0, 5)]).map((f) => f.rule)).toEqual(['no-consent-pupil']);
  });

  it('joins overlapping findings of one rule into one span', () => {
    expect(mergeFindings([finding('offensive-language', 0, 5), finding('offensive-language', 3, 9)])).toEqual([
      expect.objectContaining({ rule: 'offensive-language', start: 0, end: 9 }),
    ]);
  });

  it('keeps different concerns about the same words (an insult aimed at leaders)', () => {
    const merged = mergeFindings([finding('offensive-language', 0, 10), finding('internal-grievance', 0, 30, 'warn')]);
    expect(merged.map((f) => f.rule).sort()).toEqual(['internal-grievance', 'offensive-language']);
  });

  it('reports a whole-draft finding once', () => {
    expect(mergeFindings([finding('disclaimer-missing'), finding('disclaimer-missing')])).toHaveLength(1);
  });

  it('sorts by position, whole-draft findings first', () => {
    const merged = mergeFindings([finding('pupil-name', 20, 25), finding('disclaimer-missing'), finding('staff-named', 2, 8)]);
    expect(merged.map((f) => f.rule)).toEqual(['disclaimer-missing', 'staff-named', 'pupil-name']);
  });
});

describe('settings overrides', () => {
  it('switches a rule off', () => {
    const policy = makePolicy({ rules: { 'disclaimer-missing': { enabled: false } } });
    expect(check("Lovely day at St Stephen's.", 'personal', {}, policy).map((f) => f.rule)).not.toContain('disclaimer-missing');
  });

  it('changes a severity for one account kind only', () => {
    const policy = makePolicy({ rules: { 'pupil-name': { severity: { school: 'block' } } } });
    expect(check('Well done Grace!', 'school', {}, policy)).toContainEqual(expect.objectContaining({ rule: 'pupil-name', severity: 'block' }));
    expect(check('Well done Grace Okafor!', 'personal', {}, policy)).toContainEqual(expect.objectContaining({ rule: 'pupil-name', severity: 'block' }));
  });

  it('turns a rule on for an account kind it does not cover by default', () => {
    const rule = RULES.find((r) => r.id === 'disclaimer-missing')!;
    expect(effectiveSeverity(rule, 'school', makePolicy())).toBeNull();
    expect(effectiveSeverity(rule, 'school', makePolicy({ rules: { 'disclaimer-missing': { severity: { school: 'info' } } } }))).toBe('info');
  });

  it('checks an unknown account as a personal one', () => {
    expect(check('Well done Grace Okafor!', 'unknown')).toContainEqual(expect.objectContaining({ rule: 'pupil-name', severity: 'block' }));
  });
});

describe('findings', () => {
  it('quote the policy with its section', () => {
    for (const f of check("Well done Grace Okafor at St Stephen's!")) expect(f.policy).toMatch(/^[A-Z][\w’' ]+: “.+”$/u);
  });

  it('point at the characters the user typed', () => {
    const text = '😀 Ça va? Well done Grace Okafor 👏🏽 at St Stephen’s';
    for (const f of check(text).filter((f) => f.start !== undefined)) {
      expect(text.slice(f.start, f.end)).toBe('Grace Okafor');
    }
  });
});
