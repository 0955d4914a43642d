import { describe, expect, it } from 'vitest';
import { check, flagged } from '../helpers';

describe('school-branding (text)', () => {
  it('flags an official hashtag on a personal post', () => {
    expect(flagged('Great day at sports day #TeamStStephens', 'school-branding')).toEqual(['#TeamStStephens']);
    expect(check('Great day #SSCA')).toContainEqual(expect.objectContaining({ rule: 'school-branding', severity: 'warn' }));
  });

  it.each([
    ['See you all in September!\n— St Stephens Academy', 'St Stephens Academy'],
    ['Have a lovely holiday. Love from everyone at St Stephens Community Academy', 'St Stephens Community Academy'],
  ])('flags signing a personal post as the school: %j', (text, name) => {
    expect(flagged(text, 'school-branding')).toEqual([name]);
  });

  it.each([
    "Proud to work at St Stephen's.",
    'Views are my own and not those of St Stephens Community Academy.',
    'Writing as a parent, not on behalf of St Stephens Academy',
    'Thanks @StStephensCA for a lovely evening',
  ])('does not flag naming the school in passing: %s', (text) => {
    expect(flagged(text, 'school-branding')).toEqual([]);
  });

  it('never applies to the school account', () => {
    expect(flagged('Great day #SSCA', 'school-branding', 'school')).toEqual([]);
  });
});

describe('school-branding (images)', () => {
  it("blocks an attached image that matches the school's logo on a personal account only", () => {
    expect(check('Look at this', 'personal', { images: 1, logoMatches: 1 })).toContainEqual(expect.objectContaining({ rule: 'school-branding', severity: 'block' }));
    expect(check('Look at this', 'unknown', { images: 1, logoMatches: 1 }).map((f) => f.rule)).toContain('school-branding');
    expect(check('Look at this', 'school', { images: 1, logoMatches: 1 }).map((f) => f.rule)).not.toContain('school-branding');
    expect(check('Look at this', 'personal', { images: 1, logoMatches: 0 }).map((f) => f.rule)).not.toContain('school-branding');
  });
});
