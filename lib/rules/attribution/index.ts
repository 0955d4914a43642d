/**
 * `attribution`: "Ensure you have permission to ‘share’ other peoples’ materials and
 * acknowledge the author" (Do's), resting on the copyright clause. A reminder (info)
 * for each link, quotation or "found this online" / "not my photo" that carries no
 * credit ("via @name", "h/t", "Credit:", "©", "Source:", "by @name", "— Author").
 * Links to the school's own website or its official accounts need no credit.
 *
 * Decisions: a quotation is 4+ words in double quotes (or single quotes that open
 * after a space), not a title in capitals ("The Tiger Who Came to Tea") and not
 * reported speech ("one of my Year 2s said …", "… asked Tom"): what someone said to
 * you is not someone else's published material, and the speaker is named by the verb.
 */
import type { CompiledPolicy } from '../../compiled-policy';
import { CLAUSES } from '../../policy/clauses';
import { sourceSpan, type PreparedDraft } from '../../text/prepared';
import { sentenceIndexAt, sentencesOf } from '../../text/sentence-matches';
import { firstAtLeast, SpanSet } from '../../text/spans';
import { defineRule, type RuleHit } from '../rule';
import { findCredits, foundCreditedInPlace, FOUND_ELSEWHERE } from './credits';
import type { Item, ItemKind } from './items';
import { isSchoolsOwn } from './links';
import { findQuotes, quoteCreditedInPlace } from './quotes';
import { allMatches } from '../../text/patterns';

/** What to say about each item, quoting it (shortened) so the writer can see which one. */
const MESSAGES: Record<ItemKind, (words: string) => string> = {
  link: (words) => `The link ${words} has no credit. Say where it came from, e.g. 'via @name' or 'Source: …', so the author gets the credit.`,
  quote: (words) => `The quotation ${words} has no author. Say who said or wrote it, e.g. '— Author Name' or 'Quote credit: …'.`,
  found: (words) =>
    `${words} shares something that isn't yours without saying whose it is. Say whose it is if you can, e.g. 'Photo: @name' or 'via @name', and check you have permission to share it.`,
};

function quote(words: string): string {
  const flat = words.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 50 ? `${flat.slice(0, 49)}…` : flat}”`;
}

/** How far either side of an item a credit may sit and still belong to it. */
const CREDIT_REACH = 200;

function findUncredited(draft: PreparedDraft, policy: CompiledPolicy): Item[] {
  const text = draft.folded.plain;
  const urls = draft.links.filter((l) => l.kind === 'url');
  const items: Item[] = urls.filter((l) => !isSchoolsOwn(l, policy)).map((l) => ({ kind: 'link' as const, start: l.start, end: l.end }));
  items.push(...findQuotes(draft, new SpanSet(draft.links)));
  const sentences = sentencesOf(draft);
  const linksAndQuotes = new SpanSet(items);
  for (const m of allMatches(FOUND_ELSEWHERE, text)) {
    const item: Item = { kind: 'found', start: m.index, end: m.index + m[0].length };
    // "Found this online: https://…" is one thing to credit, reported once at the link.
    const sentence = sentences.length > 0 ? sentences[sentenceIndexAt(sentences, item.start)] : undefined;
    if (sentence && linksAndQuotes.overlaps(sentence.start, sentence.end)) continue;
    items.push(item);
  }
  items.sort((a, b) => a.start - b.start);
  const credits = findCredits(draft).sort((a, b) => a.start - b.start);
  return items.filter((item, k) => {
    const from = Math.max(items[k - 1]?.end ?? 0, item.start - CREDIT_REACH);
    const to = Math.min(items[k + 1]?.start ?? text.length, item.end + CREDIT_REACH);
    // Credits starting in [from, to) that are not inside the item itself. Items of one
    // kind never overlap, so each credit is walked past for at most a few items.
    let credited = false;
    for (let c = firstAtLeast(credits, from, (x) => x.start); c < credits.length && credits[c]!.start < to; c++) {
      const credit = credits[c]!;
      if (credit.start >= item.start && credit.end <= item.end) continue;
      credited = true;
      break;
    }
    if (credited) return false;
    if (item.kind === 'quote' && quoteCreditedInPlace(draft, item)) return false;
    if (item.kind === 'found' && foundCreditedInPlace(draft, item)) return false;
    return true;
  });
}

export default defineRule({
  id: 'attribution',
  title: 'Credit links, quotations and pictures that are not your own',
  clauses: [CLAUSES.attribution, CLAUSES.copyright],
  severity: { personal: 'info', school: 'info' },
  check({ draft, policy }) {
    return findUncredited(draft, policy).map((item): RuleHit => {
      const span = sourceSpan(draft, item.start, item.end);
      // A quotation is quoted without its own quotation marks.
      const words = draft.draft.text.slice(span.start, span.end).replace(/^["'“‘]|["'”’]$/g, '');
      return { ...span, message: MESSAGES[item.kind](quote(words)) };
    });
  },
});
