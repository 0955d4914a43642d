/**
 * The settings the page edits: read from storage (repaired, as storage version 2
 * keeps them), kept up to date if another page changes them, and saved only whole and
 * valid: `save` validates the complete settings before anything is written.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { parseSettings, type Settings } from '../../lib/settings/schema';
import { settingsFromStorage } from '../../lib/settings/stored';
import { settingsItem } from '../../utils/storage';

interface SettingsApi {
  settings: Settings;
  /** Validates the whole candidate, then writes it; throws a SettingsError and writes nothing when it is invalid. */
  save(candidate: unknown): Promise<Settings>;
}

const SettingsContext = createContext<SettingsApi | null>(null);

export function SettingsProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then((value) => setSettings(settingsFromStorage(value)));
    return settingsItem.watch((value) => setSettings(settingsFromStorage(value)));
  }, []);
  if (!settings) return <>{fallback}</>;
  const save = async (candidate: unknown) => {
    const valid = parseSettings(candidate);
    await settingsItem.setValue(valid);
    setSettings(valid);
    return valid;
  };
  return <SettingsContext.Provider value={{ settings, save }}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsApi {
  const api = useContext(SettingsContext);
  if (!api) throw new Error('useSettings needs a SettingsProvider');
  return api;
}
