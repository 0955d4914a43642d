/**
 * The settings the page edits: the person's own (repaired, as storage version 2 keeps
 * them) with the school's managed settings over them (utils/managed-settings.ts, the
 * same merge the checks use), kept up to date if another page or the school's policy
 * changes them, and saved only whole and valid: `save` validates the complete settings
 * before anything is written, and never writes the school's values as the person's.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { userSettingsForSave, type EffectiveSettings, type ManagedProblem } from '../../lib/settings/managed';
import type { RolloutMode } from '../../lib/settings/managed-fields';
import { parseStoredSettings, type Settings } from '../../lib/settings/schema';
import { settingsFromStorage } from '../../lib/settings/stored';
import { loadEffectiveSettings, watchEffectiveSettings } from '../../utils/managed-settings';
import { settingsItem } from '../../utils/storage';

export interface SchoolPolicy {
  /** A school policy is in force. */
  managed: boolean;
  mode: RolloutMode;
  /** The school's values Post Check could not use, in plain words. */
  problems: readonly ManagedProblem[];
  /** Is this field (a lock name such as `disclaimer.text`, or `rules.<check>`) set by the school? */
  sets(id: string): boolean;
  /** The school sets at least one field. */
  setsAny: boolean;
}

interface SettingsApi {
  /** What the checks use: the person's settings with the school's over them. */
  settings: Settings;
  school: SchoolPolicy;
  /** Validates the whole candidate, then writes it; throws a SettingsError and writes nothing when it is invalid. */
  save(candidate: unknown): Promise<Settings>;
}

const SettingsContext = createContext<SettingsApi | null>(null);

export function SettingsProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [effective, setEffective] = useState<EffectiveSettings | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => void loadEffectiveSettings().then((value) => live && setEffective(value));
    load();
    const stop = watchEffectiveSettings(load);
    return () => {
      live = false;
      stop();
    };
  }, []);
  if (!effective) return <>{fallback}</>;
  const save = async (candidate: unknown) => {
    const valid = parseStoredSettings(candidate);
    const user = settingsFromStorage(await settingsItem.getValue());
    await settingsItem.setValue(userSettingsForSave(valid, user, effective.controlled));
    const next = await loadEffectiveSettings();
    setEffective(next);
    return next.settings;
  };
  const school: SchoolPolicy = {
    managed: effective.managed,
    mode: effective.mode,
    problems: effective.problems,
    sets: (id) => effective.controlled.has(id),
    setsAny: effective.controlled.size > 0,
  };
  return <SettingsContext.Provider value={{ settings: effective.settings, school, save }}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsApi {
  const api = useContext(SettingsContext);
  if (!api) throw new Error('useSettings needs a SettingsProvider');
  return api;
}
