import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { settingsFromStorage, SETTINGS_STORAGE_VERSION } from '../../lib/settings/stored';
import { SCHOOL_SETTINGS } from '../helpers';

describe('settings kept on this device', () => {
  it('fills in what an older build stored without the defaults', () => {
    const stored = settingsFromStorage({ version: 1, school: { name: 'Hillside Primary' }, disclaimer: { text: 'Views my own.' } });
    expect(stored.school).toEqual({ name: 'Hillside Primary', aliases: [], publicContacts: [] });
    expect(stored.officialAccounts).toEqual([]);
  });

  it('keeps every valid part of a damaged value and defaults only the broken part', () => {
    const stored = settingsFromStorage({ ...SCHOOL_SETTINGS, hashtags: 'not a list', disclaimer: { text: '' } });
    expect(stored.school.name).toBe('St Stephens Community Academy');
    expect(stored.staff).toEqual(SCHOOL_SETTINGS.staff);
    expect(stored.hashtags).toEqual(DEFAULT_SETTINGS.hashtags);
    expect(stored.disclaimer).toEqual(DEFAULT_SETTINGS.disclaimer);
  });

  it('never throws', () => {
    for (const value of [null, undefined, 3, 'text', [], { version: 'x' }, { school: null }]) {
      expect(settingsFromStorage(value)).toMatchObject({ version: 1 });
    }
  });
});

describe('the settings storage item', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('migrates a version 1 value to version 2 when the extension starts', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, school: { name: 'Hillside Primary' }, disclaimer: { text: 'Views my own.' } } });
    const { settingsItem } = await import('../../utils/storage');
    const value = await settingsItem.getValue();
    expect(value.school.aliases).toEqual([]);
    expect(value.rules).toEqual({});
    expect(await settingsItem.getMeta()).toEqual({ v: SETTINGS_STORAGE_VERSION });
  });

  it('gives a fresh install the defaults and marks what it writes as version 2', async () => {
    const { settingsItem } = await import('../../utils/storage');
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, hashtags: ['#Hillside'] });
    expect(await settingsItem.getMeta()).toEqual({ v: SETTINGS_STORAGE_VERSION });
  });

  it('keeps everything in storage.local, nothing in storage.sync', async () => {
    const { settingsItem } = await import('../../utils/storage');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, staff: ['Mrs Jane Pascoe'] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
