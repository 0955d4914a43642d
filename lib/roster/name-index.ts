/**
 * Finding the roster's pupils in a draft.
 *
 * The roster is indexed once (hash maps keyed by a name's letters, so a check costs
 * the same for 100 pupils or 50,000: one look-up per word, never a pattern per
 * pupil). A draft is scanned once, word by word, following rules.md "Forename-alone
 * matching": full names always count; a forename alone counts only where the
 * surrounding words make it a name.
 */
import { phraseKeys } from '../text/phrases';
import type { PreparedDraft } from '../text/prepared';
import type { Span, Token } from '../text/tokens';
import { TITLES } from '../school/staff';
import { EVERYDAY_WORD_FORENAMES } from './everyday-forenames';
import type { Pupil } from './types';

export type PupilMentionHow = 'full-name' | 'initial' | 'forename' | 'handle' | 'hashtag';

export interface PupilMention extends Span {
  /** Positions in the roster of the pupils these words could be. */
  pupils: number[];
  how: PupilMentionHow;
  /** At least one of those pupils has no media consent. */
  noConsent: boolean;
}

/** Longer than any name the pupil list keeps (100 characters, lib/limits.ts), folded. */
const MAX_NAME_KEY_LENGTH = 200;

/** A name can run over several words: "Lily-Mae", "Van der Berg", "O Neill". */
const MAX_NAME_WORDS = 4;

const TITLE_WORDS = new Set([...TITLES, 'st', 'saint', 'lady', 'lord', 'king', 'queen', 'prince', 'princess', 'captain', 'uncle', 'auntie', 'aunt', 'nan', 'grandma', 'grandad']);
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
const CLASS_CODE = /^(?:\d{1,2}[a-z]{1,3}|[a-z]{1,2}\d{1,2}|r[a-z]?)$/;

interface NameParts {
  /** Keys as the tokeniser makes them: "Lily-Mae" → ["lily", "mae"]. */
  keys: string[];
  squashed: string;
}

function nameParts(name: string | undefined): NameParts | null {
  if (!name) return null;
  const keys = phraseKeys(name);
  if (keys.length === 0) return null;
  return { keys, squashed: keys.join('') };
}

function addTo(map: Map<string, number[]>, key: string, pupil: number) {
  const list = map.get(key);
  if (!list) map.set(key, [pupil]);
  else if (list[list.length - 1] !== pupil) list.push(pupil);
}

interface Candidate {
  pupils: number[];
  squashed: string;
  /** Last token of the name. */
  last: number;
}

export class PupilIndex {
  private readonly forenames = new Map<string, number[]>();
  private readonly surnames = new Map<string, number[]>();
  /** `forename|surname` → pupils. */
  private readonly fullNames = new Map<string, number[]>();
  private readonly handles = new Map<string, number[]>();
  private readonly refused: Uint8Array;

  constructor(readonly roster: readonly Pupil[]) {
    this.refused = new Uint8Array(roster.length);
    roster.forEach((pupil, i) => {
      if (pupil.mediaConsent === 'refused') this.refused[i] = 1;
      const forenames = [nameParts(pupil.forename), nameParts(pupil.preferredForename)].filter((p) => p !== null);
      const surnames = [nameParts(pupil.surname), nameParts(pupil.preferredSurname)].filter((p) => p !== null);
      for (const f of forenames) addTo(this.forenames, f.squashed, i);
      for (const s of surnames) addTo(this.surnames, s.squashed, i);
      for (const f of forenames) {
        for (const s of surnames) {
          addTo(this.fullNames, `${f.squashed}|${s.squashed}`, i);
        }
      }
      for (const handle of pupil.handles) {
        const key = handleKey(handle);
        if (key) addTo(this.handles, key, i);
      }
    });
  }

  get size(): number {
    return this.roster.length;
  }

  /** Every word of every pupil's names, so other checks can leave names alone. */
  *nameKeys(): Iterable<string> {
    for (const pupil of this.roster) {
      for (const name of [pupil.forename, pupil.preferredForename, pupil.surname, pupil.preferredSurname]) {
        if (name) yield* phraseKeys(name);
      }
    }
  }

  /** Is this @handle on the roster's pupil-handle list? */
  isPupilHandle(handle: string): boolean {
    const key = handleKey(handle);
    return key !== '' && this.handles.has(key);
  }

  find(draft: PreparedDraft): PupilMention[] {
    if (this.roster.length === 0) return [];
    const { tokens } = draft;
    const mentions: PupilMention[] = [];
    const push = (pupils: number[], how: PupilMentionHow, first: number, last: number) => {
      mentions.push({
        pupils,
        how,
        noConsent: pupils.some((p) => this.refused[p] === 1),
        start: tokens[first]!.sourceStart,
        end: tokens[last]!.sourceEnd,
      });
    };
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.inLink) continue;
      if (token.kind === 'mention') {
        const pupils = this.handles.get(token.key);
        if (pupils) push(pupils, 'handle', i, i);
        continue;
      }
      if (token.kind === 'hashtag') {
        const pupils = this.hashtagName(token.key) ?? (token.base !== token.key ? this.hashtagName(token.base) : null);
        if (pupils) push(pupils, 'hashtag', i, i);
        continue;
      }
      const found = this.nameAt(tokens, i);
      if (found) {
        push(found.pupils, found.how, i, found.last);
        i = found.last;
      }
    }
    return mentions;
  }

  /** The pupil name starting at token `at`, if any. */
  private nameAt(tokens: readonly Token[], at: number): { pupils: number[]; how: PupilMentionHow; last: number } | null {
    const forenames = this.lookUp(this.forenames, tokens, at);
    // Forename first: "Grace Okafor", "Jack P.".
    for (const forename of forenames) {
      if (tokens[forename.last]!.possessive) continue;
      const next = forename.last + 1;
      if (!joinedBySpace(tokens, next)) continue;
      for (const surname of this.lookUp(this.surnames, tokens, next)) {
        const pupils = this.fullNames.get(`${forename.squashed}|${surname.squashed}`);
        if (pupils) return { pupils, how: 'full-name', last: surname.last };
      }
      const initial = this.initialAt(tokens, next, forename.pupils);
      if (initial) return { pupils: initial, how: 'initial', last: next };
    }
    // Surname first: "Kessell, Ruby", "OKAFOR Grace".
    for (const surname of this.lookUp(this.surnames, tokens, at)) {
      const next = surname.last + 1;
      const gap = tokens[next]?.gapBefore;
      if (gap === undefined || !/^\s*,?\s*$/.test(gap) || gap.includes('\n') || tokens[surname.last]!.possessive) continue;
      // "Smith, John" reads as a name only when the surname is written as one.
      if (!tokens[at]!.capitalised) continue;
      for (const forename of this.lookUp(this.forenames, tokens, next)) {
        const pupils = this.fullNames.get(`${forename.squashed}|${surname.squashed}`);
        if (pupils && tokens[next]!.capitalised) return { pupils, how: 'full-name', last: forename.last };
      }
    }
    // Forename alone, where the words around it make it a name.
    for (const forename of forenames) {
      if (forenameAloneIsName(tokens, at, forename.last, forename.squashed, (t) => this.isSurnameFor(forename.squashed, t))) {
        return { pupils: forename.pupils, how: 'forename', last: forename.last };
      }
    }
    return null;
  }

  /** Names in `map` that start at token `at` and span up to MAX_NAME_WORDS words, longest first. */
  private lookUp(map: Map<string, number[]>, tokens: readonly Token[], at: number): Candidate[] {
    const out: Candidate[] = [];
    let squashed = '';
    for (let k = 0; k < MAX_NAME_WORDS && at + k < tokens.length; k++) {
      const token = tokens[at + k]!;
      if (token.kind !== 'word' || token.inLink) break;
      // Name parts sit side by side ("Lily-Mae", "O Neill"), never across punctuation.
      if (k > 0 && !/^[\s'-]*$/.test(token.gapBefore)) break;
      if (k > 0 && token.gapBefore.includes('\n')) break;
      const withKey = map.get(squashed + token.key);
      if (withKey) out.push({ pupils: withKey, squashed: squashed + token.key, last: at + k });
      else if (token.possessive) {
        const withBase = map.get(squashed + token.base);
        if (withBase) out.push({ pupils: withBase, squashed: squashed + token.base, last: at + k });
      }
      if (token.possessive) break;
      squashed += token.key;
    }
    return out.reverse();
  }

  /** "Jack P." — a capital initial matching the surname of one of these pupils. */
  private initialAt(tokens: readonly Token[], at: number, pupils: number[]): number[] | null {
    const token = tokens[at];
    if (!token || token.raw.length !== 1 || !token.capitalised) return null;
    const followedByStop = (tokens[at + 1]?.gapBefore ?? '').startsWith('.') || at === tokens.length - 1;
    // "A" and "I" are words; they count as initials only with a full stop.
    if ((token.key === 'a' || token.key === 'i') && !followedByStop) return null;
    const matching = pupils.filter((p) => {
      const pupil = this.roster[p]!;
      return [pupil.surname, pupil.preferredSurname].some((s) => s !== undefined && nameParts(s)?.squashed[0] === token.key);
    });
    return matching.length > 0 ? matching : null;
  }

  /** Is this word the surname of a pupil with this forename? ("Jack Frost" is not pupil Jack Penrose.) */
  /**
   * "#GraceOkafor", "#okaforgrace": a forename and surname run together, either
   * order. Trying each split point costs a few look-ups per hashtag, and saves an
   * index entry per pupil.
   */
  private hashtagName(joined: string): number[] | null {
    // Longer than any forename and surname together: no split can be a name, and
    // trying every split of a 60,000-letter hashtag would cost billions of steps.
    if (joined.length > 2 * MAX_NAME_KEY_LENGTH) return null;
    for (let cut = 2; cut <= joined.length - 2; cut++) {
      const head = joined.slice(0, cut);
      const tail = joined.slice(cut);
      const pupils = this.fullNames.get(`${head}|${tail}`) ?? this.fullNames.get(`${tail}|${head}`);
      if (pupils) return pupils;
    }
    return null;
  }

  private isSurnameFor(forename: string, token: Token): boolean {
    return this.fullNames.has(`${forename}|${token.key}`) || this.fullNames.has(`${forename}|${token.base}`);
  }
}

function handleKey(handle: string): string {
  return phraseKeys(handle.replace(/^@/, '')).join('');
}

/** Token `at` follows the previous one with only spaces (or a hyphen) between. */
function joinedBySpace(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return token !== undefined && /^[ -]+$/.test(token.gapBefore);
}

/**
 * rules.md "Forename-alone matching": is the forename at tokens `first..last` a pupil's
 * name here, rather than a word ("we hope"), a month ("in May"), part of another
 * name ("Jack Frost") or of school vocabulary ("Summer term")?
 */
function forenameAloneIsName(
  tokens: readonly Token[],
  first: number,
  last: number,
  squashed: string,
  isOwnSurname: (token: Token) => boolean,
): boolean {
  const token = tokens[first]!;
  const previous = tokens[first - 1];
  const next = tokens[last + 1];
  const everyday = EVERYDAY_WORD_FORENAMES.has(squashed);
  const nextAdjacent = next !== undefined && /^ +$/.test(next.gapBefore);

  // "Mrs Holly", "St Jude": a title makes it an adult or a saint, not a pupil.
  if (previous && TITLE_WORDS.has(previous.key) && /^\.? +$/.test(token.gapBefore)) return false;
  // "Summer term", "amber warning", "May Day".
  if (nextAdjacent && VOCABULARY_AFTER.has(next.key)) return false;
  if (MONTHS_AND_SEASONS.has(squashed) && isTimeExpression(tokens, first, last)) return false;

  const pattern = inPupilPattern(tokens, first, last);
  if (!pattern && PLACE_FORENAMES.has(squashed) && previous && PLACE_WORDS_BEFORE.has(previous.key)) return false;
  // "Jack Frost", "Summer Fair", "Florence Nightingale": another name, title or event.
  if (nextAdjacent && next.capitalised && next.kind === 'word' && !isOwnSurname(next) && !pattern) return false;
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
 * rules.md pupil patterns, either order, with or without a comma: "well done (to) X",
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
  const next = tokens[last + 1];
  if (!next || /[.!?\n]/.test(next.gapBefore)) return false;
  for (const keys of PRAISE_AFTER) if (keysMatch(tokens, last + 1, keys)) return true;
  const gap = next.gapBefore;
  // "X in Year 4", "X (Year 4)", "X from Year 4", "X in Reception", "X in 3B", "X in my class".
  const third = tokens[last + 2];
  if (next.key === 'year' && third?.kind === 'number' && /^\s*[(,-]\s*$/.test(gap)) return true;
  if ((next.key === 'in' || next.key === 'from') && third) {
    if (third.key === 'year' && tokens[last + 3]?.kind === 'number') return true;
    if (third.key === 'reception' || CLASS_CODE.test(third.key)) return true;
    if ((third.key === 'my' || third.key === 'our') && ['class', 'form'].includes(tokens[last + 3]?.key ?? '')) return true;
  }
  if (/^\s*\(\s*$/.test(gap) && (next.key === 'reception' || CLASS_CODE.test(next.key))) return true;
  // "X, aged 7", "X (7)", "X, 7,".
  if (next.key === 'aged' && third?.kind === 'number') return true;
  if (/^\s*\(\s*$/.test(gap) && next.kind === 'number' && Number(next.key) <= 19) return true;
  return false;
}
