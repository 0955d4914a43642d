/**
 * The school's settings from browser policy, read-only: Chrome's and Edge's managed
 * storage (validated by the browser against managed_schema.json first), Firefox's
 * policies.json `3rdparty.Extensions["<gecko id>"]`. Merged over the person's own
 * settings in lib/managed/policy.ts; the background and the settings page both come
 * here, so they always agree.
 *
 * Firefox rejects `storage.managed.get()` when no policy exists ("Managed storage
 * manifest not found") and never fires a change for it; some browsers have no managed
 * area at all. Every such case is simply "no policy".
 */
import { browser } from 'wxt/browser';
import { mergeSettings, NO_POLICY, parseManagedPolicy, type EffectiveSettings, type ManagedPolicy } from '../lib/managed/policy';
import { settingsFromStorage } from '../lib/settings/stored';
import { settingsItem } from './storage';

/** The school's policy, checked field by field; no policy (or none readable) is NO_POLICY. Never rejects. */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    return NO_POLICY;
  }
  return parseManagedPolicy(raw);
}

/** The person's settings with the school's over them, as the checks and the settings page use them. */
export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  const [user, policy] = await Promise.all([settingsItem.getValue(), readManagedPolicy()]);
  return mergeSettings(settingsFromStorage(user), policy);
}

/** Calls `onChange` when the school's policy changes (an admin pushed new settings). Returns a stop function. */
export function watchManagedPolicy(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Calls `onChange` when either the person's settings or the school's change. */
export function watchEffectiveSettings(onChange: () => void): () => void {
  const stopUser = settingsItem.watch(() => onChange());
  const stopManaged = watchManagedPolicy(onChange);
  return () => {
    stopUser();
    stopManaged();
  };
}
