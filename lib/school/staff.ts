/**
 * Staff named in a draft (docs/rules.md): by full name, forename + surname, or title +
 * surname ("Mrs Pascoe"). A forename alone is not naming.
 */
import { phraseKeys, PhraseIndex, type PhraseMatch } from '../text/phrases';
import type { PreparedDraft } from '../text/prepared';
import { joinsTitleToName, TITLES } from '../text/titles';
import type { Span, Token } from '../text/tokens';

const TITLE_SET = new Set(TITLES);

export interface StaffMention extends Span {
  /** Position of the member of staff in the list. */
  staff: number;
  first: number;
  last: number;
}

export class StaffIndex {
  /** Full names and forename + surname. */
  private readonly names = new PhraseIndex<number>();
  /** What may follow a title: the full name, or the surname ("Mrs Pascoe", "Dr Jane Pascoe"). */
  private readonly afterTitle = new PhraseIndex<number>();
  /** Staff forenames: "Marcus's leaving do… best colleague" is a colleague, not a pupil called Marcus. */
  private readonly forenames = new Set<string>();
  readonly size: number;

  constructor(names: readonly string[]) {
    this.size = names.length;
    // A title is matched as the word before the rest, not stored with every name: 10,000
    // staff would otherwise add 370,000 phrases, one per title per name.
    names.forEach((name, i) => {
      const keys = phraseKeys(name);
      const withoutTitle = keys.filter((k, at) => !(at === 0 && TITLE_SET.has(k)));
      if (withoutTitle.length === 0) return;
      const surname = withoutTitle[withoutTitle.length - 1]!;
      if (withoutTitle.length >= 2) {
        this.forenames.add(withoutTitle[0]!);
        this.names.addKeys(withoutTitle, i);
        // Forename + surname, skipping middle names.
        this.names.addKeys([withoutTitle[0]!, surname], i);
        this.afterTitle.addKeys(withoutTitle, i);
      }
      this.afterTitle.addKeys([surname], i);
    });
  }

  /** The longest name starting at token `at`: a name, or a title and what may follow it. */
  private longestAt(tokens: readonly Token[], at: number): PhraseMatch<number> | undefined {
    const byName = this.names.longestAt(tokens, at);
    const token = tokens[at]!;
    if (!TITLE_SET.has(token.key) && !TITLE_SET.has(token.base)) return byName;
    // "Mr. Young" is a title; "on the coach. Young people…" ends a sentence first.
    const next = tokens[at + 1];
    if (!next || !joinsTitleToName(token.key, next.gapBefore)) return byName;
    const titled = at + 1 < tokens.length ? this.afterTitle.longestAt(tokens, at + 1) : undefined;
    if (titled && (!byName || titled.last > byName.last)) return { value: titled.value, first: at, last: titled.last };
    return byName;
  }

  /** Is this (folded) word a staff member's forename? */
  hasForename(key: string): boolean {
    return this.forenames.has(key);
  }

  find(draft: PreparedDraft): StaffMention[] {
    if (this.size === 0) return [];
    const { tokens } = draft;
    const found: PhraseMatch<number>[] = [];
    // Longest non-overlapping names, left to right.
    for (let i = 0; i < tokens.length; i++) {
      const best = this.longestAt(tokens, i);
      if (best) {
        found.push(best);
        i = best.last;
      }
    }
    return found
      .filter((m) => !tokens[m.first]!.inLink && tokens[m.last]!.capitalised)
      .map((m) => ({ staff: m.value, first: m.first, last: m.last, start: tokens[m.first]!.sourceStart, end: tokens[m.last]!.sourceEnd }));
  }
}
