/**
 * Verdicts on the school or the trust as a whole ("the worst school in Cornwall",
 * "total shambles at SSCA", "avoid it like the plague"), for `disrepute`.
 *
 * A verdict needs to be about the school: a reference to it (its name, handle,
 * hashtag, "our school", or a generic "this school", "the academy", "the trust") in
 * the same sentence, near the verdict, or a pronoun ("it", "there") when the sentence
 * before named it. Some verdicts carry the reference in their own words ("joke of a
 * school", "laughing stock of a trust"). "Joke of a train service" and "the ref was a joke" are not about the
 * school; "the school's SLT are a joke" is about its leaders (a grievance).
 */
import type { PreparedDraft } from '../../text/prepared';
import { findInSentences, has, sentenceOfToken, sentencesOf, toDraftSpan } from '../../text/sentence-matches';
import { firstAtLeast, lastAtMost } from '../../text/spans';
import type { Span, Token } from '../../text/tokens';
import { COMPOUND_NOUNS, ELSEWHERE, GENERIC_REFERENCE, PEOPLE, PREPOSITIONS, PRONOUN_REFERENCE, SELF_REFERRING, VERBS_AFTER_NAME, VERDICT } from './vocabulary';

/** A mention of the school found elsewhere (by name, handle, hashtag, "our school"): token indexes, inclusive. */
export interface SchoolReference {
  readonly first: number;
  readonly last: number;
}

/** Words in a follow-up sentence that needs no pronoun to point back at the school. */
const SHORT_FOLLOW_UP = 6;
/** How far (in words) a verdict may sit from the school it judges. */
const NEAR = 15;
/** Closer still when the sentence also talks about something else (the ref, the trains). */
const ADJACENT = 3;
/** More words than any reference to the school holds (names are indexed up to 16 words). */
const MAX_REF_WORDS = 24;

interface Ref {
  first: number;
  last: number;
}

function tokenIndexAt(tokens: readonly Token[], foldedOffset: number): number {
  return Math.max(0, lastAtMost(tokens, foldedOffset, (t) => t.start));
}

function lastTokenBefore(tokens: readonly Token[], foldedEnd: number): number {
  let at = tokenIndexAt(tokens, Math.max(0, foldedEnd - 1));
  while (at > 0 && tokens[at]!.start >= foldedEnd) at--;
  return at;
}

function gapBetween(a: Ref, b: Ref): number {
  if (a.last < b.first) return b.first - a.last - 1;
  if (b.last < a.first) return a.first - b.last - 1;
  return 0;
}

export function findVerdicts(draft: PreparedDraft, named: readonly SchoolReference[]): Span[] {
  const sentences = sentencesOf(draft);
  if (sentences.length === 0) return [];
  const { tokens } = draft;
  const toRef = (start: number, end: number): Ref => ({ first: tokenIndexAt(tokens, start), last: lastTokenBefore(tokens, end) });

  // References to the school, by sentence. A name used as a modifier ("the SSCA
  // Christmas fair") is about the fair.
  const refs: Ref[][] = sentences.map(() => []);
  for (const mention of named) {
    const next = tokens[mention.last + 1];
    if (next && next.gapBefore.trim() === '' && COMPOUND_NOUNS.has(next.key)) continue;
    refs[sentenceOfToken(sentences, mention.first)]!.push({ first: mention.first, last: mention.last });
  }
  for (const m of findInSentences(draft, GENERIC_REFERENCE)) refs[m.sentence]!.push(toRef(m.start, m.end));

  const people = findInSentences(draft, PEOPLE)
    .map((m) => ({ sentence: m.sentence, ...toRef(m.start, m.end) }))
    .sort((a, b) => a.first - b.first);
  /**
   * "The school's SLT are a joke", "SLT at SSCA are a joke": the verdict is on the
   * leaders (a grievance), not on the school. Only people within a few words of the
   * reference and the verdict can stand between them, so only those are looked at.
   */
  const judgesPeople = (ref: Ref, verdict: Ref, sentence: number) => {
    const from = Math.min(ref.first, verdict.first) - 3;
    const to = Math.max(ref.last, verdict.last);
    for (let k = firstAtLeast(people, from, (p) => p.first); k < people.length && people[k]!.first <= to; k++) {
      const p = people[k]!;
      if (p.sentence !== sentence) continue;
      const between = p.first > Math.min(ref.last, verdict.last) && p.last < Math.max(ref.first, verdict.first);
      const ownedBy = p.last < ref.first && ref.first - p.last <= 2 && p.last < verdict.first && PREPOSITIONS.has(tokens[p.last + 1]!.key);
      if (between || ownedBy) return true;
    }
    return false;
  };
  /**
   * "The school's new website is a joke" judges the website. "St Stephen's is going
   * downhill" has an apostrophe in the name itself: a verb follows, not a thing.
   */
  const judgesPossession = (ref: Ref, verdict: Ref) =>
    tokens[ref.last]!.possessive && verdict.first > ref.last + 1 && !VERBS_AFTER_NAME.has(tokens[ref.last + 1]?.key ?? '');
  const elsewhere = new Set(findInSentences(draft, ELSEWHERE).map((m) => m.sentence));
  const text = draft.folded.text;

  const spans: Span[] = [];
  const add = (from: number, to: number) => spans.push(toDraftSpan(draft, { start: from, end: to }));

  for (const m of findInSentences(draft, SELF_REFERRING)) add(m.start, m.end);

  for (const m of findInSentences(draft, VERDICT)) {
    const verdict = toRef(m.start, m.end);
    const limit = elsewhere.has(m.sentence) ? ADJACENT : NEAR;
    const candidates = refsNear(refs[m.sentence]!, verdict, limit);
    const ref = candidates.find((r) => !judgesPeople(r, verdict, m.sentence) && !judgesPossession(r, verdict));
    if (ref) {
      const from = Math.min(tokens[ref.first]!.start, m.start);
      const to = Math.max(tokens[ref.last]!.end, m.end);
      add(from, to);
      continue;
    }
    if (candidates.length > 0 || refs[m.sentence]!.length > 0 || elsewhere.has(m.sentence)) continue;
    // "St Stephen's? I wouldn't send my dog there."
    const sentence = sentences[m.sentence]!;
    const previous = sentences[m.sentence - 1];
    if (!previous || refs[m.sentence - 1]!.length === 0) continue;
    if (text.slice(previous.end, sentence.start).includes('\n\n')) continue;
    // "Don't apply, stay away." is short enough to be about the school just named.
    if (!has(PRONOUN_REFERENCE, sentence.text) && sentence.last - sentence.first + 1 > SHORT_FOLLOW_UP) continue;
    add(m.start, m.end);
  }
  // Overlapping or touching verdicts ("total shambles" inside "a total shambles at SSCA") are one finding.
  spans.sort((a, b) => a.start - b.start);
  const found: Span[] = [];
  for (const span of spans) {
    const last = found[found.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else found.push({ ...span });
  }
  return found;
}

/** References at most `limit` words from the verdict, in the order they were found. */
function refsNear(refs: readonly Ref[], verdict: Ref, limit: number): Ref[] {
  if (refs.length <= 16) return refs.filter((r) => gapBetween(r, verdict) <= limit);
  // A sentence naming the school hundreds of times: look only at the references near the verdict.
  const sorted = sortedRefs.get(refs) ?? [...refs].sort((a, b) => a.first - b.first);
  sortedRefs.set(refs, sorted);
  const out: Ref[] = [];
  // A reference is at most MAX_REF_WORDS long, so any within reach starts after this.
  for (let k = firstAtLeast(sorted, verdict.first - limit - MAX_REF_WORDS - 1, (r) => r.first); k < sorted.length && sorted[k]!.first <= verdict.last + limit + 1; k++) {
    if (gapBetween(sorted[k]!, verdict) <= limit) out.push(sorted[k]!);
  }
  return out;
}

const sortedRefs = new WeakMap<readonly Ref[], Ref[]>();
