/**
 * The private history (lib/history.ts) in the extension origin's IndexedDB, beside the
 * pupil list. The background adds entries; the settings page reads, exports and deletes
 * them. Every entry is validated as exactly the allowed fields before it is written,
 * and entries older than 90 days are deleted whenever the history is written or read
 * (and once a day, by an alarm: alarms.ts).
 */
import { historyCutoff, historyEntrySchema, type HistoryEntry } from '../lib/history';
import { database } from './roster-db';
import { historyChangedItem } from './ui-storage';

/** Adds one entry (only the allowed fields: anything else is refused) and deletes expired ones. */
export async function addHistory(entry: HistoryEntry, now = Date.now()): Promise<void> {
  const valid = historyEntrySchema.parse(entry);
  const db = await database();
  const tx = db.transaction('history', 'readwrite');
  await tx.store.add({ at: valid.at, site: valid.site, account: valid.account, rules: [...valid.rules], outcome: valid.outcome });
  let cursor = await tx.store.index('at').openCursor(IDBKeyRange.upperBound(historyCutoff(now), true));
  while (cursor) {
    await cursor.delete();
    cursor = await cursor.continue();
  }
  await tx.done;
  await historyChangedItem.setValue(now);
}

/** Deletes entries older than 90 days; returns how many went. */
export async function pruneHistory(now = Date.now()): Promise<number> {
  const db = await database();
  const tx = db.transaction('history', 'readwrite');
  let deleted = 0;
  let cursor = await tx.store.index('at').openCursor(IDBKeyRange.upperBound(historyCutoff(now), true));
  while (cursor) {
    await cursor.delete();
    deleted++;
    cursor = await cursor.continue();
  }
  await tx.done;
  return deleted;
}

/** The last 90 days, oldest first (expired entries are deleted first). */
export async function loadHistory(now = Date.now()): Promise<HistoryEntry[]> {
  await pruneHistory(now);
  const stored = await (await database()).getAllFromIndex('history', 'at');
  return stored.flatMap((entry) => {
    const { id: _id, ...rest } = entry;
    const valid = historyEntrySchema.safeParse(rest);
    return valid.success ? [valid.data] : [];
  });
}

/** Deletes the whole history, in one go. */
export async function clearHistory(): Promise<void> {
  await (await database()).clear('history');
  await historyChangedItem.setValue(Date.now());
}
