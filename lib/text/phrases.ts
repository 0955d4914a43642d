/**
 * Finding listed phrases (school names, aliases, staff names, stock expressions) in a
 * tokenised draft. Phrases are indexed by their first word, so a draft is scanned
 * once whatever the number of phrases.
 */
import { fold } from './normalise';
import { tokenise, type Token } from './tokens';

export interface PhraseMatch<T> {
  value: T;
  /** Index of the first and last token matched, inclusive. */
  first: number;
  last: number;
}

/** The word keys of a phrase as the tokeniser sees them: `St. Stephen's` → `st`, `stephens`. */
export function phraseKeys(phrase: string): string[] {
  return tokenise(fold(phrase)).map((t) => t.key).filter((k) => k.length > 0);
}

/** Phrases longer than this are not names or stock expressions; they are left out of the index. */
export const MAX_PHRASE_WORDS = 16;

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
    for (const key of keys) {
      node = level.get(key);
      if (!node) {
        node = {};
        level.set(key, node);
      }
      level = node.next ??= new Map();
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
    const walk = (level: Map<string, TrieNode<T>> | undefined, index: number) => {
      const token = tokens[index];
      if (!level || !token) return;
      const nodes = [level.get(token.key), token.base !== token.key ? level.get(token.base) : undefined];
      for (const node of nodes) {
        if (!node) continue;
        walk(node.next, index + 1);
        for (const value of node.values ?? []) out.push({ value, first: at, last: index });
      }
    };
    walk(this.root, at);
    // Deeper matches were pushed first; keep that order (longest first) but, for one
    // length, the order the phrases were added in.
    return out.sort((a, b) => b.last - a.last);
  }

  /** The longest phrase that starts at token `at` (the first added, for one length). */
  longestAt(tokens: readonly Token[], at: number): PhraseMatch<T> | undefined {
    let best: PhraseMatch<T> | undefined;
    // Only a possessive word can lead two ways (its key and its base); follow both.
    const walk = (from: Map<string, TrieNode<T>> | undefined, index: number) => {
      const token = tokens[index];
      if (!from || !token) return;
      for (const node of [from.get(token.key), token.base !== token.key ? from.get(token.base) : undefined]) {
        if (!node) continue;
        if (node.values && (!best || index > best.last)) best = { value: node.values[0]!, first: at, last: index };
        walk(node.next, index + 1);
      }
    };
    walk(this.root, at);
    return best;
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
