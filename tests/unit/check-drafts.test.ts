import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraftsFile, InputError, loadPolicy } from '../../lib/check-drafts';

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
    ['{"id": "a", "site": "x"', 1, undefined, /not valid JSON/],
    ['{"id": "a", "site": "myspace", "account": "personal", "text": ""}', 1, 'site', /"x", "facebook", "linkedin"/],
    ['{"site": "x", "account": "personal", "text": ""}', 1, 'id', /missing/],
    ['{"id": "a", "site": "x", "account": "personal", "text": "", "images": -1}', 1, 'images', /./],
  ])('refuses a bad draft line with its line and field: %s', (line, lineNumber, field, message) => {
    const good = '{"id": "ok", "site": "x", "account": "school", "text": "fine"}';
    const error = inputError(() => checkDraftsFile({ name: 'drafts.jsonl', content: `${good}\n${line}` }, policy));
    expect(error.line).toBe(lineNumber + 1);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`drafts.jsonl line ${lineNumber + 1}`)).toBe(true);
  });

  it('names the settings file, line and field path of a bad setting', () => {
    const bad = settingsText.replace('"SSCA"', '42');
    const error = inputError(() => loadPolicy({ settings: { name: 'settings.json', content: bad } }));
    expect(error.field).toBe('school.aliases[1]');
    expect(error.line).toBe(bad.split('\n').findIndex((l) => l.includes('"aliases"')) + 1);
    expect(error.message).toMatch(/^settings\.json line \d+, field school\.aliases\[1\]: expected string/);
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
    expect(result.stderr).toMatch(/^check-drafts: \(standard input\) line 2: not valid JSON/);
  }, 30_000);

  it('exits 2 naming a file it cannot read', () => {
    const result = run(['--settings', join(dir, 'missing.json'), '-'], '');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/missing\.json: cannot be read \(no such file\)/);
  }, 30_000);
});
