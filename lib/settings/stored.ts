/**
 * Settings as they are kept on this device: the storage version, and the migrations
 * that bring an older stored value up to it, one file per version in migrations/ (each
 * with a frozen example of the value it migrates from in tests/data/settings-storage/).
 *
 * Why the stored settings have a version of their own (3) beside the settings file's
 * (`version: 1`, spec in docs/check-drafts.md): the file is a contract with schools and
 * other tools, and every field added to it so far is optional, so a version 1 file
 * written today is read by every build and an older file by this one; its number changes
 * only when an old reader would misread a new file. The stored value is this device's
 * own layout, which changed when it began to be kept validated (2) and when it gained
 * fields that must be filled in before the checks run (3); those changes never reach a
 * file, so they need not break the file's readers.
 */
import type { Settings } from './schema';
import { repairSettings } from './migrations/repair';
import { toVersion2 } from './migrations/v2';
import { toVersion3 } from './migrations/v3';

export const SETTINGS_STORAGE_VERSION = 3;

/** Storage migrations for the settings item, by the version they migrate to (run in order from the stored version). */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => Settings> = {
  2: toVersion2,
  3: toVersion3,
};

/** Never throws: the best settings that can be made of a stored value. */
export const settingsFromStorage: (value: unknown) => Settings = repairSettings;
