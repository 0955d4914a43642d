import { describe, expect, it } from 'vitest';
import { isLateNight, needsLateNightQuestion } from '../../lib/late-night';
import { LATE_NIGHT_DEFAULTS } from '../../lib/settings/late-night';
import { parseSettings, SettingsError } from '../../lib/settings/schema';
import type { Draft } from '../../lib/types';
import { makePolicy, SCHOOL_SETTINGS } from '../helpers';

/** A fixed clock: 14 March 2026 at hh:mm, local time. */
const at = (hh: number, mm = 0) => new Date(2026, 2, 14, hh, mm);

const on = makePolicy({ lateNight: { enabled: true, from: '22:00', to: '06:00' } } as never);
const off = makePolicy();
const draft = (text: string, account: Draft['account'] = 'personal'): Draft => ({ text, site: 'x', account });

describe('the late-night pause: the clock', () => {
  it('covers the hours from the start up to the end, across midnight', () => {
    const hours = { from: '22:00', to: '06:00' };
    expect([at(21, 59), at(22, 0), at(23, 30), at(0, 0), at(5, 59), at(6, 0), at(12, 0)].map((d) => isLateNight(d, hours))).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('covers a window within one day too', () => {
    const hours = { from: '00:30', to: '05:00' };
    expect([at(0, 15), at(0, 30), at(4, 59), at(5, 0), at(23, 0)].map((d) => isLateNight(d, hours))).toEqual([false, true, true, false, false]);
  });
});

describe('the late-night pause: which drafts get the question', () => {
  it('asks about a post naming the school, late at night, when the school has turned it on', () => {
    expect(needsLateNightQuestion(draft("Another long day at St Stephen's."), on, at(23, 15))).toBe(true);
  });

  it('asks about a post naming a colleague', () => {
    expect(needsLateNightQuestion(draft('Honestly, Mrs Pascoe needs to listen for once.'), on, at(1, 5))).toBe(true);
    expect(needsLateNightQuestion(draft('Our head teacher announced it today'), on, at(1, 5))).toBe(true);
  });

  it('does not ask in the day, about other things, or when the school has not turned it on', () => {
    expect(needsLateNightQuestion(draft("Another long day at St Stephen's."), on, at(21, 30))).toBe(false);
    expect(needsLateNightQuestion(draft('Watching the match with a cup of tea'), on, at(23, 15))).toBe(false);
    expect(needsLateNightQuestion(draft('Jane made a lovely cake'), on, at(23, 15))).toBe(false);
    expect(needsLateNightQuestion(draft("Another long day at St Stephen's."), off, at(23, 15))).toBe(false);
  });

  it('uses the school’s own hours', () => {
    const early = makePolicy({ lateNight: { enabled: true, from: '20:30', to: '23:00' } } as never);
    expect(needsLateNightQuestion(draft('SSCA parents evening went well'), early, at(20, 45))).toBe(true);
    expect(needsLateNightQuestion(draft('SSCA parents evening went well'), early, at(23, 30))).toBe(false);
  });
});

describe('the late-night pause in the settings file', () => {
  it('is off by default, 22:00 to 06:00', () => {
    expect(parseSettings(SCHOOL_SETTINGS).lateNight).toEqual(LATE_NIGHT_DEFAULTS);
  });

  it.each([
    [{ enabled: true, from: '25:00', to: '06:00' }, 'lateNight.from', /24-hour clock/],
    [{ enabled: true, from: '22:00', to: '22:00' }, 'lateNight.to', /must differ/],
    [{ enabled: 'yes' }, 'lateNight.enabled', /expected boolean/],
  ])('refuses bad hours, naming the field (%#)', (lateNight, path, message) => {
    let error: unknown;
    try {
      parseSettings({ ...SCHOOL_SETTINGS, lateNight });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).path).toBe(path);
    expect((error as SettingsError).message).toMatch(message);
  });
});
