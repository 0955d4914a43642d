/**
 * The pupil list, in the extension origin's IndexedDB (the `post-check` database, which
 * also holds the private history: history-db.ts). Only extension pages and the
 * background open it; a content script never does (its IndexedDB would be the
 * website's).
 *
 * Writing follows the project's one rule for the school's data (the pupil list here,
 * the logos in logo-db.ts): the page that changes it writes the database through this
 * module in one transaction, then bumps the item's version (`rosterVersionItem`); the
 * background watches the version and rebuilds its checks. Nothing else writes it.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { HistoryEntry } from '../lib/history';
import { type CompactNameTable, compactNameTable, expandNameTable, NAME_TABLE_VERSION, type NameTable, plainNameTable } from '../lib/roster/name-index';
import { packKey, packNameTable, type PupilPack } from '../lib/roster/pack';
import type { Pupil } from '../lib/roster/schema';
import { rosterVersionItem } from './storage';

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

/** The name table of the stored list or pack: the stored compact table when it is current, else worked out again. */
export function nameTableOf(roster: StoredRoster | undefined): NameTable {
  if (!roster) return plainNameTable([]);
  const key = roster.pack ? packKey(roster.pack) : (form: string) => form;
  if (roster.table?.version === NAME_TABLE_VERSION) return expandNameTable(roster.table, key);
  return roster.pack ? packNameTable(roster.pack) : plainNameTable(roster.pupils);
}

/**
 * The one way the pupil list is replaced or cleared (an empty list clears it): saved
 * in one transaction with its name table worked out once here, so a restarted
 * background checks at once, then the version bump tells the background.
 */
export async function replacePupilList(pupils: Pupil[], source: string, pack?: PupilPack): Promise<void> {
  const stored: StoredRoster = pack ? { pupils: [], importedAt: Date.now(), source, pack } : { pupils, importedAt: Date.now(), source };
  stored.table = compactNameTable(nameTableOf(stored));
  await (await database()).put('roster', stored, 'current');
  await rosterVersionItem.setValue((await rosterVersionItem.getValue()) + 1);
}
