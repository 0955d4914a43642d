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

export class PhraseIndex<T> {
  private readonly byFirstKey = new Map<string, { keys: string[]; value: T }[]>();

  constructor(entries: Iterable<[phrase: string, value: T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): void {
    this.addKeys(phraseKeys(phrase), value);
  }

  addKeys(keys: string[], value: T): void {
    if (keys.length === 0) return;
    const list = this.byFirstKey.get(keys[0]!) ?? [];
    list.push({ keys, value });
    // Longest first, so "St Stephens Community Academy" wins over "St Stephens".
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirstKey.set(keys[0]!, list);
  }

  get size(): number {
    return this.byFirstKey.size;
  }

  /** Every phrase that starts at token `at`, longest first. */
  matchesAt(tokens: readonly Token[], at: number): PhraseMatch<T>[] {
    const token = tokens[at]!;
    const candidates = this.byFirstKey.get(token.key) ?? (token.base !== token.key ? this.byFirstKey.get(token.base) : undefined);
    if (!candidates) return [];
    const out: PhraseMatch<T>[] = [];
    for (const { keys, value } of candidates) {
      if (at + keys.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < keys.length; k++) {
        const t = tokens[at + k]!;
        if (t.key !== keys[k] && t.base !== keys[k]) {
          ok = false;
          break;
        }
      }
      if (ok) out.push({ value, first: at, last: at + keys.length - 1 });
    }
    return out;
  }

  /** Longest non-overlapping matches, left to right. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const best = this.matchesAt(tokens, i)[0];
      if (best) {
        out.push(best);
        i = best.last;
      }
    }
    return out;
  }
}
