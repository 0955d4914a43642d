/**
 * The scale corpus of issue 12 is usable as it stands: its pupil list is exactly what
 * scripts/make-scale-roster.ts makes, imports as a large school's list would, and its
 * drafts are well-formed and labelled in the two groups the scale test counts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importRoster } from '../../../lib/roster/import';
import { parseSettings } from '../../../lib/settings/schema';
import { RULE_IDS } from '../../../lib/types';
import { makeRoster } from '../../../support/scale-roster';

const DIR = dirname(fileURLToPath(import.meta.url));
const read = (name: string) => readFileSync(join(DIR, name));

describe('the everyday corpus', () => {
  const csv = read('pupils.csv');
  const roster = importRoster(new Uint8Array(csv));

  it('has the pupil list the generator makes, so anyone can regenerate it', () => {
    expect(csv.toString('utf8')).toBe(makeRoster());
  });

  it('is a large school: over 2,000 pupils, most common first names, about 10% without consent', () => {
    expect(roster.skipped).toEqual([]);
    expect(roster.counts.pupils).toBeGreaterThanOrEqual(2000);
    const forenames = new Set(roster.pupils.map((pupil) => pupil.forename));
    expect(forenames.size).toBeGreaterThan(800);
    for (const common of ['Oliver', 'Olivia', 'Jack', 'Amelia', 'Harry', 'Isla', 'George', 'Grace', 'Muhammad']) {
      expect(forenames, common).toContain(common);
    }
    const share = roster.counts.withoutConsent / roster.counts.pupils;
    expect(share).toBeGreaterThan(0.08);
    expect(share).toBeLessThan(0.13);
    expect(roster.pupils.some((pupil) => pupil.preferredForename)).toBe(true);
    expect(roster.counts.withHandles).toBeGreaterThan(10);
  });

  it('has a valid settings file and well-formed drafts in both groups', () => {
    parseSettings(JSON.parse(read('settings.json').toString('utf8')));
    const drafts = read('drafts.jsonl').toString('utf8').trim().split('\n').map((line) => JSON.parse(line));
    const ids = new Set<string>();
    for (const draft of drafts) {
      expect(ids.has(draft.id), draft.id).toBe(false);
      ids.add(draft.id);
      expect(['x', 'facebook', 'linkedin']).toContain(draft.site);
      expect(['personal', 'school', 'unknown']).toContain(draft.account);
      expect(['tune', 'held']).toContain(draft.split);
      expect(['everyday', 'school-context']).toContain(draft.group);
      expect(draft.expect).toEqual([...draft.expect].sort());
      for (const rule of draft.expect) expect(RULE_IDS, draft.id).toContain(rule);
      const namesAPupil = draft.expect.includes('pupil-name') || draft.expect.includes('no-consent-pupil');
      expect(namesAPupil, draft.id).toBe(draft.group === 'school-context');
    }
    expect(drafts.filter((draft) => draft.group === 'everyday').length).toBeGreaterThanOrEqual(120);
    expect(drafts.filter((draft) => draft.group === 'school-context').length).toBeGreaterThanOrEqual(60);
  });
});
