/**
 * What the extension keeps, where. Everything is on this device: settings and choices
 * in `storage.local` (never `storage.sync`, which leaves the device and settings hold
 * staff names), the pupil list in the extension origin's IndexedDB (see roster-db.ts),
 * and per-tab findings in `storage.session` so the popup still has them after the
 * service worker restarts.
 */
import { storage } from 'wxt/utils/storage';
import type { ComposerState } from '../lib/messaging';
import { DEFAULT_SETTINGS } from '../lib/settings/defaults';
import type { Settings } from '../lib/settings/schema';
import { SETTINGS_MIGRATIONS, SETTINGS_STORAGE_VERSION } from '../lib/settings/stored';
import type { AnyRuleId, Site } from '../lib/types';

/** Kept validated and filled in; older stored values are migrated on start (lib/settings/stored.ts, lib/settings/migrations/). */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_STORAGE_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** Bumped whenever the pupil list changes, so every open context rebuilds its index. */
export const rosterVersionItem = storage.defineItem<number>('local:rosterVersion', { fallback: 0 });

/** Bumped whenever the logos change, so the background reloads their fingerprints. */
export const logosVersionItem = storage.defineItem<number>('local:logosVersion', { fallback: 0 });

/** The user's own choice of account kind, per `site:handle`. */
export const accountKindsItem = storage.defineItem<Record<string, 'personal' | 'school'>>('local:accountKinds', { fallback: {} });

/** Sites where the user has paused checking. */
export const pausedSitesItem = storage.defineItem<Site[]>('local:pausedSites', { fallback: [] });

export interface OverrideRecord {
  rules: AnyRuleId[];
  site: Site;
  /** Milliseconds since 1970. No draft text is kept. */
  at: number;
}

/** "Post anyway" decisions: rule IDs, site and time only. */
export const overridesItem = storage.defineItem<OverrideRecord[]>('local:overrides', { fallback: [] });

/**
 * Each tab's composers and findings, for the popup and the badge: one key a tab, so
 * checks in different tabs never rewrite each other's state. Within a tab the
 * background makes its changes one at a time (background-service.ts).
 */
export function tabStateItem(tabId: number) {
  return storage.defineItem<ComposerState[]>(`session:tabState:${tabId}`, { fallback: [] });
}
