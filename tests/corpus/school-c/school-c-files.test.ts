/**
 * School C's files are inputs a real school would hand over: a Bromcom-style export
 * (semicolons, Windows-1252, CRLF) that imports with its accented names intact, a
 * valid settings file, and well-formed labelled drafts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importRoster } from '../../../lib/roster/import';
import { parseSettings } from '../../../lib/settings/schema';
import { RULE_IDS } from '../../../lib/types';

const DIR = dirname(fileURLToPath(import.meta.url));
const read = (name: string) => readFileSync(join(DIR, name));

describe('the school C corpus', () => {
  it('imports its Windows-1252, semicolon-separated pupil list with names intact', () => {
    const roster = importRoster(new Uint8Array(read('pupils.csv')));
    expect(roster.encoding).toBe('windows-1252');
    expect(roster.delimiter).toBe(';');
    expect(roster.skipped).toEqual([]);
    expect(roster.counts.pupils).toBe(120);
    expect(roster.counts.withoutConsent).toBe(12);
    const names = roster.pupils.map((pupil) => `${pupil.forename} ${pupil.surname}`);
    for (const name of ['Esmé Ridley', 'Róisín Brennan', 'Zoë Edwards', 'Seán Murray', "Orla O'Neill", 'Mateo Núñez', 'Anja Sørensen']) {
      expect(names).toContain(name);
    }
    expect(roster.droppedColumns).toEqual(expect.arrayContaining(['UPN', 'DOB']));
  });

  it('has a valid settings file and well-formed drafts', () => {
    parseSettings(JSON.parse(read('settings.json').toString('utf8')));
    const drafts = read('drafts.jsonl').toString('utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(drafts.length).toBeGreaterThanOrEqual(200);
    const ids = new Set<string>();
    for (const draft of drafts) {
      expect(ids.has(draft.id), draft.id).toBe(false);
      ids.add(draft.id);
      expect(['x', 'facebook', 'linkedin']).toContain(draft.site);
      expect(['personal', 'school', 'unknown']).toContain(draft.account);
      expect(['post', 'reply', 'comment', 'message']).toContain(draft.surface);
      expect(['tune', 'held']).toContain(draft.split);
      expect(draft.expect).toEqual([...draft.expect].sort());
      for (const rule of draft.expect) expect(RULE_IDS, draft.id).toContain(rule);
    }
    // The split was made over the drafts written with the school (c…); exploration rounds (x…) are tune only.
    const written = drafts.filter((draft) => draft.id.startsWith('c'));
    expect(drafts.filter((draft) => !draft.id.startsWith('c')).every((draft) => draft.split === 'tune')).toBe(true);
    const held = written.filter((draft) => draft.split === 'held').length / written.length;
    expect(held).toBeGreaterThan(0.35);
    expect(held).toBeLessThan(0.45);
  });
});
