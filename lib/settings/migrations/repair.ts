/**
 * The best settings that can be made of a stored value, whatever it holds: what every
 * migration ends with, and what the pages use to read a value they did not write.
 */
import { DEFAULT_SETTINGS } from '../defaults';
import { parseStoredSettings, type Settings } from '../schema';

const PARTS = ['school', 'officialAccounts', 'hashtags', 'disclaimer', 'staff', 'contacts', 'rules', 'customRules', 'lateNight'] as const;

/** Never throws. */
export function repairSettings(value: unknown): Settings {
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
