/**
 * The pupil list in a form staff can use but not read: the school pack.
 *
 * A policy lead makes the pack from the MIS export on the settings page; every member
 * of staff imports it (or IT pushes it as a managed setting). It holds every form of
 * every pupil's name that the checker matches (forename, preferred forename, surname,
 * full name in both orders, forename with initial, the words of each name, handles;
 * hashtags are full names run together and found by the same table) as salted SHA-256
 * hashes, each with the flags worked out when the pack was made: whether any pupil with
 * that name lacks media consent, and whether a forename is also an everyday word.
 *
 * A draft's words are hashed with the same salt and looked up, so findings are exactly
 * those of the plain list. This is pseudonymisation, not anonymisation: someone with the
 * pack and a list of candidate names can test each guess (PRIVACY.md says so). The pack
 * never holds a readable name, no pupil's year or class, and no link between one
 * pupil's forename and surname other than the hashed full name.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { z } from '../settings/zod';
import { EVERYDAY, groupKeys, NameTableBuilder, nameForms, nameWords, NO_CONSENT, type NameTable } from './name-index';
import type { Pupil } from './schema';

/** 2 added `groups`; a pack of format 1 (without them) is still read. */
const PUPIL_PACK_FORMAT = 2;
/** Bytes of salt; a new salt for every pack, so two schools' packs share no hash. */
export const SALT_BYTES = 16;
/** Bytes of each hash kept: 96 bits, so no two of a school's name forms collide. */
const HASH_BYTES = 12;

export interface PupilPack {
  format: 1 | typeof PUPIL_PACK_FORMAT;
  /** Base64url salt. */
  salt: string;
  /** Counts the settings page shows; not names. */
  pupils: number;
  withoutConsent: number;
  withHandles: number;
  /** Hash → flags (bit 1: a pupil with this name lacks media consent; bit 2: an everyday word). */
  forenames: Record<string, number>;
  surnames: Record<string, number>;
  fullNames: Record<string, number>;
  initials: Record<string, number>;
  handles: Record<string, number>;
  /** `forename|year or class` → flags, so that "Jago in 10A" is the 10A Jago (format 2 on). */
  groups?: Record<string, number>;
  nameWords: string[];
  /**
   * Letters in the longest forename and surname: hashtags ("#GraceOkafor") are split only
   * into parts that could be names, so a draft of long hashtags is not hashed to a halt.
   * Says how long the longest names are, nothing more.
   */
  longest: { forename: number; surname: number };
}

const TABLES = ['forenames', 'surnames', 'fullNames', 'initials', 'handles'] as const satisfies readonly (keyof PupilPack)[];

const encoder = new TextEncoder();

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Base64url of 12 bytes (16 characters, no padding), without building a binary string. */
function hashText(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < HASH_BYTES; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += BASE64URL[(n >> 18) & 63]! + BASE64URL[(n >> 12) & 63]! + BASE64URL[(n >> 6) & 63]! + BASE64URL[n & 63]!;
  }
  return out;
}

/**
 * The hasher of one pack: `salt ‖ form`, SHA-256, first 96 bits, base64url. A draft's
 * words are hashed as it is checked, so this avoids allocating per call: forms are
 * written into one reused buffer after the salt.
 */
function packHasher(salt: Uint8Array): (form: string) => string {
  let input = new Uint8Array(256);
  // The salt is hashed once; each form continues from a copy of that state.
  const salted = sha256.create().update(salt);
  const work = salted.clone();
  const digest = new Uint8Array(32);
  return (form) => {
    // UTF-8 takes at most three bytes per UTF-16 unit.
    if (form.length * 3 > input.length) input = new Uint8Array(form.length * 3);
    const { written } = encoder.encodeInto(form, input);
    salted._cloneInto(work);
    work.update(input.subarray(0, written)).digestInto(digest);
    return hashText(digest);
  };
}

/** How the drafts' words are keyed to be looked up in this pack. */
export function packKey(pack: PupilPack): (form: string) => string {
  return packHasher(fromBase64Url(pack.salt));
}

/** Makes the pack of a pupil list. `salt` must be random (`crypto.getRandomValues`), SALT_BYTES long. */
export function makePupilPack(roster: readonly Pupil[], salt: Uint8Array): PupilPack {
  if (salt.length !== SALT_BYTES) throw new Error(`a school pack needs a ${SALT_BYTES}-byte random salt`);
  const hash = packHasher(salt);
  const table = new NameTableBuilder();
  for (const pupil of roster) {
    const noConsent = pupil.mediaConsent === 'refused' ? NO_CONSENT : 0;
    const groups = groupKeys(pupil);
    for (const { form, value, everyday } of nameForms(pupil)) {
      table.add(form, hash(value), noConsent | (everyday ? EVERYDAY : 0));
      table.measure(form, value);
      if (form === 'forename') {
        for (const group of groups) {
          const key = hash(`${value}|${group}`);
          table.groups.set(key, (table.groups.get(key) ?? 0) | noConsent);
        }
      }
    }
    for (const word of nameWords(pupil)) table.nameWords.add(hash(word));
  }
  // Sorted by hash, so nothing in the file follows the order of the pupil list.
  const record = (map: Map<string, number>) => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    format: PUPIL_PACK_FORMAT,
    salt: toBase64Url(salt),
    pupils: roster.length,
    withoutConsent: roster.filter((p) => p.mediaConsent === 'refused').length,
    withHandles: roster.filter((p) => p.handles.length > 0).length,
    forenames: record(table.forenames),
    surnames: record(table.surnames),
    fullNames: record(table.fullNames),
    initials: record(table.initials),
    handles: record(table.handles),
    groups: record(table.groups),
    nameWords: [...table.nameWords].sort(),
    longest: { ...table.longest },
  };
}

/** The checker's table of a pack: drafts' words are hashed with the pack's salt and looked up. */
export function packNameTable(pack: PupilPack): NameTable {
  const table = new NameTableBuilder();
  for (const name of TABLES) {
    const map = table[name];
    for (const [hash, flags] of Object.entries(pack[name])) map.set(hash, flags);
  }
  for (const [hash, flags] of Object.entries(pack.groups ?? {})) table.groups.set(hash, flags);
  for (const hash of pack.nameWords) table.nameWords.add(hash);
  table.pupils = pack.pupils;
  table.longest = { ...pack.longest };
  return Object.assign(table, { key: packKey(pack) });
}

const HASH = /^[A-Za-z0-9_-]{16}$/;
/** No school has more; a pack this big is not a pack. */
const MAX_PACK_FORMS = 2_000_000;
const nameHash = z.string().check(z.regex(HASH, 'is not a name hash'));
const count = z.int().check(z.minimum(0), z.maximum(MAX_PACK_FORMS));
const flagsTable = z
  .record(nameHash, z.int().check(z.minimum(0), z.maximum(3)))
  .check(z.refine((r) => Object.keys(r).length <= MAX_PACK_FORMS, 'has too many names'));

export const pupilPackSchema = z.strictObject({
  format: z.union([z.literal(1), z.literal(PUPIL_PACK_FORMAT)], { error: 'is a school pack from a newer Post Check: update Post Check first' }),
  salt: z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/, 'is not a school pack salt')),
  pupils: count,
  withoutConsent: count,
  withHandles: count,
  forenames: flagsTable,
  surnames: flagsTable,
  fullNames: flagsTable,
  initials: flagsTable,
  handles: flagsTable,
  groups: z.optional(flagsTable),
  nameWords: z.array(nameHash).check(z.maxLength(MAX_PACK_FORMS)),
  longest: z.strictObject({ forename: z.int().check(z.minimum(0), z.maximum(200)), surname: z.int().check(z.minimum(0), z.maximum(200)) }),
});
