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

export const isWordCode = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;

/** Each place a word starts (a word character after none, as `\b` sees it), with its first two characters. */
function forEachWordStart(text: string, visit: (at: number, beginning: string) => void): void {
  let previousWord = false;
  for (let i = 0; i < text.length; i++) {
    const word = isWordCode(text.charCodeAt(i));
    if (word && !previousWord) visit(i, text.slice(i, i + 2));
    previousWord = word;
  }
}

/** What the index needs of a pattern: its beginnings, by first character. */
export interface WordStartFilter {
  /** Two-character beginnings. */
  readonly pairs: ReadonlySet<string>;
  /** First characters that may go on with anything. */
  readonly singles: ReadonlySet<string>;
}

const filters = new WeakMap<RegExp, WordStartFilter | null>();

/** Reads a pattern's beginnings from its source: installed by the engine (`pattern-beginnings.ts`). */
type BeginningsReader = (pattern: RegExp) => WordStartFilter | null;
let reader: BeginningsReader | undefined;

/**
 * Where patterns' beginnings come from. The engine installs the reader; the content
 * script's late-night question, which reads a draft's facts too, goes without it (the
 * same answers, without the shortcut) and so without the parser in its bundle.
 */
export function readBeginningsWith(read: BeginningsReader): void {
  reader = read;
}

/**
 * The beginnings of a pattern's matches, when every match starts a word with a word
 * character; null when the source does not say, or no reader is installed (the pattern
 * is then scanned as it is).
 */
export function wordStartFilter(pattern: RegExp): WordStartFilter | null {
  if (filters.has(pattern)) return filters.get(pattern)!;
  if (!reader) return null;
  const filter = reader(pattern);
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
 * With `within` (spans in order, not overlapping), only matches that start inside one
 * of them are looked for; one starting outside is not, so it cannot hide one inside.
 */
export function matchesAtWordStarts(
  pattern: RegExp,
  filter: WordStartFilter,
  index: WordStartIndex,
  within?: readonly { readonly start: number; readonly end: number }[],
): RegExpExecArray[] {
  const sticky = stickyFormOf(pattern);
  const { text } = index;
  const out: RegExpExecArray[] = [];
  let from = 0;
  let span = 0;
  for (const at of index.candidates(filter)) {
    if (at < from) continue;
    if (within) {
      while (span < within.length && within[span]!.end <= at) span++;
      if (span === within.length) break;
      if (at < within[span]!.start) continue;
    }
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
