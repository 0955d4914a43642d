/**
 * The pupil list, in the extension origin's IndexedDB (the `post-check` database, which
 * also holds the private history: history-db.ts). Only extension pages and the
 * background open it; a content script never does (its IndexedDB would be the
 * website's).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { HistoryEntry } from '../lib/history';
import type { CompactNameTable } from '../lib/roster/name-index';
import type { PupilPack } from '../lib/roster/pack';
import type { Pupil } from '../lib/roster/schema';

export interface StoredRoster {
  /** The list as imported; empty when the school gave a pack instead. */
  pupils: Pupil[];
  importedAt: number;
  /** The file's name and what the import understood, for the options page. */
  source?: string;
  /** The school pack the pupils came from: hashed names, never readable ones. */
  pack?: PupilPack;
  /**
   * The checker's name table, worked out once when the list was saved, so a restarted
   * background is ready at once (50,000 pupils: about 60 ms instead of a second).
   */
  table?: CompactNameTable;
}

/** A history entry as stored, with the key the store gave it. */
type StoredHistoryEntry = HistoryEntry & { id?: number };

export interface PostCheckDB extends DBSchema {
  roster: { key: 'current'; value: StoredRoster };
  /** Version 2: the private history, by time (history-db.ts). */
  history: { key: number; value: StoredHistoryEntry; indexes: { at: number } };
}

let opened: Promise<IDBPDatabase<PostCheckDB>> | null = null;

/** The `post-check` database: version 1 held the pupil list; version 2 adds the history. */
export function database(): Promise<IDBPDatabase<PostCheckDB>> {
  opened ??= openDB<PostCheckDB>('post-check', 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore('roster');
      if (oldVersion < 2) db.createObjectStore('history', { keyPath: 'id', autoIncrement: true }).createIndex('at', 'at');
    },
  });
  return opened;
}

export async function loadRoster(): Promise<StoredRoster | undefined> {
  return (await database()).get('roster', 'current');
}

/** Replaces the whole list in one transaction: never half a list. */
export async function saveRoster(roster: StoredRoster): Promise<void> {
  await (await database()).put('roster', roster, 'current');
}

export async function clearRoster(): Promise<void> {
  await (await database()).delete('roster', 'current');
}
