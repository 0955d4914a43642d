/**
 * Storage version 3 adds the school's own rules (`customRules`) and the late-night
 * pause (`lateNight`). A version 2 value is the validated form without them: it gains
 * no rules of the school's own and the pause switched off, and keeps everything else.
 *
 * Frozen example of what it migrates from: tests/data/settings-storage/v2.json.
 */
import { LATE_NIGHT_DEFAULTS } from '../late-night';
import type { Settings } from '../schema';
import { repairSettings } from './repair';

export function toVersion3(old: unknown): Settings {
  if (old === null || typeof old !== 'object' || Array.isArray(old)) return repairSettings(old);
  const previous = old as Record<string, unknown>;
  return repairSettings({
    ...previous,
    customRules: previous.customRules ?? [],
    lateNight: previous.lateNight ?? { ...LATE_NIGHT_DEFAULTS },
  });
}
