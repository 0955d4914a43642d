/**
 * `internal-grievance` on staff voices written for these tests (`grievance-voices*.ts`):
 * complaints by kind, said in words no table lists, and clean drafts that sit close to
 * them. No clean draft may look like a complaint to the shapes, and the rule with its
 * learnt model may flag at most 2% of them; complaints are held to a floor per set (the
 * later sets were written after the rule was shaped, to see it hold on new words), and
 * each kind to a floor of its own, so a kind that stops being understood fails here.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/engine';
import { DraftFacts } from '../../lib/facts';
import { prepareDraft } from '../../lib/text/prepared';
import rule from '../../lib/rules/internal-grievance';
import { makePolicy } from '../helpers';
import * as first from './grievance-voices';
import * as second from './grievance-voices-b';
import * as third from './grievance-voices-c';
import * as cleanOnly from './grievance-voices-d';
import * as fourth from './grievance-voices-e';
import type { Voice } from './grievance-voices';

const policy = makePolicy();
const voice = (v: string | Voice): Voice => (typeof v === 'string' ? { text: v } : v);
const draftOf = (v: Voice) => ({ text: v.text, site: 'facebook' as const, account: v.account ?? 'personal' });
const fires = (v: Voice) => checkDraft(draftOf(v), policy, [rule]).length > 0;
const shapesFind = (v: Voice) => new DraftFacts(prepareDraft(draftOf(v)), policy).complaints.length > 0;

interface VoiceSet {
  GRIEVANCES: Record<string, readonly (string | Voice)[]>;
  NOT_GRIEVANCES: Record<string, readonly (string | Voice)[]>;
}

const SETS: [string, VoiceSet, number][] = [
  ['first set', first, 0.95],
  ['second set', second, 0.9],
  ['third set', third, 0.8],
  ['fourth set', fourth, 0.9],
  ['clean set', cleanOnly, 1],
];

/** Each kind of complaint in a set is found at least this often. */
const KIND_FLOOR = 0.6;

describe('internal-grievance: clean drafts close to a complaint stay quiet', () => {
  const clean = SETS.flatMap(([name, set]) =>
    Object.entries(set.NOT_GRIEVANCES).flatMap(([kind, list]) => list.map((v) => [`${name}, ${kind}`, voice(v)] as const)),
  );
  clean.push(...second.CLOSE_CALLS.map((v) => ['second set, close calls', voice(v)] as const));

  // The shapes (`lib/facts/complaints/`) say exactly why a sentence is a complaint: none of these may look like one to them.
  it.each(clean)('%s: %j', (_kind, v) => {
    expect(shapesFind(v)).toBe(false);
  });

  // The complaint model is learnt, and a learnt reader errs now and then: the rule as a
  // whole (shapes and model) may flag at most 2% of these, and the message says which.
  // (Issue 9 allows 3% of all clean drafts; every draft here was written to be close.)
  it(`the rule with its model flags at most 2% of the ${clean.length} clean drafts`, () => {
    const flagged = clean.filter(([, v]) => fires(v)).map(([, v]) => v.text);
    expect(flagged.length / clean.length, `flagged:\n${flagged.join('\n')}`).toBeLessThanOrEqual(0.02);
  });
});

describe('internal-grievance: complaints said in many ways', () => {
  for (const [name, set, floor] of SETS) {
    const kinds = Object.entries(set.GRIEVANCES);
    if (kinds.length === 0) continue;

    it(`${name}: finds at least ${Math.round(floor * 100)}% of the complaints`, () => {
      const all = kinds.flatMap(([, list]) => list.map(voice));
      const missed = all.filter((v) => !fires(v)).map((v) => v.text);
      expect((all.length - missed.length) / all.length, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(floor);
    });

    it.each(kinds)(`${name}: understands %s`, (_kind, list) => {
      const missed = list.map(voice).filter((v) => !fires(v)).map((v) => v.text);
      expect((list.length - missed.length) / list.length, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(KIND_FLOOR);
    });
  }
});
