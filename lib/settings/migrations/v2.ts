/**
 * Storage version 2 (the first release with a version number of its own): settings are
 * always kept in the validated, filled-in form. Version 1 could hold whatever was
 * written to it (an older build, a test harness or a hand edit wrote a settings file's
 * JSON as it was), so this repairs it: every part that is valid on its own is kept, and
 * only a part that is not falls back to the default.
 *
 * Frozen example of what it migrates from: tests/data/settings-storage/v1.json.
 */
import type { Settings } from '../schema';
import { repairSettings } from './repair';

export function toVersion2(old: unknown): Settings {
  return repairSettings(old);
}
