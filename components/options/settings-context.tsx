/**
 * The settings the page edits: the person's own (repaired, as storage version 2 keeps
 * them) with the school's managed settings over them (utils/managed-settings.ts, the
 * same merge the checks use), kept up to date if another page or the school's policy
 * changes them, and saved only whole and valid: `save` validates the complete settings
 * before anything is written, and never writes the school's values as the person's.
 *
 * The page saves as the person goes (components/options/autosave.tsx): each save can be
 * undone, once, by `undo`, which puts back the settings as they were just before it.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { userSettingsForSave, type EffectiveSettings, type ManagedProblem } from '../../lib/managed/policy';
import type { RolloutMode } from '../../lib/managed/fields';
import { parseStoredSettings, type Settings } from '../../lib/settings/schema';
import { settingsFromStorage } from '../../lib/settings/stored';
import { loadEffectiveSettings, watchEffectiveSettings } from '../../utils/managed-settings';
import { reportProblem } from '../../utils/problems';
import { settingsItem } from '../../utils/storage';
import { StorageProblem } from '../ui/StorageProblem';

interface SchoolPolicy {
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
  /**
   * Validates the whole candidate, then writes it; throws a SettingsError and writes
   * nothing when it is invalid. Given a function, builds the candidate from the settings
   * as they are at that moment (not as they were when the section last drew).
   */
  save(candidate: object | ((current: Settings) => unknown)): Promise<Settings>;
  /** Puts back the settings as they were before the last save. False when there is nothing to undo. */
  undo(): Promise<boolean>;
}

const SettingsContext = createContext<SettingsApi | null>(null);

export function SettingsProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [effective, setEffective] = useState<EffectiveSettings | null>(null);
  /** Reading the settings failed: said on the page, never shown as blank settings. */
  const [unreachable, setUnreachable] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const latest = useRef<EffectiveSettings | null>(null);
  /** The person's own settings as they were before the last save. */
  const before = useRef<Settings | null>(null);
  const apply = useCallback((value: EffectiveSettings) => {
    latest.current = value;
    setEffective(value);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies(attempt): the effect reads no attempt; "Try again" counts one more to read the settings again.
  useEffect(() => {
    let live = true;
    const load = () =>
      void loadEffectiveSettings().then(
        (value) => {
          if (!live) return;
          setUnreachable(false);
          apply(value);
        },
        (error: unknown) => {
          if (!live) return;
          setUnreachable(true);
          void reportProblem('reading the settings', error);
        },
      );
    load();
    const stop = watchEffectiveSettings(load);
    return () => {
      live = false;
      stop();
    };
  }, [apply, attempt]);
  const undo = useCallback(async () => {
    const previous = before.current;
    if (!previous) return false;
    before.current = null;
    await settingsItem.setValue(previous);
    apply(await loadEffectiveSettings());
    return true;
  }, [apply]);
  if (!effective) return unreachable ? <StorageProblem what="its settings" onRetry={() => setAttempt((n) => n + 1)} /> : fallback;
  const save = async (candidate: object | ((current: Settings) => unknown)) => {
    const now = latest.current ?? effective;
    const valid = parseStoredSettings(typeof candidate === 'function' ? (candidate as (current: Settings) => unknown)(now.settings) : candidate);
    const user = settingsFromStorage(await settingsItem.getValue());
    await settingsItem.setValue(userSettingsForSave(valid, user, now.controlled));
    before.current = user;
    const next = await loadEffectiveSettings();
    apply(next);
    return next.settings;
  };
  const school: SchoolPolicy = {
    managed: effective.managed,
    mode: effective.mode,
    problems: effective.problems,
    sets: (id) => effective.controlled.has(id),
    setsAny: effective.controlled.size > 0,
  };
  return <SettingsContext.Provider value={{ settings: effective.settings, school, save, undo }}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsApi {
  const api = useContext(SettingsContext);
  if (!api) throw new Error('useSettings needs a SettingsProvider');
  return api;
}
