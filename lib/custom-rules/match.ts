/**
 * Finding a school rule's phrases in a draft: whole words, folded the way names are
 * (case, diacritics, apostrophes, so "Ofsted grade" = "OFSTED Grade" and "O'Brien" =
 * "O’Brien"), never inside a web or email address. The same matcher runs in the engine
 * and when a rule's examples are checked, so an example that passes is a promise about
 * what the browser and check-drafts will do.
 */
import { PhraseIndex, phraseKeys } from '../text/phrases';
import type { PreparedDraft } from '../text/prepared';
import type { Span } from '../text/tokens';

export interface PhraseFound extends Span {
  /** The phrase as the school wrote it. */
  phrase: string;
}

export class PhraseMatcher {
  private readonly index: PhraseIndex<string>;

  constructor(phrases: readonly string[]) {
    this.index = new PhraseIndex(phrases.map((phrase): [string, string] => [phrase, phrase]));
  }

  /** The longest phrase at each place, left to right, as spans of the draft as typed. */
  find(draft: PreparedDraft): PhraseFound[] {
    const { tokens } = draft;
    const out: PhraseFound[] = [];
    for (const match of this.index.findAll(tokens)) {
      if (tokens.slice(match.first, match.last + 1).some((t) => t.inLink)) continue;
      out.push({ start: tokens[match.first]!.sourceStart, end: tokens[match.last]!.sourceEnd, phrase: match.value });
    }
    return out;
  }
}

/** A phrase the matcher can look for: it has at least one letter or digit. */
export function isMatchablePhrase(phrase: string): boolean {
  return phraseKeys(phrase).length > 0;
}
