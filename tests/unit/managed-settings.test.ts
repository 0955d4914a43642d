/**
 * A school's managed settings (browser policy) over a person's own: what wins, what
 * locks do, what happens to a bad value, Firefox with no policy, and the rollout mode
 * the background hands to the compose box.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXAMPLE_SETTINGS as DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { mergeSettings, NO_POLICY, parseManagedPolicy, userSettingsForSave } from '../../lib/managed/policy';
import { LOCKABLE_IDS } from '../../lib/managed/fields';
import { makePupilPack, SALT_BYTES } from '../../lib/roster/pack';
import { ROSTER } from '../helpers';
import { parseSettings, type Settings } from '../../lib/settings/schema';
import { handleMessage } from '../../entrypoints/background/handlers';
import { loadEffectiveSettings, readManagedPolicy, watchEffectiveSettings } from '../../utils/managed-settings';
import { forgetCompiledPolicy } from '../../entrypoints/background/policy-cache';
import { settingsItem } from '../../utils/storage';

/** A teacher's own settings: their disclaimer, a hashtag, a staff list and one check changed. */
const MINE: Settings = parseSettings({
  ...DEFAULT_SETTINGS,
  hashtags: ['#MyClass'],
  disclaimer: { text: 'My views, not my employer’s.', inProfile: [] },
  staff: ['Mr Tom Trewin'],
  rules: { tone: { enabled: false }, 'pupil-name': { severity: { school: 'block' } } },
});

const SCHOOL_DISCLAIMER = 'Views are my own and not those of An Daras Multi Academy Trust.';

describe('merging the school’s settings over the person’s', () => {
  it('uses the school’s value where it sets one and the person’s everywhere else', () => {
    const policy = parseManagedPolicy({
      disclaimer: { text: SCHOOL_DISCLAIMER },
      school: { name: 'St Stephens Community Academy', aliases: ['SSCA'] },
      rules: { tone: { enabled: true, severity: { school: 'block' } } },
    });
    expect(policy.problems).toEqual([]);
    const { settings, controlled, managed } = mergeSettings(MINE, policy);
    expect(managed).toBe(true);
    expect(settings.disclaimer.text).toBe(SCHOOL_DISCLAIMER);
    expect(settings.school.aliases).toEqual(['SSCA']);
    // Not set by the school: the person's own.
    expect(settings.hashtags).toEqual(['#MyClass']);
    expect(settings.staff).toEqual(['Mr Tom Trewin']);
    expect(settings.disclaimer.inProfile).toEqual([]);
    // Checks merge one by one: the school's tone wins, the person's pupil-name stays.
    expect(settings.rules.tone).toEqual({ enabled: true, severity: { school: 'block' } });
    expect(settings.rules['pupil-name']).toEqual({ severity: { school: 'block' } });
    expect([...controlled].sort()).toEqual(['disclaimer.text', 'rules.tone', 'school.aliases', 'school.name']);
  });

  it('leaves everything as it is with no policy', () => {
    const effective = mergeSettings(MINE, NO_POLICY);
    expect(effective.settings).toEqual(MINE);
    expect(effective.managed).toBe(false);
    expect(effective.controlled.size).toBe(0);
    expect(effective.mode).toBe('hold');
    expect(parseManagedPolicy({})).toBe(NO_POLICY);
    expect(parseManagedPolicy(undefined)).toBe(NO_POLICY);
  });

  it('takes a whole settings file as a policy: every field of it is the school’s', () => {
    const file = { ...MINE, hashtags: ['#SSCA'], disclaimer: { text: SCHOOL_DISCLAIMER, inProfile: [{ site: 'x', handle: '@StStephensCA' }] } };
    const effective = mergeSettings(DEFAULT_SETTINGS, parseManagedPolicy(JSON.parse(JSON.stringify(file))));
    expect(effective.problems).toEqual([]);
    expect(effective.settings).toEqual(parseSettings(file));
  });
});

describe('locks', () => {
  it('fixes a locked field the school does not set at Post Check’s default', () => {
    const { settings, controlled } = mergeSettings(MINE, parseManagedPolicy({ locked: ['staff', 'disclaimer.text'] }));
    // A fresh install's: no staff, no disclaimer of the school's yet ("Add the disclaimer" then adds a plain one).
    expect(settings.staff).toEqual([]);
    expect(settings.disclaimer.text).toBe('');
    expect(settings.hashtags).toEqual(['#MyClass']);
    expect(controlled.has('staff')).toBe(true);
    expect(controlled.has('hashtags')).toBe(false);
  });

  it('locks every check with `rules`, keeping only the school’s own check settings', () => {
    const { settings, controlled } = mergeSettings(MINE, parseManagedPolicy({ locked: ['rules'], rules: { controversial: { enabled: false } } }));
    expect(settings.rules).toEqual({ controversial: { enabled: false } });
    for (const id of ['rules.tone', 'rules.pupil-name', 'rules.controversial', 'rules.attribution']) expect(controlled.has(id)).toBe(true);
  });

  it('locks one check at the policy’s default with `rules.<check>`', () => {
    const { settings, controlled } = mergeSettings(MINE, parseManagedPolicy({ locked: ['rules.tone'] }));
    expect(settings.rules.tone).toBeUndefined();
    expect(settings.rules['pupil-name']).toEqual({ severity: { school: 'block' } });
    expect(controlled.has('rules.tone')).toBe(true);
    expect(controlled.has('rules.pupil-name')).toBe(false);
  });

  it('saves the person’s edits but keeps their own value for the school’s fields, so removing the policy gives it back', () => {
    const effective = mergeSettings(MINE, parseManagedPolicy({ disclaimer: { text: SCHOOL_DISCLAIMER }, locked: ['rules.tone'] }));
    // The settings page saves its whole view: the school's disclaimer in it, a new hashtag, tone switched on.
    const candidate = { ...effective.settings, hashtags: ['#Year6'], rules: { ...effective.settings.rules, tone: { enabled: true } } };
    const stored = userSettingsForSave(candidate, MINE, effective.controlled);
    expect(stored.hashtags).toEqual(['#Year6']);
    expect(stored.disclaimer.text).toBe(MINE.disclaimer.text);
    expect(stored.rules.tone).toEqual({ enabled: false });
    expect(mergeSettings(stored, NO_POLICY).settings.disclaimer.text).toBe(MINE.disclaimer.text);
  });

  it('knows a lock name for every field the settings page edits and every check', () => {
    expect(LOCKABLE_IDS).toContain('disclaimer.text');
    expect(LOCKABLE_IDS).toContain('rules.pupil-name');
    expect(new Set(LOCKABLE_IDS).size).toBe(LOCKABLE_IDS.length);
  });
});

describe('a bad value from the school', () => {
  it('is reported in plain words naming the field, and ignored field by field', () => {
    const policy = parseManagedPolicy({
      school: { name: 7, aliases: ['SSCA', ''] },
      disclaimer: { text: 'x'.repeat(300), inProfile: [{ site: 'x', handle: '@StStephensCA' }] },
      hashtags: ['#SSCA'],
      rules: { tone: { enabled: 'yes' }, 'no-such-check': {} },
      locked: ['staff', 'colour'],
      colour: 'blue',
    });
    const messages = policy.problems.map((p) => p.message);
    expect(messages).toEqual([
      "Your school's settings include “colour”, which this version of Post Check doesn't know, so it is ignored.",
      '“School name”, set by your school, is ignored: it should be text, not a number.',
      '“Other names for the school”, set by your school, is ignored: entry 2: it must not be empty.',
      '“Disclaimer text”, set by your school, is ignored: it must fit in a post (280 characters at most).',
      expect.stringMatching(/^“Check: Shouting.*”, set by your school, is ignored: “enabled”: it should be true or false, not text\.$/),
      "Your school's settings include a check called “no-such-check”, which Post Check doesn't have, so it is ignored.",
      "Your school asked to lock “colour”, which isn't a Post Check setting, so that lock is ignored.",
    ]);
    // None of the words people never see.
    for (const message of messages) expect(String(message)).not.toMatch(/zod|schema|string|boolean|array|undefined|null/i);
    const { settings, controlled } = mergeSettings(MINE, policy);
    // The bad ones are ignored: the person's own values stay.
    expect(settings.school.name).toBe(MINE.school.name);
    expect(settings.school.aliases).toEqual(MINE.school.aliases);
    expect(settings.disclaimer.text).toBe(MINE.disclaimer.text);
    expect(settings.rules.tone).toEqual({ enabled: false });
    // The good ones beside them are used.
    expect(settings.disclaimer.inProfile).toEqual([{ site: 'x', handle: '@StStephensCA' }]);
    expect(settings.hashtags).toEqual(['#SSCA']);
    expect(controlled.has('staff')).toBe(true);
  });

  it('never throws, whatever the policy holds', () => {
    const junk: unknown[] = [null, 'advise', 42, [], [1, 2], true, { school: 'x' }, { school: [] }, { disclaimer: null }, { rules: [] }, { rules: { tone: null } }, { locked: 'staff' }, { mode: 3 }, { staff: [null] }, { contacts: { dsl: 5 } }, { officialAccounts: [{ site: 'myspace', handle: 'x' }] }, { version: 2, hashtags: ['#A'] }];
    for (const raw of junk) {
      const effective = mergeSettings(MINE, parseManagedPolicy(raw));
      expect(() => parseSettings(effective.settings)).not.toThrow();
      if (raw !== null) expect(effective.problems.length).toBeGreaterThan(0);
    }
  });
});

describe('the rollout mode', () => {
  it('holds posts by default and advises only when the school says advise', () => {
    expect(mergeSettings(MINE, parseManagedPolicy({ disclaimer: { text: SCHOOL_DISCLAIMER } })).mode).toBe('hold');
    expect(mergeSettings(MINE, parseManagedPolicy({ mode: 'advise' })).mode).toBe('advise');
    expect(mergeSettings(MINE, parseManagedPolicy({ mode: 'hold' })).mode).toBe('hold');
  });

  it('holds posts when the mode is not one it knows, and says so', () => {
    const effective = mergeSettings(MINE, parseManagedPolicy({ mode: 'gentle' }));
    expect(effective.mode).toBe('hold');
    expect(effective.problems.map((p) => p.message)).toEqual([
      "Your school's rollout mode, “gentle”, isn't one Post Check knows (“advise” or “hold”), so Post Check asks before a post with a “Must fix” goes out.",
    ]);
  });
});

describe('reading the policy from the browser', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    forgetCompiledPolicy();
    await settingsItem.setValue(MINE);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('treats Firefox’s rejection without a policy as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedPolicy()).toBe(NO_POLICY);
    const effective = await loadEffectiveSettings();
    expect(effective.settings).toEqual(MINE);
    expect(effective.problems).toEqual([]);
    expect(effective.mode).toBe('hold');
  });

  it('treats a browser with no managed storage at all as no policy', async () => {
    vi.spyOn(fakeBrowser.storage, 'managed', 'get').mockReturnValue(undefined as never);
    expect(await readManagedPolicy()).toBe(NO_POLICY);
  });

  it('reads Chrome’s managed storage and notices when the school changes it', async () => {
    const changed = vi.fn();
    const stop = watchEffectiveSettings(changed);
    await fakeBrowser.storage.managed.set({ disclaimer: { text: SCHOOL_DISCLAIMER }, locked: ['disclaimer.text'] });
    expect(changed).toHaveBeenCalled();
    const effective = await loadEffectiveSettings();
    expect(effective.settings.disclaimer.text).toBe(SCHOOL_DISCLAIMER);
    expect(effective.controlled.has('disclaimer.text')).toBe(true);
    stop();
  });

  it('tells the compose box the mode with every check, and follows a change of policy', async () => {
    const sender = { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: 7, url: 'https://x.com/home' } } as never;
    const check = () =>
      handleMessage(
        { type: 'check-draft', composerId: 'c1', draft: { text: 'Well done Grace Okafor', site: 'x', surface: 'post', images: 0 } },
        sender,
      ) as Promise<{ mode: string; disclaimer: string }>;
    expect((await check()).mode).toBe('hold');
    await fakeBrowser.storage.managed.set({ mode: 'advise', disclaimer: { text: SCHOOL_DISCLAIMER } });
    forgetCompiledPolicy();
    const result = await check();
    expect(result.mode).toBe('advise');
    expect(result.disclaimer).toBe(SCHOOL_DISCLAIMER);
  });

  it('checks drafts against a school pack pushed as a managed setting, over any list on this computer', async () => {
    const sender = { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: 8, url: 'https://x.com/home' } } as never;
    const rules = async (text: string) =>
      ((await handleMessage({ type: 'check-draft', composerId: 'c2', draft: { text, site: 'x', surface: 'post', images: 0 } }, sender)) as { findings: { rule: string }[] }).findings.map(
        (f) => f.rule,
      );
    expect(await rules('Well done Grace Okafor')).not.toContain('pupil-name');
    const pack = makePupilPack(ROSTER, new Uint8Array(SALT_BYTES).fill(5));
    await fakeBrowser.storage.managed.set({ pupilPack: pack });
    forgetCompiledPolicy();
    expect(await rules('Well done Grace Okafor')).toContain('pupil-name');
    expect((await loadEffectiveSettings()).pack?.pupils).toBe(ROSTER.length);
  });

  it('ignores a school pack it cannot use, and says so', () => {
    const policy = parseManagedPolicy({ pupilPack: { format: 1, salt: 'x', forenames: { Grace: 0 } } });
    expect(policy.pack).toBeUndefined();
    expect(policy.problems.map((p) => p.field)).toEqual(['pupilPack']);
    expect(policy.problems[0]!.message).toMatch(/school pack set by your school .* ignored/);
  });
});
