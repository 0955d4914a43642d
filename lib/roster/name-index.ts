/**
 * Finding the roster's pupils in a draft.
 *
 * The roster is indexed once (hash maps keyed by a name's letters, so a check costs
 * the same for 100 pupils or 50,000: one look-up per word, never a pattern per
 * pupil). A draft is scanned once, word by word, following docs/rules.md "Forename-alone
 * matching": full names always count; a forename alone counts only where the
 * surrounding words make it a name.
 */
import { phraseKeys } from '../text/phrases';
import type { PreparedDraft } from '../text/prepared';
import { numberOf, type Span, type Token } from '../text/tokens';
import { joinsTitleToName, TITLES } from '../text/titles';
import { EVERYDAY_WORD_FORENAMES } from './everyday-forenames';
import type { Pupil } from './schema';

type PupilMentionHow = 'full-name' | 'initial' | 'forename' | 'handle' | 'hashtag';

export interface PupilMention extends Span {
  /** Which name this is, as the index keys it (a salted hash for a school pack): tells one name from another without saying it. */
  key: string;
  how: PupilMentionHow;
  /** At least one of those pupils has no media consent. */
  noConsent: boolean;
  /** Token indexes of the words, inclusive. */
  first: number;
  last: number;
  /**
   * A forename alone followed by a class the pupil list names for a pupil of that forename
   * ("Carys in Dee"): token indexes of the class's words, which are school context by themselves.
   */
  namedClass?: { first: number; last: number };
}

/** Longer than any name the pupil list keeps (100 characters, lib/limits.ts), folded. */
const MAX_NAME_KEY_LENGTH = 200;

/** Words that make a class name before them a place: "the Dee valley", "Severn bridge". */
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'valley', 'river', 'estuary', 'bridge', 'bridges', 'way', 'walk', 'path', 'trail', 'park', 'road', 'street', 'lane', 'side', 'bank', 'banks',
  'gorge', 'falls', 'crossing', 'tunnel', 'bore', 'view', 'vale', 'forest', 'woods', 'hills', 'mountain', 'reservoir', 'lake', 'beach', 'island',
]);

/** A name can run over several words: "Lily-Mae", "Van der Berg", "O Neill". */
const MAX_NAME_WORDS = 4;

// (Figures of faith and history too: "the Prophet Ibrahim", "Pope Francis".)
const TITLE_WORDS = new Set([
  ...TITLES, 'st', 'saint', 'lady', 'lord', 'king', 'queen', 'prince', 'princess', 'captain', 'uncle', 'auntie', 'aunt', 'nan', 'grandma', 'grandad',
  'prophet', 'pope', 'hazrat', 'emperor', 'empress', 'pharaoh', 'apostle', 'guru', 'sir', 'dame',
]);
const MONTHS_AND_SEASONS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'spring', 'summer', 'autumn', 'winter',
]);
/** Words that turn a month or season before or after them into a time ("in May", "last Summer"). */
const TIME_WORDS_BEFORE = new Set(['in', 'of', 'since', 'until', 'till', 'by', 'during', 'early', 'late', 'mid', 'next', 'last', 'this', 'every', 'over', 'before', 'after', 'from', 'through', 'throughout', 'the', 'each', 'all']);
/**
 * School vocabulary that makes the forename before it part of a thing, not a person:
 * "Summer term", "Poppy Appeal", "amber warning", "mark scheme", "May Day".
 */
const VOCABULARY_AFTER = new Set([
  'term', 'terms', 'half', 'holiday', 'holidays', 'hols', 'fair', 'fayre', 'fete', 'camp', 'school', 'club', 'clubs',
  'festival', 'concert', 'show', 'disco', 'trip', 'break', 'season', 'sports', 'uniform', 'kit', 'appeal', 'warning',
  'warnings', 'alert', 'scheme', 'schemes', 'day', 'days', 'time', 'sun', 'sunshine', 'weather', 'solstice', 'garden',
  'tree', 'trees', 'bush', 'bushes', 'wreath', 'wreaths', 'berries', 'berry', 'leaves', 'colour', 'colours', 'blossom',
  'flowers', 'flower', 'petals', 'chorus', 'exam', 'exams', 'paper', 'papers', 'sheet', 'sheets', 'service', 'assembly',
  'production', 'nativity', 'market', 'walk', 'fund', 'bank', 'sale', 'week', 'month', 'morning', 'evening', 'night',
  'light', 'lights', 'rain', 'showers', 'storm', 'sky', 'skies', 'anniversary', 'wedding', 'red', 'dress', 'tea',
  'party', 'recital', 'reading', 'fayre', 'programme', 'challenge', 'timetable', 'newsletter', 'residential',
]);
/** Forenames that are also places, and the words that make them places: "a trip to Paris". */
const PLACE_FORENAMES = new Set(['paris', 'rome', 'sydney', 'lincoln', 'chester', 'jordan', 'austin', 'florence', 'india', 'georgia', 'victoria', 'kent', 'devon', 'carolina', 'adelaide', 'madison', 'dallas', 'phoenix', 'brooklyn', 'london', 'israel', 'china', 'asia', 'sienna', 'verona', 'vienna', 'york', 'preston', 'bristol', 'derby', 'hamilton', 'orlando', 'savannah', 'camden', 'troy', 'eden', 'skye', 'iona', 'cyprus', 'malta', 'lourdes']);
const PLACE_WORDS_BEFORE = new Set(['in', 'to', 'from', 'at', 'near', 'visit', 'visited', 'visiting', 'around', 'via', 'towards', 'across', 'flew', 'flying', 'drove', 'trip', 'holiday', 'outside']);
const CLASS_CODE = /^(?:\d{1,2}[a-z]{1,3}\d?|[a-z]{1,2}\d{1,2}|[ps]\d[a-z]{1,2}|r[a-z]?)$/;

interface NameParts {
  /** Keys as the tokeniser makes them: "Lily-Mae" → ["lily", "mae"]. */
  keys: string[];
  squashed: string;
}

/** Most names are plain letters: their key is the name in lower case, with no folding to do. */
const PLAIN_NAME = /^[A-Za-z]+$/;

function nameParts(name: string | undefined): NameParts | null {
  if (!name) return null;
  if (PLAIN_NAME.test(name)) {
    const key = name.toLowerCase();
    return { keys: [key], squashed: key };
  }
  const keys = phraseKeys(name);
  if (keys.length === 0) return null;
  return { keys, squashed: keys.join('') };
}

/** Flags kept for each name form: whether any pupil it could be lacks media consent, and so on. */
export const NO_CONSENT = 1;
/** A forename that is also an everyday word (Grace, Will, May): alone, it needs more to be a name. */
export const EVERYDAY = 2;

/**
 * Every form of every pupil's name that the checker matches, each with its flags. The
 * keys are the name forms as folded words (a pupil list) or salted hashes of them (a
 * school pack, `pack.ts`): `key` turns a form read from a draft into a table key.
 */
export interface NameTable {
  /** Forenames and preferred forenames, squashed: `lilymae`. */
  readonly forenames: ReadonlyMap<string, number>;
  readonly surnames: ReadonlyMap<string, number>;
  /** `forename|surname`, every forename with every surname of the same pupil. */
  readonly fullNames: ReadonlyMap<string, number>;
  /** `forename|initial`: "Jack P." */
  readonly initials: ReadonlyMap<string, number>;
  readonly handles: ReadonlyMap<string, number>;
  /**
   * `forename|group`: each forename with each year and class of the pupils who have it
   * (`y10`, `10a`, `kestrel`), so that "Jago in 10A" is the 10A Jago. A table without it
   * (a school pack) reads every pupil with the forename, as before.
   */
  readonly groups?: ReadonlyMap<string, number>;
  /** Every single word of every name, so other checks can leave names alone (Dick, Analise). */
  readonly nameWords: ReadonlySet<string>;
  /** How many pupils the table was made from. */
  readonly pupils: number;
  /** Letters in the longest forename and surname (squashed): no hashtag split beyond them can be a name. */
  readonly longest: { readonly forename: number; readonly surname: number };
  key(form: string): string;
}

export type NameForm = 'forename' | 'surname' | 'fullName' | 'initial' | 'handle';

/** The name forms of one pupil, as the table keys them (before `key`). */
export function* nameForms(pupil: Pupil): Iterable<{ form: NameForm; value: string; everyday?: boolean }> {
  const forenames = [nameParts(pupil.forename), nameParts(pupil.preferredForename)].filter((p) => p !== null);
  const surnames = [nameParts(pupil.surname), nameParts(pupil.preferredSurname)].filter((p) => p !== null);
  for (const f of forenames) yield { form: 'forename', value: f.squashed, everyday: EVERYDAY_WORD_FORENAMES.has(f.squashed) };
  for (const s of surnames) yield { form: 'surname', value: s.squashed };
  for (const f of forenames) {
    for (const s of surnames) {
      yield { form: 'fullName', value: `${f.squashed}|${s.squashed}` };
      yield { form: 'initial', value: `${f.squashed}|${s.squashed[0]}` };
    }
  }
  for (const handle of pupil.handles) {
    const key = handleKey(handle);
    if (key) yield { form: 'handle', value: key };
  }
}

/**
 * The year and class a pupil is in, as `forename|group` keys take them: "Year 10", "Y10"
 * and "10" are `y10`, "Reception" is `yr`; a class is its letters and digits ("10A" is
 * `10a`, "Red Kite" is `redkite`).
 */
export function groupKeys(pupil: Pick<Pupil, 'yearGroup' | 'className'>): string[] {
  const out: string[] = [];
  const year = pupil.yearGroup?.toLowerCase().trim() ?? '';
  const number = /^(?:year|yr|y|nc\s*year)?\s*(\d{1,2})$/.exec(year);
  if (number) out.push(`y${Number(number[1])}`);
  else if (/^(?:r|rec|reception|year\s*r|yr)$/.test(year)) out.push('yr');
  // A Scottish stage, as written: "S1" to "S6", "P1" to "P7".
  else if (/^[sp]\s*\d$/.test(year)) out.push(year.replace(/\s+/g, ''));
  const squashed = (pupil.className ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '');
  if (squashed !== '' && squashed.length <= 24) out.push(squashed);
  return out;
}

/** The words of a pupil's names, one by one. */
export function* nameWords(pupil: Pupil): Iterable<string> {
  for (const name of [pupil.forename, pupil.preferredForename, pupil.surname, pupil.preferredSurname]) {
    const parts = nameParts(name);
    if (parts) yield* parts.keys;
  }
}

/** Builds a table from name forms, whatever their keys. */
export class NameTableBuilder {
  readonly forenames = new Map<string, number>();
  readonly surnames = new Map<string, number>();
  readonly fullNames = new Map<string, number>();
  readonly initials = new Map<string, number>();
  readonly handles = new Map<string, number>();
  readonly groups = new Map<string, number>();
  readonly nameWords = new Set<string>();
  pupils = 0;
  longest = { forename: 0, surname: 0 };

  /** Notes the length of a forename or surname, as squashed letters. */
  measure(form: NameForm, value: string): void {
    if (form === 'forename') this.longest.forename = Math.max(this.longest.forename, value.length);
    else if (form === 'surname') this.longest.surname = Math.max(this.longest.surname, value.length);
  }

  mapFor(form: NameForm): Map<string, number> {
    switch (form) {
      case 'forename':
        return this.forenames;
      case 'surname':
        return this.surnames;
      case 'fullName':
        return this.fullNames;
      case 'initial':
        return this.initials;
      case 'handle':
        return this.handles;
    }
  }

  add(form: NameForm, key: string, flags: number): void {
    const map = this.mapFor(form);
    map.set(key, (map.get(key) ?? 0) | flags);
  }
}

/** The table of a pupil list, keyed by the folded names themselves. */
export function plainNameTable(roster: readonly Pupil[]): NameTable {
  const table = new NameTableBuilder();
  for (const pupil of roster) {
    const noConsent = pupil.mediaConsent === 'refused' ? NO_CONSENT : 0;
    const groups = groupKeys(pupil);
    for (const { form, value, everyday } of nameForms(pupil)) {
      table.add(form, value, noConsent | (everyday ? EVERYDAY : 0));
      table.measure(form, value);
      if (form === 'forename') for (const group of groups) table.groups.set(`${value}|${group}`, (table.groups.get(`${value}|${group}`) ?? 0) | noConsent);
    }
    for (const word of nameWords(pupil)) table.nameWords.add(word);
  }
  table.pupils = roster.length;
  return Object.assign(table, { key: (form: string) => form });
}

/**
 * Bump when what `nameForms` produces changes (a new form, a new everyday word): a
 * table kept in storage from an older version is then built again from the list.
 */
export const NAME_TABLE_VERSION = 4;

/**
 * A name table as storage keeps it, so a restarted background has its index at once
 * instead of folding every name again: each table's keys joined by new lines (keys
 * are folded letters, `|` and hash characters, never a line break) and their flags.
 */
export interface CompactNameTable {
  version: number;
  pupils: number;
  longest: { forename: number; surname: number };
  tables: Record<NameTableName, { keys: string; flags: Uint8Array }>;
  nameWords: string;
}

const TABLE_NAMES = ['forenames', 'surnames', 'fullNames', 'initials', 'handles', 'groups'] as const;
type NameTableName = (typeof TABLE_NAMES)[number];

export function compactNameTable(table: NameTable): CompactNameTable {
  const tables = {} as CompactNameTable['tables'];
  for (const name of TABLE_NAMES) {
    const map = table[name] ?? new Map<string, number>();
    tables[name] = { keys: [...map.keys()].join('\n'), flags: Uint8Array.from(map.values()) };
  }
  return { version: NAME_TABLE_VERSION, pupils: table.pupils, longest: { ...table.longest }, tables, nameWords: [...table.nameWords].join('\n') };
}

/** The table back from its compact form; `key` is how drafts' words are keyed (plain, or a pack's hash). */
export function expandNameTable(compact: CompactNameTable, key: (form: string) => string): NameTable {
  const table = new NameTableBuilder();
  for (const name of TABLE_NAMES) {
    const stored = compact.tables[name];
    if (!stored || stored.keys === '') continue;
    const { keys, flags } = stored;
    const map = table[name];
    keys.split('\n').forEach((k, i) => map.set(k, flags[i] ?? 0));
  }
  if (compact.nameWords !== '') for (const word of compact.nameWords.split('\n')) table.nameWords.add(word);
  table.pupils = compact.pupils;
  table.longest = { ...compact.longest };
  return Object.assign(table, { key });
}

interface Candidate {
  flags: number;
  /** The name form as the draft writes it, squashed: `lilymae`. */
  squashed: string;
  /** Last token of the name. */
  last: number;
}

interface Found {
  flags: number;
  how: PupilMentionHow;
  last: number;
  /** The table key of the form found, which tells one name from another without saying it. */
  key: string;
  namedClass?: { first: number; last: number };
}

/** Particles that start a name written in parts: "O Neill", "D Arcy", "Mac Leod", "van der Berg", "St John". */
const NAME_PARTICLES = new Set(['o', 'd', 'l', 'mc', 'mac', 'van', 'von', 'der', 'den', 'de', 'du', 'di', 'da', 'del', 'della', 'dos', 'le', 'la', 'st', 'ter', 'ten', 'al', 'el', 'bin', 'ibn', 'ben', 'ap', 'fitz']);

/** Keyed forms kept between checks of a school pack: typing rechecks the same words. */
const KEY_CACHE_SIZE = 50_000;

export class PupilIndex {
  private readonly table: NameTable;
  /** For a school pack: hashes of forms already seen, so each keystroke hashes only new words. */
  private readonly keyCache: Map<string, string> | null;

  constructor(source: readonly Pupil[] | NameTable) {
    this.table = Array.isArray(source) ? plainNameTable(source as readonly Pupil[]) : (source as NameTable);
    this.keyCache = this.table.key('a|b') === 'a|b' ? null : new Map();
  }

  get size(): number {
    return this.table.pupils;
  }

  /** Is this folded word part of a pupil's name? Other checks leave names alone. */
  isNameWord(word: string): boolean {
    return this.table.nameWords.has(this.table.key(word));
  }

  /** Is this @handle on the roster's pupil-handle list? */
  isPupilHandle(handle: string): boolean {
    const key = handleKey(handle);
    return key !== '' && this.table.handles.has(this.table.key(key));
  }

  find(draft: PreparedDraft): PupilMention[] {
    if (this.table.pupils === 0) return [];
    const { tokens } = draft;
    // A draft repeats its words, and typing rechecks the same draft: a school pack hashes each form once.
    const cache = this.keyCache;
    const key = cache
      ? (form: string) => {
          let k = cache.get(form);
          if (k === undefined) {
            if (cache.size >= KEY_CACHE_SIZE) cache.clear();
            cache.set(form, (k = this.table.key(form)));
          }
          return k;
        }
      : this.table.key;
    const mentions: PupilMention[] = [];
    const push = (found: Found, first: number) => {
      mentions.push({
        key: found.key,
        how: found.how,
        noConsent: (found.flags & NO_CONSENT) !== 0,
        first,
        last: found.last,
        start: tokens[first]!.sourceStart,
        end: tokens[found.last]!.sourceEnd,
        ...(found.namedClass ? { namedClass: found.namedClass } : {}),
      });
    };
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.inLink) continue;
      if (token.kind === 'mention') {
        const k = key(token.key);
        const flags = this.table.handles.get(k);
        if (flags !== undefined) push({ flags, how: 'handle', last: i, key: k }, i);
        continue;
      }
      if (token.kind === 'hashtag') {
        const found = this.hashtagName(token.key, key) ?? (token.base !== token.key ? this.hashtagName(token.base, key) : null);
        if (found) push({ ...found, how: 'hashtag', last: i }, i);
        continue;
      }
      const found = this.nameAt(tokens, i, key);
      if (found) {
        push(found, i);
        i = found.last;
      }
    }
    return mentions;
  }

  /** The pupil name starting at token `at`, if any. */
  private nameAt(tokens: readonly Token[], at: number, key: (form: string) => string): Found | null {
    const { fullNames, initials } = this.table;
    const forenames = this.lookUp(this.table.forenames, tokens, at, key);
    // Forename first: "Grace Okafor", "Jack P.".
    for (const forename of forenames) {
      if (tokens[forename.last]!.possessive) continue;
      const next = forename.last + 1;
      if (joinedBySpace(tokens, next)) {
        for (const surname of this.lookUp(this.table.surnames, tokens, next, key)) {
          const k = key(`${forename.squashed}|${surname.squashed}`);
          const flags = fullNames.get(k);
          if (flags !== undefined) return { flags, how: 'full-name', last: surname.last, key: k };
        }
        const initial = initialAt(tokens, next);
        if (initial) {
          const k = key(`${forename.squashed}|${initial}`);
          const flags = initials.get(k);
          if (flags !== undefined) return { flags, how: 'initial', last: next, key: k };
        }
      }
      // One word between: a name they go by or a middle name ("Thomas (Tom) Lowes",
      // "Harper Rose Bell"), when the forename and surname around it are a pupil's.
      const between = betweenNameParts(tokens, at, next);
      if (between !== null) {
        for (const surname of this.lookUp(this.table.surnames, tokens, between, key)) {
          const k = key(`${forename.squashed}|${surname.squashed}`);
          const flags = fullNames.get(k);
          if (flags !== undefined) return { flags, how: 'full-name', last: surname.last, key: k };
        }
      }
    }
    // Surname first: "Kessell, Ruby", "OKAFOR Grace".
    for (const surname of this.lookUp(this.table.surnames, tokens, at, key)) {
      const next = surname.last + 1;
      const gap = tokens[next]?.gapBefore;
      if (gap === undefined || !/^\s*,?\s*$/.test(gap) || gap.includes('\n') || tokens[surname.last]!.possessive) continue;
      // "Smith, John" reads as a name only when the surname is written as one.
      if (!tokens[at]!.capitalised || !tokens[next]!.capitalised) continue;
      for (const forename of this.lookUp(this.table.forenames, tokens, next, key)) {
        const k = key(`${forename.squashed}|${surname.squashed}`);
        const flags = fullNames.get(k);
        if (flags !== undefined) return { flags, how: 'full-name', last: forename.last, key: k };
      }
    }
    // Forename alone, where the words around it make it a name.
    for (const forename of forenames) {
      const isOwnSurname = (t: Token) => fullNames.has(key(`${forename.squashed}|${t.key}`)) || fullNames.has(key(`${forename.squashed}|${t.base}`));
      // "Mo in Badgers": a class the pupil list names for a pupil of this forename makes it a name, capitalised.
      const namedClass = this.namedClassAfter(tokens, forename, key);
      if (forenameAloneIsName(tokens, at, forename.last, (forename.flags & EVERYDAY) !== 0, isOwnSurname) || (namedClass && tokens[at]!.capitalised)) {
        return { flags: this.groupFlags(tokens, forename, key), how: 'forename', last: forename.last, key: key(forename.squashed), ...(namedClass ? { namedClass } : {}) };
      }
    }
    return null;
  }

  /**
   * "Jago in 10A", "Maya (Year 8)": when the words after a forename give a year or class
   * the pupil list knows for it, consent is that group's pupils' (the 10A Jagos), not every
   * Jago's. Otherwise, or with a table that has no groups, it is every pupil's with the name.
   */
  private groupFlags(tokens: readonly Token[], forename: Candidate, key: (form: string) => string): number {
    const groups = this.table.groups;
    if (!groups || groups.size === 0) return forename.flags;
    for (const group of groupsAfter(tokens, forename.last)) {
      const flags = groups.get(key(`${forename.squashed}|${group}`));
      if (flags !== undefined) return (forename.flags & ~NO_CONSENT) | (flags & NO_CONSENT);
    }
    return forename.flags;
  }

  /**
   * "Carys in Dee", "Osian in Red Kite": a class known by its name (not a year or a code),
   * on the pupil list for a pupil of this forename. Token indexes of the class's words.
   */
  private namedClassAfter(tokens: readonly Token[], forename: Candidate, key: (form: string) => string): { first: number; last: number } | undefined {
    const groups = this.table.groups;
    if (!groups || groups.size === 0) return undefined;
    for (const group of groupsAfter(tokens, forename.last)) {
      if (/^y\d|^yr$/.test(group) || CLASS_CODE.test(group)) continue;
      if (groups.get(key(`${forename.squashed}|${group}`)) === undefined) continue;
      const first = forename.last + 2;
      const last = group === tokens[first]?.key ? first : first + 1;
      // "Carys in Dee Valley", "in Dee valley": a longer name, or a place.
      const after = tokens[last + 1];
      if (after && /^ +$/.test(after.gapBefore) && after.kind === 'word' && (after.capitalised || PLACE_NOUNS.has(after.key))) continue;
      return { first, last };
    }
    return undefined;
  }

  /** Names in `map` that start at token `at` and span up to MAX_NAME_WORDS words, longest first. */
  private lookUp(map: ReadonlyMap<string, number>, tokens: readonly Token[], at: number, key: (form: string) => string): Candidate[] {
    const out: Candidate[] = [];
    let squashed = '';
    for (let k = 0; k < MAX_NAME_WORDS && at + k < tokens.length; k++) {
      const token = tokens[at + k]!;
      if (token.kind !== 'word' || token.inLink) break;
      // Name parts sit side by side ("Lily-Mae", "O Neill"), never across punctuation.
      if (k > 0 && !/^[\s'-]*$/.test(token.gapBefore)) break;
      if (k > 0 && token.gapBefore.includes('\n')) break;
      const keyed = key(squashed + token.key);
      const withKey = map.get(keyed);
      if (withKey !== undefined) out.push({ flags: withKey, squashed: squashed + token.key, last: at + k });
      else if (token.possessive) {
        const withBase = map.get(key(squashed + token.base));
        if (withBase !== undefined) out.push({ flags: withBase, squashed: squashed + token.base, last: at + k });
      }
      if (token.possessive) break;
      // A name of several words starts with a word of some pupil's name ("Lily Mae",
      // "Van der Berg") or a particle written apart ("O Neill", "Mac Leod"): no other
      // word can start one, so the longer forms (each a hash, with a school pack) are
      // not tried.
      if (k === 0 && !this.table.nameWords.has(keyed) && !NAME_PARTICLES.has(token.key) && !tokens[at + 1]?.glued) break;
      squashed += token.key;
    }
    return out.reverse();
  }

  /**
   * "#GraceOkafor", "#okaforgrace": a forename and surname run together, either
   * order. Trying each split point costs a few look-ups per hashtag, and saves an
   * index entry per pupil.
   */
  private hashtagName(joined: string, key: (form: string) => string): { flags: number; key: string } | null {
    // Longer than any forename and surname together: no split can be a name, and
    // trying every split of a 60,000-letter hashtag would cost billions of steps.
    if (joined.length > 2 * MAX_NAME_KEY_LENGTH) return null;
    // Only splits whose parts are no longer than the longest forename and surname on the
    // list are tried: a school pack hashes every form it tries, and a long hashtag has
    // many splits that no pupil's name could fill.
    const { forename: longestForename, surname: longestSurname } = this.table.longest;
    const tryForm = (form: string) => {
      const k = key(form);
      const flags = this.table.fullNames.get(k);
      return flags === undefined ? null : { flags, key: k };
    };
    for (let cut = 2; cut <= joined.length - 2; cut++) {
      const head = joined.slice(0, cut);
      const tail = joined.slice(cut);
      // "#GraceOkafor": forename then surname; "#OkaforGrace": surname then forename.
      const found =
        (head.length <= longestForename && tail.length <= longestSurname ? tryForm(`${head}|${tail}`) : null) ??
        (tail.length <= longestForename && head.length <= longestSurname ? tryForm(`${tail}|${head}`) : null);
      if (found) return found;
    }
    return null;
  }
}

/** "Jack P." — a capital initial after a forename: the initial's letter, or null. */
function initialAt(tokens: readonly Token[], at: number): string | null {
  const token = tokens[at];
  if (!token || token.raw.length !== 1 || !token.capitalised) return null;
  const followedByStop = (tokens[at + 1]?.gapBefore ?? '').startsWith('.') || at === tokens.length - 1;
  // "A" and "I" are words; they count as initials only with a full stop.
  if ((token.key === 'a' || token.key === 'i') && !followedByStop) return null;
  return token.key;
}

function handleKey(handle: string): string {
  return phraseKeys(handle.replace(/^@/, '')).join('');
}

/**
 * Where a surname would start after one word set between a forename and it: a word in
 * brackets ("Thomas (Tom) Lowes") or, when the name is written with capitals, a middle
 * name ("Harper Rose Bell"). Null when token `next` is not such a word.
 */
function betweenNameParts(tokens: readonly Token[], first: number, next: number): number | null {
  const middle = tokens[next];
  const after = tokens[next + 1];
  if (!middle || !after || middle.kind !== 'word' || after.kind !== 'word' || middle.inLink || after.inLink) return null;
  if (/^ *\( *$/.test(middle.gapBefore) && /^\) +$/.test(after.gapBefore)) return next + 1;
  const capitals = tokens[first]!.capitalised && middle.capitalised && after.capitalised && !middle.sentenceStart;
  return capitals && joinedBySpace(tokens, next) && joinedBySpace(tokens, next + 1) && !middle.possessive ? next + 1 : null;
}

/** Token `at` follows the previous one with only spaces (or a hyphen) between. */
function joinedBySpace(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return token !== undefined && /^[ -]+$/.test(token.gapBefore);
}

/**
 * docs/rules.md "Forename-alone matching": is the forename at tokens `first..last` a pupil's
 * name here, rather than a word ("we hope"), a month ("in May"), part of another
 * name ("Jack Frost") or of school vocabulary ("Summer term")?
 */
/** Capitalised school words that come straight before a pupil's forename: "Reception Grace", "Star of the Week Grace". */
const SCHOOL_WORDS_BEFORE_NAME: ReadonlySet<string> = new Set([
  'week', 'reception', 'nursery', 'year', 'class', 'form', 'team', 'house', 'star', 'captain', 'winner', 'award', 'champion', 'done',
  'congratulations', 'congrats', 'thanks', 'welcome', 'birthday', 'head', 'girl', 'boy', 'prefect', 'monitor', 'leader', 'pupil', 'student',
]);

function forenameAloneIsName(
  tokens: readonly Token[],
  first: number,
  last: number,
  everyday: boolean,
  isOwnSurname: (token: Token) => boolean,
): boolean {
  const token = tokens[first]!;
  const previous = tokens[first - 1];
  const next = tokens[last + 1];
  const squashed = tokens.slice(first, last + 1).map((t) => (t.possessive ? t.base : t.key)).join('');
  const nextAdjacent = next !== undefined && /^ +$/.test(next.gapBefore);

  // "Mrs Holly", "St Jude": a title makes it an adult or a saint, not a pupil.
  if (previous && TITLE_WORDS.has(previous.key) && joinsTitleToName(previous.key, token.gapBefore)) return false;
  // "Summer term", "amber warning", "May Day": only a forename that is also a word or a
  // time of year turns into a thing; "Arthur reading his story" is Arthur.
  if (nextAdjacent && VOCABULARY_AFTER.has(next.key) && (everyday || MONTHS_AND_SEASONS.has(squashed))) return false;
  const pattern = inPupilPattern(tokens, first, last);
  // "by May" is a deadline; "work by May" is whose work it is.
  if (MONTHS_AND_SEASONS.has(squashed) && isTimeExpression(tokens, first, last) && !(pattern && previous?.key === 'by')) return false;

  if (!pattern && PLACE_FORENAMES.has(squashed) && previous && PLACE_WORDS_BEFORE.has(previous.key)) return false;
  const possessive = tokens[last]!.possessive;
  const anotherWord = nextAdjacent && next.capitalised && next.kind === 'word' && !isOwnSurname(next);
  // "Harvey's Bakery", "Sophie's Choice": a business or a title, even after "thank you to".
  if (anotherWord && possessive && !next.allCaps) return false;
  // "Jack Frost", "Summer Fair", "Florence Nightingale": another name, title or event. Not
  // "Tomi's UPN", "Ava's EHCP": what a pupil has, in capitals.
  if (anotherWord && !pattern && !(possessive && next.allCaps)) return false;
  // "a bit of Dylan Thomas", "Rowan Atkinson": straight after another capitalised name inside a sentence,
  // it is someone's surname ("Thomas" is also a pupil's forename).
  const inSentence = previous !== undefined && !/[.!?\n]/.test(previous.gapBefore) && first - 1 > 0;
  if (
    !pattern &&
    inSentence &&
    /^ $/.test(token.gapBefore) &&
    previous.capitalised &&
    !previous.allCaps &&
    previous.kind === 'word' &&
    !TITLE_WORDS.has(previous.key) &&
    !SCHOOL_WORDS_BEFORE_NAME.has(previous.key)
  )
    return false;
  if (!token.capitalised) return pattern && !everyday;
  // In a shouted run, capitals say nothing about names.
  const shouted = token.allCaps && (previous?.allCaps || next?.allCaps);
  if (everyday && (token.sentenceStart || shouted)) return pattern;
  return true;
}

function isTimeExpression(tokens: readonly Token[], first: number, last: number): boolean {
  const previous = tokens[first - 1];
  const next = tokens[last + 1];
  if (previous && TIME_WORDS_BEFORE.has(previous.key) && !/[.!?:;\n,]/.test(tokens[first]!.gapBefore)) return true;
  // "May 12", "12 May", "May 2025".
  if (next && next.kind === 'number' && !/[.!?\n]/.test(next.gapBefore)) return true;
  if (previous && (previous.kind === 'number' || /^\d+(?:st|nd|rd|th)$/.test(previous.key)) && /^ +$/.test(tokens[first]!.gapBefore)) return true;
  return false;
}

const PRAISE_BEFORE = [
  ['well', 'done'],
  ['well', 'done', 'to'],
  ['congratulations'],
  ['congratulations', 'to'],
  ['congrats'],
  ['congrats', 'to'],
  ['huge', 'congratulations', 'to'],
  ['happy', 'birthday'],
  ['happy', 'birthday', 'to'],
  ['goes', 'to'],
  ['go', 'to'],
  ['awarded', 'to'],
  ['star', 'of', 'the', 'week'],
  ['pupil', 'of', 'the', 'week'],
  ['student', 'of', 'the', 'week'],
  ['star', 'of', 'the', 'day'],
  ['writer', 'of', 'the', 'week'],
  ['reader', 'of', 'the', 'week'],
  ['thank', 'you', 'to'],
  ['shout', 'out', 'to'],
  ['shoutout', 'to'],
  ['bravo'],
  ['proud', 'of'],
  // Whose work it is: "work by Autumn, Skye and Joy".
  ['work', 'by'],
  ['artwork', 'by'],
  ['painting', 'by'],
  ['drawing', 'by'],
  ['poem', 'by'],
  ['story', 'by'],
  ['written', 'by'],
  ['painted', 'by'],
  ['drawn', 'by'],
];
const PRAISE_AFTER = [['well', 'done'], ['congratulations'], ['congrats'], ['star', 'of', 'the', 'week'], ['pupil', 'of', 'the', 'week']];

function keysMatch(tokens: readonly Token[], from: number, keys: string[]): boolean {
  for (let k = 0; k < keys.length; k++) {
    const t = tokens[from + k];
    if (!t || t.key !== keys[k]) return false;
    // The phrase must be continuous: no sentence break inside it.
    if (k > 0 && /[.!?\n]/.test(t.gapBefore)) return false;
  }
  return true;
}

/**
 * The year or class named straight after a forename, most specific first: "X in 10A"
 * (`10a`), "X in Year 4" / "X (Year 4)" / "X from Year 4" (`y4`), "X in
 * Reception" (`yr`), "X in Kestrel class" / "X in Red Kite" (`kestrel`, `redkite`).
 */
function groupsAfter(tokens: readonly Token[], last: number): string[] {
  const next = tokens[last + 1];
  if (!next || /[.!?\n]/.test(next.gapBefore)) return [];
  const third = tokens[last + 2];
  // A class code is that class only: "Oscar in 6C" with no Oscar in 6C is not the 6D Oscar.
  const code = (token: Token | undefined) => (token && CLASS_CODE.test(token.key) ? [token.key] : []);
  if (next.key === 'year' && /^\s*[(,-]\s*$/.test(next.gapBefore)) {
    const n = numberOf(third);
    return n === null ? [] : [`y${n}`];
  }
  if (/^\s*\(\s*$/.test(next.gapBefore)) return next.key === 'reception' ? ['yr'] : code(next);
  if (next.key !== 'in' && next.key !== 'from') return [];
  if (!third || /[.!?\n]/.test(third.gapBefore)) return [];
  if (third.key === 'year') {
    const n = numberOf(tokens[last + 3]);
    return n === null ? [] : [`y${n}`];
  }
  if (third.key === 'reception') return ['yr'];
  const byCode = code(third);
  if (byCode.length > 0) return byCode;
  // A form named by its year and a word: "in 7 Bell", "in 9 Anning".
  const word = tokens[last + 3];
  if (/^\d{1,2}$/.test(third.key) && word && word.capitalised && word.kind === 'word' && /^ $/.test(word.gapBefore)) return [third.key + word.key];
  // A class known by its name, written as one: "in Kestrel class", "in Red Kite".
  if (!third.capitalised || third.kind !== 'word') return [];
  const fourth = tokens[last + 3];
  const out = [third.key];
  if (fourth && fourth.capitalised && fourth.kind === 'word' && /^ +$/.test(fourth.gapBefore)) out.unshift(third.key + fourth.key);
  return out;
}

/**
 * docs/rules.md pupil patterns, either order, with or without a comma: "well done (to) X",
 * "X, congratulations", "X in Year 4", "X (Year 4)", "X, aged 7", "star of the
 * week: X", "X – star of the week", "X in 3B".
 */
function inPupilPattern(tokens: readonly Token[], first: number, last: number): boolean {
  const gapIn = tokens[first]!.gapBefore;
  const sentenceBreakBefore = /[.!?\n]/.test(gapIn);
  if (!sentenceBreakBefore) {
    for (const keys of PRAISE_BEFORE) {
      const from = first - keys.length;
      if (from >= 0 && keysMatch(tokens, from, keys)) return true;
    }
  }
  // "Star of the week for 8P2: Willow!": the praise, what it is for, a colon, the name.
  if (/^\s*:\s*$/.test(gapIn)) {
    for (let end = first - 1; end >= Math.max(0, first - 4); end--) {
      if (end < first - 1 && /[.!?:\n]/.test(tokens[end + 1]!.gapBefore)) break;
      for (const keys of PRAISE_BEFORE) {
        const from = end - keys.length + 1;
        if (from >= 0 && keysMatch(tokens, from, keys)) return true;
      }
    }
  }
  const next = tokens[last + 1];
  if (!next || /[.!?\n]/.test(next.gapBefore)) return false;
  for (const keys of PRAISE_AFTER) if (keysMatch(tokens, last + 1, keys)) return true;
  const gap = next.gapBefore;
  // "X in Year 4", "X (Year 4)", "X from Year 4", "X in Reception", "X in 3B", "X in my class", "X in Year 3's dad".
  const third = tokens[last + 2];
  if (next.key === 'year' && numberOf(third) !== null && /^\s*[(,-]\s*$/.test(gap)) return true;
  if ((next.key === 'in' || next.key === 'from') && third) {
    if (third.key === 'year' && numberOf(tokens[last + 3]) !== null) return true;
    if (third.key === 'reception' || CLASS_CODE.test(third.key)) return true;
    if ((third.key === 'my' || third.key === 'our') && ['class', 'form'].includes(tokens[last + 3]?.key ?? '')) return true;
    // "X in my Year 2 class", "X in our Reception class", "X in my tutor group"
    if (third.key === 'my' || third.key === 'our') {
      for (let k = last + 3; k <= last + 5 && k < tokens.length; k++) {
        const word = tokens[k]!;
        if (/[.!?\n]/.test(word.gapBefore)) break;
        if (['class', 'form', 'group'].includes(word.key)) return true;
        if (!['year', 'reception', 'nursery', 'tutor', 'reg', 'registration', 'form'].includes(word.key) && word.kind !== 'number' && !CLASS_CODE.test(word.key)) break;
      }
    }
  }
  if (/^\s*\(\s*$/.test(gap) && (next.key === 'reception' || CLASS_CODE.test(next.key))) return true;
  // "X, aged 7", "X (7)", "X, 7,".
  if (next.key === 'aged' && third?.kind === 'number') return true;
  if (/^\s*\(\s*$/.test(gap) && next.kind === 'number' && Number(next.key) <= 19) return true;
  return false;
}
