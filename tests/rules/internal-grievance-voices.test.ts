/**
 * `internal-grievance` on staff voices written for these tests (`grievance-voices*.ts`):
 * complaints by kind, said in words no table lists, and clean drafts that sit close to
 * them. Every clean draft must stay quiet; complaints are held to a floor per set (the
 * later sets were written after the rule was shaped, to see it hold on new words), and
 * each kind to a floor of its own, so a kind that stops being understood fails here.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/engine';
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
const fires = (v: Voice) => checkDraft({ text: v.text, site: 'facebook', account: v.account ?? 'personal' }, policy, [rule]).length > 0;

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

  it.each(clean)('%s: %j', (_kind, v) => {
    expect(fires(v)).toBe(false);
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
