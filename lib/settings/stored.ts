/**
 * Settings as they are kept on this device. Storage versions 2 and 3 always hold the
 * validated, filled-in form (`parseStoredSettings`' output); 3 adds the school's own rules and
 * the late-night pause, so a version 2 value is filled in again on the way up. Version 1
 * could hold whatever was written to it (an older build, a test harness or a hand edit
 * wrote the file's JSON as it was), so the migration to version 2 repairs it: every part
 * that is valid on its own is kept, and only a part that is not falls back to the default.
 */
import { DEFAULT_SETTINGS } from './defaults';
import { parseStoredSettings, type Settings } from './schema';

export const SETTINGS_STORAGE_VERSION = 3;

const PARTS = ['school', 'officialAccounts', 'hashtags', 'disclaimer', 'staff', 'contacts', 'rules', 'customRules', 'lateNight'] as const;

/** Never throws: the best settings that can be made of a stored value. */
export function settingsFromStorage(value: unknown): Settings {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return DEFAULT_SETTINGS;
  const stored: Record<string, unknown> = { ...(value as Record<string, unknown>), version: 1 };
  try {
    return parseStoredSettings(stored);
  } catch {
    // Keep each part that passes alone, on top of the defaults.
    let settings: Settings = DEFAULT_SETTINGS;
    for (const part of PARTS) {
      if (!(part in stored)) continue;
      try {
        settings = parseStoredSettings({ ...settings, [part]: stored[part] });
      } catch {
        // This part stays as the default.
      }
    }
    return settings;
  }
}

/** Storage migrations for the settings item, by the version they migrate to. */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => Settings> = {
  2: settingsFromStorage,
  // Version 3 adds the school's own rules and the late-night pause: a version 2 value is filled in with none and off.
  3: settingsFromStorage,
};
