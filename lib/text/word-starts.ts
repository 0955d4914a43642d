/**
 * Where in a long text a pattern can match, so it is run there and nowhere else.
 *
 * A rule's table is one large pattern (`words()` in `patterns.ts`): every match starts
 * a word (`\b`) with one of a few dozen two-letter beginnings ("tr" for "treat", "se"
 * for "see", "go" for "gone downhill"). Scanning 25,000 characters for it tries every
 * alternative at every word; V8 makes that fast only for the patterns it compiled
 * before the process held 16 MB of machine code (`TooMuchRegExpCode`), and the rule
 * tables come to more than that, so which ones ran fast depended on which draft came
 * first. Instead, the pattern's possible beginnings are read from its source once
 * (`@eslint-community/regexpp` parses it), the text's words are indexed by their first
 * two characters once, and the pattern is tried, anchored, only at the words that
 * begin the right way. What is found is exactly what a scan finds: every place a match
 * can start is tried, in order, from the end of the match before.
 *
 * The same beginnings rule out a short text (a sentence) before a pattern runs on it
 * (`mayMatch`): most sentences hold no word any given table can start with.
 */
import { type AST, RegExpParser } from '@eslint-community/regexpp';

/** Beginnings of at most this many characters are read from a pattern. */
const DEPTH = 2;
/** A pattern with more beginnings than this is scanned as it is (the index would not narrow it). */
const MAX_BEGINNINGS = 4_000;
/** A character class with more characters than this is "anything" at that place. */
const MAX_CLASS = 64;
/** Marks a beginning that may go on with anything: "a" + OPEN is every word starting with "a". */
const OPEN = '\u0000';

type Beginnings = Set<string>;

class TooMany extends Error {}

const parser = new RegExpParser({ ecmaVersion: 2025 });

const isWordCode = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;

/** Each place a word starts (a word character after none, as `\b` sees it), with its first two characters. */
function forEachWordStart(text: string, visit: (at: number, beginning: string) => void): void {
  let previousWord = false;
  for (let i = 0; i < text.length; i++) {
    const word = isWordCode(text.charCodeAt(i));
    if (word && !previousWord) visit(i, text.slice(i, i + 2));
    previousWord = word;
  }
}

function charsOfClass(node: AST.CharacterClass | AST.CharacterSet | AST.Character, ignoreCase: boolean): string[] | null {
  const out = new Set<string>();
  const add = (code: number) => {
    const c = String.fromCodePoint(code);
    out.add(c);
    if (ignoreCase) {
      out.add(c.toLowerCase());
      out.add(c.toUpperCase());
    }
  };
  const visit = (n: AST.Node): boolean => {
    switch (n.type) {
      case 'Character':
        add(n.value);
        return true;
      case 'CharacterClassRange':
        if (n.max.value - n.min.value > MAX_CLASS) return false;
        for (let c = n.min.value; c <= n.max.value; c++) add(c);
        return true;
      case 'CharacterSet':
        if (n.kind === 'digit' && !n.negate) {
          for (let c = 0x30; c <= 0x39; c++) add(c);
          return true;
        }
        return false;
      case 'CharacterClass':
        if (n.negate) return false;
        return n.elements.every(visit);
      default:
        return false;
    }
  };
  if (!visit(node) || out.size > MAX_CLASS) return null;
  return [...out];
}

/** Joins each beginning of an element with what may follow it. */
function join(heads: Iterable<string>, need: number, next: (need: number) => Beginnings): Beginnings {
  const out: Beginnings = new Set();
  const tails = new Map<number, Beginnings>();
  for (const head of heads) {
    if (head.endsWith(OPEN) || head.length >= need) {
      out.add(head.length > need ? head.slice(0, need) : head);
      continue;
    }
    const left = need - head.length;
    let after = tails.get(left);
    if (!after) tails.set(left, (after = next(left)));
    for (const tail of after) {
      out.add(head + tail);
      if (out.size > MAX_BEGINNINGS) throw new TooMany();
    }
  }
  return out;
}

function ofElement(element: AST.Element, need: number, next: (need: number) => Beginnings, ignoreCase: boolean): Beginnings {
  switch (element.type) {
    case 'Assertion':
      // Zero width: it narrows where a match is, never what it begins with.
      return next(need);
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet': {
      const chars = charsOfClass(element as AST.CharacterClass, ignoreCase);
      if (!chars) return new Set([OPEN]);
      return join(chars, need, next);
    }
    case 'Group':
    case 'CapturingGroup': {
      const caseless = element.type === 'Group' && element.modifiers ? element.modifiers.add.ignoreCase || (ignoreCase && !element.modifiers.remove?.ignoreCase) : ignoreCase;
      const out: Beginnings = new Set();
      for (const alternative of element.alternatives) {
        for (const b of ofSequenceThen(alternative.elements, need, next, caseless)) out.add(b);
        if (out.size > MAX_BEGINNINGS) throw new TooMany();
      }
      return out;
    }
    case 'Quantifier': {
      // Unrolled as far as the beginnings need: each repeat is the element, then fewer repeats.
      const repeat = (min: number, max: number, need2: number, depth: number): Beginnings => {
        if (need2 === 0) return new Set(['']);
        const out: Beginnings = new Set();
        if (min === 0) for (const b of next(need2)) out.add(b);
        if (max > 0) {
          if (depth > DEPTH + 1) return new Set([OPEN]);
          for (const b of ofElement(element.element, need2, (left) => repeat(Math.max(0, min - 1), max - 1, left, depth + 1), ignoreCase)) out.add(b);
        }
        return out;
      };
      return repeat(element.min, element.max, need, 0);
    }
    default:
      // A back-reference: anything.
      return new Set([OPEN]);
  }
}

function ofSequenceThen(elements: readonly AST.Element[], need: number, next: (need: number) => Beginnings, ignoreCase: boolean): Beginnings {
  const step = (from: number, need2: number): Beginnings => {
    if (need2 === 0) return new Set(['']);
    if (from === elements.length) return next(need2);
    return ofElement(elements[from]!, need2, (left) => step(from + 1, left), ignoreCase);
  };
  return step(0, need);
}

/** Does every match of these alternatives start with `\b` before any character is read? */
function startsAtWordBoundary(alternatives: readonly AST.Alternative[]): boolean {
  return alternatives.every((alternative) => {
    for (const element of alternative.elements) {
      if (element.type === 'Assertion') {
        if (element.kind === 'word' && !element.negate) return true;
        if (element.kind === 'lookahead' || element.kind === 'lookbehind') continue;
        return false;
      }
      if (element.type === 'Group' || element.type === 'CapturingGroup') return startsAtWordBoundary(element.alternatives);
      return false;
    }
    return false;
  });
}

/** What the index needs of a pattern: its beginnings, by first character. */
export interface WordStartFilter {
  /** Two-character beginnings. */
  readonly pairs: ReadonlySet<string>;
  /** First characters that may go on with anything. */
  readonly singles: ReadonlySet<string>;
}

const filters = new WeakMap<RegExp, WordStartFilter | null>();

/**
 * The beginnings of a pattern's matches, when every match starts a word with a word
 * character; null when the source does not say (the pattern is then scanned as it is).
 */
export function wordStartFilter(pattern: RegExp): WordStartFilter | null {
  if (filters.has(pattern)) return filters.get(pattern)!;
  let filter: WordStartFilter | null = null;
  // With `u` and `i`, `\b` also counts "ſ" and "K" (Kelvin) as word characters: scanned as it is.
  if (pattern.unicode && pattern.ignoreCase) {
    filters.set(pattern, null);
    return null;
  }
  try {
    const ast = parser.parsePattern(pattern.source, 0, pattern.source.length, { unicode: pattern.unicode, unicodeSets: pattern.unicodeSets });
    if (startsAtWordBoundary(ast.alternatives)) {
      const beginnings: Beginnings = new Set();
      for (const alternative of ast.alternatives) for (const b of ofSequenceThen(alternative.elements, DEPTH, () => new Set([OPEN]), pattern.ignoreCase)) beginnings.add(b);
      const pairs = new Set<string>();
      const singles = new Set<string>();
      let usable = true;
      for (const b of beginnings) {
        const first = b.codePointAt(0);
        // A match that may begin with no character or a character outside a word: no index can say where.
        if (first === undefined || b[0] === OPEN || !isWordCode(first)) {
          usable = false;
          break;
        }
        if (b.length >= 2 && b[1] !== OPEN) pairs.add(b.slice(0, 2));
        else singles.add(b[0]!);
      }
      if (usable) filter = { pairs, singles };
    }
  } catch (error) {
    if (!(error instanceof TooMany)) throw error;
  }
  filters.set(pattern, filter);
  return filter;
}

/** The words of a text by how they begin: offsets, in order. */
export class WordStartIndex {
  /** Where each word starts, in order. */
  private readonly starts: number[] = [];
  /** For each word, the number of its first two characters (its first alone, for a word at the very end). */
  private readonly beginnings: number[] = [];
  private readonly numbers = new Map<string, number>();
  /** The beginnings' numbers by first character. */
  private readonly byFirst = new Map<string, number[]>();

  constructor(readonly text: string) {
    forEachWordStart(text, (at, beginning) => {
      let n = this.numbers.get(beginning);
      if (n === undefined) {
        n = this.numbers.size;
        this.numbers.set(beginning, n);
        const first = beginning[0]!;
        const same = this.byFirst.get(first);
        if (same) same.push(n);
        else this.byFirst.set(first, [n]);
      }
      this.starts.push(at);
      this.beginnings.push(n);
    });
  }

  /** Offsets where a match of a pattern with this filter may start, in order. */
  candidates(filter: WordStartFilter): number[] {
    const wanted = new Uint8Array(this.numbers.size);
    for (const pair of filter.pairs) {
      const n = this.numbers.get(pair);
      if (n !== undefined) wanted[n] = 1;
    }
    for (const single of filter.singles) for (const n of this.byFirst.get(single) ?? []) wanted[n] = 1;
    const out: number[] = [];
    const { starts, beginnings } = this;
    for (let k = 0; k < starts.length; k++) if (wanted[beginnings[k]!] === 1) out.push(starts[k]!);
    return out;
  }
}

const stickyForms = new WeakMap<RegExp, RegExp>();

/** The pattern anchored where it is tried (`y`), made once. */
function stickyFormOf(pattern: RegExp): RegExp {
  let sticky = stickyForms.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`);
    stickyForms.set(pattern, sticky);
  }
  return sticky;
}

/**
 * Every match of `pattern` in the index's text, as a global scan finds them (non-empty
 * matches, each from the end of the one before), tried only where the filter allows.
 */
export function matchesAtWordStarts(pattern: RegExp, filter: WordStartFilter, index: WordStartIndex): RegExpExecArray[] {
  const sticky = stickyFormOf(pattern);
  const { text } = index;
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const at of index.candidates(filter)) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null || m[0].length === 0) continue;
    out.push(m);
    from = at + m[0].length;
  }
  sticky.lastIndex = 0;
  return out;
}

/**
 * A pattern's source is read (about 0.1 ms a pattern, 50 ms for all the rule tables)
 * only once it has been asked about this many texts: a background that has just started
 * and checks one short post reads none, and a long draft's sentences soon pay for it.
 */
export const READ_AFTER_CALLS = 48;
const calls = new WeakMap<RegExp, number>();

function filterOnceUsedOften(pattern: RegExp): WordStartFilter | null {
  if (filters.has(pattern)) return filters.get(pattern)!;
  const count = (calls.get(pattern) ?? 0) + 1;
  calls.set(pattern, count);
  return count >= READ_AFTER_CALLS ? wordStartFilter(pattern) : null;
}

/** The beginnings of a short text's words, remembered: each sentence is asked about by dozens of patterns. */
const beginningsOfText = new Map<string, readonly string[]>();
const REMEMBER_TEXTS = 5_000;

function beginningsOf(text: string): readonly string[] {
  const known = beginningsOfText.get(text);
  if (known) return known;
  const out: string[] = [];
  forEachWordStart(text, (_, beginning) => out.push(beginning));
  if (beginningsOfText.size >= REMEMBER_TEXTS) beginningsOfText.clear();
  beginningsOfText.set(text, out);
  return out;
}

/**
 * Can `pattern` match anywhere in `text`? False only when no word of the text begins
 * the way the pattern's matches must; true when it may (run the pattern to know).
 */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const filter = filterOnceUsedOften(pattern);
  if (!filter) return true;
  for (const beginning of beginningsOf(text)) {
    if (filter.singles.has(beginning[0]!) || filter.pairs.has(beginning)) return true;
  }
  return false;
}
