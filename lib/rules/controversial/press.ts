/**
 * The press and an incident or a disputed story: offering a journalist "what really
 * happened", "the other half of the story"; answering a press enquiry about an
 * incident ("Thank you for your enquiry. We can confirm a pupil was injured…"); a
 * spokesperson's statement. Each is comment to the press on a story about the school,
 * which the policy wants a senior leader to check first.
 *
 * Press contact about good news ("thanks for asking, the new sports hall opens in
 * September") and an answer to a parent's enquiry (no press anywhere) are not.
 */
import { findOutlets, isPressHandle, leadingMention } from '../../facts/media';
import { alternatives, anyOf } from '../../text/patterns';
import type { PreparedDraft } from '../../text/prepared';
import { findInSentences, has, type FoldedMatch } from '../../text/sentence-matches';
import type { Span } from '../../text/tokens';

/** The press in words: journalists, reporters, the papers, a spokesperson. Not social media, not media studies. */
export const PRESS_WORDS = alternatives(
  [
    String.raw`\b(?:someone|somebody|you)\s+(?:needs?|should|ought)\s+to\s+(?:cover|report\s+on|look\s+into|investigate)\s+(?:it|this|that)\b`,
    String.raw`\b(?:journalists?|reporters?|journos?|newspapers?|news\s?desk|editors?|correspondents?|spokes(?:person|woman|man|people))\b`,
    String.raw`\b(?:the|local|national|any)\s+(?:papers?|press)\b`,
    String.raw`(?<!\bsocial\s)\bmedia\b(?!\s+(?:studies|literacy|lessons?|course|class|policy|consent|accounts?|platforms?|team))`,
    String.raw`\bpress\s+(?:enquir(?:y|ies)|inquir(?:y|ies)|office|release|statement|conference|coverage)\b`,
    String.raw`\byour\s+(?:readers|listeners|viewers|article|story|piece|report|programme|paper|newspaper|feature|coverage)\b`,
    // "anyone from the Courier": a local paper known by the last word of its name
    String.raw`\b(?:anyone|anybody|someone|somebody|any\s+[a-z]+|reporters?|journalists?|journos?)\s+(?:from|at|on|with)\s+the\s+(?:[a-z0-9'-]+\s+)?(?:courier|echo|post|herald|times|gazette|chronicle|argus|mail|mirror|express|telegraph|guardian|observer|standard|journal|examiner|advertiser|mercury|news|star|sentinel|citizen|paper|packet|briton|bugle|record|live)\b`,
  ],
  'g',
);

/** "What really happened", "the other half of the story", "the truth about it": the inside of a story, offered. */
const INSIDE_STORY = alternatives(
  [
    String.raw`\bwhat(?:'s|s|\s+is|\s+was)?\s+(?:really|actually|truly)\s+(?:been\s+)?(?:happened|happens|happening|went\s+on|goes\s+on|going\s+on|is\s+going\s+on|was\s+going\s+on)\b`,
    String.raw`\bwhat\s+(?:goes|went|is\s+going|was\s+going)\s+on\s+(?:behind\s+(?:the\s+scenes|closed\s+doors)|in\s+there|inside|at|in|there)\b`,
    String.raw`\bthe\s+(?:other|real|full|true|whole|inside)\s+(?:side|half|story|picture|version)\b`,
    // "the staff side of the bus story"
    String.raw`\bthe\s+(?:staff|teachers'?|insiders?'?|staffroom)\s+(?:side|view|version|perspective)\s+(?:of|on)\b`,
    String.raw`\bhalf\s+(?:of\s+)?the\s+(?:story|facts|picture)\b`,
    String.raw`\bthe\s+half\s+(?:the\s+trust|the\s+school|they|leadership|the\s+head)\s+(?:won't|will\s+not|doesn't|don't|didn't)\b`,
    String.raw`\b(?:only|just)\s+(?:half|part|one\s+side)\s+(?:of\s+)?the\s+(?:story|facts)\b`,
    String.raw`\bnot\s+the\s+(?:full|whole|real|true)\s+(?:story|picture)\b`,
    // "what the school told you is not what happened"
    String.raw`\b(?:is|was)\s+not\s+what\s+(?:really\s+|actually\s+)?happened\b`,
    String.raw`\bthe\s+truth\s+(?:about|behind|of)\b`,
    String.raw`\b(?:spill|spilling|spilled|spilt)\s+the\s+(?:beans|tea)\b`,
    String.raw`\blift(?:ing)?\s+the\s+lid\b`,
    String.raw`\bblow(?:ing)?\s+the\s+whistle\b|\bwhistle-?blow\w*`,
    String.raw`\b(?:tell|telling|told)\s+(?:you|them|anyone|any\s+\w+|all)\s+(?:everything|what\s+(?:really\s+)?happened|the\s+lot)\b`,
    String.raw`\b(?:tell|telling|give|giving)\s+(?:the\s+)?(?:papers?|press|journalists?|reporters?|media|[a-z]+\s+(?:news|live|echo|post|herald|times|courier|gazette))\s+(?:a\s+thing\s+or\s+two|everything|the\s+(?:real|full|whole|true)\s+story|the\s+lot|all\s+about)\b`,
    String.raw`\ba\s+thing\s+or\s+two\s+about\b`,
    // "I was in the building that day and I'm happy to talk you through it"
    String.raw`\bi\s+was\s+(?:there|in\s+the\s+(?:building|room|hall|meeting)|on\s+(?:site|duty))\s+(?:that\s+day|on\s+the\s+day|when\s+it\s+happened)\b`,
    String.raw`\bi\s+was\s+(?:there|on\s+(?:shift|site|duty)|in\s+the\s+(?:building|room|hall))(?:\s+at\s+[a-z'-]+(?:\s+[a-z'-]+){0,2})?\s+(?:the\s+(?:afternoon|morning|day|night|evening)\s+it\s+happened|that\s+(?:afternoon|morning|day|night))\b`,
    String.raw`\b(?:tell|show)\s+you\s+exactly\s+(?:how|what)\s+(?:it\s+)?(?:unfolded|happened|went\s+down|went\s+on)\b`,
    String.raw`\btalk\s+you\s+through\s+(?:it|what\s+happened)\b`,
    // "…happy to talk about the uniform story for your piece": a story about the school, offered from inside
    String.raw`\b(?:talk|speak|chat)\s+(?:to\s+you\s+|with\s+you\s+)?(?:about|on)\s+the\s+(?:[a-z0-9'-]+\s+){0,3}?(?:story|row|saga|controversy|walkout|strike|complaints?|situation)\b`,
  ],
  'g',
);

/** An offer to talk: "DM me", "my inbox is open", "happy to talk", "can message me". */
const OFFER = alternatives(
  [
    String.raw`\b(?:dm|pm|message|email|e-mail|contact|call|ring|text)\s+me\b`,
    String.raw`\b(?:my\s+)?(?:inbox|dms?)\s+(?:is\s+|are\s+)?(?:open|always\s+open)\b`,
    String.raw`\bask\s+me\b`,
    String.raw`\b(?:hmu|hit\s+me\s+up|slide\s+into\s+my\s+dms)\b`,
    String.raw`\b(?:go|going|went)\s+on\s+(?:the\s+)?record\b`,
    String.raw`\b(?:can|could|happy\s+to)\s+say\s+more\b|\boff\s+the\s+record\b`,
    String.raw`\b(?:i|we)\s*(?:could|would|will|'ll|'d)\s+(?:happily\s+|gladly\s+)?tell\b`,
    String.raw`\b(?:happy|willing|glad|keen|prepared)\s+to\s+(?:talk|speak|tell|chat|share|give|go\s+on\s+(?:the\s+)?record|explain)\b`,
    String.raw`\b(?:can|could|should)\s+(?:message|dm|pm|email|contact|call)\s+me\b`,
    String.raw`\bget\s+in\s+touch\b`,
    String.raw`\bwant(?:s|ing)?\s+to\s+(?:know|hear)\b`,
    String.raw`\b(?:want|need)\s+(?:a\s+)?(?:comment|quote)s?\s+for\s+your\s+(?:story|article|piece)\b`,
    String.raw`\bspeak\s+to\s+(?:the\s+)?(?:parents|staff|families|us)\b`,
  ],
  'g',
);

/** Answering a press enquiry: the words a statement to a paper is made of. */
const PRESS_ANSWER = alternatives(
  [
    String.raw`\b(?:thank\s+you|thanks)\s+for\s+(?:your|the)\s+(?:press\s+|media\s+)?(?:enquiry|inquiry|questions?|email|message|call|request|interest)\b`,
    String.raw`\b(?:thank\s+you|thanks)\s+for\s+(?:getting\s+in\s+touch|contacting\s+us|reaching\s+out)\b`,
    String.raw`\bin\s+(?:response|reply|answer)\s+to\s+(?:your|the|their)\s+(?:press\s+|media\s+)?(?:enquiry|inquiry|questions?|request|article|story|email|piece)\b`,
    String.raw`\b(?:responding|replying)\s+to\s+(?:your|the)\s+(?:enquiry|inquiry|questions?|request|article|story|piece)\b`,
    String.raw`\b(?:responding|replying|in\s+response|in\s+reply)\s+to\s+(?:questions?|enquir(?:y|ies)|queries|requests?)\s+from\b`,
    String.raw`\b(?:been\s+)?(?:contacted|approached|asked\s+for\s+(?:a\s+)?comment)\s+by\b`,
    String.raw`\b(?:we|i)\s+can\s+(?:confirm|say|tell\s+you)\b|\b(?:happy|able|pleased)\s+to\s+confirm\b`,
    String.raw`\b(?:a|our|the)\s+(?:school|trust|academy)\s+spokes(?:person|woman|man)\b|\bspokes(?:person|woman|man)\s+(?:for|from)\b`,
    String.raw`\b(?:we|the\s+school|the\s+trust|the\s+academy)\s+(?:would\s+like\s+to|wish\s+to|want\s+to|must|can)\s+(?:make\s+(?:it\s+)?clear|clarify|stress|reassure|point\s+out|emphasise|emphasize)\b`,
    String.raw`\b(?:issued|released|published|given)\s+a\s+statement\b|\bstatement\s+(?:from|on\s+behalf\s+of|regarding|about|on|re)\b|\bour\s+(?:full\s+)?statement\b`,
    String.raw`\b(?:ask|asking|urge|urging)\s+(?:that\s+)?(?:the\s+)?(?:media|press|journalists|reporters)\s+(?:to\s+)?respect\b`,
  ],
  'g',
);

/** An incident or trouble: what a press answer is about when it needs a senior leader. */
const INCIDENT_WORDS = [
  "(?:[a-z]+day's|yesterday's|today's|last\\s+week's|the|this|an)\\s+incident",
  'incidents?', 'allegations?', 'alleged(?:ly)?', 'investigat\\w*', 'police', 'injur(?:y|ies|ed)', 'accidents?', 'attack(?:ed|s)?',
  'assault(?:ed|s)?', 'fights?', 'fighting', 'brawl', 'dispute', 'suspen(?:ded|sion)', 'safeguarding', 'lockdown', 'evacuat\\w*',
  '(?:a|the)\\s+fire\\s+(?:at|in|on|broke)', 'fire\\s+broke\\s+out', 'the\\s+matter', 'criticism', 'protest\\w*', 'arrest(?:ed)?', 'ambulance', 'bullying', 'abuse',
  'misconduct', 'dismiss(?:ed|al)', 'sacked', 'events\\s+of', 'what\\s+happened', 'inaccurate', 'untrue', 'misleading', 'lies', 'nonsense',
  'hatchet\\s+job', 'stitch-?up', 'one-sided', 'twisted', 'unfair', '(?:yesterday|today|last\\s+week|[a-z]+day)\'s\\s+events',
  '(?:issue|issuing|issued|release|releasing|make|making)\\s+a\\s+(?:full\\s+|further\\s+)?statement',
  'not\\s+as\\s+bad\\s+as', 'blown\\s+out\\s+of\\s+(?:all\\s+)?proportion', 'exaggerated', 'overblown', "(?:isn't|is\\s+not|not)\\s+true", 'rumou?rs?',
  'complaints?', 'ignored', 'gossip', 'scaremongering', 'witch[\\s-]?hunt',
  // A fire, someone hurt, children in danger, something closing or cut: what a press answer is about.
  '(?:small|minor|bin|kitchen|electrical|chip\\s+pan)\\s+fire', 'fire\\s+(?:near|alarm\\s+evacuation)', 'fire\\s+(?:service|brigade|crews?|engines?)\\s+(?:were|was)\\s+called',
  '(?:nobody|no\\s+one|no-one|no\\s+pupils?|no\\s+children)\\s+(?:was\\s+|were\\s+)?(?:hurt|injured|harmed)', '(?:in|into|out\\s+of)\\s+(?:any\\s+)?danger',
  '(?:taken|rushed|went|go|gone) to hospital', 'a fall (?:from|off|in|on)', 'fell (?:from|off)',
  'restructur\\w*', 'redundanc\\w*', '(?:funding|budget|send|staff(?:ing)?)\\s+cuts', '(?:clos(?:e|ing|ure\\s+of))\\s+(?:the|our|its|a)\\s+[a-z]+', 'nothing\\s+has\\s+been\\s+decided',
  '(?:got|get|getting|have|has)\\s+(?:it|this|that|half\\s+of\\s+(?:it|this|that)|the\\s+(?:story|facts))\\s+(?:all\\s+|completely\\s+|totally\\s+|badly\\s+)?wrong',
  '(?:the\\s+)?(?:famil(?:y|ies)|individuals?)\\s+involved', 'working\\s+closely\\s+with', 'supporting\\s+the\\s+famil(?:y|ies)',
];
const INCIDENT = new RegExp(String.raw`\b${anyOf(...INCIDENT_WORDS)}\b`);

/** Journalism as a lesson or a career: "Year 9 asked a reporter how she finds the real story". */
const JOURNALISM_LESSON = alternatives(
  [
    String.raw`\b(?:lessons?|project|media\s+studies|school\s+(?:news)?paper|student\s+(?:news)?paper|journalism\s+club|careers?|work\s+experience|assembly|workshop)\b`,
    String.raw`\b(?:budding|young|junior|mini|visiting|guest)\s+(?:journalists?|reporters?)\b`,
    String.raw`\b(?:year\s+\d{1,2}|pupils|students|our\s+class)\s+(?:interviewed|asked|met|wrote|learnt|learned)\b`,
  ],
  'g',
);

/** Threatening to take a school matter to the press: "someone should go to the papers about this". */
const TO_THE_PRESS = alternatives(
  [
    String.raw`\b(?:someone|somebody|you)\s+(?:needs?|should|ought)\s+to\s+(?:cover|report\s+on|look\s+into|investigate)\s+(?:it|this|that)\b`,
    String.raw`\b(?:go|going|went|goes|run|running|ran|take|taking|took)\s+(?:it\s+|this\s+|that\s+|them\s+)?(?:straight\s+)?to\s+the\s+(?:press|papers|media|newspapers?|local\s+(?:paper|press|news))\b`,
    String.raw`\b(?:tip(?:ping|ped)?\s+off|leak(?:ing|ed)?\s+(?:it|this|that)?\s*to)\s+the\s+(?:press|papers|media)\b`,
  ],
  'g',
);

export type PressKind = 'offer' | 'answer';

export interface PressHit extends Span {
  kind: PressKind;
  /** The words that showed it, as spans of the folded text. */
  parts: Span[];
}

/**
 * Where the draft gives the press its side of a story or answers a press enquiry about
 * an incident. Spans of the folded text, one per sentence that does it.
 */
export function findPressComment(draft: PreparedDraft, outlets: readonly Span[] = findOutlets(draft), pressWords: readonly Span[] = findInSentences(draft, PRESS_WORDS)): PressHit[] {
  const text = draft.folded.plain;
  const press: Span[] = [...pressWords, ...outlets];
  const replyToPress = isPressHandle(draft.draft.replyTo) || isPressHandle(leadingMention(draft));
  if (press.length === 0 && !replyToPress) return [];
  const out: PressHit[] = [];
  const trouble = has(INCIDENT, text);
  const firstPress = press.sort((a, b) => a.start - b.start)[0];
  const partsWith = (m: FoldedMatch) => (firstPress ? [firstPress, m] : [m]);

  // The inside of a story offered (with an offer to talk, or beside trouble), or an offer
  // to talk beside trouble; not a lesson about journalism, not "the full story is on their website".
  const lesson = new Set(findInSentences(draft, JOURNALISM_LESSON).map((m) => m.sentence));
  const offers = findInSentences(draft, OFFER);
  const inside = offers.length > 0 || trouble ? findInSentences(draft, INSIDE_STORY).filter((m) => !lesson.has(m.sentence)) : [];
  for (const m of inside) out.push({ start: m.start, end: m.end, kind: 'offer', parts: partsWith(m) });
  if (inside.length === 0 && trouble) {
    for (const m of offers) out.push({ start: m.start, end: m.end, kind: 'offer', parts: partsWith(m) });
  }
  // Taking a matter to the press.
  for (const m of findInSentences(draft, TO_THE_PRESS)) out.push({ start: m.start, end: m.end, kind: 'offer', parts: [m] });
  // An answer to a press enquiry about an incident; any reply to a press account about one.
  if (trouble) {
    const answers = findInSentences(draft, PRESS_ANSWER);
    for (const m of answers) out.push({ start: m.start, end: m.end, kind: 'answer', parts: partsWith(m) });
    if (out.length === 0 && replyToPress) {
      const incident = findInSentences(draft, INCIDENT)[0]; // (a copy made global, from the start)
      if (incident) out.push({ start: incident.start, end: incident.end, kind: 'answer', parts: [incident] });
    }
  }
  return out;
}
