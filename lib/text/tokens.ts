/**
 * Words of a draft with their positions, case and surroundings: the unit that name,
 * school and phrase matching work on. Built once per draft and shared by every rule.
 */
import { BLANKS, foldCodePoint, type FoldedText } from './normalise';
import { lastAtMost, SpanSet } from './spans';
import { allMatches } from './patterns';

type TokenKind = 'word' | 'number' | 'hashtag' | 'mention';

export interface Token {
  readonly index: number;
  readonly kind: TokenKind;
  /** Folded token, apostrophes kept, `#`/`@` kept: `stephen's`, `#ssca`. */
  readonly folded: string;
  /** Letters and digits only: `stephens`, `ssca`. What phrase matching compares. */
  readonly key: string;
  /** `key` without a possessive `'s`: `stephen` for `Stephen's`; equal to `key` otherwise. */
  readonly base: string;
  readonly possessive: boolean;
  /** Span in the folded text. */
  readonly start: number;
  readonly end: number;
  /** Span in the draft as typed (UTF-16). */
  readonly sourceStart: number;
  readonly sourceEnd: number;
  /** The token as typed. */
  readonly raw: string;
  /** First letter typed in upper case. */
  readonly capitalised: boolean;
  /** Two or more letters, all upper case. */
  readonly allCaps: boolean;
  /** First word of the text, of a sentence, of a line or after a colon. */
  readonly sentenceStart: boolean;
  /** Folded characters between the previous token and this one. */
  readonly gapBefore: string;
  /** Inside a web address or an email address. */
  readonly inLink: boolean;
  /**
   * Kept from the previous word only by a blank filler that looks like a space but is
   * not one (the Hangul filler in "Gra\u3164ce"): a name may run on across it.
   */
  readonly glued: boolean;
}

export interface Span {
  start: number;
  end: number;
}

export interface LinkSpan extends Span {
  kind: 'url' | 'email';
  /** Folded text of the link. */
  text: string;
}

// Handles and hashtags may hold underscores (@olivia_b); handles also dots inside (@kofi.s.o, an Instagram handle), never at the end; words may hold apostrophes (O'Brien).
export const WORD = /@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*|#[\p{L}\p{N}_]+|[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
// Links are found from their anchors ('@', a top-level domain, 'http', 'www.') outwards,
// so a long run of letters and dots costs linear time, never a regex backtracking storm.
const EMAIL_LOCAL_CHAR = /[\p{L}\p{N}._%+'-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;
const EMAIL_AT_START = /^[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
const URL_ANCHOR = /\b(?:https?:\/\/|www\.)|\.(?:com|org|net|uk|io|co|edu|gov|info|example|ly|me|tv|app)\b/gu;
const BARE_DOMAIN = /^(?:[a-z0-9-]+\.)+(?:com|org|net|uk|io|co|edu|gov|info|example|ly|me|tv|app)(?:\/[^\s<>"]*)?$/u;
const PATH_AT_START = /^[^\s<>"]*/u;
const PATH_STOP = /[\s<>"]/u;
/** Punctuation that closes a sentence or a bracket after a link, not part of it. */
const TRAILING = new Set([...'.,;:!?)]\'"']);
/** Words a full stop after which does not end a sentence ("St. Stephen's", "Mrs. Pascoe"). */
export const ABBREVIATIONS = new Set(['st', 'mr', 'mrs', 'ms', 'dr', 'no', 'vs', 'etc', 'eg', 'ie', 'e', 'g', 'i', 'prof', 'rev', 'fr', 'sr', 'mgr', 'mt', 'approx', 'dept', 'tel']);
const SENTENCE_END = /[.!?;:\n]/;
const PLAIN = /^[a-z0-9]+$/;
const NON_ASCII = /[^\x00-\x7f]/;
const DIGITS = /^[0-9]+$/;
const ASCII_ALNUM = /^[A-Za-z0-9]*$/;

export function findLinks(text: string): LinkSpan[] {
  const emails: LinkSpan[] = [];
  // Where the last walk back over an email's name stopped: names never cross an '@', so
  // each character is walked over at most once however many '@' there are.
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL_CHAR.test(text[start - 1]!)) start--;
    // An address's name is at most 64 characters: a longer run is not one.
    if (at - start > 64) start = at - 64;
    const m = EMAIL_AT_START.exec(text.slice(start, at + 256));
    const last = emails[emails.length - 1];
    if (m && start < at && !(last && start < last.end)) {
      emails.push({ kind: 'email', start, end: start + m[0].length, text: m[0] });
    }
  }
  const emailSet = new SpanSet(emails);
  const urls: LinkSpan[] = [];
  // Bare domains are found from their ending (".uk") back to where the name starts; every
  // ending in one run of domain characters leads back to the same start, so each run is
  // walked and judged once, not once per dot.
  let runFrom = -1;
  let runTo = -1;
  let judgedFrom = -1;
  for (const anchor of allMatches(URL_ANCHOR, text)) {
    let start = anchor.index;
    if (anchor[0].startsWith('.')) {
      if (start > runFrom && start <= runTo) start = runFrom;
      else {
        let from = start;
        while (from > 0 && DOMAIN_CHAR.test(text[from - 1]!)) from--;
        let to = start;
        while (to < text.length && DOMAIN_CHAR.test(text[to]!)) to++;
        runFrom = from;
        runTo = to;
        start = from;
      }
      if (start === judgedFrom) continue;
      judgedFrom = start;
      if (start > 0 && /[@/]/.test(text[start - 1]!)) continue;
    }
    const anchorEnd = anchor.index + anchor[0].length;
    const previous = urls[urls.length - 1];
    if ((previous && start < previous.end) || emailSet.overlaps(start, anchorEnd)) continue;
    let value: string;
    if (anchor[0].startsWith('.') && text[runTo] !== '/') {
      // A bare domain with no path: only closing punctuation may follow it ("ssca.uk!").
      let after = runTo;
      while (after < text.length && TRAILING.has(text[after]!) && text[after] !== '"') after++;
      if (after < text.length && !PATH_STOP.test(text[after]!)) continue;
      let end = runTo;
      while (end > start && text[end - 1] === '.') end--;
      value = text.slice(start, end);
      if (!BARE_DOMAIN.test(value)) continue;
    } else {
      if (anchor[0].startsWith('.') && !BARE_DOMAIN.test(text.slice(start, runTo))) continue;
      const rest = PATH_AT_START.exec(text.slice(start, start + 2048))![0];
      value = rest.replace(/[.,;:!?)\]'"]+$/u, '');
      if (anchor[0].startsWith('.') && !BARE_DOMAIN.test(value)) continue;
    }
    if (value.length <= anchor[0].length) continue;
    urls.push({ kind: 'url', start, end: start + value.length, text: value });
  }
  return mergeSorted(emails, urls);
}

function mergeSorted(a: LinkSpan[], b: LinkSpan[]): LinkSpan[] {
  const out: LinkSpan[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

export function tokenise(folded: FoldedText, links: readonly LinkSpan[] = findLinks(folded.text)): Token[] {
  const tokens: Token[] = [];
  const { text, source } = folded;
  let previousEnd = 0;
  let previous: Token | undefined;
  // Tokens and links both run left to right, so one pointer finds the enclosing link.
  let link = 0;
  const insideLink = (start: number, end: number) => {
    while (link < links.length && links[link]!.end <= start) link++;
    const current = links[link];
    return current !== undefined && start >= current.start && end <= current.end;
  };
  const { sourceStart: starts, sourceEnd: ends } = folded;
  // Words are found in the one-byte form (the same spans: `WORD` asks only for letters
  // and numbers, which its stand-ins are) and read from the folded characters.
  for (const m of allMatches(WORD, folded.plain)) {
    const start = m.index;
    const end = start + m[0].length;
    const value = text.slice(start, end);
    const sourceStart = starts[start]!;
    const sourceEnd = ends[end - 1]!;
    const raw = source.slice(sourceStart, sourceEnd);
    const first = value[0]!;
    // Most words are plain lower-case ASCII letters and digits: skip the Unicode work for them.
    const plain = PLAIN.test(value);
    const kind: TokenKind =
      first === '#' ? 'hashtag' : first === '@' ? 'mention' : (plain ? DIGITS.test(value) : /^\p{N}+$/u.test(value)) ? 'number' : 'word';
    const key = plain ? value : value.replace(/[^\p{L}\p{N}]/gu, '');
    const possessive = !plain && value.length > 2 && value.endsWith("'s");
    const base = possessive ? value.slice(0, -2).replace(/[^\p{L}\p{N}]/gu, '') : key;
    const letters = ASCII_ALNUM.test(raw) ? raw.replace(/[^A-Za-z]/g, '') : raw.replace(/[^\p{L}]/gu, '');
    const firstLetter = letters[0] ?? '';
    const gapBefore = text.slice(previousEnd, start);
    const sourceGap = previous ? source.slice(previous.sourceEnd, sourceStart) : '';
    const glued = NON_ASCII.test(sourceGap) && sourceGap.length <= 16 && BLANKS.test(sourceGap) && [...sourceGap].every((c) => BLANKS.test(c) || foldCodePoint(c) === '');
    const sentenceStart =
      previous === undefined ||
      (SENTENCE_END.test(gapBefore) && !(gapBefore.trim() === '.' && ABBREVIATIONS.has(previous.key)));
    const token: Token = {
      index: tokens.length,
      kind,
      folded: value,
      key,
      base,
      possessive,
      start,
      end,
      sourceStart,
      sourceEnd,
      raw,
      capitalised: firstLetter !== '' && firstLetter !== firstLetter.toLowerCase(),
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      sentenceStart,
      gapBefore,
      inLink: insideLink(start, end),
      glued,
    };
    tokens.push(token);
    previous = token;
    previousEnd = end;
  }
  return tokens;
}

/** The number a token is, possessive included ("Year 3's" is one word token, "3s", whose base is "3"); null if none. */
export function numberOf(token: Token | undefined): number | null {
  return token !== undefined && /^\d+$/.test(token.base) ? Number(token.base) : null;
}

/** The token holding folded offset `at`, if any (tokens are sorted and never overlap). */
export function tokenAt(tokens: readonly Token[], at: number): Token | undefined {
  const token = tokens[lastAtMost(tokens, at, (t) => t.start)];
  return token && at < token.end ? token : undefined;
}
