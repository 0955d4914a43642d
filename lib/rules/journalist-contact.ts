/**
 * `journalist-contact`: "If a journalist makes contact about posts made using social
 * media staff must follow the school media policy before responding" (Behaviour).
 * Fires when the draft replies to or addresses a journalist or a press enquiry:
 * "comment for your story", "thank you for your press enquiry", "DM me for the
 * article", "speaking to the BBC about…", "on the record". A reply to an account that
 * looks like the press (`@PirateFMNews`) is only a weak signal: it counts alongside an
 * offer of contact or talk of a story, never on its own. "DM me" to a friend and "I
 * read it in the paper" are not press contact.
 */
import { CONTACT_OFFER } from '../facts/contact';
import { findOutlets, isPressHandle } from '../facts/media';
import { CLAUSES } from '../policy/clauses';
import { anyOf, matchSpans, type Vocabulary } from '../text/patterns';
import { sourceSpan, type PreparedDraft } from '../text/prepared';
import type { Span } from '../text/tokens';
import { defineRule } from './rule';

// No "report" (school reports) or "paper" (research papers): too often not the press.
const STORY = String.raw`(?:news\s+)?(?:stor(?:y|ies)|articles?|pieces?|features?|programme|segment|bulletin|column|podcast|newspaper|coverage|write-?up)`;
/** Asking for or offering words or contact. */
const LEAD = String.raw`\b(?:comments?|quotes?|statements?|interviews?|a\s+few\s+words|dm|pm|message|email|e-mail|contact|call|ring|phone|speak|talk|chat)\b(?:\s+[\p{L}\p{N}'-]+){0,6}?\s+`;

/** Verbs of talking to the press: "speaking to", "interviewed by", "quoted in". */
const TALKING_VERBS: Vocabulary = [
  'speak', 'speaks', 'speaking', 'spoke', 'spoken', 'talk', 'talks', 'talking', 'talked', 'chat', 'chatting', 'chatted', 'interview(?:ed|ing)?',
  'quoted', 'comment(?:ed|ing)?', 'writing', 'write', 'wrote',
];

/** Phrases that on their own say the draft is dealing with the press. */
const PRESS_CONTACT: readonly RegExp[] = [
  // "press enquiry", "media request", "news desk"
  /\b(?:press|media|news(?:paper)?|journalist'?s?)\s+(?:enquir(?:y|ies)|inquir(?:y|ies)|requests?|office|desk|contact|quer(?:y|ies))\b/g,
  // "are you a reporter?", "a journalist rang", but not the school's junior reporters
  /(?<!\b(?:junior|young|school|class|pupil|student|budding|mini|\d{1,2}|our|my)\s)\b(?:journalists?|reporters?|journos?|newsdesk|news\s+editor|press\s+officer|correspondent)\b(?!\s+club)/g,
  // "on the record", "off the record"
  /\b(?:on|off)\s+the\s+record\b/g,
  // "a comment for your story", "DM me for the article"; "chat about the story" alone is story time
  new RegExp(String.raw`${LEAD}(?:for|in|with|about|on)\s+(?:your|their|his|her)\s+${STORY}\b`, 'gu'),
  new RegExp(String.raw`${LEAD}for\s+(?:the|this|that|an?|the\s+next)\s+${STORY}\b`, 'gu'),
  // "give you a comment", "provide a statement"
  /\b(?:give|giving|provide|providing|offer|offering)\s+(?:you\s+|them\s+)?(?:a|an|my|our|any)\s+(?:comment|quote|statement|interview)\b/g,
  // "speaking to the press", "interviewed by a reporter", "are you from the paper?"
  new RegExp(
    String.raw`\b${anyOf(...TALKING_VERBS)}\s+(?:to|with|by|in|for)\s+(?:the\s+|a\s+|any\s+)?(?:local\s+|national\s+)?(?:press|media|papers?|newspapers?|journalists?|reporters?|telly|tv|radio)\b`,
    'g',
  ),
  /\bare\s+you\s+(?:from|with|writing\s+for)\s+(?:the\s+|a\s+)?(?:papers?|newspapers?|press|media|news)\b/g,
  /\bwhich\s+(?:paper|newspaper|publication|outlet|station)\s+(?:are\s+you|do\s+you)\b/g,
];

/** Verbs that put the author in touch with a named outlet: "speaking to the BBC", "interviewed by Pirate FM". */
const TALKING_TO_BEFORE = new RegExp(String.raw`\b${anyOf(...TALKING_VERBS, 'from', 'with')}\s+(?:to|with|by|in|for|from)?\s*(?:the\s+)?$`);
const TALKING_TO_VERB = new RegExp(String.raw`\b${anyOf(...TALKING_VERBS)}\b|\bare\s+you\b`);

/** Talk of a story that means press contact when the draft also replies to a press account. */
const STORY_TALK = new RegExp(
  String.raw`\b(?:the|your|this|that)\s+${STORY}\b|\bwhat\s+(?:really\s+|actually\s+)?happened\b|\bthe\s+(?:real|full|inside|true)\s+story\b|\bthe\s+truth\b|\btell\s+you\s+(?:everything|more|what)\b|\bcomment\b`,
  'gu',
);

/** Where the draft deals with the press on its own words. */
export function findPressContact(draft: PreparedDraft): Span[] {
  const text = draft.folded.text;
  const out: Span[] = PRESS_CONTACT.flatMap((p) => matchSpans(text, p));
  for (const outlet of findOutlets(draft)) {
    const before = text.slice(Math.max(0, outlet.start - 40), outlet.start);
    const m = TALKING_TO_BEFORE.exec(before);
    if (m && TALKING_TO_VERB.test(before.slice(Math.max(0, m.index - 10)))) out.push({ start: outlet.start - m[0].length, end: outlet.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

export default defineRule({
  id: 'journalist-contact',
  title: 'Replying to a journalist or a press enquiry goes through the school media policy',
  clauses: [CLAUSES.journalist],
  severity: { personal: 'warn', school: 'warn' },
  check({ draft }) {
    const message =
      draft.kind === 'school'
        ? "This replies to the press. Press enquiries go through the school's media policy: pass this to the head or the trust's communications lead before anyone responds."
        : "This looks like a reply to a journalist. Press enquiries go through the school's media policy: pass this to the head or a senior leader before responding, rather than commenting yourself.";
    const direct = findPressContact(draft);
    if (direct.length > 0) {
      const first = direct[0]!;
      return [{ ...sourceSpan(draft, first.start, first.end), message }];
    }
    // Weak signal: a reply to what looks like a press account, with an offer of contact or talk of a story.
    if (isPressHandle(draft.draft.replyTo)) {
      const text = draft.folded.text;
      const supporting = [...matchSpans(text, CONTACT_OFFER), ...matchSpans(text, STORY_TALK)].sort((a, b) => a.start - b.start);
      const first = supporting[0];
      if (first) return [{ ...sourceSpan(draft, first.start, first.end), message }];
    }
    return [];
  },
});
