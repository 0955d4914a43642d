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
import { findOutlets, isPressHandle, leadingMention } from '../facts/media';
import { CLAUSES } from '../policy/clauses';
import { anyOf, matchSpans, type Vocabulary } from '../text/patterns';
import { sourceSpan, type PreparedDraft } from '../text/prepared';
import { findInSentences, sentenceIndexAt, sentencesOf, type FoldedMatch } from '../text/sentence-matches';
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

/** A journalist, a reporter or the paper, as people talk about them. */
const JOURNALIST = String.raw`(?:journalists?|reporters?|journos?|news\s+editors?|editors?|correspondents?|press\s+officers?|newsdesk|news\s+desk)`;
const PAPER = String.raw`(?:(?:the\s+)?(?:local\s+|national\s+)?(?:papers?|newspapers?|press|media|news|telly|tv|radio))`;

/** "Speaking to the press", "interviewed by a reporter": which a lesson about journalism also does. */
const TALKING_TO_PRESS = new RegExp(
  String.raw`\b${anyOf(...TALKING_VERBS)}\s+(?:to|with|by|in|for)\s+(?:the\s+|a\s+|any\s+)?(?:local\s+|national\s+)?(?:press|media|papers?|newspapers?|journalists?|reporters?|telly|tv|radio)\b`,
  'g',
);

/** Phrases that on their own say the draft is dealing with the press. */
const PRESS_CONTACT: readonly RegExp[] = [
  // "press enquiry", "media request", "news desk"
  /\b(?:press|media|news(?:paper)?|journalist'?s?)\s+(?:enquir(?:y|ies)|inquir(?:y|ies)|requests?|office|desk|contact|quer(?:y|ies))\b/g,
  // A journalist who got in touch: "a journalist rang me", "the reporter emailed asking for a comment"
  new RegExp(
    String.raw`\b(?:a|an|the|this|that|some|another)\s+(?:[\p{L}'-]+\s+){0,3}?${JOURNALIST}\s+(?:(?:from|at|on|with)\s+(?:[\p{L}'-]+\s+){1,4}?)?(?:has\s+|have\s+|just\s+|has\s+just\s+)?(?:rang|rung|called|phoned|emailed|e-mailed|messaged|dm'?d|texted|contacted|approached|doorstepped|asked\s+(?:me|us|for)|got\s+in\s+touch|been\s+in\s+touch|wants?\s+(?:a\s+|to\s+)?(?:comment|quote|statement|talk|speak|chat|interview))\b`,
    'gu',
  ),
  // "say anything on the record": said to someone asking for words ("I'll go on record saying…" is an idiom)
  /\b(?:say|comment|speak|talk)\s+(?:anything\s+|more\s+)?on\s+the\s+record\b|\bquoted\s+on\s+the\s+record\b/g,
  // "a comment for your story", "DM me for the article"; "chat about the story" alone is story time
  new RegExp(String.raw`${LEAD}(?:for|in|with|about|on)\s+(?:your|their|his|her)\s+${STORY}\b`, 'gu'),
  new RegExp(String.raw`${LEAD}for\s+(?:the|this|that|an?|the\s+next)\s+${STORY}\b`, 'gu'),
  // "give you a comment", "provide a statement"
  /\b(?:give|giving|provide|providing|offer|offering)\s+(?:you\s+|them\s+)?(?:a|an|my|our|any)\s+(?:comment|quote|statement|interview)\b(?!\s+for\s+(?:a|the|my|our)\s+(?:job|work|boiler|roof|kitchen|extension|repair))/g,
  TALKING_TO_PRESS,
  /\bare\s+you\s+(?:a\s+)?(?:from|with|writing\s+for|journalist|reporter|journo|press)\s*(?:the\s+|a\s+)?(?:papers?|newspapers?|press|media|news)?\b/g,
  /\bwhich\s+(?:paper|newspaper|publication|outlet|station)\s+(?:are\s+you|do\s+you)\b/g,
];

/**
 * The press addressed: "any journalist…", "anyone from the local paper…", "Journalists:",
 * "to the reporter who…". Press contact when the draft also offers contact or the story,
 * or asks them something ("Any reporters out there?"); "any journalist worth their salt
 * would have checked" is talk about journalists, not to them.
 */
const ADDRESSED = new RegExp(
  [
    String.raw`\b(?:any|all|calling\s+all|dear|attention)\s+(?:local\s+|national\s+|education\s+|friendly\s+)?${JOURNALIST}`,
    String.raw`\b(?:anyone|anybody|someone|somebody)\s+(?:from|at|on|with|who\s+works?\s+(?:at|for|on))\s+${PAPER}`,
    String.raw`(?:^|[.!?\n]\s*)(?:hi\s+|hey\s+|dear\s+)?${JOURNALIST}\s*[:,]`,
    String.raw`\bto\s+(?:the|any|every)\s+${JOURNALIST}\s+(?:who|that|writing|working|covering)\b`,
    String.raw`\bif\s+(?:you'?re|you\s+are|there'?s|there\s+is|any|the|a)\s+(?:a\s+)?${JOURNALIST}\b`,
    String.raw`\btagging\s+(?:in\s+)?(?:the\s+)?(?:[\p{L}'-]+\s+){0,3}?${JOURNALIST}`,
  ].join('|'),
  'gu',
);

/** What makes an address to the press contact: an offer, the story, a question, "you". */
const TO_THE_PRESS = new RegExp(
  [
    String.raw`\b(?:dm|pm|message|email|e-mail|contact|call|ring|text|inbox)\b`,
    String.raw`\bmy\s+(?:inbox|dms?)\b`,
    String.raw`\bhappy\s+to\b`,
    String.raw`\bget\s+in\s+touch\b`,
    String.raw`\bwhat\s+(?:really\s+|actually\s+)?(?:happened|goes\s+on|is\s+going\s+on)\b`,
    String.raw`\bthe\s+(?:other|real|full|inside|true|whole)\s+(?:half|side|story)\b`,
    String.raw`\bthe\s+truth\b`,
    String.raw`\btell\s+(?:you|them|anyone)\b`,
    String.raw`\b(?:needs?|should|ought)\s+to\s+(?:cover|report\s+on|look\s+into)\b`,
    String.raw`\bon\s+(?:the\s+)?record\b`,
    String.raw`\bwant(?:s|ing)?\s+to\s+(?:know|hear|talk|speak)\b`,
    String.raw`\?`,
  ].join('|'),
  'gu',
);

/**
 * Journalism as a subject or a career: a lesson, a school paper, a former pupil who
 * became a journalist, "I want to be a journalist". Talk of journalists there is not
 * contact with one, unless a press enquiry is named outright.
 */
const JOURNALISM_AS_SUBJECT = new RegExp(
  [
    String.raw`\b(?:lessons?|project|media\s+studies|school\s+(?:news)?paper|student\s+(?:news)?paper|journalism\s+club|careers?|work\s+experience|assembly|workshop)\b`,
    String.raw`\b(?:turned|became|become|becoming|be|is\s+now|now\s+an?|grow\s+up\s+to\s+be|training\s+to\s+be|studying\s+to\s+be)\s+(?:an?\s+)?(?:[\p{L}'-]+\s+){0,2}?(?:journalists?|reporters?)\b`,
    String.raw`\b(?:former|ex|old)[\s-]?(?:pupils?|students?)\b`,
    String.raw`\b(?:budding|young|junior|mini|real|visiting|guest)\s+(?:journalists?|reporters?)\b`,
    String.raw`\binterviewed\s+(?:a|an|the)\s+(?:[\p{L}'-]+\s+){0,2}?(?:journalists?|reporters?)\b`,
  ].join('|'),
  'gu',
);

/** Verbs that put the author in touch with a named outlet: "speaking to the BBC", "interviewed by Pirate FM". */
const TALKING_TO_BEFORE = new RegExp(String.raw`\b${anyOf(...TALKING_VERBS, 'from', 'with')}\s+(?:to|with|by|in|for|from)?\s*(?:the\s+)?$`);
const TALKING_TO_VERB = new RegExp(String.raw`\b${anyOf(...TALKING_VERBS)}\b|\bare\s+you\b`);

/** Talk of a story that means press contact when the draft also replies to a press account. */
const STORY_TALK = new RegExp(
  String.raw`\b(?:the|your|this|that)\s+${STORY}\b|\bwhat\s+(?:really\s+|actually\s+)?happened\b|\bthe\s+(?:real|full|inside|true)\s+story\b|\bthe\s+truth\b|\btell\s+you\s+(?:everything|more|what)\b|\bcomment\b`,
  'gu',
);

/** "enquiries from the Western Daily Press", "a request from BBC Points West". */
const ENQUIRY_FROM_BEFORE = /\b(?:enquir(?:y|ies)|inquir(?:y|ies)|quer(?:y|ies)|requests?\s+for\s+comment|approach(?:es)?)\s+(?:from|by)\s+(?:the\s+)?$/;

/** "anyone from the Courier": an outlet addressed. */
const ANYONE_FROM_BEFORE = /\b(?:anyone|anybody|someone|somebody)\s+(?:from|at|on|with|who\s+works?\s+(?:at|for|on))\s+(?:the\s+)?$/;

/** Words of a reply to a news account that answer its enquiry: "thanks for asking", "we can confirm". */
const ANSWERING_AN_ENQUIRY = new RegExp(
  [
    String.raw`\bthanks?\s+(?:you\s+)?for\s+(?:asking|getting\s+in\s+touch|your\s+(?:message|enquiry|inquiry|question|interest|email)|reaching\s+out|contacting\s+us)\b`,
    String.raw`\b(?:we|i)\s+can\s+(?:confirm|tell\s+you|say)\b`,
    String.raw`\bthank(?:s|\s+you)\s+for\s+(?:coming|visiting|covering|featuring|the\s+(?:coverage|lovely\s+piece|article|write-?up))\b`,
    String.raw`\b(?:a\s+)?(?:lovely|great|brilliant|fantastic|wonderful)\s+(?:piece|article|write-?up|feature)\b`,
    String.raw`\b(?:happy|delighted|pleased|glad|willing)\s+to\s+(?:be\s+interviewed|talk|speak|comment|chat|help|share)\b`,
    String.raw`\b(?:can|could|happy\s+to)\s+say\s+more\b|\boff\s+the\s+record\b|\bgo\s+on\s+(?:the\s+)?record\b`,
    // "Please send your request to enquiries@…", "we'd love to arrange a photo": arranging the coverage.
    String.raw`\b(?:send|forward|direct)\s+(?:your|any|the)\s+(?:requests?|questions?|enquir(?:y|ies)|inquir(?:y|ies))\s+to\b`,
    String.raw`\b(?:arrange|set\s+up|organise|book)\s+(?:a|an|the)\s+(?:photo|photographer|photocall|interview|visit|filming)\b`,
    String.raw`\b(?:got|get|getting|have|has)\s+(?:it|this|that|half\s+of\s+(?:it|this|that)|the\s+(?:story|facts))\s+(?:all\s+|completely\s+|totally\s+|badly\s+)?wrong\b`,
    String.raw`\binterview(?:ed|s)?\b`,
    String.raw`\bstatement\b`,
  ].join('|'),
  'gu',
);

type PressContactKind = 'enquiry' | 'addressed' | 'reply';

interface PressContact extends Span {
  kind: PressContactKind;
  /** The words that showed it, as spans of the folded text (the contact itself, then what went with it). */
  parts: Span[];
}

/** Where the draft deals with the press on its own words. Spans of the folded text, in order. */
function findPressContact(draft: PreparedDraft): PressContact[] {
  const text = draft.folded.plain;
  const sentences = sentencesOf(draft);
  if (sentences.length === 0) return [];
  const subject = new Set(findInSentences(draft, JOURNALISM_AS_SUBJECT).map((m) => m.sentence));
  // Found once: the outlets are read three times below.
  const outlets = findOutlets(draft);
  const out: PressContact[] = [];
  const enquiry = (m: FoldedMatch) => out.push({ start: m.start, end: m.end, kind: 'enquiry', parts: [m] });

  for (const pattern of PRESS_CONTACT) {
    for (const m of findInSentences(draft, pattern)) {
      // "Year 9 spoke to a reporter for their media project": talking to the press as a lesson.
      if (pattern === TALKING_TO_PRESS && subject.has(m.sentence)) continue;
      enquiry(m);
    }
  }
  for (const outlet of outlets) {
    const before = text.slice(Math.max(0, outlet.start - 40), outlet.start);
    const sentence = sentenceIndexAt(sentences, outlet.start);
    const m = TALKING_TO_BEFORE.exec(before);
    if (m && TALKING_TO_VERB.test(before.slice(Math.max(0, m.index - 10))) && !subject.has(sentence)) {
      const start = outlet.start - m[0].length;
      out.push({ start, end: outlet.end, kind: 'enquiry', parts: [{ start, end: outlet.end }] });
    }
  }

  // "In response to enquiries from the Western Daily Press": an enquiry from a named outlet.
  for (const outlet of outlets) {
    const m = ENQUIRY_FROM_BEFORE.exec(text.slice(Math.max(0, outlet.start - 40), outlet.start));
    if (m) {
      const start = outlet.start - m[0].length;
      out.push({ start, end: outlet.end, kind: 'enquiry', parts: [{ start, end: outlet.end }] });
    }
  }

  // The press addressed, with an offer, the story or a question in the same or the next sentence.
  const addressed: FoldedMatch[] = findInSentences(draft, ADDRESSED);
  for (const outlet of outlets) {
    const m = ANYONE_FROM_BEFORE.exec(text.slice(Math.max(0, outlet.start - 40), outlet.start));
    if (m) {
      const start = outlet.start - m[0].length;
      addressed.push({ start, end: outlet.end, sentence: sentenceIndexAt(sentences, start), match: [text.slice(start, outlet.end)] as unknown as RegExpMatchArray });
    }
  }
  if (addressed.length > 0) {
    const support = findInSentences(draft, TO_THE_PRESS);
    for (const m of addressed) {
      if (subject.has(m.sentence)) continue;
      const withIt = support.find((x) => (x.sentence === m.sentence || x.sentence === m.sentence + 1) && (x.start >= m.end || x.end <= m.start));
      if (withIt) out.push({ start: m.start, end: m.end, kind: 'addressed', parts: [m, withIt] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What the words read as, by how the press came in. */
const READS_AS: Record<PressContactKind, string> = {
  enquiry: 'dealing with the press',
  addressed: 'an offer to talk to the press',
  reply: 'a reply to a news outlet',
};

/** The draft's own words for the parts, in order, shortened when long. */
function quoted(draft: PreparedDraft, parts: readonly Span[]): string {
  const seen = [...parts].sort((a, b) => a.start - b.start);
  return seen
    .map((part) => {
      const span = sourceSpan(draft, part.start, part.end);
      const words = draft.draft.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim().replace(/[,:;]+$/, '');
      return `“${words.length > 60 ? `${words.slice(0, 59)}…` : words}”`;
    })
    .join(' and ');
}

/** The handle a draft opens with, as a reply in a thread does: "@GazetteLaura you've got half of this wrong". */
export default defineRule({
  id: 'journalist-contact',
  title: 'Replying to a journalist or a press enquiry goes through the school media policy',
  clauses: [CLAUSES.journalist],
  severity: { personal: 'warn', school: 'warn' },
  check({ draft }) {
    const advice =
      draft.kind === 'school'
        ? "Press enquiries go through the school's media policy: pass this to the head or the trust's communications lead before anyone responds."
        : "Press enquiries go through the school's media policy: pass this to the head or a senior leader before responding, rather than commenting yourself.";
    const hit = (contact: { start: number; end: number; parts: Span[] }, kind: PressContactKind) => [
      { ...sourceSpan(draft, contact.start, contact.end), message: `${quoted(draft, contact.parts)} ${contact.parts.length > 1 ? 'read' : 'reads'} as ${READS_AS[kind]}. ${advice}` },
    ];
    const direct = findPressContact(draft);
    if (direct.length > 0) return hit(direct[0]!, direct[0]!.kind);
    // A reply to what looks like a press account, with an offer of contact, talk of a story or an answer to its enquiry.
    if (isPressHandle(draft.draft.replyTo) || isPressHandle(leadingMention(draft))) {
      const text = draft.folded.plain;
      const supporting = [...matchSpans(text, CONTACT_OFFER), ...matchSpans(text, STORY_TALK), ...matchSpans(text, ANSWERING_AN_ENQUIRY)].sort(
        (a, b) => a.start - b.start,
      );
      const first = supporting[0];
      if (first) return hit({ ...first, parts: [first] }, 'reply');
    }
    return [];
  },
});
