/**
 * Folding text for matching while keeping the way back to what the user typed.
 *
 * Matching happens on a folded copy (NFKC, lower case, diacritics and typographic
 * variants folded); every finding must point at the user's own characters, so each
 * UTF-16 unit of the folded copy remembers the source span of the code point it came
 * from. Emoji and other astral characters are handled as whole code points, so a
 * span can never split a surrogate pair.
 */

export interface FoldedText {
  /** The text as the user typed it. */
  readonly source: string;
  /** The folded copy: lower case, no diacritics, one apostrophe, one dash, one kind of space; line breaks kept. */
  readonly text: string;
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
};

const APOSTROPHES = /['\u2018\u2019\u201B\u02BC\u02B9\u0060\u00B4\u2032]/u;
const DOUBLE_QUOTES = /["\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/u;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/u;
const LINE_BREAKS = /[\u2028\u2029\u0085]/u;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/u;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\uFE0E\uFE0F]/u;
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
    return char;
  }
  const hit = cache.get(char);
  if (hit !== undefined) return hit;
  let folded: string;
  if (INVISIBLE.test(char)) folded = '';
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
  let text = '';
  let at = 0;
  for (let i = 0; i < source.length; ) {
    const code = source.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const piece = foldCodePoint(width === 1 ? source[i]! : source.slice(i, i + 2));
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
  return { source, text, sourceStart: starts.subarray(0, at), sourceEnd: ends.subarray(0, at) };
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
  let out = '';
  for (const c of phrase) out += foldCodePoint(c);
  return out;
}
