/**
 * School context (docs/rules.md, "Forename-alone matching", settled 2026-12-04): on a
 * personal or unknown account a forename alone may be a pupil only when the post is
 * about school. The policy puts "personal communications which do not refer to or
 * impact upon the school" outside its scope, and a large school's pupil list holds most
 * common first names, so "Dinner with Thomas and Amelia" must stay quiet.
 *
 * A post is in school context when it mentions the school, or school life (the closed
 * list in `school-life.ts`), or names a pupil in full, or carries a pupil's handle (in
 * the text, or as the account replied to). Each cue keeps its words so a finding can say
 * why a forename looked like a pupil.
 */
import type { PupilMention } from '../roster/name-index';
import type { Span, Token } from '../text/tokens';
import type { SchoolMention } from './mentions';
import { SchoolLifeMatcher } from './school-life';

type SchoolContextReason = 'school' | 'school-life' | 'class-name' | 'pupil-in-full' | 'pupil-handle' | 'reply-to-pupil';

export interface SchoolContextCue {
  reason: SchoolContextReason;
  /** The words as typed, for a span in the text; absent for the account replied to. */
  span?: Span;
}

const schoolLife = new SchoolLifeMatcher();

export interface SchoolContextSources {
  tokens: readonly Token[];
  schoolMentions: readonly SchoolMention[];
  /** Every pupil the words could name, before forenames alone are judged. */
  pupilMentions: readonly PupilMention[];
  /** The post replies to a handle on the pupil list. */
  repliesToPupil: boolean;
}

/** Every reason to read this post as being about school, in the order they appear. */
export function findSchoolContext({ tokens, schoolMentions, pupilMentions, repliesToPupil }: SchoolContextSources): SchoolContextCue[] {
  const cues: SchoolContextCue[] = [];
  if (repliesToPupil) cues.push({ reason: 'reply-to-pupil' });
  for (const mention of schoolMentions) cues.push({ reason: 'school', span: { start: mention.start, end: mention.end } });
  for (const cue of schoolLife.find(tokens)) {
    cues.push({ reason: 'school-life', span: { start: tokens[cue.first]!.sourceStart, end: tokens[cue.last]!.sourceEnd } });
  }
  for (const mention of pupilMentions) {
    if (mention.how === 'full-name' || mention.how === 'hashtag') cues.push({ reason: 'pupil-in-full', span: mention });
    else if (mention.how === 'handle') cues.push({ reason: 'pupil-handle', span: mention });
    // "Carys in Dee": a class the pupil list names, straight after the forename.
    if (mention.namedClass) {
      cues.push({ reason: 'class-name', span: { start: tokens[mention.namedClass.first]!.sourceStart, end: tokens[mention.namedClass.last]!.sourceEnd } });
    }
  }
  return cues;
}

/** The cue closest to a span: what a reader would point at as the reason. */
export function nearestCue(cues: readonly SchoolContextCue[], span: Span): SchoolContextCue | undefined {
  let best: SchoolContextCue | undefined;
  let bestDistance = Infinity;
  for (const cue of cues) {
    const distance = cue.span ? Math.max(cue.span.start - span.end, span.start - cue.span.end, 0) : Number.MAX_SAFE_INTEGER;
    if (distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Why a forename looked like a pupil, in words a teacher can judge: "with 'in my class'
 * nearby". Quotes only the draft's own words, never the pupil list.
 */
export function describeCue(cue: SchoolContextCue, source: string): string {
  switch (cue.reason) {
    case 'reply-to-pupil':
      return "in a reply to a pupil's account";
    case 'pupil-in-full':
      return 'with a pupil named in full in the same post';
    case 'pupil-handle':
      return "with a pupil's account tagged in the same post";
    case 'class-name': {
      const words = cue.span ? source.slice(cue.span.start, cue.span.end).replace(/\s+/g, ' ').trim() : '';
      return `in ${words}, one of the school's classes`;
    }
    default: {
      const words = cue.span ? source.slice(cue.span.start, cue.span.end).replace(/\s+/g, ' ').trim() : '';
      return `with '${words}' nearby`;
    }
  }
}
