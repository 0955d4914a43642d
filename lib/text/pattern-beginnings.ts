/**
 * The beginnings of a pattern's matches, read from its source with
 * `@eslint-community/regexpp`: the two-character starts (or one, where anything may
 * follow) of every word a match can begin with, when every match starts a word. What
 * `word-starts.ts` narrows a search with; the engine installs it there
 * (`readBeginningsWith`), so the parser stays out of the content script.
 */
import { type AST, RegExpParser } from '@eslint-community/regexpp';
import { isWordCode, type WordStartFilter } from './word-starts';

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

/**
 * The beginnings of a pattern's matches, when every match starts a word with a word
 * character; null when the source does not say.
 */
export function readPatternBeginnings(pattern: RegExp): WordStartFilter | null {
  let filter: WordStartFilter | null = null;
  // With `u` and `i`, `\b` also counts "ſ" and "K" (Kelvin) as word characters: scanned as it is.
  if (pattern.unicode && pattern.ignoreCase) return null;
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
  return filter;
}

