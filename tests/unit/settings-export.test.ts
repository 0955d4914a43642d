import { makePupilPack, SALT_BYTES } from '../../lib/roster/pack';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstJsonError } from '../../lib/settings/json-position';
import { plainSettingsMessage, readSettingsFile, settingsFileName, settingsFileText } from '../../lib/settings/export';
import { parseSettings, SettingsError } from '../../lib/settings/schema';
import { ROSTER } from '../helpers';

const corpusText = readFileSync(new URL('../data/sample-school/settings.json', import.meta.url), 'utf8');
const corpus = parseSettings(JSON.parse(corpusText));

function refusal(text: string): SettingsError {
  try {
    readSettingsFile(text);
  } catch (error) {
    if (error instanceof SettingsError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('exporting the settings file', () => {
  it('writes the version 1 format that reads back the same, with no pupil list unless asked', () => {
    const text = settingsFileText(corpus);
    expect(JSON.parse(text)).toEqual(JSON.parse(corpusText));
    expect(text).not.toContain('roster');
    expect(readSettingsFile(text)).toEqual({ settings: corpus, ignoredFields: [] });
  });

  it('carries the pupil list only when asked, and reads it back', () => {
    const text = settingsFileText(corpus, { pupils: ROSTER, source: 'pupils.csv' });
    const file = readSettingsFile(text);
    expect(file.settings).toEqual(corpus);
    expect(file.roster?.source).toBe('pupils.csv');
    expect(file.roster?.pupils).toEqual(ROSTER);
  });

  it('carries a school pack, checked whole on the way back in', () => {
    const pack = makePupilPack(ROSTER, new Uint8Array(SALT_BYTES).fill(9));
    const file = readSettingsFile(settingsFileText(corpus, undefined, pack));
    expect(file.pack).toEqual(pack);
    expect(file.roster).toBeUndefined();
    const broken = JSON.parse(settingsFileText(corpus, undefined, pack));
    broken.pupilPack.surnames['not-a-hash'] = 1;
    expect(() => readSettingsFile(JSON.stringify(broken))).toThrow(/^pupilPack\.surnames/);
    const both = JSON.parse(settingsFileText(corpus, { pupils: ROSTER, source: 'pupils.csv' }, pack));
    expect(() => readSettingsFile(JSON.stringify(both))).toThrow(/both a pupil list and a school pack/);
  });

  it('names the file by day, and says when it holds pupils', () => {
    const day = new Date('2026-03-14T10:00:00Z');
    expect(settingsFileName(day, 'settings')).toBe('post-check-settings-2026-03-14.json');
    expect(settingsFileName(day, 'with-pupils')).toBe('post-check-settings-with-pupils-2026-03-14.json');
    expect(settingsFileName(day, 'school-pack')).toBe('post-check-school-pack-2026-03-14.json');
  });
});

describe('importing a settings file', () => {
  it('accepts the corpus settings as they are, with a byte-order mark too', () => {
    expect(readSettingsFile(`\uFEFF${corpusText}`).settings.staff).toHaveLength(10);
  });

  it.each([
    ['', '', /empty/],
    ['{"version": 1,\n  "school": }', '', /line 2, character 13/],
    ['[1, 2]', '', /not a Post Check settings file/],
    [JSON.stringify({ ...JSON.parse(corpusText), version: 3 }), 'version', /version 3.*version 1/],
    [JSON.stringify({ ...JSON.parse(corpusText), hashtags: '#SSCA' }), 'hashtags', /^School hashtags: should be a list, not the string "#SSCA"\.$/],
    [JSON.stringify({ ...JSON.parse(corpusText), disclaimer: { text: '' } }), 'disclaimer.text', /empty/],
    [JSON.stringify({ ...JSON.parse(corpusText), roster: { pupils: [{ forename: 'Grace' }] } }), 'roster.pupils[0].surname', /missing/],
    [
      JSON.stringify({ ...JSON.parse(corpusText), roster: { pupils: [{ forename: 'Grace', surname: 'Okafor', mediaConsent: 'maybe', handles: [] }] } }),
      'roster.pupils[0].mediaConsent',
      /^The pupil list in the file, pupil 1's media consent: must be "granted", "refused" or "unknown"\.$/,
    ],
  ])('refuses a bad file, naming the field (%#)', (text, path, message) => {
    const error = refusal(text);
    expect(error.path).toBe(path);
    expect(plainSettingsMessage(error)).toMatch(message);
  });

  it('names the field as the settings page does, and says "text" and "a list" rather than type names', () => {
    const error = refusal(JSON.stringify({ ...JSON.parse(corpusText), school: { ...JSON.parse(corpusText).school, aliases: ['SSCA', 7] } }));
    expect(plainSettingsMessage(error)).toBe('Other names for the school, line 2: should be text, not the number 7.');
  });

  it.each([
    [{ officialAccounts: [{ site: 'myspace', handle: '@x' }] }, 'Official accounts, the first account\'s site: must be X ("x"), Facebook ("facebook") or LinkedIn ("linkedin").'],
    [{ rules: { tone: { severity: { school: 'loud' } } } }, /^Checks, “Shouting.*” on school accounts: must be Must fix \("block"\), Should fix \("warn"\) or Tip \("info"\)\.$/],
    [{ lateNight: { enabled: true, from: '25:00', to: '06:00' } }, /^Late-night pause, From: /],
    [{ staff: ['Mrs Jane Pascoe', ''] }, "Staff names, line 2: can't be empty."],
  ])('says where and what in the settings page’s words (%#)', (change, expected) => {
    const error = refusal(JSON.stringify({ ...JSON.parse(corpusText), ...change }));
    if (typeof expected === 'string') expect(plainSettingsMessage(error)).toBe(expected);
    else expect(plainSettingsMessage(error)).toMatch(expected);
  });

  it('says a spreadsheet chosen by mistake is one, not where its text "goes wrong"', () => {
    const error = refusal('First name,Surname,Year\nGrace,Okafor,6\n');
    expect(plainSettingsMessage(error)).toMatch(/^This looks like a spreadsheet saved as CSV, not a Post Check settings file\./);
    expect(plainSettingsMessage(refusal('PK\u0003\u0004binary'))).toMatch(/^This is a spreadsheet workbook/);
  });

  it('carries the school’s logos, checked as images of at most 5 MB, and gives them back byte for byte', () => {
    const bytes = Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]);
    const text = settingsFileText(readSettingsFile(corpusText).settings, undefined, undefined, [{ name: 'crest.png', type: 'image/png', bytes }]);
    const file = readSettingsFile(text);
    expect(file.logos).toEqual([{ name: 'crest.png', type: 'image/png', bytes }]);
    expect(file.ignoredFields).toEqual([]);
    const bad = refusal(JSON.stringify({ ...JSON.parse(corpusText), logos: [{ name: 'crest.svg', type: 'image/svg+xml', data: 'AAAA' }] }));
    expect(plainSettingsMessage(bad)).toMatch(/^Logos in the file, the first logo: must be /);
  });
});

describe('pointing at the line where a hand-edited file goes wrong', () => {
  it.each([
    ['{"a": 1,}', 1, 9],
    ['{\n  "a": [1, 2,\n  ]\n}', 3, 3],
    ['{\n  "a": "unterminated\n}', 2, 21],
    ["{'a': 1}", 1, 2],
    ['{"a": tru}', 1, 10],
    ['{"a": 1} extra', 1, 10],
  ])('%j goes wrong at line %i, character %i', (text, line, column) => {
    expect(firstJsonError(text)).toMatchObject({ line, column });
  });

  it('finds nothing wrong with valid JSON', () => {
    expect(firstJsonError(corpusText)).toBeNull();
    expect(firstJsonError('{"a": [1, -2.5e3, "\\u00e9\\n", true, false, null, {}]}')).toBeNull();
  });

  it('says a file that stops part of the way through does', () => {
    expect(refusal('{"version": 1, "school": {').message).toMatch(/stops part of the way/);
  });
});
