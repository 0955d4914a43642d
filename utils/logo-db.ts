/**
 * The school's logo images, in the extension origin's IndexedDB (a database of their
 * own, so the pupil list's database keeps its version). The settings page adds and
 * removes them; the image checks (lib/images/) read them to recognise the logo in an
 * attached photo.
 *
 * Like the pupil list (roster-db.ts), every change is one transaction followed by a bump
 * of `logosVersionItem`, which tells the background to compare photos with the new set.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LogoFingerprint } from '../lib/images';
import { logosVersionItem } from './storage';

export interface StoredLogo {
  id: string;
  /** The file's name, shown to the user. */
  name: string;
  /** MIME type: image/png, image/jpeg, image/webp or image/gif. */
  type: string;
  /** The file as chosen. */
  bytes: ArrayBuffer;
  /** A PNG at most 128 px on its longer side, when the page could draw one. */
  thumbnail?: ArrayBuffer;
  width?: number;
  height?: number;
  addedAt: number;
  /** What the logo check compares photos with, made once when the logo is added. */
  fingerprint?: LogoFingerprint;
}

interface LogoDB extends DBSchema {
  logos: { key: string; value: StoredLogo };
}

let opened: Promise<IDBPDatabase<LogoDB>> | null = null;

function database(): Promise<IDBPDatabase<LogoDB>> {
  opened ??= openDB<LogoDB>('post-check-logos', 1, {
    upgrade(db) {
      db.createObjectStore('logos', { keyPath: 'id' });
    },
  });
  return opened;
}

export async function loadLogos(): Promise<StoredLogo[]> {
  const logos = await (await database()).getAll('logos');
  return logos.sort((a, b) => a.addedAt - b.addedAt);
}

async function logosChanged(): Promise<void> {
  await logosVersionItem.setValue((await logosVersionItem.getValue()) + 1);
}

/** Adds every logo in one transaction: all or none. */
export async function addLogos(logos: StoredLogo[]): Promise<void> {
  const tx = (await database()).transaction('logos', 'readwrite');
  await Promise.all([...logos.map((logo) => tx.store.put(logo)), tx.done]);
  await logosChanged();
}

export async function removeLogo(id: string): Promise<void> {
  await (await database()).delete('logos', id);
  await logosChanged();
}

/** Replaces every logo with these, in one transaction: all or none (a settings file's logos). */
export async function replaceLogos(logos: StoredLogo[]): Promise<void> {
  const tx = (await database()).transaction('logos', 'readwrite');
  await Promise.all([tx.store.clear(), ...logos.map((logo) => tx.store.put(logo)), tx.done]);
  await logosChanged();
}
