import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraftsFile, InputError, loadPolicy, loadPolicyWithWarnings } from '../../lib/check-drafts';
import { CHECK_LIMIT } from '../../lib/limits';
import { SCHOOL_SETTINGS } from '../helpers';

const corpus = new URL('../data/sample-school/', import.meta.url).pathname;
const settingsText = readFileSync(join(corpus, 'settings.json'), 'utf8');
const policy = loadPolicy({ settings: { name: 'settings.json', content: settingsText } });

function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('check-drafts inputs', () => {
  it('echoes ids in input order and ignores fields it does not know', () => {
    const content = [
      JSON.stringify({ id: 'b', site: 'x', account: 'personal', text: "Lovely day at St Stephen's", expect: ['disclaimer-missing'], note: 'x' }),
      '',
      JSON.stringify({ id: 'a', site: 'facebook', account: 'school', text: 'Hello', images: ['one.jpg', 'two.jpg'] }),
    ].join('\n');
    const results = checkDraftsFile({ name: 'drafts.jsonl', content }, policy);
    expect(results.map((r) => r.id)).toEqual(['b', 'a']);
    expect(results[0]!.findings.map((f) => f.rule)).toEqual(['disclaimer-missing']);
    expect(results[1]!.findings.map((f) => f.rule)).toEqual(['image-consent']);
  });

  it.each([
    ['{"id": "a", "site": "x"', undefined, 'this is not valid JSON ('],
    ['{"id": "a", "site": "myspace", "account": "personal", "text": ""}', 'site', 'the field "site" must be one of "x", "facebook", "linkedin", but it is the text "myspace".'],
    ['{"site": "x", "account": "personal", "text": ""}', 'id', 'the field "id" is missing.'],
    ['{"id": 42, "site": "x", "account": "personal", "text": ""}', 'id', 'the field "id" must be text in quotes, but it is the number 42.'],
    ['{"id": "a", "site": "x", "account": "personal", "text": "", "images": -1}', 'images', 'the field "images" must be 0 or more, but it is the number -1.'],
    ['{"id": "a", "site": "x", "account": "personal", "text": null}', 'text', 'the field "text" must be text in quotes, but it is null.'],
    ['["a", "b"]', undefined, 'this line holds a list, but each line must be one draft: an object such as {"id": "d1", "site": "x", "account": "personal", "text": "…"}.'],
  ])('refuses a bad draft line in a sentence naming the file, line and field: %s', (line, field, sentence) => {
    const good = '{"id": "ok", "site": "x", "account": "school", "text": "fine"}';
    const error = inputError(() => checkDraftsFile({ name: 'drafts.jsonl', content: `${good}\n${line}` }, policy));
    expect(error.line).toBe(2);
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`drafts.jsonl, line 2: ${sentence}`)).toBe(true);
    expect(error.message).toMatch(/\.$/);
  });

  it('names the settings file, line and field path of a bad setting', () => {
    const bad = settingsText.replace('"SSCA"', '42');
    const error = inputError(() => loadPolicy({ settings: { name: 'settings.json', content: bad } }));
    expect(error.field).toBe('school.aliases[1]');
    expect(error.line).toBe(bad.split('\n').findIndex((l) => l.includes('"aliases"')) + 1);
    expect(error.message).toMatch(/^settings\.json, line \d+: the field "school\.aliases\[1\]" must be text in quotes, but it is the number 42\.$/);
  });

  it('names the line of invalid JSON in a settings file', () => {
    const error = inputError(() => loadPolicy({ settings: { name: 's.json', content: '{\n  "version": 1,\n  oops\n}' } }));
    expect(error.line).toBe(3);
  });

  it('refuses a roster with no name columns', () => {
    const error = inputError(() =>
      loadPolicy({ settings: { name: 's.json', content: settingsText }, roster: { name: 'pupils.csv', content: new TextEncoder().encode('UPN,DOB\nA1,1/1/2015\n') } }),
    );
    expect(error.message).toMatch(/^pupils\.csv.*no pupil name columns/);
  });
});

describe('check-drafts messages', () => {
  const settingsFile = (value: unknown) => ({ name: 'settings.json', content: JSON.stringify(value, null, 2) });
  const ownSettings = { ...SCHOOL_SETTINGS };

  it.each([
    [[], 'settings.json, line 1: this is not a Post Check settings file: it holds a list, and a settings file is an object with "version": 1 in it.'],
    ['hello', 'settings.json, line 1: this is not a Post Check settings file: it holds the text "hello", and a settings file is an object with "version": 1 in it.'],
    [{ school: { name: 'X' } }, 'settings.json, line 1: the field "version" is missing: a Post Check settings file has "version": 1.'],
    [{ ...ownSettings, version: 2 }, 'settings.json, line 2: the field "version" is the number 2, but this Post Check reads settings version 1.'],
  ])('refuses a settings file that is not one, in a sentence (%#)', (value, message) => {
    expect(inputError(() => loadPolicy({ settings: settingsFile(value) })).message).toBe(message);
  });

  it('refuses an empty settings file', () => {
    expect(inputError(() => loadPolicy({ settings: { name: 's.json', content: '  \n' } })).message).toBe(
      's.json: this file is empty; a settings file is an object with "version": 1 in it.',
    );
  });

  it('warns about a top-level field it does not read, suggesting the one meant, and still checks', () => {
    const { officialAccounts, ...rest } = ownSettings;
    const loaded = loadPolicyWithWarnings({ settings: settingsFile({ ...rest, officalAccounts: officialAccounts, futureThing: 1 }) });
    expect(loaded.warnings).toEqual([
      expect.stringMatching(/^settings\.json, line \d+: the field "officalAccounts" is not a setting this Post Check reads, so it was ignored \(did you mean "officialAccounts"\?\)\.$/),
      expect.stringMatching(/^settings\.json, line \d+: the field "futureThing" is not a setting this Post Check reads, so it was ignored\.$/),
    ]);
    // The roster an export may carry is not unknown.
    expect(loadPolicyWithWarnings({ settings: settingsFile({ ...ownSettings, roster: { pupils: [] } }) }).warnings).toEqual([]);
  });

  it('refuses invalid UTF-8 in a drafts file, naming the line, rather than reading replacement characters', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"id": "a", "site": "x", "account": "personal", "text": "fine"}\n{"id": "b", "site": "x", "account": "personal", "text": "Zo'),
      0xeb,
      ...new TextEncoder().encode('"}\n'),
    ]);
    const error = inputError(() => checkDraftsFile({ name: 'drafts.jsonl', content: bytes }, policy));
    expect(error.line).toBe(2);
    expect(error.message).toBe(
      'drafts.jsonl, line 2: this line is not UTF-8 text (byte 0xEB at character 60 is not part of a UTF-8 character); save the file as UTF-8 and try again.',
    );
  });

  it('refuses invalid UTF-8 in a settings file', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{\n  "version": 1,\n  "school": {"name": "St Ren'), 0xe9, ...new TextEncoder().encode('"}\n}')]);
    expect(inputError(() => loadPolicy({ settings: { name: 's.json', content: bytes } })).line).toBe(3);
  });

  it('refuses a binary staff file and reports skipped staff lines as warnings', () => {
    const settings = settingsFile(ownSettings);
    const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x0a, 0x41, 0x00]);
    expect(inputError(() => loadPolicy({ settings, staff: { name: 'staff.txt', content: binary } })).message).toBe(
      'staff.txt: this is not a text file (it contains NUL bytes), so it cannot be a staff list; save the list as plain text, one name a line.',
    );
    const loaded = loadPolicyWithWarnings({ settings, staff: { name: 'staff.txt', content: 'Mrs Jane Pascoe\noffice@example.org\n01726 000000\n' } });
    expect(loaded.warnings).toEqual([
      'staff.txt, line 2: this line was skipped: it looks like an email address or social media handle, not a name.',
      'staff.txt, line 3: this line was skipped: it contains numbers, so it does not look like a name.',
    ]);
  });

  it('says which part of a draft longer than is checked was not checked', () => {
    const text = `Hello ${'a'.repeat(CHECK_LIMIT)}`;
    const [result] = checkDraftsFile({ name: 'd.jsonl', content: JSON.stringify({ id: 'long', site: 'facebook', account: 'personal', text }) }, policy);
    expect(result).toMatchObject({ id: 'long', unchecked: { reason: 'too-long', from: CHECK_LIMIT } });
  });
});

describe('the command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-drafts-'));
  const run = (args: string[], input?: string) =>
    spawnSync('node_modules/.bin/tsx', ['scripts/check-drafts.ts', ...args], { input, encoding: 'utf8', cwd: new URL('../..', import.meta.url).pathname });

  it('prints one JSON line per draft and exits 0', () => {
    const drafts = join(dir, 'drafts.jsonl');
    writeFileSync(drafts, readFileSync(join(corpus, 'drafts.jsonl'), 'utf8').split('\n').slice(0, 5).join('\n'));
    const output = execFileSync(
      'node_modules/.bin/tsx',
      ['scripts/check-drafts.ts', '--settings', join(corpus, 'settings.json'), '--roster', join(corpus, 'pupils.csv'), '--staff', join(corpus, 'staff.txt'), drafts],
      { encoding: 'utf8', cwd: new URL('../..', import.meta.url).pathname },
    );
    const lines = output.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['s001', 's002', 's003', 's004', 's005']);
    for (const line of lines) for (const f of line.findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(['rule', 'severity', 'message', 'policy']));
  }, 30_000);

  it('reads standard input and exits 2 with one line on a bad input, printing nothing else', () => {
    const result = run(['--settings', join(corpus, 'settings.json'), '-'], '{"id":"a","site":"x","account":"personal","text":"hi"}\nnot json\n');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^check-drafts: \(standard input\), line 2: this is not valid JSON/);
  }, 30_000);

  it('exits 2 on invalid UTF-8 in the drafts, printing nothing on standard output', () => {
    const drafts = join(dir, 'latin1.jsonl');
    writeFileSync(drafts, Buffer.from([...Buffer.from('{"id": "a", "site": "x", "account": "personal", "text": "Zo'), 0xeb, ...Buffer.from('"}\n')]));
    const result = run(['--settings', join(corpus, 'settings.json'), drafts]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/latin1\.jsonl, line 1: this line is not UTF-8 text/);
  }, 30_000);

  it('prints warnings on standard error and still exits 0', () => {
    const settings = join(dir, 'misspelt.json');
    const { officialAccounts, ...rest } = SCHOOL_SETTINGS;
    writeFileSync(settings, JSON.stringify({ ...rest, officalAccounts: officialAccounts }, null, 2));
    const result = run(['--settings', settings, '-'], '{"id":"a","site":"x","account":"personal","text":"hi"}\n');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).id).toBe('a');
    expect(result.stderr).toMatch(/^check-drafts: warning: .*misspelt\.json, line \d+: the field "officalAccounts" is not a setting this Post Check reads, so it was ignored \(did you mean "officialAccounts"\?\)\.\n$/);
  }, 30_000);

  it('exits 2 naming a file it cannot read', () => {
    const result = run(['--settings', join(dir, 'missing.json'), '-'], '');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/missing\.json: this file cannot be read: there is no such file\./);
  }, 30_000);
});
