import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, EXAMPLE_SETTINGS } from '../../lib/settings/defaults';
import { isSetUp, parseSettings, parseStoredSettings, SettingsError } from '../../lib/settings/schema';
import { SCHOOL_SETTINGS } from '../helpers';

const corpusSettings = JSON.parse(readFileSync(new URL('../data/sample-school/settings.json', import.meta.url), 'utf8'));

function errorOf(value: unknown): SettingsError {
  try {
    parseSettings(value);
  } catch (error) {
    if (error instanceof SettingsError) return error;
    throw error;
  }
  throw new Error('expected the settings to be refused');
}

describe('settings file, version 1', () => {
  it('accepts the example from check-drafts.md', () => {
    const settings = parseSettings(corpusSettings);
    expect(settings.school.trust?.aliases).toEqual(['ADMAT', 'An Daras']);
    expect(settings.rules.tone).toEqual({ enabled: true, severity: { school: 'warn' } });
    expect(settings.staff).toHaveLength(10);
  });

  it('fills optional lists with empty ones', () => {
    const settings = parseSettings({ version: 1, school: { name: 'Hillside Primary' }, disclaimer: { text: 'Views my own.' } });
    expect(settings).toMatchObject({ officialAccounts: [], hashtags: [], staff: [], rules: {}, disclaimer: { inProfile: [] } });
  });

  it('starts blank on a fresh install, assuming no school (issue 15)', () => {
    expect(DEFAULT_SETTINGS.school).toEqual({ name: '', aliases: [], publicContacts: [] });
    expect(DEFAULT_SETTINGS.disclaimer.text).toBe('');
    expect(isSetUp(DEFAULT_SETTINGS)).toBe(false);
    // Blank is a state kept on this computer, never a settings file.
    expect(() => parseSettings(DEFAULT_SETTINGS)).toThrow(SettingsError);
    expect(parseStoredSettings(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps St Stephens, from its policy, as an example to load', () => {
    expect(EXAMPLE_SETTINGS.school.name).toBe('St Stephens Community Academy');
    expect(EXAMPLE_SETTINGS.school.trust?.name).toBe('An Daras Multi Academy Trust');
    expect(EXAMPLE_SETTINGS.disclaimer.text).toMatch(/views are my own/i);
    expect(isSetUp(EXAMPLE_SETTINGS)).toBe(true);
  });

  it('ignores fields a later version may add', () => {
    expect(() => parseSettings({ ...SCHOOL_SETTINGS, futureField: { anything: 1 } })).not.toThrow();
  });

  it.each([
    [{ ...SCHOOL_SETTINGS, version: 2 }, 'version', /version 2.*version 1/],
    [{ ...SCHOOL_SETTINGS, version: undefined }, 'version', /version 1/],
    [{ ...SCHOOL_SETTINGS, school: { ...SCHOOL_SETTINGS.school, aliases: ['SSCA', 7] } }, 'school.aliases[1]', /expected string, got number 7/],
    [{ ...SCHOOL_SETTINGS, school: { aliases: [] } }, 'school.name', /missing/],
    [{ ...SCHOOL_SETTINGS, officialAccounts: [{ site: 'myspace', handle: '@x' }] }, 'officialAccounts[0].site', /"x", "facebook", "linkedin"/],
    [{ ...SCHOOL_SETTINGS, disclaimer: { text: '   ' } }, 'disclaimer.text', /empty/],
    [{ ...SCHOOL_SETTINGS, disclaimer: { text: 'x'.repeat(281) } }, 'disclaimer.text', /280/],
    [{ ...SCHOOL_SETTINGS, rules: { 'no-such-rule': { enabled: true } } }, 'rules.no-such-rule', /unknown rule/],
    [{ ...SCHOOL_SETTINGS, rules: { tone: { severity: { school: 'loud' } } } }, 'rules.tone.severity.school', /"block", "warn", "info"/],
    [{ ...SCHOOL_SETTINGS, rules: { tone: { enabled: 'yes' } } }, 'rules.tone.enabled', /expected boolean/],
  ])('refuses a bad field and names its path (%#)', (value, path, message) => {
    const error = errorOf(value);
    expect(error.path).toBe(path);
    expect(error.message.startsWith(path)).toBe(true);
    expect(error.message).toMatch(message);
  });

  it('refuses something that is not a settings object at all', () => {
    expect(errorOf([1, 2]).message).toMatch(/version/);
    expect(errorOf(null).message).toBeTruthy();
  });
});
