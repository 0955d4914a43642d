/**
 * `pupil-contact`: "Staff are not permitted to follow or engage with current or prior
 * pupils/students of the school on any personal social media network account"
 * (Personal use). Fires on a personal account when the draft tags or replies to a
 * handle on the roster's pupil-handle list, or invites pupils to follow or message the
 * author ("Kids in my class: follow me on here and DM me", "add me on Snapchat, year
 * 11s"). An invitation needs both parts: the offer of contact and an audience of
 * pupils. "DM me" to a journalist or a friend, or "Year 6 parents: message me", is not
 * pupil contact.
 */
import { CONTACT_INVITATION } from '../facts/contact';
import { CLAUSES } from '../policy/clauses';
import { alternatives } from '../text/patterns';
import { sourceSpan, type PreparedDraft } from '../text/prepared';
import { findInSentences, sentencesOf } from '../text/sentence-matches';
import { SpanSet } from '../text/spans';
import type { Span } from '../text/tokens';
import { defineRule, type RuleHit } from './rule';

/** Who a teacher's pupils are, in the words staff use for them. */
const PUPIL_AUDIENCE = alternatives([
  String.raw`\b(?:ex|former|past|old|previous)[\s-]?(?:pupils?|students?|tutees?)\b`,
  String.raw`\b(?:pupils?|students?|tutees?|sixth[\s-]formers?|leavers)\b`,
  String.raw`\b(?:kids|children|boys|girls|guys|everyone|anyone|ones|those)\s+(?:in|from)\s+(?:my|our)\s+(?:class|form|tutor\s+group|set|year\s+group|group)\b`,
  String.raw`\b(?:my|our)\s+(?:(?:current|old|former|lovely|amazing|brilliant|fab|fabulous|wonderful|little|whole)\s+)?(?:class|classes|form|form\s+group|tutor\s+group|reg\s+group|set|tutees|year\s?(?:\d{1,2}|r)s?|y\d{1,2}s?|reception\s+class|year\s+group)\b`,
  String.raw`\byear\s?(?:\d{1,2}|r)s\b`,
  String.raw`\by\d{1,2}s\b`,
  String.raw`\byear\s?(?:\d{1,2}|r)\s+(?:leavers|pupils|students|kids|children|class|boys|girls|lot)\b`,
  String.raw`\bclass\s+of\s+(?:20)?\d\d\b`,
  // "Year 6: follow me…", "…add me on Snapchat, year 11": a year group addressed directly
  String.raw`\byear\s?(?:\d{1,2}|r)(?=\s*[:,!-])`,
  String.raw`(?<=[,-]\s{0,2})year\s?(?:\d{1,2}|r)\b`,
]);

/** An audience that is the pupils' families, not the pupils: "Year 6 parents", "parents of my class". */
const FAMILY_AFTER = /^(?:'s)?\s+(?:parents?|carers?|families|mums?|dads?|guardians?)\b/;
const FAMILY_BEFORE = /\b(?:parents?|carers?|families|mums?|dads?|guardians?)\s+(?:of|in|from|with)\s+(?:the\s+)?$/;

const HANDLE_MESSAGE =
  "This tags or replies to a pupil's account from a personal account. Staff must not follow or engage with current or former pupils on personal social media: remove the tag, and use the school's official channels if the pupil needs a reply.";
const REPLY_MESSAGE =
  "This is a reply to a pupil's account from a personal account. Staff must not follow or engage with current or former pupils on personal social media: don't send it, and use the school's official channels if the pupil needs a reply.";
const INVITATION_MESSAGE =
  "This invites pupils to follow or message you on a personal account. Staff must not follow or engage with current or former pupils on personal social media: point them to the school's official channels instead.";

/** Invitations to pupils: an offer of contact with an audience of pupils in the same sentence, or addressed just before it. */
export function findPupilInvitations(draft: PreparedDraft): Span[] {
  const text = draft.folded.text;
  const sentences = sentencesOf(draft);
  const invitations = findInSentences(draft, CONTACT_INVITATION);
  if (invitations.length === 0) return [];
  const audiences = findInSentences(draft, PUPIL_AUDIENCE).filter(
    (a) => !FAMILY_AFTER.test(text.slice(a.end, a.end + 20)) && !FAMILY_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start)),
  );
  const bySentence = <T extends { sentence: number }>(items: readonly T[]) => {
    const map = new Map<number, T[]>();
    for (const item of items) {
      const list = map.get(item.sentence);
      if (list) list.push(item);
      else map.set(item.sentence, [item]);
    }
    return map;
  };
  const offersBySentence = bySentence(invitations);
  const audiencesBySentence = bySentence(audiences);
  const out: Span[] = [];
  for (const [index, offers] of offersBySentence) {
    let addressed = audiencesBySentence.get(index) ?? [];
    // "My Year 6 leavers! Follow me on Instagram": a short line that only addresses pupils,
    // then the invitation. "My class were amazing today. Follow me…" talks about them instead.
    const previous = sentences[index - 1];
    if (addressed.length === 0 && previous && previous.last - previous.first < 6) {
      addressed = (audiencesBySentence.get(previous.index) ?? []).filter((a) => a.end >= previous.end);
    }
    if (addressed.length === 0) continue;
    let start = Infinity;
    let end = -Infinity;
    for (const span of [...addressed, ...offers]) {
      start = Math.min(start, span.start);
      end = Math.max(end, span.end);
    }
    out.push({ start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

export default defineRule({
  id: 'pupil-contact',
  title: 'A personal account must not tag, reply to or invite contact from pupils',
  clauses: [CLAUSES.pupilContact],
  severity: { personal: 'block' },
  check({ draft, facts }) {
    const hits: RuleHit[] = [];
    if (facts.repliesToPupil) hits.push({ message: REPLY_MESSAGE, revealsPupil: true });

    const tagged: Span[] = [...facts.pupilHandles];
    const written = new SpanSet(tagged);
    for (const mention of facts.pupilMentions) {
      if (mention.how === 'handle' && !written.overlaps(mention.start, mention.end)) tagged.push({ start: mention.start, end: mention.end });
    }
    for (const span of tagged) hits.push({ ...span, message: HANDLE_MESSAGE, revealsPupil: true });

    for (const invitation of findPupilInvitations(draft)) {
      hits.push({ ...sourceSpan(draft, invitation.start, invitation.end), message: INVITATION_MESSAGE });
    }
    return hits;
  },
});
