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
import { findInSentences, sentencesOf, type FoldedMatch } from '../text/sentence-matches';
import { SpanSet } from '../text/spans';
import type { Span } from '../text/tokens';
import { defineRule, type RuleHit } from './rule';

/** Who a teacher's pupils are, in the words staff use for them. */
const PUPIL_AUDIENCE = alternatives([
  String.raw`\b(?:ex|former|past|old|previous)[\s-]?(?:pupils?|students?|tutees?|boarders?)\b`,
  // "Post-16 lot:", "Year 13 crew,": a group of the school's pupils addressed by what they are
  String.raw`\b(?:post[\s-]?16|sixth[\s-]form|ks ?[345]|year\s?\d{1,2}s?)\s+(?:lot|crew|gang|squad|massive|bunch|learners)\b`,
  // "our alumni", "sixth form alumni" (and the school's own alumni, by its name: see ALUMNI below)
  String.raw`\b(?:(?:our|my)\s+(?:former\s+|old\s+)?|(?:school|college|sixth[\s-]form|academy|primary|high)\s+)(?:alumni|alumnae)\b`,
  String.raw`\b(?:old|past)\s+students\b`,
  // "Leavers 2025!", "leavers of '23": the year is part of who is addressed
  String.raw`\b(?:pupils?|students?|tutees?|sixth[\s-]formers?|leavers|(?:upper|lower)\s+sixth)\b(?:\s+(?:of\s+)?(?:'|20)?\d\d\b)?`,
  String.raw`\b(?:kids|children|boys|girls|guys|everyone|anyone|ones|those)\s+(?:in|from)\s+(?:my|our)\s+(?:class|form|tutor\s+group|set|year\s+group|group)\b`,
  // "Kids from 6S", "anyone in 10W2", "children in Puffin class"
  String.raw`\b(?:kids|children|boys|girls|pupils|students|everyone|anyone)\s+(?:in|from)\s+(?:\d{1,2}[a-z]{1,2}\d?|year\s?\d{1,2}|y\d{1,2}|[sp][1-7]|reception|class\s+[a-z0-9]{1,3}|[a-z]+\s+class)\b`,
  // "any of the Ashworth Fold kids", "all of my old Year 6s"
  String.raw`\b(?:any|all|one)\s+of\s+(?:the|you|my|our|last\s+year's|this\s+year's)\s+(?:[a-z0-9'-]+\s+){0,3}?(?:kids|pupils|students|children|tutees|leavers|lot|sixth[\s-]formers|year\s?\d{1,2}s|(?:upper|lower)\s+sixth)\b`,
  String.raw`\b(?:my|our)\s+(?:(?:current|old|former|lovely|amazing|brilliant|fab|fabulous|wonderful|little|whole)\s+)?(?:class|classes|form|form\s+group|tutor\s+group|reg\s+group|set|tutees|year\s?(?:\d{1,2}|r)s?|y\d{1,2}s?|reception\s+class|year\s+group)\b`,
  String.raw`\byear\s?(?:\d{1,2}|r)s\b`,
  String.raw`\by\d{1,2}s\b`,
  // Scotland's stages: "my S6s", "P7s", "S4 lot"
  String.raw`\b[sp][1-7]s\b`,
  String.raw`\b[sp][1-7]\s+(?:leavers|pupils|kids|class|lot|crew|gang|squad|bunch)\b`,
  String.raw`\byear\s?(?:\d{1,2}|r)\s+(?:leavers|pupils|students|kids|children|class|boys|girls|lot)\b`,
  String.raw`\bclass\s+of\s+(?:20)?\d\d\b`,
  // "Old boys and girls of St Bede's", "to anyone I taught in Year 6", "all the kids I've taught"
  String.raw`\bold\s+(?:boys|girls)(?:\s+and\s+(?:boys|girls))?\b`,
  // "Ex-Oakhurst kids", "former St Bede's pupils"
  String.raw`\b(?:ex|former|old)[\s-]+(?!(?:uni|university|college|work|office|job|team|football|rugby|netball|choir|band|church|gym|flat|house|halls|school\s+friends?)\b)(?:[a-z'-]+\s+){1,2}?(?:kids|pupils|students|lot|leavers|girls|boys|boarders|tutees)\b`,
  // "To all my ex-Ladybirds…": a class the writer once had, by its name
  String.raw`\b(?:my|our)\s+(?:ex|former|old)[\s-](?!(?:colleagues|friends|housemates|flatmates|bosses|teammates|neighbours|mates|workmates|school\s+friends|uni|team)\b)[a-z]+s\b`,
  // "The first P7s I ever taught", "the last Year 6 class I had"
  String.raw`\b(?:the\s+)?(?:very\s+)?(?:first|last)\s+(?:ever\s+)?(?:[a-z0-9]+\s+){0,2}?(?:class|classes|kids|pupils|students|lot|form|year\s?\d{1,2}s|[sp][1-7]s|y\d{1,2}s)\s+i\s+(?:ever\s+)?(?:taught|had)\b`,
    // "Year 10 and 11, follow me…"
  String.raw`\byears?\s?\d{1,2}\s*(?:and|&|\+|,)\s*\d{1,2}(?=\s*[:,!-])`,
  String.raw`\b(?:kids?|child(?:ren)?|pupils?|students?|anyone|anybody|everyone|everybody|those|ones|(?:any|all|those|some)\s+of\s+you(?:\s+(?:that|who))?)\s+(?:(?:i|we)\s+(?:ever\s+)?(?:taught|have\s+(?:ever\s+)?taught|had\s+in\s+(?:my|our)\s+class)|(?:i've|we've)\s+(?:ever\s+)?taught)\b`,
  // "Year 6: follow me…", "…add me on Snapchat, year 11": a year group addressed directly
  String.raw`\byear\s?(?:\d{1,2}|r)(?=\s*[:,!-])`,
  String.raw`(?<=[,-]\s{0,2})year\s?(?:\d{1,2}|r)\b`,
  // "my GCSE kids", "our Year 11 revision group", "my A-level lot"
  String.raw`\b(?:my|our)\s+(?:(?:gcse|a[\s-]?level|btec|sats|exam|revision|year\s?\d{1,2}|y\d{1,2}|form|tutor|maths|english|science|art|history|geography|music|pe|drama|computing|french|spanish)\s+){1,2}(?:kids|pupils|students|lot|class|classes|groups?|sets?)\b`,
  // Addressed at the end: "…for art club updates, kids!"
  String.raw`(?<=,\s{0,2})(?:kids|pupils|students)(?=\s*[!.?]*\s*$)`,
  // "To everyone leaving Trentside this July", "all of you leaving Year 6": leavers, by what they leave
  String.raw`\b(?:everyone|everybody|anyone|anybody|all\s+of\s+you|those\s+of\s+you|you\s+all|all\s+those)\s+(?:who\s+(?:is|are)\s+)?leaving\s+(?:us|school|primary|sixth\s+form|year\s?\d{1,2}|(?!(?:work|home|early|now|today|tonight|the\s+(?:house|office|party|pub))\b)[a-z'-]+(?:\s+(?!(?:this|in|at|on|next|for|and|to)\b)[a-z'-]+)?)(?:\s+(?:this|in|at\s+the\s+end\s+of(?:\s+this)?)\s+(?:july|june|summer|term|year))?\b`,
  // A year's leavers: "the '24 leavers", "2023 leavers"
  String.raw`(?:'|\b20)\d\d\s+leavers\b`,
  // What they were to you: "anyone who had me for maths", "those of you who were in my class",
  // "kids who were in Heron class last year"
  String.raw`\b(?:anyone|anybody|everyone|everybody|those|all|kids|children|pupils|students)\s+(?:of\s+you\s+)?who\s+(?:had|has|have)\s+me\s+(?:for|as)\b`,
  String.raw`\b(?:anyone|anybody|everyone|everybody|those|all|any|kids|children|pupils|students)\s+(?:of\s+you\s+)?who\s+(?:was|were|are|is|used\s+to\s+be)\s+in\s+(?:my|our|the|[a-z]+(?:\s+[a-z]+)?)\s+(?:class|form|tutor\s+group|set|reg\s+group)\b`,
]);

/**
 * A class greeted by its name, which only the school knows ("Kestrel class, give me a
 * follow!", "Hey Red Kite class:"), or the children greeted as such ("Kids, send me a
 * request"). Counted only at the start of a sentence and followed by a comma, colon or
 * "!", since "world class" or "a yoga class" elsewhere is no audience.
 */
const NOT_A_CLASS_NAME = String.raw`(?!(?:my|our|your|the|a|an|this|that|of|in|for|to|and|with|from|world|first|middle|working|business|economy|yoga|dance|art|pe|maths|cookery|night|evening|online)\b)`;
const CLASS_GREETED = new RegExp(
  String.raw`\b(?:${NOT_A_CLASS_NAME}[a-z]+(?:\s+${NOT_A_CLASS_NAME}[a-z]+)?\s+class|kids|kiddos|boys\s+and\s+girls|(?:[7-9]|1[0-3])s|[a-z]+\s+of\s+(?:this|last)\s+year|year\s?\d{1,2}s?\s+(?!(?:parents?|carers?|families|family|mums?|dads?|team|teachers?|staff|colleagues|tas|tutors?|leads?|leaders?)\b)[a-z]+)(?=\s*[,:!\-–])`,
  'g',
);

/**
 * A word young people are called by, said to the reader: "…add me on Facebook, lads!",
 * "Message me and tell me how it goes, kiddos!". With the writer's own pupils named in an
 * earlier sentence, the invitation is to them.
 */
const YOUTH_VOCATIVE = /(?:^|[,\s])(?:kids|kiddos|kiddies|lads|lasses|boys|girls|guys|gang|my\s+lovelies|you\s+lot)\s*[!.?x]*\s*$/;

/** "…open for former students", "…to any of my old Year 11s": an audience named as who an offer is for. */
const FOR_BEFORE = /\b(?:for|to)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:my\s+|our\s+|the\s+)?$/;

/** The reader as one of a group named before: "any of you who want to stay in touch", "if any of you ever need a chat". */
const ANY_OF_YOU = /\b(?:any|all|those|some|each|every\s+one|one)\s+of\s+you\b/;
const LEAVERS = /\bleavers\b/;

/** A sentence said to a reporter: "for your feature", "your readers". */
const PRESS_ADDRESSED = /\byour\s+(?:feature|piece|article|story|readers|listeners|viewers|programme|paper|newspaper|coverage|report)\b/;

/** Alumni, counted as pupils when the school's own name comes straight before: "Loxley Sixth Form alumni". */
const ALUMNI = /\b(?:alumni|alumnae)\b/g;

/** Thanks or a goodbye that a class greeted at the end of the sentence answers. */
const THANKED_BEFORE = /\b(?:thank\s+you|thanks|thankyou|diolch|cheers|ta|well\s+done|bye|goodbye|good\s+luck|love\s+you(?:\s+all)?|miss\s+you(?:\s+all)?)\b/;

/** Pupils the writer taught before: "ex-pupils", "my old Year 6s", "the '24 leavers", "anyone I taught". */
const FORMER = /\b(?:ex|former|past|old|previous|leavers|taught|alumni|alumnae)\b/;

/** An offer made to other teachers or to anyone: "fellow teachers, DM me", "follow me for more cinema reviews". */
const FOR_OTHERS = /\b(?:for\s+more|colleagues|fellow\s+(?:teachers|tas|staff|educators|senco?s|heads)|teachers|teaching\s+(?:ideas|tips|resources|content)|(?:classroom|lesson|display|resource|planning)\s+(?:ideas|tips|inspo|inspiration)|edutwitter|#edutwitter|ects?|trainees|nqts?|other\s+schools|recruiting|job|vacancy|interview)\b/;

/** An audience that is the writer's own pupils, past or present, not students in general. */
const OWN_PUPILS = /\b(?:ex|former|past|old|previous|my|our|taught)\b/;

/** An audience that is the pupils' families, not the pupils: "Year 6 parents", "parents of my class". */
const FAMILY_AFTER = /^(?:'s?)?\s+(?:parents?|carers?|families|mums?|dads?|guardians?)\b/;
const FAMILY_ADDRESSED = /^(?:(?:hi|hiya|hello|dear|calling\s+all|to\s+all(?:\s+(?:the|our))?|all|any)\s+)?(?:the\s+)?(?:parents?|carers?|families|mums?|dads?|guardians?)(?:\s+(?:and|&)\s+(?:carers?|dads?|mums?|guardians?))?\b/;
const FAMILY_BEFORE = /\b(?:parents?|carers?|families|mums?|dads?|guardians?)\s+(?:of|in|from|with)\s+(?:the\s+)?$/;

const HANDLE_MESSAGE =
  "This tags or replies to a pupil's account from a personal account. Staff must not follow or engage with current or former pupils on personal social media: remove the tag, and use the school's official channels if the pupil needs a reply.";
const REPLY_MESSAGE =
  "This is a reply to a pupil's account from a personal account. Staff must not follow or engage with current or former pupils on personal social media: don't send it, and use the school's official channels if the pupil needs a reply.";
const INVITATION_MESSAGE =
  "inviting pupils to follow or message you on a personal account. Staff must not follow or engage with current or former pupils on personal social media: point them to the school's official channels instead.";

/** Words before a greeting that still leave it the start of the sentence: "Hi", "To all", "Calling all". */
/** "Hi Tilly,": a greeting straight before a name. */
const HELLO_BEFORE = /^(?:hi|hey|hiya|hello|morning|afternoon|dear|well done|congrats|congratulations)\s*,?\s*$/;
const GREETING_BEFORE = /^(?:(?:hi|hey|hello|dear|calling\s+all|to\s+all(?:\s+of)?|to|all)\s+)?(?:(?:my|our|the)\s+)?(?:(?:ex|former|past|old|previous)[\s-]+)?(?:[a-z'-]+\s+){0,3}$/;
/** After the audience, before the comma that makes it a greeting: "Ex-pupils of Ashworth Fold," */
const GREETING_AFTER = /^(?:\s+(?:form|class|group|tutor\s+group|lot|girls|boys|leavers|kids))?(?:\s+(?:of|from|at|in|who|that|off\s+to|heading\s+(?:off|to)|going\s+(?:off|to)|moving\s+(?:on|up)|starting|leaving|now)\s+[^,:!?.\n]{1,40}?)?\s*[,:!\-–]/;

/**
 * Words that say the reader is a pupil, past or present, wherever they stand in the draft:
 * "If you were in my class in 2019…", "How's Year 8 treating you?", "enjoying big school?".
 * With an invitation in the same draft, the invitation is to them.
 */
const READER_IS_PUPIL = alternatives([
  String.raw`\b(?:if\s+)?(?:any\s+of\s+)?you\s+(?:were|was|are|used\s+to\s+be)\s+(?:ever\s+)?in\s+(?:my|our)\s+(?:class|form|tutor\s+group|set|reg\s+group)\b`,
  String.raw`\bhow(?:'s|\s+is|\s+are\s+you\s+finding|\s+are\s+you\s+getting\s+on\s+(?:at|in|with))\s+(?:year\s?\d{1,2}|high\s+school|secondary(?:\s+school)?|big\s+school|sixth\s+form)\b`,
  String.raw`\b(?:enjoying|loving|settled\s+in(?:to)?|settling\s+in(?:to)?)\s+(?:year\s?\d{1,2}|high\s+school|secondary(?:\s+school)?|big\s+school|sixth\s+form)\b`,
  // "Not seen you since you left us in Year 11", "now you've left", "you're not at our school any more"
  String.raw`\b(?:since|now(?:\s+that)?|when)\s+you(?:'ve|\s+have)?\s+left\s+(?:us|school|primary|sixth\s+form|year\s?\d{1,2}|(?:my|our)\s+(?:class|form|school|tutor\s+group))\b`,
  // "now you've left!", "once you've left", "now you've finished with us"
  String.raw`\b(?:since|now(?:\s+that)?|once|when|after)\s+you(?:'ve|\s+have)\s+(?:(?:left|moved\s+on)(?=\s*(?:[!.,?;:]|$|and\b|x\b))|finished\s+with\s+us\b)`,
  // "Once your A levels are done and dusted, snap me!"
  String.raw`\b(?:once|when|after)\s+(?:your|ur)\s+(?:a[\s-]?levels|gcses|exams|highers|nat\s?[345]s|prelims|mocks|btecs?|sats)\s+(?:are|is|r)\s+(?:all\s+)?(?:done|over|finished|out\s+of\s+the\s+way)\b`,
  String.raw`\byou(?:'re|\s+are)\s+(?:not|no\s+longer)\s+(?:at|in)\s+(?:our|my)\s+(?:school|class|form|academy|tutor\s+group)\b`,
  // "Saw you've finished at Soar Valley now – congrats!"
  String.raw`\byou(?:'ve|\s+have)\s+(?:finished|left)\s+(?:at\s+)?(?:school|sixth\s+form|college|primary|year\s?\d{1,2}|us|[a-z'-]+(?:\s+[a-z'-]+){0,2}\s+now)\b`,
  // "Course I remember you, front row in my class every lesson"
  String.raw`\b(?:of\s+course\s+|course\s+)?i\s+(?:still\s+)?remember\s+(?:you|teaching\s+you)\b(?=[^.!?\n]{0,80}\b(?:class|form|lessons?|year\s?\d{1,2}|[sp][1-7]|taught|teaching)\b)`,
  // "Can't believe I had you in P3", "I taught you in Year 6"
  String.raw`\bi\s+(?:had|taught)\s+you\s+(?:(?:back\s+)?in|for)\s+(?:year\s?\d{1,2}|y\d{1,2}|[sp][1-7]|reception|nursery|(?:my|our)\s+class|\d{1,2}[a-z]{1,2}|[a-z]+\s+class|maths|english|science|form)\b`,
    // "Snap me if you need help with your RE coursework": only pupils have coursework
  String.raw`\bif\s+(?:you|any\s+of\s+you|anyone)\s+(?:need|needs|want|wants)\s+(?:any\s+)?(?:help|a\s+hand|support|tips)\s+(?:with|on)\s+(?:your|their)\s+(?:[a-z]+\s+)?(?:coursework|revision|homework|mocks|gcses|a[\s-]?levels|nea|personal\s+statements?|ucas)\b`,
  // "Best RE group I ever taught": the reader was one of them
  String.raw`\b(?:best|favourite|loveliest|funniest|nicest|cheekiest|noisiest|kindest|chattiest)\s+(?:[a-z0-9]+\s+){0,2}(?:group|class|form|set|year\s+group|tutor\s+group|bunch|lot|reader|writer|speller|artist|mathematician|scientist|singer|footballer|pupil|student|kid|child|tutee|helper)\s+i(?:'ve)?\s+(?:ever\s+)?(?:taught|had)\b`,
  // "Leavers' disco done 🪩 You lot have been incredible": the leavers themselves, spoken to
  String.raw`\bleavers'?\s+(?:disco|assembly|prom|party|service|mass|ball|do|trip|day|barbecue|bbq)\b[^]{0,120}?\byou\s+(?:lot|all|guys)\b`,
  // "Year 11 you've got this": a year group spoken to
  String.raw`\byear\s?\d{1,2}s?,?\s+you(?:'ve|'re|\s+have|\s+are|\s+were|\s+did|\s+smashed|\s+absolutely)\b`,
  // "Snap me if you're struggling with revision": only pupils revise
  String.raw`\bif\s+(?:you(?:'re|\s+are)|youre|ur|u\s+r|u're|any\s+of\s+you\s+(?:are|r)|anyone(?:'s|\s+is))\s+(?:struggling|stuck|stressing|panicking|worrying|worried|lost)\s+(?:with|about|over|on)\s+(?:your\s+|ur\s+|the\s+|their\s+)?(?:[a-z]+\s+)?(?:revision|coursework|homework|hw|mocks|prelims|gcses|a[\s-]?levels|btecs?|highers|nat\s?[345]s|nea|exams?)\b`,
  // "My first ever Otters will be in Year 10 now!", "loads of my old Badgers are grown up now"
  String.raw`\b(?:my|our)\s+(?:(?:first|very\s+first|first\s+ever|old|former)\s+)?(?!(?:own|kids|children|boys|girls|sons|daughters|babies|baby|grandchildren|grandkids|nieces|nephews|dogs|cats|twins|lads|friends|mates|parents|family|siblings|brothers|sisters)\b)[a-z]+\s+(?:[a-z]+\s+){0,2}?(?:will\s+be|are|must\s+be)\s+(?:in\s+year\s?\d{1,2}|(?:all\s+)?grown[\s-]up|at\s+(?:uni|university|college|high\s+school|secondary))(?:\s+now)?\b`,
]);

interface PupilInvitation extends Span {
  /** Who was invited, and the invitation, as spans of the folded text. */
  audience: Span;
  offer: Span;
}

/**
 * Invitations to pupils: an offer of contact with an audience of pupils in the same
 * sentence, addressed in a short line just before it, or greeted at the start of a
 * sentence earlier in the draft ("Ex-pupils of Ashworth Fold, … Follow me and drop me
 * a DM!").
 */
function findPupilInvitations(draft: PreparedDraft, pupilsNamed: readonly Span[] = [], schoolNameEnds: readonly number[] = []): PupilInvitation[] {
  const text = draft.folded.plain;
  const sentences = sentencesOf(draft);
  const invitations = findInSentences(draft, CONTACT_INVITATION);
  if (invitations.length === 0) return [];
  const audiences = findInSentences(draft, PUPIL_AUDIENCE).filter(
    (a) => !FAMILY_AFTER.test(text.slice(a.end, a.end + 20)) && !FAMILY_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start)),
  );
  // "Loxley Sixth Form alumni, …": the school's own alumni, by its name.
  for (const a of findInSentences(draft, ALUMNI)) {
    const typed = sourceSpan(draft, a.start, a.end);
    if (schoolNameEnds.some((end) => end <= typed.start && /^\s{1,2}$/.test(draft.draft.text.slice(end, typed.start)))) audiences.push(a);
  }
  const readers = findInSentences(draft, READER_IS_PUPIL);
  // "Parents of the Saturday football lot from Year 5, text me…": a sentence said to families.
  // (Asked only of sentences with an audience in them: a long draft has thousands of sentences.)
  const familiesAsked = new Map<number, boolean>();
  const toFamilies = (index: number) => {
    let answer = familiesAsked.get(index);
    if (answer === undefined) {
      const s = sentences[index]!;
      familiesAsked.set(index, (answer = FAMILY_ADDRESSED.test(text.slice(s.start, Math.min(s.end, s.start + 80)))));
    }
    return answer;
  };
  // "…the sensory garden the students built for your feature, drop me a DM": said to a reporter, about the pupils.
  const toPress = (index: number) => PRESS_ADDRESSED.test(sentences[index]!.text);
  for (let i = audiences.length - 1; i >= 0; i--) if (toFamilies(audiences[i]!.sentence) || toPress(audiences[i]!.sentence)) audiences.splice(i, 1);
  // Pupils greeted at the start of a sentence: they are who the rest of the draft speaks to.
  const greeted = audiences.filter((a) => {
    const sentence = sentences[a.sentence]!;
    return GREETING_BEFORE.test(text.slice(sentence.start, a.start)) && GREETING_AFTER.test(text.slice(a.end, Math.min(sentence.end + 1, a.end + 60)));
  });
  for (const found of findInSentences(draft, CLASS_GREETED)) {
    if (toFamilies(found.sentence)) continue;
    const sentence = sentences[found.sentence]!;
    if (found.start - sentence.start <= 60 && GREETING_BEFORE.test(text.slice(sentence.start, found.start))) greeted.push(found);
    // "Diolch for the cards and chocolates, Severn class!": thanked at the end of the sentence.
    else if (/^[^a-z0-9]*$/.test(text.slice(found.end, sentence.end + 1)) && THANKED_BEFORE.test(text.slice(sentence.start, found.start))) greeted.push(found);
  }
  // A pupil on the list greeted by name: "Hi Tilly, it's your English teacher… Follow me back".
  for (const pupil of pupilsNamed) {
    const at = sentences.findIndex((s) => s.start <= pupil.start && pupil.start <= s.end);
    if (at < 0) continue;
    const before = text.slice(sentences[at]!.start, pupil.start);
    // "George Smith, once you've left in July add me on here": a name opening the sentence with a
    // comma greets them too, when the invitation is in that sentence.
    const opens = before.trim() === '' && invitations.some((i) => i.sentence === at && i.start > pupil.end);
    if ((HELLO_BEFORE.test(before) || opens) && /^\s*[,!:\-–]/.test(text.slice(pupil.end, pupil.end + 3))) {
      greeted.push({ start: pupil.start, end: pupil.end, sentence: at, match: [text.slice(pupil.start, pupil.end)] as unknown as RegExpMatchArray, named: true } as FoldedMatch & { named: true });
    }
  }
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
  const out: PupilInvitation[] = [];
  for (const [index, offers] of offersBySentence) {
    let addressed = audiencesBySentence.get(index) ?? [];
    // "My Year 6 leavers! Follow me on Instagram": a short line that only addresses pupils,
    // then the invitation. "My class were amazing today. Follow me…" talks about them instead.
    const previous = sentences[index - 1];
    if (addressed.length === 0 && previous && previous.last - previous.first < 6) {
      addressed = (audiencesBySentence.get(previous.index) ?? []).filter((a) => a.end >= previous.end);
    }
    // "Message me on here any time! Door's always open for former students": who it is for, said next.
    const next = sentences[index + 1];
    if (addressed.length === 0 && next) {
      addressed = (audiencesBySentence.get(next.index) ?? []).filter(
        (a) => FOR_BEFORE.test(text.slice(Math.max(next.start, a.start - 24), a.start)) && OWN_PUPILS.test(text.slice(a.start, a.end)),
      );
    }
    if (addressed.length === 0) addressed = greeted.filter((a) => a.sentence < index || (a.sentence === index && a.end <= offers[0]!.start));
    if (addressed.length === 0) addressed = readers;

    const here = sentences[index]!;
    // "…our Year 11s at SSCA. Any of you who want to stay in touch, add me": "any of you" is the pupils named before.
    if (addressed.length === 0 && ANY_OF_YOU.test(text.slice(here.start, here.end + 1))) {
      addressed = audiences.filter((a) => a.sentence < index && (OWN_PUPILS.test(text.slice(a.start, a.end)) || LEAVERS.test(text.slice(a.start, a.end))));
    }
    // "Loved seeing my old pupils at the match. Add me on Facebook, lads!"
    if (addressed.length === 0 && YOUTH_VOCATIVE.test(text.slice(here.start, here.end + 1))) {
      addressed = audiences.filter((a) => a.sentence < index && OWN_PUPILS.test(text.slice(a.start, a.end)));
    }
    // "Bumped into loads of my ex-pupils in town today 🥹 Pop me a message on here": former pupils spoken
    // of anywhere in the draft are who an offer is for, unless it is said to colleagues, families or the press.
    if (addressed.length === 0 && !toFamilies(index) && !toPress(index) && !FOR_OTHERS.test(here.text)) {
      addressed = audiences.filter((a) => FORMER.test(text.slice(a.start, a.end)));
    }
    if (addressed.length === 0) continue;
    const audience = addressed[addressed.length - 1]!;
    const offer = offers[0]!;
    out.push({ start: Math.min(audience.start, offer.start), end: Math.max(audience.end, offer.end), audience, offer });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The draft's own words for a folded span, quoted. */
function quote(draft: PreparedDraft, span: Span): string {
  const typed = sourceSpan(draft, span.start, span.end);
  const words = draft.draft.text.slice(typed.start, typed.end).replace(/\s+/g, ' ').trim();
  return `“${words.length > 50 ? `${words.slice(0, 49)}…` : words}”`;
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

    const { tokens } = draft;
    const pupilsNamed = facts.pupilMentions.map((m) => ({ start: tokens[m.first]!.start, end: tokens[m.last]!.end }));
    const schoolNameEnds = facts.schoolMentions.filter((m) => m.kind === 'school' || m.kind === 'trust').map((m) => m.end);
    for (const invitation of findPupilInvitations(draft, pupilsNamed, schoolNameEnds)) {
      // A pupil greeted by name is never quoted: the message would show the name to whoever reads it.
      const named = pupilsNamed.some((p) => p.start === invitation.audience.start && p.end === invitation.audience.end);
      // Underlined from the greeting to the offer when they are close; otherwise the offer alone. A pupil
      // greeted by name keeps their own finding (`pupil-name`), so the invitation is underlined by itself.
      const span = !named && invitation.end - invitation.start <= 200 ? invitation : invitation.offer;
      hits.push({
        ...sourceSpan(draft, span.start, span.end),
        message: named
          ? `A pupil greeted by name and ${quote(draft, invitation.offer)} read as ${INVITATION_MESSAGE}`
          : `${quote(draft, invitation.audience)} and ${quote(draft, invitation.offer)} read as ${INVITATION_MESSAGE}`,
        ...(named ? { revealsPupil: true } : {}),
      });
    }
    return hits;
  },
});
