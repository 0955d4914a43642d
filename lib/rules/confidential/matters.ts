/**
 * Confidential school matters in a draft, for the `confidential` rule: safeguarding
 * and child protection cases, exclusions, a child's special educational needs,
 * disciplinary and HR matters, allegations against staff, inspection outcomes not yet
 * published, private news about a child, and requests for secrecy ("between you and
 * me", "not public yet").
 *
 * Each pattern looks for a case, not the topic: "a safeguarding concern raised this
 * week" is a case, "if you have a safeguarding concern, call our DSL" and "safeguarding
 * training" are not; "the Year 3 boy with autism" is a child, "Autism Awareness Week"
 * is not. Triggers in the same or the next sentence are one concern, reported once.
 */
import type { PreparedDraft } from '../../text/prepared';
import { findInSentences, sentenceOfToken, sentencesOf, toDraftSpan, type FoldedMatch } from '../../text/sentence-matches';
import { lastAtMost } from '../../text/spans';
import type { Span, Token } from '../../text/tokens';
import {
  ADVICE_BEFORE,
  AGENCY,
  AGENCY_VISIT,
  ALLEGATION,
  CASES_LOGGED,
  CHILD,
  CHILD_NEWS,
  EHCP,
  EHCP_CASE,
  EHCP_MEETING,
  EXCLUSION,
  EXCLUSION_DETAIL,
  EXCLUSION_IN_SCHOOL,
  EXCLUSION_WITH_CHILD,
  FAMILY_NEWS,
  GENERAL_TALK,
  HEARSAY,
  INCIDENT,
  NATIONAL_FIGURES,
  INSPECTION,
  INSPECTION_GRADE,
  INSPECTION_RESULT,
  INVOLVED,
  NEEDS,
  NO_DETAILS,
  NO_DETAILS_GENERAL,
  NOT_YET_PUBLISHED,
  NOT_YET_PUBLISHED_STRICT,
  PUBLISHED,
  PUBLISHED_DOCUMENT,
  SAFEGUARDING,
  SAFEGUARDING_WITH_CHILD,
  SCHOOL_WORDS,
  SECRECY,
  SECRECY_IN_SCHOOL,
  SERVICE_BEFORE,
  STAFF_MATTER,
  STAFF_KEPT_AWAY,
  STAFF_SUSPENDED,
} from './vocabulary';

/** "…involved with the family", "supporting your family": one family, not families in general. */
const ONE_FAMILY = /\b(?:the|your|this|that)\s+(?:family|son|daughter|child|little\s+one)\b/;

/** "can't say more", "cannot share anything": holding back, as a statement does. */
const CANNOT_SAY = /^(?:can't|cannot) (?:say|tell you|share|reveal)/;

/** A request not to speculate, rather than not to share names, details or pictures. */
const SPECULATION_ONLY = /^(?:do not|don't|dont|please don't|please do not|avoid) speculat/;

export type ConfidentialKind =
  | 'safeguarding'
  | 'exclusion'
  | 'send'
  | 'staff-matter'
  | 'inspection'
  | 'child-news'
  | 'secrecy';

export interface ConfidentialMatter extends Span {
  kind: ConfidentialKind;
  /**
   * The words that made it a case, as typed, in order: the trigger phrases and any
   * words that said whose case it is ("one of the kids in my class"). Never a name
   * from the pupil list: a pupil named nearby counts, but is not quoted.
   */
  words: string[];
}

export interface ConfidentialContext {
  /** The draft mentions the school (name, handle, "our school"…). */
  mentionsSchool: boolean;
  /** Draft spans of pupils on the roster named in the draft. */
  pupils: readonly Span[];
  /** Draft spans of staff on the staff list named in the draft. */
  staff: readonly Span[];
}

// Which kind a concern is reported as when it has several triggers: the most specific.
const KIND_ORDER: readonly ConfidentialKind[] = ['safeguarding', 'send', 'exclusion', 'staff-matter', 'inspection', 'child-news', 'secrecy'];

interface Trigger {
  start: number;
  end: number;
  sentence: number;
  kind: ConfidentialKind;
  /** Words nearby that made the trigger a case (a child, an incident), quoted in the message but not underlined. */
  cue?: FoldedMatch;
}

export function findConfidentialMatters(draft: PreparedDraft, context: ConfidentialContext): ConfidentialMatter[] {
  const sentences = sentencesOf(draft);
  if (sentences.length === 0) return [];
  const text = draft.folded.plain;
  const { tokens } = draft;

  // The school's own account speaks from inside the school.
  const inSchool =
    draft.kind === 'school' ||
    context.mentionsSchool || context.pupils.length > 0 || context.staff.length > 0 || findInSentences(draft, SCHOOL_WORDS).length > 0;

  // Sentences with an identifiable child: a roster pupil or words like "the Year 3 boy".
  const childMatches = findInSentences(draft, CHILD);
  const childSentences = new Set(childMatches.map((m) => m.sentence));
  for (const pupil of context.pupils) childSentences.add(sentenceOfToken(sentences, tokenAtSource(tokens, pupil.start)));
  const childNear = (sentence: number) => childSentences.has(sentence) || childSentences.has(sentence - 1) || childSentences.has(sentence + 1);
  // The words that said which child, to quote (never a roster name).
  const childWords = (sentence: number) =>
    childMatches.find((m) => m.sentence === sentence) ?? childMatches.find((m) => Math.abs(m.sentence - sentence) === 1);
  const sentencesWith = (pattern: RegExp) => new Set(findInSentences(draft, pattern).map((m) => m.sentence));
  const near = (set: Set<number>, sentence: number) => set.has(sentence) || set.has(sentence - 1) || set.has(sentence + 1);

  const triggers: Trigger[] = [];
  const add = (m: FoldedMatch, kind: ConfidentialKind, cue?: FoldedMatch) =>
    triggers.push({ start: m.start, end: m.end, sentence: m.sentence, kind, cue });

  for (const m of findInSentences(draft, SECRECY)) if (!soundsLikeAService(text, m) && !typedAsATitle(draft, m)) add(m, 'secrecy');
  // The school's own statement saying it can say no more ("We can't say more while this is ongoing") is not a secret let slip.
  if (inSchool) for (const m of findInSentences(draft, SECRECY_IN_SCHOOL)) if (!(draft.kind === 'school' && CANNOT_SAY.test(m.match[0]))) add(m, 'secrecy');

  const generalTalk = sentencesWith(GENERAL_TALK);
  const publishedDocument = sentencesWith(PUBLISHED_DOCUMENT);
  for (const m of findInSentences(draft, SAFEGUARDING)) {
    if (ADVICE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    if (publishedDocument.has(m.sentence) && !childNear(m.sentence)) continue;
    add(m, 'safeguarding', childWords(m.sentence));
  }
  // The school's own account answering someone: "the family" is theirs, one family. (In a statement
  // about a press story, "the family concerned" is already in the paper.)
  const answering = draft.kind === 'school' && (draft.draft.surface === 'reply' || draft.draft.surface === 'comment' || draft.draft.surface === 'message');
  const oneFamily = (sentence: number) => answering && ONE_FAMILY.test(sentences[sentence]!.text);
  for (const m of findInSentences(draft, SAFEGUARDING_WITH_CHILD)) {
    if ((childNear(m.sentence) || oneFamily(m.sentence)) && !generalTalk.has(m.sentence)) add(m, 'safeguarding', childWords(m.sentence));
  }
  if (inSchool) for (const m of findInSentences(draft, CASES_LOGGED)) if (!generalTalk.has(m.sentence)) add(m, 'safeguarding');

  // Outside agencies on a child's case: "social services are involved with one of the kids in my class".
  const involved = sentencesWith(INVOLVED);
  const agencyVisits = sentencesWith(AGENCY_VISIT);
  for (const m of findInSentences(draft, AGENCY)) {
    if (!involved.has(m.sentence) || !(childNear(m.sentence) || oneFamily(m.sentence))) continue;
    if (generalTalk.has(m.sentence) || agencyVisits.has(m.sentence)) continue;
    if (ADVICE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    add(m, 'safeguarding', childWords(m.sentence));
  }

  // A case mentioned while asking people not to pass on details: "please do not share names… the police are involved".
  const incidents = findInSentences(draft, INCIDENT);
  const general = sentencesWith(NO_DETAILS_GENERAL);
  for (const m of findInSentences(draft, NO_DETAILS)) {
    if (general.has(m.sentence)) continue;
    const incident = incidents.find((i) => Math.abs(i.sentence - m.sentence) <= 1);
    // "Please avoid speculating… the police" about a bus or a building is not anyone's case:
    // a request not to speculate needs a child near; one not to share names or details does not.
    if (incident && SPECULATION_ONLY.test(m.match[0]) && !childNear(m.sentence) && !childNear(incident.sentence)) continue;
    if (incident) add(m, 'safeguarding', incident);
  }

  // Exclusions: any policy may be cited ("in line with our behaviour policy"); national figures are not a case.
  const nationalFigures = sentencesWith(NATIONAL_FIGURES);
  // Guidance and training about exclusions in general ("the DfE guidance on suspensions and permanent exclusions") are not a case either.
  for (const m of findInSentences(draft, EXCLUSION)) {
    if (!nationalFigures.has(m.sentence) && !(generalTalk.has(m.sentence) && !childNear(m.sentence))) add(m, 'exclusion', childWords(m.sentence));
  }
  for (const m of [...findInSentences(draft, EXCLUSION_IN_SCHOOL), ...findInSentences(draft, EXCLUSION_DETAIL)]) {
    if ((inSchool || childNear(m.sentence)) && !nationalFigures.has(m.sentence)) add(m, 'exclusion', childWords(m.sentence));
  }

  for (const m of findInSentences(draft, EXCLUSION_WITH_CHILD)) {
    if (childNear(m.sentence) && !nationalFigures.has(m.sentence) && !generalTalk.has(m.sentence)) add(m, 'exclusion', childWords(m.sentence));
  }

  for (const m of findInSentences(draft, EHCP_CASE)) if (!generalTalk.has(m.sentence)) add(m, 'send', childWords(m.sentence));
  for (const m of [...findInSentences(draft, EHCP_MEETING), ...findInSentences(draft, EHCP), ...findInSentences(draft, NEEDS)]) {
    if (childNear(m.sentence) && !generalTalk.has(m.sentence)) add(m, 'send', childWords(m.sentence));
  }

  for (const m of findInSentences(draft, STAFF_MATTER)) add(m, 'staff-matter');
  for (const m of findInSentences(draft, STAFF_SUSPENDED)) add(m, 'staff-matter');
  for (const m of findInSentences(draft, STAFF_KEPT_AWAY)) add(m, 'staff-matter');
  if (inSchool) for (const m of findInSentences(draft, ALLEGATION)) add(m, 'staff-matter');

  const results = sentencesWith(INSPECTION_RESULT);
  const unpublished = sentencesWith(NOT_YET_PUBLISHED);
  const published = sentencesWith(PUBLISHED);
  // "Report's not out till next month but we've been told Hollybank's gone up to Good": a grade, in school, not out yet.
  const notOutYet = sentencesWith(NOT_YET_PUBLISHED_STRICT);
  if (inSchool) for (const m of findInSentences(draft, INSPECTION_GRADE)) if (near(notOutYet, m.sentence) && !near(published, m.sentence)) add(m, 'inspection');
  for (const m of findInSentences(draft, INSPECTION)) {
    // "Inspectors left an hour ago. Good in every area!! Report isn't out for three weeks.": the
    // outcome beside the inspection, and not being out yet said of it one sentence further on.
    const outcome = [m.sentence - 1, m.sentence, m.sentence + 1].find((k) => results.has(k));
    if (outcome !== undefined && (near(unpublished, m.sentence) || near(unpublished, outcome)) && !near(published, m.sentence)) add(m, 'inspection');
  }

  for (const m of findInSentences(draft, FAMILY_NEWS)) if (childNear(m.sentence)) add(m, 'child-news', childWords(m.sentence));
  const hearsay = sentencesWith(HEARSAY);
  const secrecy = new Set(triggers.filter((t) => t.kind === 'secrecy').map((t) => t.sentence));
  // Passed on from the family ("her mum told me", which also says whose child) or in
  // secret about a child someone could identify.
  for (const m of findInSentences(draft, CHILD_NEWS)) {
    if (near(hearsay, m.sentence) || (near(secrecy, m.sentence) && childNear(m.sentence))) add(m, 'child-news', childWords(m.sentence));
  }

  return groupIntoConcerns(draft, triggers);
}

/** "Childline is free and confidential", "applications are treated in the strictest confidence". */
function soundsLikeAService(text: string, m: FoldedMatch): boolean {
  const before = text.slice(Math.max(0, m.start - 50), m.start);
  return SERVICE_BEFORE.test(before);
}

/**
 * A film, a band or a show: "LA Confidential", "Off The Record are playing the Red Lion".
 * Every word capitalised, a small word included ("The"), or a capitalised word after
 * another capitalised one in mid-sentence.
 */
function typedAsATitle(draft: PreparedDraft, m: FoldedMatch): boolean {
  const span = toDraftSpan(draft, m);
  const typed = draft.draft.text.slice(span.start, span.end);
  const words = typed.split(/\s+/).filter(Boolean);
  if (!words.every((w) => /^\p{Lu}/u.test(w)) || words.every((w) => w === w.toUpperCase())) return false;
  if (words.length > 1) return words.some((w) => /^(?:The|And|Of|You|Me|Us|Between)$/.test(w));
  const before = /(\S+)\s+$/.exec(draft.draft.text.slice(Math.max(0, span.start - 30), span.start));
  return before !== null && /^\p{Lu}[\p{L}'.-]*$/u.test(before[1]!) && !/[.!?:]$/.test(before[1]!);
}

/** The token a draft offset falls in (the nearest before it, between tokens). */
function tokenAtSource(tokens: readonly Token[], sourceOffset: number): number {
  return Math.max(0, lastAtMost(tokens, sourceOffset, (t) => t.sourceStart));
}

/**
 * One concern, one finding: triggers in the same or the next sentence (and the same
 * paragraph) are one matter, reported over the words from the first to the last.
 */
function groupIntoConcerns(draft: PreparedDraft, triggers: Trigger[]): ConfidentialMatter[] {
  if (triggers.length === 0) return [];
  const text = draft.folded.plain;
  const sorted = [...triggers].sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: { start: number; end: number; sentence: number; kinds: Set<ConfidentialKind>; parts: Span[] }[] = [];
  for (const trigger of sorted) {
    const group = groups[groups.length - 1];
    const parts = trigger.cue ? [trigger, trigger.cue] : [trigger];
    if (group && trigger.sentence - group.sentence <= 1 && !text.slice(group.end, trigger.start).includes('\n\n')) {
      group.end = Math.max(group.end, trigger.end);
      group.sentence = trigger.sentence;
      group.kinds.add(trigger.kind);
      group.parts.push(...parts);
    } else groups.push({ start: trigger.start, end: trigger.end, sentence: trigger.sentence, kinds: new Set([trigger.kind]), parts });
  }
  return groups.map((group) => ({
    ...toDraftSpan(draft, group),
    kind: KIND_ORDER.find((k) => group.kinds.has(k))!,
    words: quotedWords(draft, group.parts),
  }));
}

/** The draft's own words for each part, in order, overlapping parts joined, at most three. */
function quotedWords(draft: PreparedDraft, parts: readonly Span[]): string[] {
  const merged: Span[] = [];
  for (const part of [...parts].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && part.start <= last.end) last.end = Math.max(last.end, part.end);
    else merged.push({ start: part.start, end: part.end });
  }
  return merged.slice(0, 3).map((span) => {
    const { start, end } = toDraftSpan(draft, span);
    return draft.draft.text.slice(start, end).replace(/\s+/g, ' ').trim();
  });
}
