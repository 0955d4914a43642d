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
import { findInSentences, has, sentenceOfToken, sentencesOf, toDraftSpan } from '../../text/sentence-matches';
import type { PreparedDraft } from '../../text/prepared';
import { anyOf, wordPattern } from '../../text/patterns';
import { firstAtLeast, lastAtMost } from '../../text/spans';
import type { Span, Token } from '../../text/tokens';
import { COLLEAGUES, EXTERNAL_ACTOR, INSTITUTION_REF, LEADERS, OTHER_DOMAINS, SCHOOL_COMPOUND_NOUNS } from '../../facts/workplace';

/** A mention of the school found elsewhere (by name, handle, hashtag, "our school"): token indexes, inclusive. */
export interface SchoolReference {
  readonly first: number;
  readonly last: number;
}

const STRONG_NOUNS = anyOf(
  'joke',
  'shambles',
  'disgrace',
  'farce',
  'laughing ?stock',
  'embarrassment',
  'dump',
  'hell ?hole',
  'sinking ship',
  'car crash',
  'clown (?:show|car)',
  'circus',
  'basket case',
  'omnishambles',
  'sham',
  'shambolic mess',
);
/** Nouns that are only a verdict when stressed: "a total mess", not "a mess of glitter". */
const STRESSED_NOUNS = anyOf('mess', 'chaos', 'disaster', 'nightmare', 'shower', 'state', 'zoo', 'madhouse', 'failure');
const STRESS = anyOf('absolute', 'total', 'complete', 'utter', 'actual', 'bloody', 'proper', 'massive', 'huge', 'right', 'real', 'national', 'laughing', 'f\\*+ing', 'effing');
const COPULA = anyOf(
  'is',
  'are',
  'was',
  'were',
  "'s",
  'has become',
  'have become',
  'becoming',
  'become',
  'remains?',
  'looks like',
  'feels like',
  'seems like',
);
const HEDGE = anyOf('now', 'just', 'honestly', 'literally', 'genuinely', 'officially', 'truly', 'frankly', 'basically', 'clearly', 'still', 'fast', 'rapidly', 'quickly', 'such', 'becoming', 'an', 'a', 'the', 'no more than', 'nothing but');
const INSTITUTION_NOUN = anyOf('school', 'academy', 'trust', 'primary', 'secondary', 'employer', 'mat', 'place', 'organi[sz]ation', 'workplace', 'establishment');

/** Verdicts that say what they are about: "worst school", "laughing stock of a trust". */
const SELF_REFERRING = wordPattern(
  anyOf(
    `worst (?:run |managed )?(?:school|academy|trust|primary|secondary|employer|mat|organi[sz]ation|workplace|place (?:to work|i(?:'ve| have)? (?:ever )?worked))`,
    `(?:${STRONG_NOUNS}|${STRESSED_NOUNS}|excuse) of an? ${INSTITUTION_NOUN}`,
    `excuse for an? ${INSTITUTION_NOUN}`,
    `(?:terrible|awful|rubbish|crap|appalling|dreadful|shocking|useless|toxic|hopeless|shambolic|dire|pathetic|disgraceful|laughable|incompetent) (?:school|academy|trust|employer|workplace|place to work)`,
    `(?:what an?|such an?) (?:${STRONG_NOUNS}) (?:this|that|the|our) (?:school|academy|trust|place) is`,
  ),
);

/** Verdicts that need the school nearby. */
const VERDICT = wordPattern(
  anyOf(
    `${COPULA}(?: ${HEDGE}){0,3}(?: ${STRESS}){0,2} ${STRONG_NOUNS}`,
    `(?:an? )?${STRESS}(?: ${STRESS})? (?:${STRONG_NOUNS}|${STRESSED_NOUNS})`,
    `what an? (?:${STRONG_NOUNS})`,
    'shambolic',
    'omnishambles',
    'laughing ?stock',
    '(?:going|gone|gone right|went|heading|sliding|slid)(?: (?:rapidly|fast|so far|completely|totally|massively|right))? downhill',
    '(?:gone|going|went|goes) (?:right )?(?:down the (?:pan|drain|toilet|tubes)|to the dogs|to pot|to hell|to rack and ruin|to the wall|off a cliff)',
    'falling apart',
    'run into the ground',
    '(?:badly|poorly|terribly|appallingly|shockingly|so badly|atrociously|woefully) (?:run|managed|led|organised)',
    'rudderless',
    'rats (?:leaving|deserting|jumping)',
    'sinking ship',
    'avoid [^.!?\\n]{1,60}? like the plague',
    'avoid (?:it|them|this (?:school|place|trust|academy)|that (?:school|place)|at all costs)',
    '(?:stay|keep|steer|run) (?:well |far |a mile )?(?:away|clear)(?: (?:from|of))?',
    "(?:never|don't|do not|wouldn't|would not|would never) (?:work|apply|teach) (?:for|at|to|there)",
    "(?:don't|do not) (?:bother )?apply(?:ing)?",
    "(?:wouldn't|would not|would never|won't|wouldnt) wish [^.!?\\n]{1,40}? on (?:my |your |anyone's |anybody's )?(?:worst enemy|anyone|anybody)",
    'avoid(?=\\s*(?:[.!]|$))',
    "(?:don't|do not|never) (?:send|let) your (?:kids?|children|child|son|daughter|little ones?)",
    "(?:would not|wouldn't|wouldnt|would never|will never|won't|wont|never) send (?:my|a|any|our) (?:dog|cat|kids?|children|child|son|daughter|worst enemy|hamster|goldfish|own kids|own children|pet)",
    "(?:would not|wouldn't|wouldnt|would never|can't|cannot|could not|couldn't|don't|do not) recommend",
    'not fit for purpose',
    '(?:should|ought to) (?:be|get) (?:shut|closed)(?: down)?',
    'needs? (?:shutting|closing) down',
    '(?:ashamed|embarrassed) (?:to (?:say i )?work|of working|to be part of|to be associated|to admit i work)',
    '(?:nobody|no one) (?:in their right mind )?(?:would|wants to|will) (?:work|send)',
    'staff (?:are )?(?:leaving|left|quitting) in droves',
    'revolving door',
    'toxic (?:culture|place|environment|workplace|atmosphere)',
    'culture of fear',
    `(?:${COPULA}|so|totally|utterly|completely)(?: so| totally| utterly| completely| absolutely| just)? (?:toxic|corrupt|shambolic|chaotic|rotten|dire|appalling|awful|terrible|dreadful|atrocious|rubbish|crap|a mess)(?! (?:at|with|for|about|when|to|after|in|of|from|today|tonight|this|on|during)(?![a-z]))`,
  ),
);

const GENERIC_REFERENCE = wordPattern(INSTITUTION_REF);
/** "It", "there", "this place": the school, when the sentence before named it. */
const PRONOUN_REFERENCE = wordPattern(anyOf('it', "it's", 'its', 'there', 'they', "they're", 'them', 'this place', 'that place', 'the place'));
const PEOPLE = wordPattern(anyOf(LEADERS, COLLEAGUES));
const ELSEWHERE = wordPattern(anyOf(OTHER_DOMAINS, EXTERNAL_ACTOR));
const COMPOUND_NOUNS = new Set(SCHOOL_COMPOUND_NOUNS);
/** Words that follow a name ending in 's ("St Stephen's is…") where a possessive would have a noun. */
const VERBS_AFTER_NAME = new Set(['is', 'was', 'has', 'had', 'are', 'were', 'have', 'will', 'would', 'really', 'just', 'honestly', 'now', 'truly', 'literally', 'genuinely', 'became', 'becomes', 'remains', 'used', 'needs', 'should', 'must', 'can', 'could', 'seems', 'looks', 'feels', 'keeps', 'went', 'goes', 'gone']);
/** "SLT at SSCA", "leadership of the trust": the people, not the place, are the subject. */
const PREPOSITIONS = new Set(['at', 'in', 'of', 'from', 'across', 'for']);

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
