import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraftsFile, InputError, loadPolicy } from '../../lib/check-drafts';
import { checkDraft } from '../../lib/engine';
import { findingSchema } from '../../lib/finding';
import { requestSchema } from '../../lib/messaging';
import { readSettingsFile, settingsFileText } from '../../lib/settings/export';
import { parseSettings, SettingsError } from '../../lib/settings/schema';
import { settingsFromStorage } from '../../lib/settings/stored';
import { makePolicy, SCHOOL_SETTINGS } from '../helpers';

/** The example from docs/check-drafts.md. */
const EMBARGO = {
  id: 'school-ofsted-embargo',
  title: 'Inspection results before they are published',
  phrases: ['ofsted grade', 'inspection outcome', 'inspection report'],
  message: 'Inspection results stay private until the report is published.',
  policy: "Don't publish confidential or commercially sensitive material",
  severity: { personal: 'block', school: 'warn' },
  examples: {
    flag: ["Our Ofsted grade is in and it's great news!"],
    pass: ['Ofsted visited last week; the report will follow.'],
  },
} as const;

const TRIP = {
  id: 'school-trip-meeting-points',
  title: 'Where and when a school trip meets',
  phrases: ['coach leaves', 'meeting point', "o'neill's car park"],
  message: 'Trip times and meeting points go to parents by the school’s own channels.',
  policy: 'Trips are announced to parents through the school app only.',
  severity: { personal: 'warn' },
  examples: { flag: ['The coach leaves at 7am'], pass: ['What a brilliant Year 6 trip!'] },
} as const;

function settingsError(value: unknown): SettingsError {
  try {
    parseSettings(value);
  } catch (error) {
    if (error instanceof SettingsError) return error;
    throw error;
  }
  throw new Error('expected the settings to be refused');
}

const withRules = (...customRules: unknown[]) => ({ ...SCHOOL_SETTINGS, customRules });

describe("the school's own rules in the settings file", () => {
  it('reads the documented example, filling in what is left out', () => {
    const settings = parseSettings(withRules(EMBARGO, { ...TRIP, examples: undefined }));
    expect(settings.customRules.map((r) => r.id)).toEqual(['school-ofsted-embargo', 'school-trip-meeting-points']);
    expect(settings.customRules[1]!.examples).toEqual({ flag: [], pass: [] });
  });

  it('gives a file without them none', () => {
    expect(parseSettings(SCHOOL_SETTINGS).customRules).toEqual([]);
  });

  it.each([
    [{ ...EMBARGO, id: 'ofsted-embargo' }, 'customRules[0].id', /must begin "school-"/],
    [{ ...EMBARGO, id: 'school-Ofsted' }, 'customRules[0].id', /lower-case/],
    [{ ...EMBARGO, id: 'school-branding' }, 'customRules[0].id', /Post Check's own checks/],
    [{ ...EMBARGO, phrases: [] }, 'customRules[0].phrases', /at least one/],
    [{ ...EMBARGO, phrases: ['ofsted grade', '!!!'] }, 'customRules[0].phrases[1]', /no letters or digits/],
    [{ ...EMBARGO, phrases: ['ofsted grade', 7] }, 'customRules[0].phrases[1]', /expected string/],
    [{ ...EMBARGO, message: '  ' }, 'customRules[0].message', /must not be empty/],
    [{ ...EMBARGO, policy: undefined }, 'customRules[0].policy', /missing/],
    [{ ...EMBARGO, severity: {} }, 'customRules[0].severity', /personal accounts, school accounts or both/],
    [{ ...EMBARGO, severity: { personal: 'stop' } }, 'customRules[0].severity.personal', /"block", "warn", "info"/],
    [{ ...EMBARGO, severity: { unknown: 'warn' } }, 'customRules[0].severity.unknown', /unknown field/],
  ])('refuses bad input, naming the field (%#)', (rule, path, message) => {
    const error = settingsError(withRules(rule));
    expect(error.path).toBe(path);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`${path}: `)).toBe(true);
  });

  it('refuses two rules with one ID', () => {
    const error = settingsError(withRules(EMBARGO, { ...TRIP, id: EMBARGO.id }));
    expect(error.path).toBe('customRules[1].id');
    expect(error.message).toMatch(/another rule already has the ID "school-ofsted-embargo"/);
  });

  it('runs the examples: a "flag" example the rule misses is refused, by name', () => {
    const rule = { ...EMBARGO, examples: { flag: ["Our Ofsted grade is in and it's great news!", 'Our inspection grades are out'], pass: [] } };
    const error = settingsError(withRules(rule));
    expect(error.path).toBe('customRules[0].examples.flag[1]');
    expect(error.message).toBe('customRules[0].examples.flag[1]: “Our inspection grades are out” should be flagged, but none of the rule\'s words or phrases is in it');
  });

  it('runs the examples: a "pass" example the rule flags is refused, naming the words', () => {
    const rule = { ...EMBARGO, examples: { flag: [], pass: ['We are waiting for the INSPECTION REPORT'] } };
    const error = settingsError(withRules(rule));
    expect(error.path).toBe('customRules[0].examples.pass[0]');
    expect(error.message).toMatch(/“We are waiting for the INSPECTION REPORT” should pass, but the rule flags “INSPECTION REPORT” in it/);
  });

  it('writes them to the settings file and reads them back; a school without any writes none', () => {
    const settings = parseSettings(withRules(EMBARGO));
    const text = settingsFileText(settings);
    expect(JSON.parse(text).customRules).toEqual([EMBARGO]);
    expect(readSettingsFile(text).settings.customRules).toEqual(settings.customRules);
    expect(JSON.parse(settingsFileText(parseSettings(SCHOOL_SETTINGS)))).not.toHaveProperty('customRules');
  });

  it('refuses an imported file whose example fails, naming the example', () => {
    const text = JSON.stringify(withRules({ ...EMBARGO, examples: { flag: ['Nothing to see here'], pass: [] } }));
    expect(() => readSettingsFile(text)).toThrow(/customRules\[0\]\.examples\.flag\[0\]: “Nothing to see here” should be flagged/);
  });

  it('keeps stored settings whose rules went bad, without the rules', () => {
    const stored = settingsFromStorage({ ...parseSettings(SCHOOL_SETTINGS), customRules: [{ ...EMBARGO, phrases: [] }] });
    expect(stored.customRules).toEqual([]);
    expect(stored.school.name).toBe('St Stephens Community Academy');
  });
});

describe("the school's own rules in the engine", () => {
  const policy = makePolicy({ customRules: [EMBARGO, TRIP] } as never);

  it('finds its phrases as whole words, folded as names are, with its own ID, message and policy', () => {
    const text = 'Great news: our OFSTED Grade is in!';
    const findings = checkDraft({ text, site: 'x', account: 'personal' }, policy).filter((f) => f.rule.startsWith('school-o'));
    expect(findings).toEqual([
      {
        rule: 'school-ofsted-embargo',
        severity: 'block',
        start: text.indexOf('OFSTED'),
        end: text.indexOf(' is in'),
        message: 'Inspection results stay private until the report is published.',
        policy: "The Don'ts: “Don't publish confidential or commercially sensitive material”",
      },
    ]);
  });

  it('matches across apostrophes, accents and case, never part of a word or inside a link', () => {
    const rule = (text: string) => checkDraft({ text, site: 'x', account: 'personal' }, policy).filter((f) => f.rule === 'school-trip-meeting-points');
    expect(rule('Meet at O’Neills car park, 7am')).toHaveLength(1);
    expect(rule('The MEETING POINT is the hall')).toHaveLength(1);
    expect(rule('Our meeting points are on the website')).toHaveLength(0);
    expect(rule('See https://example.org/meeting-point for details')).toHaveLength(0);
  });

  it('uses the severity for the account kind, and does not run where it has none', () => {
    const text = 'The coach leaves at 7am and our Ofsted grade is out';
    const rules = (account: 'personal' | 'school' | 'unknown') =>
      checkDraft({ text, site: 'facebook', account }, policy)
        .filter((f) => f.rule.startsWith('school-') && f.rule !== 'school-branding')
        .map((f) => `${f.rule}:${f.severity}`);
    expect(rules('personal')).toEqual(['school-trip-meeting-points:warn', 'school-ofsted-embargo:block']);
    expect(rules('unknown')).toEqual(rules('personal'));
    expect(rules('school')).toEqual(['school-ofsted-embargo:warn']);
  });

  it('lets two rules find the same words, each for itself', () => {
    const both = makePolicy({
      customRules: [
        { ...TRIP, examples: undefined },
        { ...TRIP, id: 'school-car-parks', phrases: ['car park', 'leaves'], examples: undefined },
      ],
    } as never);
    const found = checkDraft({ text: "The coach leaves O'Neill's car park at 7", site: 'x', account: 'personal' }, both)
      .filter((f) => f.rule !== 'disclaimer-missing')
      .map((f) => `${f.rule}:${f.start}-${f.end}`);
    expect(found).toEqual(['school-trip-meeting-points:4-16', 'school-car-parks:10-16', 'school-trip-meeting-points:17-35', 'school-car-parks:27-35']);
  });

  it('cites a sentence Post Check does not know as the school rule it is', () => {
    const finding = checkDraft({ text: 'The coach leaves at 7', site: 'x', account: 'personal' }, policy).find((f) => f.rule === 'school-trip-meeting-points');
    expect(finding?.policy).toBe('School rule: “Trips are announced to parents through the school app only.”');
  });

  it('are accepted wherever findings and "Post anyway" travel between the pages', () => {
    const finding = checkDraft({ text: 'our ofsted grade', site: 'x', account: 'personal' }, policy).find((f) => f.rule === 'school-ofsted-embargo')!;
    expect(findingSchema.safeParse(finding).success).toBe(true);
    expect(findingSchema.safeParse({ ...finding, rule: 'made-up-rule' }).success).toBe(false);
    expect(findingSchema.safeParse({ ...finding, rule: 'school-' }).success).toBe(false);
    expect(requestSchema.safeParse({ type: 'record-override', site: 'x', rules: ['school-ofsted-embargo', 'pupil-name'] }).success).toBe(true);
  });
});

describe("check-drafts with the school's own rules", () => {
  const settingsText = JSON.stringify(withRules(EMBARGO), null, 2);

  it('reports them like built-in rules', () => {
    const policy = loadPolicy({ settings: { name: 'settings.json', content: settingsText } });
    const drafts = [
      { id: 'a', site: 'x', account: 'personal', text: 'Our Ofsted grade is in!' },
      { id: 'b', site: 'x', account: 'school', text: 'The inspection report is published today.' },
      { id: 'c', site: 'x', account: 'school', text: 'Ofsted visited today.' },
    ];
    const results = checkDraftsFile({ name: 'drafts.jsonl', content: drafts.map((d) => JSON.stringify(d)).join('\n') }, policy);
    const ours = results.map((r) => r.findings.filter((f) => f.rule === 'school-ofsted-embargo').map((f) => f.severity));
    expect(ours).toEqual([['block'], ['warn'], []]);
  });

  it('refuses a settings file whose example fails, naming the file and the example', () => {
    const bad = settingsText.replace('Our Ofsted grade is in', 'Our results are in');
    let error: unknown;
    try {
      loadPolicy({ settings: { name: 'settings.json', content: bad } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).field).toBe('customRules[0].examples.flag[0]');
    expect((error as InputError).message).toMatch(/^settings\.json, line \d+: the field "customRules\[0\]\.examples\.flag\[0\]" .*“Our results are in and it's great news!” should be flagged/);
  });

  it('runs from the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'custom-rules-'));
    writeFileSync(join(dir, 'settings.json'), settingsText);
    writeFileSync(join(dir, 'drafts.jsonl'), `${JSON.stringify({ id: 'd1', site: 'linkedin', account: 'personal', text: 'Ofsted grade: outstanding!' })}\n`);
    const run = spawnSync('node_modules/.bin/tsx', ['scripts/check-drafts.ts', '--settings', join(dir, 'settings.json'), join(dir, 'drafts.jsonl')], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const line = JSON.parse(run.stdout.trim());
    expect(line.findings).toContainEqual(expect.objectContaining({ rule: 'school-ofsted-embargo', severity: 'block', start: 0, end: 12 }));
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(settingsText);
    // Starting a Node process with tsx takes seconds on a busy machine: a start-up, not a wait for some state.
  }, 30_000);
});
