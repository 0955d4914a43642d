/**
 * The school pack: the pupil list as salted hashes. Staff can check with it exactly as
 * with the list, and nobody can read a name out of it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../lib/compiled-policy';
import { checkDraft } from '../../lib/engine';
import { importRoster } from '../../lib/roster/import';
import { compactNameTable, expandNameTable, NAME_TABLE_VERSION, plainNameTable } from '../../lib/roster/name-index';
import { makePupilPack, packNameTable, pupilPackSchema, SALT_BYTES } from '../../lib/roster/pack';
import type { Pupil } from '../../lib/roster/schema';
import { parseSettings } from '../../lib/settings/schema';
import type { Draft } from '../../lib/types';
import { ROSTER, SCHOOL_SETTINGS } from '../helpers';

const tests = new URL('..', import.meta.url).pathname;
const salt = (seed: number) => Uint8Array.from({ length: SALT_BYTES }, (_, i) => (seed * 31 + i * 17) & 0xff);

/** Every school the tests know: its settings, its pupil list and its drafts. */
function schools(): { name: string; settings: unknown; pupils: Pupil[]; drafts: Draft[] }[] {
  const folders = [join(tests, 'data', 'sample-school')];
  const corpus = join(tests, 'corpus');
  if (existsSync(corpus)) for (const name of readdirSync(corpus)) folders.push(join(corpus, name));
  return folders.flatMap((folder) => {
    if (!existsSync(join(folder, 'drafts.jsonl')) || !existsSync(join(folder, 'settings.json'))) return [];
    const csv = readdirSync(folder).find((f) => f.endsWith('.csv'));
    if (!csv) return [];
    const drafts = readFileSync(join(folder, 'drafts.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Draft);
    return [{ name: folder, settings: JSON.parse(readFileSync(join(folder, 'settings.json'), 'utf8')), pupils: importRoster(readFileSync(join(folder, csv))).pupils, drafts }];
  });
}

describe('the school pack', () => {
  const known = schools();

  it('is made for every school the tests know', () => {
    expect(known.length).toBeGreaterThan(0);
  });

  it.each(known.map((s) => [s.name, s] as const))('gives exactly the findings of the plain pupil list: %s', (_name, school) => {
    const settings = parseSettings(school.settings);
    const plain = compilePolicy({ settings, roster: school.pupils });
    const pack = makePupilPack(school.pupils, salt(1));
    const hashed = compilePolicy({ settings, roster: packNameTable(pupilPackSchema.parse(JSON.parse(JSON.stringify(pack)))) });
    let named = 0;
    for (const draft of school.drafts) {
      const withList = checkDraft(draft, plain);
      named += withList.filter((f) => f.rule === 'pupil-name' || f.rule === 'no-consent-pupil').length;
      expect(checkDraft(draft, hashed), draft.text).toEqual(withList);
    }
    // The drafts do name pupils, so the comparison means something.
    expect(named).toBeGreaterThan(0);
  });

  it("holds no pupil's forename or surname, in any spelling", () => {
    for (const school of known) {
      // The pack's own field names are left out: a pupil called Salt is not the "salt" field.
      const text = JSON.stringify(Object.values(makePupilPack(school.pupils, salt(2))));
      for (const pupil of school.pupils) {
        for (const name of [pupil.forename, pupil.surname, pupil.preferredForename, pupil.preferredSurname]) {
          if (!name) continue;
          const folded = name.normalize('NFKD').replace(/[^\p{L}]/gu, '');
          // A short name can turn up inside a random 16-character hash by chance (a pack of
          // 2,000 pupils is about 80,000 such characters); one of six letters or more cannot.
          if (folded.length < 6) {
            expect(text).not.toContain(`"${name}"`);
            expect(text).not.toContain(`"${folded.toLowerCase()}"`);
            continue;
          }
          expect(text, name).not.toContain(name);
          expect(text, name).not.toContain(folded.toLowerCase());
          expect(text, name).not.toContain(folded.toUpperCase());
        }
      }
      expect(text).not.toMatch(/Year \d|Reception/);
    }
  });

  it('counts pupils without saying who they are', () => {
    const pack = makePupilPack(ROSTER, salt(3));
    expect(pack).toMatchObject({ pupils: ROSTER.length, withoutConsent: 2, withHandles: 1 });
  });

  it('uses a new salt for each pack, so two packs of one list share no hash', () => {
    const a = makePupilPack(ROSTER, salt(4));
    const b = makePupilPack(ROSTER, salt(5));
    expect(Object.keys(a.forenames).filter((h) => h in b.forenames)).toEqual([]);
  });

  it('keeps the consent and everyday-word flags worked out when it was made', () => {
    const policy = compilePolicy({ settings: parseSettings(SCHOOL_SETTINGS), roster: packNameTable(makePupilPack(ROSTER, salt(6))) });
    const rules = (text: string, account: 'school' | 'personal' = 'school') =>
      checkDraft({ text, site: 'x', account }, policy).map((f) => f.rule);
    expect(rules('Thank you to Callum for his help.')).toEqual(['no-consent-pupil']);
    expect(rules('We hope to see you there.')).toEqual([]);
    expect(rules('Well done to Hope in Year 5.')).toEqual(['pupil-name']);
    expect(rules('Go #GraceOkafor', 'school')).toEqual(['pupil-name']);
    expect(rules('Well done to Jack P. in Year 5')).toEqual(['pupil-name']);
  });

  it('still reads a pack of format 1, made before packs knew years and classes', () => {
    const { groups: _groups, ...older } = makePupilPack(ROSTER, salt(8));
    const parsed = pupilPackSchema.safeParse({ ...older, format: 1 });
    expect(parsed.success).toBe(true);
    const policy = compilePolicy({ settings: parseSettings(SCHOOL_SETTINGS), roster: packNameTable(parsed.data!) });
    expect(checkDraft({ text: 'Thank you to Callum for his help.', site: 'x', account: 'school' }, policy).map((f) => f.rule)).toEqual(['no-consent-pupil']);
  });

  it('is refused when it is not a pack this version can use', () => {
    const pack = makePupilPack(ROSTER, salt(7));
    expect(pupilPackSchema.safeParse({ ...pack, format: 3 }).success).toBe(false);
    expect(pupilPackSchema.safeParse({ ...pack, forenames: { Grace: 0 } }).success).toBe(false);
    expect(pupilPackSchema.safeParse({ ...pack, pupilNames: ['Grace Okafor'] }).success).toBe(false);
    expect(() => makePupilPack(ROSTER, new Uint8Array(4))).toThrow(/salt/);
  });
});

describe('the name table as storage keeps it', () => {
  it('comes back from its compact form with the same findings, for a list and for a pack', () => {
    const settings = parseSettings(SCHOOL_SETTINGS);
    const drafts = [
      'Well done to Grace Okafor and Callum in Year 5!',
      'Go #GraceOkafor',
      'Thank you to Will for his hat-trick, star of the week.',
      'Well done to Jack P. in Year 5',
      'Great goal @tariq_a!',
      'Zoë Hughes-Penrose read her poem.',
    ];
    const plain = plainNameTable(ROSTER);
    const pack = packNameTable(makePupilPack(ROSTER, salt(8)));
    for (const table of [plain, pack]) {
      const compact = structuredClone(compactNameTable(table));
      expect(compact.version).toBe(NAME_TABLE_VERSION);
      const before = compilePolicy({ settings, roster: table });
      const after = compilePolicy({ settings, roster: expandNameTable(compact, table.key) });
      for (const text of drafts) {
        for (const account of ['school', 'personal'] as const) {
          const draft = { text, site: 'x' as const, account };
          expect(checkDraft(draft, after), text).toEqual(checkDraft(draft, before));
        }
      }
      expect(checkDraft({ text: drafts[0]!, site: 'x', account: 'school' }, after).map((f) => f.rule)).toEqual(['pupil-name', 'no-consent-pupil']);
    }
  });
});
