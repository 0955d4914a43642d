import { describe, expect, it } from 'vitest';
import { CHECK_LIMIT, checkDraftFully } from '../../lib/engine';
import {
  CHECK_BURST,
  CheckRateLimit,
  CHECKS_PER_SECOND,
  MAX_PUPILS_SHOWN_PER_DRAFT,
  MAX_PUPILS_SHOWN_PER_TAB,
  PupilRevealBudget,
  TAB_WINDOW_MS,
} from '../../lib/reveal-limits';
import type { Pupil } from '../../lib/roster/schema';
import type { Draft } from '../../lib/types';
import { makePolicy, pupil } from '../helpers';

/** A roster of 200 made-up pupils, every seventh without media consent. */
const roster: Pupil[] = Array.from({ length: 200 }, (_, i) =>
  pupil(`Forename${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`, `Surname${i}`, {
    mediaConsent: i % 7 === 0 ? 'refused' : 'granted',
    handles: i < 3 ? [`@pupil_${i}`] : [],
  }),
);
const policy = makePolicy({}, { roster });
const fullName = (i: number) => `${roster[i]!.forename} ${roster[i]!.surname}`;

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function checkIn(budget: PupilRevealBudget, tab: number, text: string, extra: Partial<Draft> = {}) {
  return checkDraftFully({ text, site: 'x', account: 'personal', ...extra }, policy, { revealPupils: (names) => budget.admit(tab, names) });
}

const pupilFindings = (outcome: ReturnType<typeof checkDraftFully>) =>
  outcome.findings.filter((f) => f.rule === 'pupil-name' || f.rule === 'no-consent-pupil' || f.rule === 'pupil-contact');

describe('pupils named in one draft', () => {
  it(`points at each name when a draft names up to ${MAX_PUPILS_SHOWN_PER_DRAFT} pupils`, () => {
    const names = Array.from({ length: MAX_PUPILS_SHOWN_PER_DRAFT }, (_, i) => fullName(i + 1));
    const text = `Well done to ${names.join(', ')}!`;
    const outcome = checkIn(new PupilRevealBudget(clock().now), 1, text);
    expect(outcome.pupilsConcealed).toBeUndefined();
    const quoted = pupilFindings(outcome).map((f) => text.slice(f.start, f.end));
    expect(quoted).toEqual(names);
  });

  it('holds a draft of thousands of candidate names without saying which are pupils', () => {
    // A page guessing: 4,000 made-up names with the real pupils hidden among them.
    const candidates = Array.from({ length: 4_000 }, (_, i) => (i % 40 === 0 ? fullName(i / 40) : `Guess${i} Person${i}`));
    const text = candidates.join(', ');
    const outcome = checkIn(new PupilRevealBudget(clock().now), 1, text);
    expect(outcome.pupilsConcealed).toBe(true);
    const found = pupilFindings(outcome);
    // Still held: a blocking pupil-name finding, and no-consent-pupil because some have none.
    expect(found.map((f) => [f.rule, f.severity]).sort()).toEqual([
      ['no-consent-pupil', 'block'],
      ['pupil-name', 'block'],
    ]);
    // Neither says where: no span, and no name in the message.
    for (const f of found) {
      expect(f.start).toBeUndefined();
      expect(f.end).toBeUndefined();
      expect(f.message).not.toMatch(/Forename|Surname/);
    }
    // Nothing else points at the names either.
    const spans = outcome.findings.filter((f) => f.start !== undefined).map((f) => text.slice(f.start, f.end));
    expect(spans.filter((quote) => /Surname/.test(quote))).toEqual([]);
  });

  it('keeps the strongest severity when the school account names many pupils', () => {
    const consenting = [1, 2, 3, 4, 5, 6, 8, 9].map(fullName);
    const outcome = checkIn(new PupilRevealBudget(clock().now), 1, `Team news: ${consenting.join(', ')}.`, { account: 'school' });
    expect(pupilFindings(outcome)).toEqual([expect.objectContaining({ rule: 'pupil-name', severity: 'warn' })]);
    expect(pupilFindings(outcome)[0]!.start).toBeUndefined();
  });

  it("hides which @handle is a pupil's when the draft is concealed", () => {
    const text = `${[1, 2, 3, 4, 5, 6, 8].map(fullName).join(', ')} and @pupil_1 @someone_else`;
    const outcome = checkIn(new PupilRevealBudget(clock().now), 1, text);
    const contact = outcome.findings.filter((f) => f.rule === 'pupil-contact');
    expect(contact).toEqual([expect.objectContaining({ severity: 'block' })]);
    expect(contact[0]!.start).toBeUndefined();
  });

  it('says nothing about pupils when none is named, however many names are tried', () => {
    const text = Array.from({ length: 2_000 }, (_, i) => `Guess${i} Person${i}`).join(', ');
    const outcome = checkIn(new PupilRevealBudget(clock().now), 1, text);
    expect(pupilFindings(outcome)).toEqual([]);
    expect(outcome.pupilsConcealed).toBeUndefined();
  });
});

describe('pupils shown to one tab over time', () => {
  it(`stops pointing at names once a tab has been shown ${MAX_PUPILS_SHOWN_PER_TAB} different pupils`, () => {
    const time = clock();
    const budget = new PupilRevealBudget(time.now);
    // One name a draft, as a script trying one candidate at a time would.
    for (let i = 1; i <= MAX_PUPILS_SHOWN_PER_TAB; i++) {
      const outcome = checkIn(budget, 7, `Well done ${fullName(i)}!`);
      expect(pupilFindings(outcome)[0]!.start).toBe(10);
    }
    const next = checkIn(budget, 7, `Well done ${fullName(MAX_PUPILS_SHOWN_PER_TAB + 1)}!`);
    expect(next.pupilsConcealed).toBe(true);
    expect(pupilFindings(next)).toEqual([expect.objectContaining({ rule: 'pupil-name', severity: 'block' })]);
    expect(pupilFindings(next)[0]!.start).toBeUndefined();
    // A name the tab was already shown (the user still typing the same post) stays underlined…
    expect(budget.admit(7, ['forenamebasurname1'])).toBe(false);
    // …once the window has moved on.
    time.advance(TAB_WINDOW_MS);
    expect(pupilFindings(checkIn(budget, 7, `Well done ${fullName(40)}!`))[0]!.start).toBe(10);
  });

  it('counts re-checks of the same post once', () => {
    const budget = new PupilRevealBudget(clock().now);
    for (let i = 0; i < 500; i++) expect(checkIn(budget, 3, `Lovely work from ${fullName(5)} today`).pupilsConcealed).toBeUndefined();
  });

  it('keeps tabs apart', () => {
    const budget = new PupilRevealBudget(clock().now);
    const many = Array.from({ length: MAX_PUPILS_SHOWN_PER_TAB + 5 }, (_, i) => `n${i}`);
    expect(budget.admit(1, many)).toBe(false);
    expect(budget.admit(2, ['grace'])).toBe(true);
    budget.forget(1);
    expect(budget.admit(1, ['grace'])).toBe(true);
  });

  it('counts a refused draft against the tab, so a long list cannot be asked about again and again', () => {
    const budget = new PupilRevealBudget(clock().now);
    const list = Array.from({ length: MAX_PUPILS_SHOWN_PER_TAB + 1 }, (_, i) => `name${i}`);
    expect(budget.admit(1, list)).toBe(false);
    // Even a single name now: the tab has seen enough.
    expect(budget.admit(1, ['another'])).toBe(false);
  });
});

describe('checks per tab', () => {
  it(`allows a burst of ${CHECK_BURST}, then ${CHECKS_PER_SECOND} a second`, () => {
    const time = clock();
    const limit = new CheckRateLimit(time.now);
    for (let i = 0; i < CHECK_BURST; i++) expect(limit.take(1)).toEqual({ ok: true });
    const refused = limit.take(1);
    expect(refused.ok).toBe(false);
    expect(refused.ok === false && refused.retryAfterMs).toBe(1000 / CHECKS_PER_SECOND);
    // Another tab is not held back.
    expect(limit.take(2)).toEqual({ ok: true });
    time.advance(1000);
    for (let i = 0; i < CHECKS_PER_SECOND; i++) expect(limit.take(1)).toEqual({ ok: true });
    expect(limit.take(1).ok).toBe(false);
  });
});

describe('how much of a draft is checked', () => {
  it(`checks the first ${CHECK_LIMIT.toLocaleString('en-GB')} characters and says the rest was not checked`, () => {
    const name = fullName(1);
    const filler = 'Lovely day. '.repeat(Math.ceil(CHECK_LIMIT / 12));
    const outcome = checkDraftFully({ text: `${name} ${filler}${fullName(2)}`, site: 'facebook', account: 'personal' }, policy);
    expect(outcome.unchecked).toEqual({ reason: 'too-long', from: CHECK_LIMIT });
    // The name at the start is found; the one past the limit is not looked at.
    expect(pupilFindings(outcome).map((f) => f.start)).toEqual([0]);
  });

  it('never cuts an emoji in half', () => {
    const text = `${'a'.repeat(CHECK_LIMIT - 1)}😀 more`;
    expect(checkDraftFully({ text, site: 'x', account: 'personal' }, policy).unchecked).toEqual({ reason: 'too-long', from: CHECK_LIMIT - 1 });
  });

  it('says nothing when the whole draft was checked', () => {
    expect(checkDraftFully({ text: 'a'.repeat(CHECK_LIMIT), site: 'x', account: 'personal' }, policy).unchecked).toBeUndefined();
  });
});
