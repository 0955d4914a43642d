/**
 * Vocabularies into regular expressions, the one way every rule does it.
 *
 * A rule keeps its words as data: a table (an array) of phrases, each phrase written
 * for the folded text (lower case, plain letters, `'` for every apostrophe) and allowed
 * a small shape of its own ("pay ?rises?", "(?:the|our) head"). The helpers here put a
 * table into its shape (whole words, or alternatives that carry their own edges), so
 * the shapes are code and the words stay readable.
 *
 * Tables use bounded repetition only: a 20,000-character draft is scanned in a few ms.
 */
import type { Span } from './tokens';

/**
 * The longest pattern source a table may make. V8 stops optimising a regular expression
 * whose source passes 20 KB (`kRegExpTooLargeToOptimize`): one phrase too many made the
 * complaint judgements 70 times slower on a long draft (0.7 ms → 47 ms). A table that
 * grows past this is split in two, each read in turn.
 */
const MAX_PATTERN_SOURCE = 20_000;

function checkedRegExp(source: string, flags: string): RegExp {
  if (source.length > MAX_PATTERN_SOURCE) {
    throw new Error(`A vocabulary pattern is ${source.length} characters long, over ${MAX_PATTERN_SOURCE}: split its table (see MAX_PATTERN_SOURCE).`);
  }
  return new RegExp(source, flags);
}

/** A table of phrases, each a regular-expression source for folded text. */
export type Vocabulary = readonly string[];

/** Joins alternatives into one non-capturing group. */
export function anyOf(...alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/**
 * A whole-word pattern over folded text, global so it can be used with `matchAll`.
 * Folding leaves plain lower-case ASCII letters, so ASCII word boundaries are enough;
 * a leading `\b` lets the engine skip ahead far faster than a Unicode look-behind
 * (about four times on a 20,000-character draft). Every source starts with a letter.
 */
export function wordPattern(source: string): RegExp {
  return checkedRegExp(`\\b${source}(?![a-z0-9])`, 'g');
}

/** Any phrase of the tables, as whole words of folded text (`wordPattern` of them all). */
export function words(...tables: readonly Vocabulary[]): RegExp {
  return wordPattern(anyOf(...tables.flat()));
}

/**
 * Any phrase of a table whose entries carry their own edges (`\bon\s+strike\b`,
 * `©`), as one pattern: the entries are tried in the table's order.
 */
export function alternatives(table: Vocabulary, flags = 'g'): RegExp {
  return checkedRegExp(table.join('|'), flags);
}

/** The global form of each pattern, made once (a copy made per call is a pattern V8 may compile again). */
const globalForms = new WeakMap<RegExp, RegExp>();

/** `pattern` if it is global, or its global form, made once. */
export function globalFormOf(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let global = globalForms.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, `${pattern.flags}g`);
    globalForms.set(pattern, global);
  }
  return global;
}

/**
 * Every match of a global pattern in `text`, as `String.prototype.matchAll` finds them,
 * but run on the pattern itself. `matchAll` runs a copy of the pattern, made at each
 * call; V8 compiles the copy again once it has let go of its cache, and once the
 * process holds 16 MB of machine code it compiles it without its optimisations
 * (`TooMuchRegExpCode` in V8's `regexp.cc`; the rule tables alone come to about 20 MB):
 * the personal-data and press patterns ran 10 times slower that way.
 * Collected before they are returned, so the pattern is free again for the caller.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('allMatches needs a global pattern');
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push(m);
    if (m[0].length > 0) continue;
    // An empty match: step past it (a whole character, for a `u` pattern).
    const at = pattern.lastIndex;
    const pair = pattern.unicode && at + 1 < text.length && /[\uD800-\uDBFF]/.test(text[at]!) && /[\uDC00-\uDFFF]/.test(text[at + 1]!);
    pattern.lastIndex = at + (pair ? 2 : 1);
  }
  pattern.lastIndex = 0;
  return out;
}

/** Every match of a pattern in `text`, as spans (a pattern that is not global is made so). */
export function matchSpans(text: string, pattern: RegExp): Span[] {
  const global = globalFormOf(pattern);
  const out: Span[] = [];
  for (const m of allMatches(global, text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
