/**
 * The late-night pause (issue 11): when the school has turned it on, a post that
 * mentions the school or a colleague, sent within the school's late-night hours, gets
 * one gentle question before it goes out ("It's late. Read it again in the morning?").
 * Never a block: the writer can always post. Pure: the clock is a parameter.
 *
 * How the content script uses it (docs/architecture.md, "The late-night pause"): when
 * a send is about to go out (no "Must fix" finding stands, or the writer chose "Post
 * anyway"), it asks the background `{type: 'late-night-check', composerId, draft}` with
 * the same snapshot it checked; the background answers `{ask}` from
 * `needsLateNightQuestion(draft, policy, new Date())`. If `ask`, the send is held once
 * and the question shown; "Post now" lets it out, "Keep it for the morning" leaves the
 * draft in the box. The page never learns the staff list or the hours.
 */
import type { CompiledPolicy } from './compiled-policy';
import { DraftFacts } from './facts';
import type { LateNightSettings } from './settings/late-night';
import { prepareDraft } from './text/prepared';
import type { Draft } from './types';

/** The words the question uses, in one place for the content script's confirmation. */
export const LATE_NIGHT_WORDS = {
  title: "It's late.",
  question: 'Read it again in the morning?',
  why: 'This post mentions your school or a colleague. Posts written late at night are the ones people most often wish they could change.',
  keep: 'Keep it for the morning',
  post: 'Post now',
} as const;

/** `22:30` → 1350. */
function minutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h! * 60 + m!;
}

/**
 * Whether `now` (local time) falls within the hours: from `from` up to, not including,
 * `to`, across midnight when `to` is earlier than `from` (22:00 to 06:00).
 */
export function isLateNight(now: Date, hours: Pick<LateNightSettings, 'from' | 'to'>): boolean {
  const at = now.getHours() * 60 + now.getMinutes();
  const from = minutes(hours.from);
  const to = minutes(hours.to);
  return from < to ? at >= from && at < to : at >= from || at < to;
}

/** The draft names the school (its names, accounts, hashtags, "my class"…) or a member of staff on the staff list. */
export function mentionsSchoolOrColleague(draft: Draft, policy: CompiledPolicy): boolean {
  const facts = new DraftFacts(prepareDraft(draft), policy);
  return facts.mentionsSchool || facts.staffMentions.length > 0;
}

/** Ask the late-night question before this draft goes out at `now`? */
export function needsLateNightQuestion(draft: Draft, policy: CompiledPolicy, now: Date): boolean {
  const settings = policy.settings.lateNight;
  if (!settings.enabled || !isLateNight(now, settings)) return false;
  return mentionsSchoolOrColleague(draft, policy);
}
