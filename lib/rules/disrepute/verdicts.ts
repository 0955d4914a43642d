/**
 * Verdicts on the school or the trust as a whole ("the worst school in Cornwall",
 * "total shambles at SSCA", "avoid it like the plague"), for `disrepute`.
 *
 * A verdict needs to be about the school: a reference to it (its name, handle,
 * hashtag, "our school", or a generic "this school", "the academy", "the trust"). How
 * close that reference must be depends on the verdict's shape:
 *
 * - a predicate ("…is a joke", "…has gone to the dogs", "…treats its schools like cash
 *   cows") needs the school as its subject: straight before it ("SSCA is a joke"), as
 *   "it" or "the place" after the school was named, or straight after a verdict that
 *   opens the sentence ("Gone downhill, SSCA"). "The canteen at SSCA is a joke" and
 *   "morale at SSCA has gone to the dogs" judge the canteen and morale;
 * - a noun phrase, a ranking, a warning or sarcasm ("a total shambles at SSCA",
 *   "bottom of the county tables", "don't send your kids there") needs the school
 *   near it in the sentence, or a short sentence beside it that names the school
 *   ("Bottom of the league tables again. St Aldhelm's, ladies and gentlemen.");
 * - "avoid" needs the school straight after it ("avoid Larkfield Brook"), and not the
 *   roads around it ("avoid Larkfield Brook Road at pick-up"); so do "never work for"
 *   and "don't send your kids to" (not "don't send your kids to school with nuts").
 *
 * Some verdicts carry the reference in their own words ("joke of a school", "worst
 * trust"). "Joke of a train service" and "the ref was a joke" are not about the
 * school; "the school's SLT are a joke" is about its leaders (a grievance).
 */
import { needsOwnCharacters, type PreparedDraft } from '../../text/prepared';
import { findInSentences, has, sentenceAtSource, sentenceHas, sentenceOfToken, sentencesOf, toDraftSpan, type FoldedMatch, type Sentence } from '../../text/sentence-matches';
import { firstAtLeast, lastAtMost } from '../../text/spans';
import type { Span, Token } from '../../text/tokens';
import {
  AVOID_THE_ROADS,
  COMPOUND_NOUNS,
  DECLINE_NOUN,
  DECLINE_PREDICATE,
  ELSEWHERE,
  FUN_CONTEXT,
  GENERIC_REFERENCE,
  HARM,
  HARM_VERB,
  INSTRUCTION,
  IRONIC_EXCLAMATION,
  LIGHT_NOUNS,
  MOMENT,
  MORE_COMPOUND_NOUNS,
  NOT_POSSESSED,
  ONE_PART,
  OTHERS_SCHOOL,
  PEOPLE,
  PLACE_PREPOSITIONS,
  PREPOSITIONS,
  PREDATOR_WORDS,
  PRONOUN_REFERENCE,
  QUOTED_IN_PRAISE,
  RANKING,
  RANKING_CONTEXT,
  RANKING_ELSEWHERE,
  RANKING_WEAK,
  REVIEW,
  HARM_NOUN,
  SARCASM,
  SCARE_QUOTED_PRAISE,
  SELF_REFERRING,
  SUBJECT_LINKS,
  SUBJECT_PRONOUNS,
  VERBS_AFTER_NAME,
  VERDICT_NOUN,
  VERDICT_PREDICATE,
  WARNING,
  WARNING_BEFORE,
  WHOLE_OF_IT,
  WHOLE_POSSESSIONS,
  type VerdictKind,
} from './vocabulary';

/** A mention of the school found elsewhere (by name, handle, hashtag, "our school"): token indexes, inclusive. */
export interface SchoolReference {
  readonly first: number;
  readonly last: number;
}

/** A verdict found: its span in the draft as typed (the verdict and the school it is about), and the verdict's own words. */
export interface Verdict extends Span {
  kind: VerdictKind;
  /** The verdict's words, as a span of the draft as typed. */
  words: Span;
}

/** Words in a sentence beside a verdict that needs no pronoun to point at the school. */
const SHORT_FOLLOW_UP = 6;
/** How far (in words) a verdict may sit from the school it judges. */
const NEAR = 15;
/** Closer still when the sentence also talks about something else (the ref, the trains). */
const ADJACENT = 3;
/** How many linking words ("has", "honestly", "really") may stand between the school and its predicate. */
const SUBJECT_GAP = 4;
/** "This school", "that place": pointing at one school, as a name does. */
const POINTING = new Set(['this', 'that']);
/** What may stand between two verdicts that are one finding: spaces, a comma, a dash. */
const JOINED = /^[\s,;–—-]*$/;
/** More words than any reference to the school holds (names are indexed up to 16 words). */
const MAX_REF_WORDS = 24;

interface Ref {
  first: number;
  last: number;
}

/**
 * How close the school must be: the subject of a predicate, near a noun phrase,
 * straight after "avoid", or both subject and object of "killing" ("the trust is
 * killing St Stephen's").
 */
type Shape = 'predicate' | 'noun' | 'adjacent' | 'harm';

/** The tables of verdicts, what each reads as, and how close the school must be. */
const TABLES: readonly { pattern: RegExp; kind: VerdictKind; shape: Shape }[] = [
  { pattern: VERDICT_PREDICATE, kind: 'verdict', shape: 'predicate' },
  { pattern: VERDICT_NOUN, kind: 'verdict', shape: 'noun' },
  { pattern: REVIEW, kind: 'verdict', shape: 'noun' },
  { pattern: DECLINE_PREDICATE, kind: 'decline', shape: 'predicate' },
  { pattern: DECLINE_NOUN, kind: 'decline', shape: 'noun' },
  { pattern: HARM, kind: 'harm', shape: 'predicate' },
  { pattern: HARM_VERB, kind: 'harm', shape: 'harm' },
  { pattern: RANKING, kind: 'ranking', shape: 'noun' },
  { pattern: RANKING_WEAK, kind: 'ranking', shape: 'noun' },
  { pattern: HARM_NOUN, kind: 'harm', shape: 'noun' },
  { pattern: WARNING, kind: 'warning', shape: 'noun' },
  { pattern: WARNING_BEFORE, kind: 'warning', shape: 'adjacent' },
  { pattern: SARCASM, kind: 'sarcasm', shape: 'noun' },
  { pattern: SCARE_QUOTED_PRAISE, kind: 'sarcasm', shape: 'noun' },
  { pattern: IRONIC_EXCLAMATION, kind: 'sarcasm', shape: 'noun' },
];

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

/** Do the tokens strictly between `from` and `to` only link a subject to its predicate ("has", "honestly", "really")? */
function onlyLinks(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from - 1 > SUBJECT_GAP) return false;
  for (let k = from + 1; k < to; k++) if (!SUBJECT_LINKS.has(tokens[k]!.folded)) return false;
  return true;
}

/**
 * Does the sentence at `span` (a span of the draft as typed) hold words of any verdict
 * table, whether or not they were found to judge the school ("SSCA is a circus today"
 * is a fun day; "my car is a sinking ship" is about the car)? Where the tables knew the
 * words and passed them over, the disrepute model does not overrule them.
 */
export function hasVerdictWordsIn(draft: PreparedDraft, span: Span): boolean {
  const sentence = sentenceAtSource(draft, span.start);
  if (!sentence) return false;
  return [SELF_REFERRING, ONE_PART, ...TABLES.map((t) => t.pattern)].some((pattern) => has(pattern, needsOwnCharacters(pattern) ? sentence.folded : sentence.text));
}

export function findVerdicts(draft: PreparedDraft, named: readonly SchoolReference[]): Verdict[] {
  const sentences = sentencesOf(draft);
  if (sentences.length === 0) return [];
  const { tokens } = draft;
  const text = draft.folded.plain;
  const toRef = (start: number, end: number): Ref => ({ first: tokenIndexAt(tokens, start), last: lastTokenBefore(tokens, end) });

  // References to the school, by sentence, in order. A name used as a modifier ("the
  // SSCA Christmas fair") is about the fair.
  const refs: Ref[][] = sentences.map(() => []);
  const modifier = (last: number) => {
    const next = tokens[last + 1];
    return next !== undefined && next.gapBefore.trim() === '' && (COMPOUND_NOUNS.has(next.key) || MORE_COMPOUND_NOUNS.has(next.key));
  };
  // Where references start, by token: 1 for the school's own names, 2 for generic ones ("the school").
  const refStart = new Uint8Array(tokens.length);
  for (const mention of named) {
    if (modifier(mention.last)) continue;
    refStart[mention.first] = 1;
    refs[sentenceOfToken(sentences, mention.first)]!.push({ first: mention.first, last: mention.last });
  }
  // A relative's or a friend's school ("my niece's secondary", "my son's school"): another school, so its
  // sentence's "the school", "it" and self-naming verdicts ("the worst-run school") are about that one.
  const othersSchool = new Set(findInSentences(draft, OTHERS_SCHOOL).map((m) => m.sentence));
  for (const m of findInSentences(draft, GENERIC_REFERENCE)) {
    const ref = toRef(m.start, m.end);
    // (…and in the sentence after it, which goes on about the same school: "Their organisation is a joke.")
    if (modifier(ref.last) || othersSchool.has(m.sentence) || othersSchool.has(m.sentence - 1)) continue;
    refs[m.sentence]!.push(ref);
    refStart[ref.first] ||= 2;
  }
  for (const list of refs) list.sort((a, b) => a.first - b.first);

  const found: Verdict[] = [];
  const add = (kind: VerdictKind, from: number, to: number, words: Span) =>
    found.push({ kind, ...toDraftSpan(draft, { start: from, end: to }), words: toDraftSpan(draft, words) });
  for (const m of findInSentences(draft, SELF_REFERRING)) {
    if (othersSchool.has(m.sentence) && !refs[m.sentence]!.some((ref) => refStart[ref.first] === 1)) continue;
    add('verdict', m.start, m.end, m);
  }
  // Every other verdict needs the school named somewhere: most drafts stop here.
  if (refs.every((list) => list.length === 0)) return merged(found, draft.draft.text);

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
  const judgesPossession = (ref: Ref, verdict: Ref) => {
    const next = tokens[ref.last + 1];
    if (!tokens[ref.last]!.possessive || verdict.first <= ref.last + 1 || !next) return false;
    // "St Stephen's and it's…", "St Stephen's, honestly…": the name ends there.
    if (WHOLE_POSSESSIONS.has(next.key) && verdict.first <= ref.last + 1 + SUBJECT_GAP) return false;
    return !VERBS_AFTER_NAME.has(next.key) && !NOT_POSSESSED.has(next.key) && /^\s*$/.test(next.gapBefore);
  };
  /**
   * "The traffic outside SSCA is shocking", "morale at SSCA has gone downhill": the
   * school is where something else is judged, when what is said follows straight on.
   * "Everything at SSCA is rotten" and "ten years at SSCA and it's a shadow of itself" are not.
   */
  const judgesSomethingThere = (ref: Ref, verdict: Ref, sentence: Sentence) => {
    if (verdict.first <= ref.last || !onlyLinks(tokens, ref.last, verdict.first)) return false;
    const before = tokens[ref.first - 1];
    if (!before || ref.first - 1 < sentence.first || !PLACE_PREPOSITIONS.has(before.key)) return false;
    const thing = tokens[ref.first - 2];
    return thing !== undefined && ref.first - 2 >= sentence.first && !WHOLE_OF_IT.has(thing.key);
  };
  const fair = (ref: Ref, verdict: Ref, sentence: Sentence) =>
    !judgesPeople(ref, verdict, sentence.index) && !judgesPossession(ref, verdict) && !judgesSomethingThere(ref, verdict, sentence);
  const elsewhere = new Set(findInSentences(draft, ELSEWHERE).map((m) => m.sentence));
  const sameParagraph = (a: Sentence, b: Sentence) => !text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)).includes('\n\n');
  const sentenceLength = (s: Sentence) => s.last - s.first + 1;
  // Whether a sentence holds some words, asked once per sentence however many verdicts it holds.
  const answers = new Map<RegExp, Map<number, boolean>>();
  const holds = (pattern: RegExp, sentence: Sentence) => {
    let known = answers.get(pattern);
    if (!known) answers.set(pattern, (known = new Map()));
    let answer = known.get(sentence.index);
    if (answer === undefined) known.set(sentence.index, (answer = sentenceHas(pattern, sentence)));
    return answer;
  };

  /** The school named in the sentence before, when this one points back at it ("It has gone downhill", "Don't apply."). */
  const namedJustBefore = (sentence: Sentence, pronoun: boolean) => {
    const pointsBack = pronoun || holds(PRONOUN_REFERENCE, sentence);
    let previous = sentences[sentence.index - 1];
    // "Fenmoor? A school of excellence? My backside. It's a sinking ship.": a pronoun
    // points back past one or two short retorts that name nothing else.
    for (let skipped = 0; pointsBack && previous && skipped < 2 && refs[previous.index]!.length === 0; skipped++) {
      if (sentenceLength(previous) > 4 || elsewhere.has(previous.index)) break;
      previous = sentences[previous.index - 1];
    }
    if (!previous || refs[previous.index]!.length === 0 || !sameParagraph(previous, sentence)) return false;
    if (pointsBack) return true;
    // "St Stephen's? Avoid." "…look at Pennine Ridge. A laughing stock." — not "Lovely walk by SSCA. Geese everywhere, keep away!"
    const asked = /[?:]/.test(text.slice(previous.end, sentence.start));
    return sentenceLength(sentence) <= (asked || sentenceLength(previous) <= 4 ? SHORT_FOLLOW_UP : 3);
  };
  /** A short sentence right after that names the school: "Bottom of the tables again. #StAldhelms" */
  const namedJustAfter = (sentence: Sentence) => {
    const next = sentences[sentence.index + 1];
    return next !== undefined && refs[next.index]!.length > 0 && sameParagraph(sentence, next) && sentenceLength(next) <= SHORT_FOLLOW_UP;
  };

  /** Is this verdict about the school, given its shape? */
  const aboutTheSchool = (verdict: Ref, at: number, sentence: Sentence, shape: Shape): Ref | 'beside' | null => {
    const inSentence = refs[sentence.index]!;
    if (shape === 'adjacent') {
      const at = verdict.last + 1;
      if (!refStart[at]) return null;
      // "Avoid the school at pick-up" is about the roads: "avoid" needs the school's name or "this school".
      if (tokens[verdict.first]!.key.startsWith('avoid') && refStart[at] !== 1 && !POINTING.has(tokens[at]!.key)) return null;
      const ref = refsNear(inSentence, verdict, 0).find((r) => r.first === at);
      return ref && !holds(AVOID_THE_ROADS, sentence) && fair(ref, verdict, sentence) ? ref : null;
    }
    if (shape === 'harm') {
      const object = refsNear(inSentence, verdict, 0).find((r) => r.first === verdict.last + 1);
      if (!object) return null;
      const subject = aboutTheSchool(verdict, at, sentence, 'predicate');
      return subject === null || subject === object ? null : subject;
    }
    if (shape === 'predicate') {
      // The school as the subject, straight before the predicate.
      // "SSCA's a joke", "it's a joke": the predicate starts inside the subject's own word.
      const inside = tokens[verdict.first]!.start < at;
      for (const ref of refsNear(inSentence, verdict, SUBJECT_GAP + 1)) {
        // "SSCA's reputation is in the gutter": what it owns may stand for the whole of it.
        const owned = tokens[ref.last]!.possessive && WHOLE_POSSESSIONS.has(tokens[ref.last + 1]?.key ?? '') ? ref.last + 1 : ref.last;
        const before = inside ? ref.last === verdict.first : owned < verdict.first && onlyLinks(tokens, owned, verdict.first);
        if (before && fair(ref, verdict, sentence)) return ref;
      }
      // "It", "they", "the place" as the subject, after the school was named.
      let k = inside ? verdict.first : verdict.first - 1;
      while (!inside && k >= sentence.first && verdict.first - k <= SUBJECT_GAP && SUBJECT_LINKS.has(tokens[k]!.folded)) k--;
      if (k >= sentence.first && SUBJECT_PRONOUNS.has(tokens[k]!.base)) {
        if (inSentence.length > 0 && inSentence[0]!.last < k) return 'beside';
        // (…or when the school named in this sentence comes only after: "It's a vulture, and it picked Hollybank clean.")
        if ((inSentence.length === 0 || inSentence[0]!.first > verdict.last) && namedJustBefore(sentence, true)) return 'beside';
      }
      // A verdict that opens the sentence, the school straight after: "Gone downhill, SSCA has."
      if (onlyLinks(tokens, sentence.first - 1, verdict.first)) {
        const ref = refsNear(inSentence, verdict, ADJACENT).find((r) => r.first > verdict.last && fair(r, verdict, sentence));
        if (ref) return ref;
      }
      // A short sentence after one that named the school: "SSCA? Gone right downhill."
      if (inSentence.length === 0 && !elsewhere.has(sentence.index) && sentenceLength(sentence) <= SHORT_FOLLOW_UP && namedJustBefore(sentence, false)) return 'beside';
      return null;
    }
    const limit = elsewhere.has(sentence.index) ? ADJACENT : NEAR;
    const candidates = refsNear(inSentence, verdict, limit);
    const ref = candidates.find((r) => fair(r, verdict, sentence));
    if (ref) return ref;
    if (candidates.length > 0 || inSentence.length > 0 || elsewhere.has(sentence.index)) return null;
    return namedJustBefore(sentence, false) || namedJustAfter(sentence) ? 'beside' : null;
  };

  // A predicate said of something else ("my car is a sinking ship") keeps its noun ("sinking ship") from being read on its own.
  // (Such a predicate ends where its noun ends, so the ends are enough to know one.)
  const otherSubjects = new Set<number>();
  // Only sentences the school can be the subject of are read: those that name it, and
  // those up to three after one that did or just before one that does (`namedJustBefore`, `namedJustAfter`).
  const near = sentencesNearReferences(refs);
  for (const { pattern, kind, shape } of TABLES) {
    for (const m of findInSentences(draft, pattern, near)) {
      const sentence = sentences[m.sentence]!;
      if (!plausible(m, kind, sentence, pattern, holds, sentences[sentence.index - 1])) continue;
      if (shape === 'noun' && otherSubjects.has(m.end)) continue;
      const verdict = toRef(m.start, m.end);
      const ref = aboutTheSchool(verdict, m.start, sentence, shape);
      if (ref === null) {
        if (shape === 'predicate') otherSubjects.add(m.end);
        continue;
      }
      // "…is a vulture" is found with the other verdicts said with "is", and reads as harm.
      const reads = pattern === VERDICT_PREDICATE && PREDATOR_WORDS.test(m.match[0]) ? 'harm' : kind;
      // "It's a joke": the finding starts where the word holding the predicate starts.
      if (ref === 'beside') {
        const start = Math.min(tokens[verdict.first]!.start, m.start);
        add(reads, start, m.end, { start, end: m.end });
      }
      else add(reads, Math.min(tokens[ref.first]!.start, m.start), Math.max(tokens[ref.last]!.end, m.end), m);
    }
  }
  return merged(found, draft.draft.text);
}

/** The sentences a verdict may be about the school in, by index, in order (all of them: undefined). */
function sentencesNearReferences(refs: readonly (readonly Ref[])[]): number[] | undefined {
  const near = new Uint8Array(refs.length);
  let count = 0;
  refs.forEach((list, k) => {
    if (list.length === 0) return;
    for (let j = Math.max(0, k - 1); j <= Math.min(refs.length - 1, k + 3); j++) {
      if (near[j] === 0) count++;
      near[j] = 1;
    }
  });
  if (count === refs.length) return undefined;
  const out: number[] = [];
  near.forEach((flag, k) => {
    if (flag === 1) out.push(k);
  });
  return out;
}

/** Verdict words that mean something else here: a fun kind of chaos, a ranking in a race. */
function plausible(
  m: FoldedMatch,
  kind: VerdictKind,
  sentence: Sentence,
  pattern: RegExp,
  holds: (pattern: RegExp, sentence: Sentence) => boolean,
  before: Sentence | undefined,
): boolean {
  if (LIGHT_NOUNS.test(m.match[0]) && (holds(FUN_CONTEXT, sentence) || holds(MOMENT, sentence))) return false;
  if (pattern === SCARE_QUOTED_PRAISE && holds(QUOTED_IN_PRAISE, sentence)) return false;
  // (Read in the ranking's own clause: "…bottom of the league tables again and SLT are celebrating attendance certificates".)
  // (Not when the school is ranked last again and again, one of them in results: "last for attendance, last for behaviour and last for results".)
  // (Asked only of a ranking, and once a sentence: a long draft may hold thousands of verdicts.)
  if (
    kind === 'ranking' &&
    holds(RANKING_ELSEWHERE, sentence) &&
    has(RANKING_ELSEWHERE, rankingClause(m, sentence)) &&
    !(holds(RANKED_THRICE, sentence) && holds(RANKING_CONTEXT, sentence))
  )
    return false;
  // The tables may be named in the sentence before: "Ranked the local secondaries for a friend. SSCA came sixth out of six."
  if (pattern === RANKING_WEAK && !holds(RANKING_CONTEXT, sentence) && !(before && holds(RANKING_CONTEXT, before) && !holds(RANKING_ELSEWHERE, before))) return false;
  if (kind === 'warning' && holds(INSTRUCTION, sentence)) return false;
  return true;
}

/** Ranked last three times in one sentence: "last for attendance, last for behaviour and last for results". */
const RANKED_THRICE = /\b(?:last|bottom|worst)\b(?:[^.!?\n]*?\b(?:last|bottom|worst)\b){2}/;

/** The sentence up to the end of the clause holding a ranking: the next "and", "but", comma or semicolon after it. */
function rankingClause(m: FoldedMatch, sentence: Sentence): string {
  const end = m.end - sentence.start;
  const cut = sentence.text.slice(end).search(/\s(?:and|but|while|whereas)\s|[,;]/);
  return sentence.text.slice(0, cut < 0 ? sentence.text.length : end + cut);
}

/** Overlapping verdicts, and verdicts with only a space or a comma between them ("SSCA is a joke, a total joke"), are one finding, of the first kind found there. */
function merged(found: Verdict[], typed: string): Verdict[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Verdict[] = [];
  for (const verdict of found) {
    const last = out[out.length - 1];
    if (last && (verdict.start <= last.end || (verdict.start - last.end <= 3 && JOINED.test(typed.slice(last.end, verdict.start))))) {
      last.end = Math.max(last.end, verdict.end);
      continue;
    }
    out.push({ ...verdict });
  }
  return out;
}

/** References at most `limit` words from the verdict, in order. */
function refsNear(refs: readonly Ref[], verdict: Ref, limit: number): Ref[] {
  if (refs.length <= 16) return refs.filter((r) => gapBetween(r, verdict) <= limit);
  // A sentence naming the school hundreds of times: look only at the references near the verdict.
  const out: Ref[] = [];
  // A reference is at most MAX_REF_WORDS long, so any within reach starts after this.
  for (let k = firstAtLeast(refs, verdict.first - limit - MAX_REF_WORDS - 1, (r) => r.first); k < refs.length && refs[k]!.first <= verdict.last + limit + 1; k++) {
    if (gapBetween(refs[k]!, verdict) <= limit) out.push(refs[k]!);
  }
  return out;
}
