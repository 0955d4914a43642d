/**
 * Staff named in a draft (docs/rules.md): by full name, forename + surname, or title +
 * surname ("Mrs Pascoe"). A forename alone is not naming.
 */
import { phraseKeys, PhraseIndex } from '../text/phrases';
import type { PreparedDraft } from '../text/prepared';
import type { Span } from '../text/tokens';

export const TITLES = ['mr', 'mrs', 'miss', 'ms', 'mx', 'dr', 'sir', 'dame', 'prof', 'professor', 'rev', 'revd', 'father', 'madame', 'mme', 'mister', 'missus', 'coach'];
const TITLE_SET = new Set(TITLES);

export interface StaffMention extends Span {
  /** Position of the member of staff in the list. */
  staff: number;
  first: number;
  last: number;
}

export class StaffIndex {
  private readonly phrases = new PhraseIndex<number>();
  readonly size: number;

  constructor(names: readonly string[]) {
    this.size = names.length;
    names.forEach((name, i) => {
      const keys = phraseKeys(name);
      const withoutTitle = keys.filter((k, at) => !(at === 0 && TITLE_SET.has(k)));
      if (withoutTitle.length === 0) return;
      const surname = withoutTitle[withoutTitle.length - 1]!;
      if (withoutTitle.length >= 2) {
        this.phrases.addKeys(withoutTitle, i);
        // Forename + surname, skipping middle names.
        this.phrases.addKeys([withoutTitle[0]!, surname], i);
        for (const title of TITLES) this.phrases.addKeys([title, ...withoutTitle], i);
      }
      for (const title of TITLES) this.phrases.addKeys([title, surname], i);
    });
  }

  find(draft: PreparedDraft): StaffMention[] {
    if (this.size === 0) return [];
    const { tokens } = draft;
    return this.phrases
      .findAll(tokens)
      .filter((m) => !tokens[m.first]!.inLink && tokens[m.last]!.capitalised)
      .map((m) => ({ staff: m.value, first: m.first, last: m.last, start: tokens[m.first]!.sourceStart, end: tokens[m.last]!.sourceEnd }));
  }
}
