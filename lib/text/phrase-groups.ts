/**
 * Finding a school rule's phrases in a draft: whole words, folded the way names are
 * (case, diacritics, apostrophes, so "Ofsted grade" = "OFSTED Grade" and "O'Brien" =
 * "O’Brien"), never inside a web or email address. The same matcher runs in the engine
 * and when a rule's examples are checked, so an example that passes is a promise about
 * what the browser and check-drafts will do.
 */
import { PhraseIndex, phraseKeys } from './phrases';
import type { PreparedDraft } from './prepared';
import type { Span } from './tokens';

export interface PhraseFound extends Span {
  /** The phrase as the school wrote it. */
  phrase: string;
}

/**
 * Several groups of phrases (one group per rule) in one index, so a draft is scanned
 * once however many rules the school has. Within a group, the longest phrase at each
 * place wins and matches do not overlap; groups do not affect each other.
 */
export class PhraseMatcher {
  private readonly index = new PhraseIndex<{ group: number; phrase: string }>();

  constructor(private readonly groups: readonly (readonly string[])[]) {
    groups.forEach((phrases, group) => {
      for (const phrase of phrases) this.index.add(phrase, { group, phrase });
    });
  }

  /** For each group, its phrases in the draft, left to right, as spans of the draft as typed. */
  find(draft: PreparedDraft): PhraseFound[][] {
    const { tokens } = draft;
    const out: PhraseFound[][] = this.groups.map(() => []);
    const nextFree = this.groups.map(() => 0);
    for (let i = 0; i < tokens.length; i++) {
      const matches = this.index.matchesAt(tokens, i);
      if (matches.length === 0) continue;
      const seen = new Set<number>();
      // Longest first: the first match of a group here is its longest.
      for (const { value, last } of matches) {
        if (seen.has(value.group)) continue;
        seen.add(value.group);
        if (i < nextFree[value.group]!) continue;
        nextFree[value.group] = last + 1;
        if (tokens.slice(i, last + 1).some((t) => t.inLink)) continue;
        out[value.group]!.push({ start: tokens[i]!.sourceStart, end: tokens[last]!.sourceEnd, phrase: value.phrase });
      }
    }
    return out;
  }
}

/** How many words the matcher sees in a phrase (0: nothing it can look for). */
export function phraseWordCount(phrase: string): number {
  return phraseKeys(phrase).length;
}
