/**
 * Folding text for matching while keeping the way back to what the user typed.
 *
 * Matching happens on a folded copy (NFKC, lower case, diacritics and typographic
 * variants folded); every finding must point at the user's own characters, so each
 * UTF-16 unit of the folded copy remembers the source span of the code point it came
 * from. Emoji and other astral characters are handled as whole code points, so a
 * span can never split a surrogate pair.
 *
 * Names must not slip past by being disguised (issue 8), so folding also removes
 * what a reader cannot see and reads what a reader would read:
 * - invisible format and control characters vanish: zero-width spaces and joiners,
 *   bidirectional marks, embeddings, overrides and isolates (U+200B–U+200F,
 *   U+202A–U+202E, U+2060–U+206F), the byte-order mark, soft hyphens, variation
 *   selectors, the combining grapheme joiner, tag characters (U+E0000–U+E007F), NUL
 *   and the other C0 and C1 controls;
 * - blank fillers that take up room on screen (Hangul fillers U+3164, U+FFA0,
 *   U+115F, U+1160; the Braille blank U+2800) become a space: "Gra\u3164ce" reads as
 *   two words on screen, and name matching joins words a space apart anyway;
 * - full-width forms, mathematical letters (𝐆𝐫𝐚𝐜𝐞) and circled letters fold to
 *   plain letters through NFKC; Latin small capitals (ɢʀᴀᴄᴇ) through LETTER_FOLDS;
 * - Cyrillic and Greek letters that look like Latin ones (the "а" in "Grаce") are
 *   read as the Latin letter, but only inside a word that also holds Latin letters,
 *   or in a word made wholly of such letters between Latin words: genuine Cyrillic
 *   and Greek text is left as it is.
 * Text reordered on screen by a bidirectional override ("\u202Eecarg" shows as
 * "grace") is matched in the order it was typed: the override itself is removed, the
 * visual reordering is not undone.
 */

export interface FoldedText {
  /** The text as the user typed it. */
  readonly source: string;
  /** The folded copy: lower case, no diacritics, one apostrophe, one dash, one kind of space; line breaks kept. */
  readonly text: string;
  /**
   * The folded copy for patterns: `text` with one byte per character. Each UTF-16 unit
   * above U+00FF stands in as `ª` if its character is a letter, `²` if a number, and
   * U+001A otherwise; everything else is `text` as it is, at the same offsets. Folding
   * turns `ª` and `²` into `a` and `2` and removes control characters, so a stand-in
   * never meets its own kind in `text`.
   *
   * Why: V8 compiles a regular expression for the first kind of string it meets (one
   * byte or two) and runs the other kind slowly from then on. A draft with one emoji
   * is a two-byte string, so every pattern run on `text` was 5–8 times slower (a
   * 25,000-character draft, 30 ms → 200 ms) for every draft that came after. Patterns
   * without the `u` flag see a character above U+00FF only as "not a-z, not a digit,
   * not a space", and `\p{L}` and `\p{N}` read the stand-ins as the character they
   * replace, so such patterns match the same spans here as on `text`. Patterns that
   * look for particular characters above U+00FF (emoji) run on `text`.
   */
  readonly plain: string;
  /** For each UTF-16 unit of `text`, where its source code point starts… */
  readonly sourceStart: Uint32Array;
  /** …and ends (exclusive). */
  readonly sourceEnd: Uint32Array;
}

// Letters that Unicode decomposition leaves alone but a reader treats as plain letters.
const LETTER_FOLDS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ȷ: 'j',
  ɑ: 'a',
  ɡ: 'g',
  // Latin small capitals, used to write words that look like small print.
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ꜰ: 'f',
  ɢ: 'g',
  ʜ: 'h',
  ɪ: 'i',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ʀ: 'r',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ʏ: 'y',
  ᴢ: 'z',
};

/**
 * Cyrillic and Greek letters that look like a Latin letter, as typed (so capital
 * Cyrillic "Н" is an "h", while lower-case "н", which looks like a small capital, is
 * not listed). Applied only in Latin context (see `lookalikesToRead`).
 */
const LOOKALIKES: Record<string, string> = {
  // Cyrillic capitals
  А: 'a', В: 'b', Е: 'e', К: 'k', М: 'm', Н: 'h', О: 'o', Р: 'p', С: 'c', Т: 't', Х: 'x', У: 'y',
  І: 'i', Ј: 'j', Ѕ: 's', Ү: 'y', Ԁ: 'd', Ԛ: 'q', Ԝ: 'w', Ӏ: 'l', Ѵ: 'v', Ɛ: 'e',
  // Cyrillic small letters
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd',
  ԛ: 'q', ԝ: 'w', ӏ: 'l', ү: 'y', ѵ: 'v', ɡ: 'g',
  // Greek capitals
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'i', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p', Τ: 't',
  Υ: 'y', Χ: 'x', Ϲ: 'c', Ϳ: 'j',
  // Greek small letters
  ο: 'o', ν: 'v', ι: 'i', κ: 'k', α: 'a', ρ: 'p', υ: 'u', χ: 'x', ϲ: 'c', ϳ: 'j',
};
const CYRILLIC_OR_GREEK = /[\u0370-\u03FF\u0400-\u052F\u1F00-\u1FFF]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

const APOSTROPHES = /['\u2018\u2019\u201B\u02BC\u02B9\u0060\u00B4\u2032]/u;
const DOUBLE_QUOTES = /["\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/u;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/u;
const LINE_BREAKS = /[\u2028\u2029\u0085]/u;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/u;
/** Blank fillers that take up room on screen: read as a space. */
export const BLANKS = /[\u115F\u1160\u3164\uFFA0\u2800]/u;
/**
 * What a reader cannot see: format characters (bidirectional marks and controls, zero
 * widths, tags, the soft hyphen, the byte-order mark), variation selectors, the
 * combining grapheme joiner, Mongolian and Khmer invisibles, and control characters
 * other than tab, line breaks and form feed.
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: variation selectors and the grapheme joiner are listed on their own, on purpose: each is removed wherever it stands.
const INVISIBLE = /[\p{Cf}\u034F\u17B4\u17B5\u180B-\u180F\uFE00-\uFE0F\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/u;
const COMBINING = /\p{M}/gu;

const cache = new Map<string, string>();

/** Folds one code point. Pure ASCII letters take the fast path. */
export function foldCodePoint(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x80) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if (char === '`') return "'";
    // Line breaks survive folding: they end sentences and list items.
    if (char === '\r') return '\n';
    if (char === '\t' || char === '\f' || char === '\v') return ' ';
    // NUL and the other controls are invisible.
    if (code < 0x20 || code === 0x7f) return char === '\n' ? char : '';
    return char;
  }
  const hit = cache.get(char);
  if (hit !== undefined) return hit;
  let folded: string;
  if (INVISIBLE.test(char)) folded = '';
  else if (BLANKS.test(char)) folded = ' ';
  else if (APOSTROPHES.test(char)) folded = "'";
  else if (DOUBLE_QUOTES.test(char)) folded = '"';
  else if (DASHES.test(char)) folded = '-';
  else if (LINE_BREAKS.test(char)) folded = '\n';
  else if (SPACES.test(char)) folded = ' ';
  else {
    folded = char.normalize('NFKC').toLowerCase().normalize('NFD').replace(COMBINING, '');
    let out = '';
    for (const c of folded) out += LETTER_FOLDS[c] ?? c;
    folded = out;
  }
  if (cache.size < 10_000) cache.set(char, folded);
  return folded;
}

export function fold(source: string): FoldedText {
  // Folding rarely changes length, so this is almost always the final size.
  let starts: Uint32Array = new Uint32Array(source.length + 1);
  let ends: Uint32Array = new Uint32Array(source.length + 1);
  const lookalikes = CYRILLIC_OR_GREEK.test(source) ? lookalikesToRead(source) : null;
  let text = '';
  let at = 0;
  for (let i = 0; i < source.length; ) {
    const code = source.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const char = width === 1 ? source[i]! : source.slice(i, i + 2);
    const piece = lookalikes?.[i] ? lookalikeOf(char)! : foldCodePoint(char);
    if (at + piece.length > starts.length) {
      const grown = Math.max(starts.length * 2, at + piece.length + 16);
      starts = copyInto(new Uint32Array(grown), starts);
      ends = copyInto(new Uint32Array(grown), ends);
    }
    for (let k = 0; k < piece.length; k++) {
      starts[at + k] = i;
      ends[at + k] = i + width;
    }
    at += piece.length;
    text += piece;
    i += width;
  }
  return { source, text, plain: oneByteForm(text), sourceStart: starts.subarray(0, at), sourceEnd: ends.subarray(0, at) };
}

const NUMBER = /\p{N}/u;
const STAND_IN_LETTER = 0xaa; // ª
const STAND_IN_NUMBER = 0xb2; // ²
const STAND_IN_OTHER = 0x1a;
/** `String.fromCharCode` takes its codes as arguments: this many at a time stays well inside any engine's limit. */
const CHUNK = 8192;

/** `text` as `FoldedText.plain` describes it, always stored one byte per character. */
function oneByteForm(text: string): string {
  const codes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0xff) {
      codes[i] = code;
      continue;
    }
    const point = text.codePointAt(i)!;
    const char = String.fromCodePoint(point);
    const standIn = LETTER.test(char) ? STAND_IN_LETTER : NUMBER.test(char) ? STAND_IN_NUMBER : STAND_IN_OTHER;
    codes[i] = standIn;
    // Both halves of a surrogate pair stand in alike: a span never splits a character.
    if (point > 0xffff && i + 1 < text.length) codes[++i] = standIn;
  }
  // Built from codes, never from slices of `text`: a slice of a two-byte string stays two-byte.
  let plain = '';
  // apply, not spread: spreading a typed array walks an iterator and builds an array first.
  for (let i = 0; i < codes.length; i += CHUNK) plain += String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]);
  return plain;
}

/** The Latin letter a Cyrillic or Greek look-alike reads as (accents dropped), if it is one. */
function lookalikeOf(char: string): string | undefined {
  return LOOKALIKES[char] ?? LOOKALIKES[char.normalize('NFD')[0]!];
}

/**
 * Which offsets of `source` hold a look-alike letter to read as Latin: those in a
 * word that also holds a Latin letter ("Grаce"), and those in a word made only of
 * look-alikes whose nearest word on either side is Latin ("Well done Аѕа Okafor").
 * A word here is a run of letters, marks, digits and invisible characters.
 */
function lookalikesToRead(source: string): Uint8Array {
  interface Word {
    start: number;
    end: number;
    latin: boolean;
    /** Letters that are neither Latin nor look-alikes (genuine Cyrillic "д", Greek "λ"). */
    foreign: boolean;
    lookalikes: number[];
  }
  const words: Word[] = [];
  let word: Word | null = null;
  for (let i = 0; i < source.length; ) {
    const code = source.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const char = width === 1 ? source[i]! : source.slice(i, i + 2);
    const inWord = LETTER.test(char) || /[\p{M}\p{N}]/u.test(char) || foldCodePoint(char) === '';
    if (!inWord) {
      word = null;
    } else {
      if (!word) {
        word = { start: i, end: i, latin: false, foreign: false, lookalikes: [] };
        words.push(word);
      }
      word.end = i + width;
      if (LETTER.test(char)) {
        if (CYRILLIC_OR_GREEK.test(char)) {
          if (lookalikeOf(char) !== undefined) word.lookalikes.push(i);
          else word.foreign = true;
        } else if (LATIN_LETTER.test(char) || LATIN_LETTER.test(char.normalize('NFKC'))) word.latin = true;
      }
    }
    i += width;
  }
  const marks = new Uint8Array(source.length);
  const isLatin = (w: Word | undefined) => w !== undefined && w.latin && w.lookalikes.length === 0 && !w.foreign;
  words.forEach((w, k) => {
    if (w.lookalikes.length === 0) return;
    const read = w.latin || (!w.foreign && (isLatin(words[k - 1]) || isLatin(words[k + 1])));
    if (read) for (const at of w.lookalikes) marks[at] = 1;
  });
  return marks;
}

function copyInto(target: Uint32Array, from: Uint32Array): Uint32Array {
  target.set(from);
  return target;
}

/** Maps a `[start, end)` span of the folded copy back to the source. */
export function toSourceSpan(folded: FoldedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < folded.sourceStart.length ? folded.sourceStart[start]! : folded.source.length;
    return [at, at];
  }
  return [folded.sourceStart[start]!, folded.sourceEnd[end - 1]!];
}

/** Folds a short phrase (a setting, a list entry) to the form `fold().text` uses. */
export function foldPhrase(phrase: string): string {
  if (CYRILLIC_OR_GREEK.test(phrase)) return fold(phrase).text;
  let out = '';
  for (const c of phrase) out += foldCodePoint(c);
  return out;
}
