/**
 * Finding listed phrases (school names, aliases, staff names, stock expressions) in a
 * tokenised draft. Phrases are indexed by their first word, so a draft is scanned
 * once whatever the number of phrases.
 */
import { foldPhrase } from './normalise';
import { WORD, type Token } from './tokens';
import { allMatches } from './patterns';

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

export interface PhraseMatch<T> {
  value: T;
  /** Index of the first and last token matched, inclusive. */
  first: number;
  last: number;
}

const keysCache = new Map<string, readonly string[]>();

/**
 * The word keys of a phrase as the tokeniser sees them: `St. Stephen's` → `st`,
 * `stephens`. Called for every name of every pupil and member of staff when the
 * settings change, so it skips what keys do not need (links, sentence starts) and
 * remembers names already seen (a school's forenames repeat).
 */
export function phraseKeys(phrase: string): string[] {
  const known = keysCache.get(phrase);
  if (known) return [...known];
  const keys: string[] = [];
  for (const m of allMatches(WORD, foldPhrase(phrase))) {
    const key = m[0].replace(NOT_LETTER_OR_DIGIT, '');
    if (key.length > 0) keys.push(key);
  }
  if (keysCache.size >= 100_000) keysCache.clear();
  keysCache.set(phrase, keys);
  return [...keys];
}

/** Phrases longer than this are not names or stock expressions; they are left out of the index. */
const MAX_PHRASE_WORDS = 16;

const NONE: never[] = [];

interface TrieNode<T> {
  /** Values of the phrases that end here, in the order they were added. */
  values?: T[];
  next?: Map<string, TrieNode<T>>;
}

/**
 * Phrases as a tree of words: finding every phrase that starts at a word costs one
 * step per word of the longest phrase, however many phrases there are, and adding a
 * phrase costs one step per word (10,000 staff names, each with a dozen title forms,
 * build in milliseconds).
 */
export class PhraseIndex<T> {
  private readonly root = new Map<string, TrieNode<T>>();

  constructor(entries: Iterable<[phrase: string, value: T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): void {
    this.addKeys(phraseKeys(phrase), value);
  }

  addKeys(keys: readonly string[], value: T): void {
    if (keys.length === 0 || keys.length > MAX_PHRASE_WORDS) return;
    let level = this.root;
    let node: TrieNode<T> | undefined;
    for (let k = 0; k < keys.length; k++) {
      // Maps only where a phrase goes on: most nodes are the last word of a name.
      if (node) level = node.next ??= new Map();
      node = level.get(keys[k]!);
      if (!node) {
        node = {};
        level.set(keys[k]!, node);
      }
    }
    (node!.values ??= []).push(value);
  }

  /** How many different first words the phrases start with. */
  get size(): number {
    return this.root.size;
  }

  /** Every phrase that starts at token `at`, longest first. */
  matchesAt(tokens: readonly Token[], at: number): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    this.collect(this.root, tokens, at, at, out);
    // Deeper matches were pushed first; keep that order (longest first) and, for one
    // length, the order the phrases were added in.
    return out.sort((a, b) => b.last - a.last);
  }

  private collect(level: Map<string, TrieNode<T>> | undefined, tokens: readonly Token[], at: number, index: number, out: PhraseMatch<T>[]): void {
    const token = tokens[index];
    if (!level || !token) return;
    for (const node of this.nextNodes(level, token)) {
      this.collect(node.next, tokens, at, index + 1, out);
      for (const value of node.values ?? []) out.push({ value, first: at, last: index });
    }
  }

  /** The longest phrase that starts at token `at` (the first added, for one length). */
  longestAt(tokens: readonly Token[], at: number): PhraseMatch<T> | undefined {
    return this.longestFrom(this.root, tokens, at, at, undefined);
  }

  private longestFrom(
    level: Map<string, TrieNode<T>> | undefined,
    tokens: readonly Token[],
    at: number,
    index: number,
    best: PhraseMatch<T> | undefined,
  ): PhraseMatch<T> | undefined {
    const token = tokens[index];
    if (!level || !token) return best;
    for (const node of this.nextNodes(level, token)) {
      if (node.values && (!best || index > best.last)) best = { value: node.values[0]!, first: at, last: index };
      best = this.longestFrom(node.next, tokens, at, index + 1, best);
    }
    return best;
  }

  /** Where a word leads: by its key, and, for a possessive, by its base too ("stephen's" → "stephens", "stephen"). */
  private nextNodes(level: Map<string, TrieNode<T>>, token: Token): TrieNode<T>[] {
    const byKey = level.get(token.key);
    const byBase = token.base !== token.key ? level.get(token.base) : undefined;
    if (!byBase) return byKey ? [byKey] : NONE;
    return byKey ? [byKey, byBase] : [byBase];
  }

  /** Longest non-overlapping matches, left to right. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const best = this.longestAt(tokens, i);
      if (best) {
        out.push(best);
        i = best.last;
      }
    }
    return out;
  }
}
