/**
 * What the popup and the settings page remember for themselves. Nothing here holds a
 * name: ticks are checklist keys, set-up progress is three flags.
 */
import { storage } from 'wxt/utils/storage';

/** Checklist ticks for the post being written, per `tabId:composerId`. Memory only: gone when the browser closes. */
export const checklistTicksItem = storage.defineItem<Record<string, string[]>>('session:checklistTicks', { fallback: {} });

export interface SetupState {
  /** The first-run introduction was finished or skipped. */
  done: boolean;
}

/** Until `done`, the popup offers "finish setting up" and the settings page shows the three steps. */
export const setupItem = storage.defineItem<SetupState>('local:setup', { fallback: { done: false } });

/** The termly privacy check-up reminder (entrypoints/background/alarms.ts): off unless the user turns it on. */
export const termlyReminderItem = storage.defineItem<boolean>('local:termlyReminder', { fallback: false });

/**
 * The new-account request being written (lib/account-request.ts), kept as it is typed
 * so it survives closing the page. It names staff, so it stays in storage.local, on this
 * computer; "Start again" deletes it.
 */
export const accountRequestDraftItem = storage.defineItem<unknown>('local:accountRequestDraft', { fallback: null });

/** Changed whenever the private history is written or deleted (history-db.ts), so an open settings page shows it at once. */
export const historyChangedItem = storage.defineItem<number>('local:historyChanged', { fallback: 0 });
