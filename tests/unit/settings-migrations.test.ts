/**
 * Every storage version's frozen example (tests/data/settings-storage/) reads as the
 * school set it, through the real storage item and its migrations, when the extension
 * starts after an update.
 */
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { LATE_NIGHT_DEFAULTS } from '../../lib/settings/late-night';
import { SETTINGS_MIGRATIONS, SETTINGS_STORAGE_VERSION } from '../../lib/settings/stored';

const frozen = (version: number): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../data/settings-storage/v${version}.json`, import.meta.url), 'utf8'));

/** Stores a value as a build with that storage version left it, then reads it as this build does. */
async function readAfterUpdate(version: number) {
  await fakeBrowser.storage.local.set({ settings: frozen(version), settings$: { v: version } });
  const { settingsItem } = await import('../../utils/storage');
  return { value: await settingsItem.getValue(), meta: await settingsItem.getMeta(), settingsItem };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

describe('stored settings from every earlier version', () => {
  it('has a migration and a frozen example for every version up to the current one', () => {
    for (let version = 2; version <= SETTINGS_STORAGE_VERSION; version++) expect(SETTINGS_MIGRATIONS[version], `migration to ${version}`).toBeTypeOf('function');
    for (let version = 1; version <= SETTINGS_STORAGE_VERSION; version++) expect(() => frozen(version)).not.toThrow();
  });

  it('version 1: keeps every valid part, repairs the damaged one, fills in the rest', async () => {
    const { value, meta } = await readAfterUpdate(1);
    expect(meta).toEqual({ v: SETTINGS_STORAGE_VERSION });
    expect(value.school.name).toBe('Hillside Primary School');
    expect(value.school.trust?.aliases).toEqual(['MLT']);
    expect(value.officialAccounts).toHaveLength(2);
    expect(value.staff).toEqual(['Mrs Ruth Penhale', 'Mr Amir Qureshi']);
    expect(value.disclaimer.text).toBe('Views are my own, not those of Hillside Primary School.');
    // A single string where a list belongs falls back to the default, alone.
    expect(value.hashtags).toEqual(DEFAULT_SETTINGS.hashtags);
    expect(value.customRules).toEqual([]);
    expect(value.lateNight).toEqual(LATE_NIGHT_DEFAULTS);
  });

  it('version 2: everything kept, no rules of the school’s own, the late-night pause off', async () => {
    const { value } = await readAfterUpdate(2);
    const v2 = frozen(2);
    for (const part of ['school', 'officialAccounts', 'hashtags', 'disclaimer', 'staff', 'contacts', 'rules'] as const) expect(value[part]).toEqual(v2[part]);
    expect(value.customRules).toEqual([]);
    expect(value.lateNight).toEqual(LATE_NIGHT_DEFAULTS);
  });

  it('the current version: read exactly as kept', async () => {
    const { value } = await readAfterUpdate(SETTINGS_STORAGE_VERSION);
    expect(value).toEqual(frozen(SETTINGS_STORAGE_VERSION));
    expect(value.lateNight).toEqual({ enabled: true, from: '21:30', to: '06:30' });
  });

  it('versions 1 and 2 of the same school read the same once migrated, but for what version 1 had damaged', async () => {
    const one = (await readAfterUpdate(1)).value;
    fakeBrowser.reset();
    vi.resetModules();
    const two = (await readAfterUpdate(2)).value;
    expect({ ...one, hashtags: two.hashtags, school: { ...one.school, publicContacts: two.school.publicContacts }, contacts: two.contacts, rules: two.rules }).toEqual(two);
  });
});
