/**
 * Complaints about the workplace's insides: its leaders, colleagues, workload, pay,
 * conditions or decisions. Shared by `internal-grievance` (the complaint itself) and
 * `staff-named` (a member of staff named alongside a complaint).
 *
 * A complaint has a shape, not a vocabulary: a negative judgement aimed at something
 * inside the workplace. Sentence by sentence, this reads
 *
 * - what the sentence is about: a target (leaders, a colleague or a member of staff
 *   named, workload, pay, conditions; `../workplace.ts`), or something outside the
 *   workplace (the trains, the government, the weather);
 * - how it judges it (`cues.ts`): a judgement word, an idiom of decline, praise that
 *   never comes, a mild cue that warm words cancel, and sarcasm: irony markers,
 *   sarcastic openers and tags, and mock thanks, next to a situation that costs the
 *   writer (a burden: told at 4:45 on a Friday, two more groups, a budget cut);
 * - stories and framings that are complaints by their shape (`shapes.ts`): a manager
 *   taking credit, piling work on, not listening, a put-down, a request refused,
 *   advice to leaders, blame for a cancellation, a double standard about money.
 *
 * A judgement needs its target in the same sentence, or in the sentence before it in
 * the same paragraph ("Our deputy head sent seven emails tonight. Some of us have
 * children."). Sarcasm needs a target and a burden in its paragraph. A complaint about
 * the trains, the weather or the government is not about the workplace, and mild cues
 * next to thanks, praise, an apology or advice are not complaints.
 *
 * Each complaint says which words made it one (`cue`) and what it is about, so a
 * finding can tell the writer why.
 */
import { anyOf, words } from '../../text/patterns';
import { sourceSpan, type PreparedDraft } from '../../text/prepared';
import { has as hasMatch, sentencesOf, type Sentence } from '../../text/sentence-matches';
import { mayMatch } from '../../text/word-starts';
import type { Span } from '../../text/tokens';
import { CHILDS_SCHOOL, COLLEAGUES, CONDITIONS, EXTERNAL_ACTOR, INSTITUTION_REF, LEADERS, LOCAL_MARKER, OTHER_DOMAINS, OUTSIDE_PEOPLE, OUTSIDE_PROFESSIONALS, PAY, POSITIVE, SELF_OWNED, WORK_TARGET, WORKLOAD } from '../workplace';
import { BURDEN, DECLINE, EXASPERATION, FEELING, INSINUATION, IRONY_EMOJI, IRONY_HASHTAG, IRONY_MARKER, IRONY_OPENER, IRONY_TAG, JUDGEMENT, JUDGEMENT_TOLD, LATE_EMAIL, MILD, MOCK_THANKS, NEGATED_PRAISE, PAY_COMPLAINT, SCARE_QUOTED } from './cues';
import { ADVICE, APOLOGY, CLAIM, CREDIT, DISMISSAL, DISRUPTION, DOUBLE_STANDARD, FAILURE, FAIRNESS_QUESTION, LEAVE, NORMAL_QUESTION, NOT_LISTENING, PILING_ON, PUT_DOWN, REALITY, REFUSAL, REFUSED, REQUEST, SELF_CONTAINED, SPENDING } from './shapes';
import { ACCEPTANCE, DESPAIR_EMOJI, EXASPERATED, NEGATED_GOOD, NEGATIVE_SOFT, NEGATIVE_STRONG, SHRUG_TAG } from './negativity';

/** How the complaint is made: what the finding's explanation names. */
export type ComplaintKind =
  | 'judgement'
  | 'decline'
  | 'negated-praise'
  | 'sarcasm'
  | 'mock-thanks'
  | 'credit'
  | 'piling-on'
  | 'not-listening'
  | 'put-down'
  | 'refusal'
  | 'advice'
  | 'blame'
  | 'double-standard'
  | 'spending'
  | 'pay'
  | 'broken-promise';

/** What the complaint is about. */
export type ComplaintAbout = 'leaders' | 'colleague' | 'workload' | 'pay' | 'conditions' | 'decisions' | 'work';

export interface Complaint extends Span {
  kind: ComplaintKind;
  about: ComplaintAbout;
  /** The words that made it a complaint, as a span of the draft as typed. */
  cue: Span;
}

const CUE = {
  judgement: words(JUDGEMENT),
  judgementTold: words(JUDGEMENT_TOLD),
  decline: words(DECLINE),
  feeling: words(FEELING),
  // The closing quote may be cut off with the sentence's end: "…should 'work smarter'."
  scareQuoted: new RegExp(`(?<![a-z])['"](?:${SCARE_QUOTED.join('|')})(?: [a-z-]+){0,2}(?:['"](?![a-z])|$)`),
  negatedPraise: words(NEGATED_PRAISE),
  mild: words(MILD),
  lateEmail: words(LATE_EMAIL),
  pay: words(PAY_COMPLAINT),
  exasperation: new RegExp(`^(?:${EXASPERATION.join('|')})$`),
  burden: words(BURDEN),
  ironyMarker: words(IRONY_MARKER),
  ironyOpener: words(IRONY_OPENER),
  insinuation: new RegExp(`^(?:${INSINUATION.join('|')})$`),
  ironyTag: new RegExp(`^(?:oh |well |really |so |just |that's |thats |how )?(?:${IRONY_TAG.join('|')})(?: (?:really|then|again|guys|all|everyone|team|slt|smt|management|leadership|bosses|boss|trust|eh|huh|hey|innit|lol|much))?$`),
  mockThanks: words([`${MOCK_THANKS}(?:${LEADERS.join('|')})`]),
  /** Thanks that open the sentence, with leaders named later in it: "Cheers for the weekend of marking, SLT." */
  thanksOpening: /^(?:thanks|thank you|cheers|ta|a (?:big|huge) thank you|big thanks|shout ?out)(?![a-z])/,
  /** Thanks handed down, with a burden beside it: "SLT sent a thank-you email for our hard work. Attached: next term's duty rota." */
  thanksSent: words(['(?:sent|send|sends|gave|give|gives|got|received|emailed) (?:us(?: all)? |all (?:of )?us |all staff |everyone |staff |the staff |round |out )?(?:a|an|their|the) (?:lovely |nice |little |heartfelt |big |group |annual )?thank[- ]?you (?:e-?mail|note|card|message|letter|video|slide)s?']),
};
const SHAPE = {
  fairness: words(FAIRNESS_QUESTION),
  normal: words(NORMAL_QUESTION),
  credit: words(CREDIT),
  piling: words(PILING_ON),
  notListening: words(NOT_LISTENING),
  refusal: words(REFUSAL),
  request: words(REQUEST),
  refused: words(REFUSED),
  dismissal: words(DISMISSAL),
  claim: words(CLAIM),
  reality: words(REALITY),
  leave: words(LEAVE),
  putDown: words(PUT_DOWN),
  advice: words(ADVICE),
  failure: words(FAILURE),
  disruption: words(DISRUPTION),
  apology: words(APOLOGY),
  doubleStandard: words(DOUBLE_STANDARD),
  spending: words(SPENDING),
  selfContained: words(SELF_CONTAINED),
};
const TARGET = words(WORK_TARGET);
const OWN_WORK_SUBJECT = words(SELF_OWNED);
const OUTSIDERS = words(OUTSIDE_PEOPLE);
const PROFESSIONALS = words(OUTSIDE_PROFESSIONALS);
/** Where a clause starts: a comma, "but", "and", "while". */
const CLAUSE_BREAK = /[,;:(]|\b(?:but|and|while|whereas|because|though|although)\b/g;
/**
 * Generic negativity (`negativity.ts`), each with its weight. A sentence scores the
 * heaviest match of each table once: "unfair" and "again" make 3; "again" twice makes 1.
 */
const NEGATIVITY_SOFT = words(NEGATIVE_SOFT);
const NEGATIVITY: readonly (readonly [RegExp, number])[] = [
  [words(NEGATIVE_STRONG), 2],
  [words(NEGATED_GOOD), 2],
  [NEGATIVITY_SOFT, 1],
  [words(EXASPERATED), 1],
];
const SHRUG = new RegExp(`^(?:oh |well |so |just |how |really |that's |thats )?(?:${SHRUG_TAG.join('|')})(?: (?:then|again|guys|all|everyone|team|slt|smt|management|leadership|bosses|boss|trust|really|now|basically))?$`);
const ACCEPTING = words(ACCEPTANCE);
/** A quoted word or two inside a sentence: "a staff 'social'", "the 'quick' favour". Irony next to a burden. */
const QUOTED = /(?<![a-z])['"](?!(?:he|she|they|i|we|you|it|my|our|his|her|their)\b)[a-z][a-z-]*(?: [a-z-]+){0,2}(?:['"](?![a-z])|$)/;
/** Number words that make a sentence of their own an echo: "Twelve.", "Fourteen." */
const NUMBER_WORD = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds)(?: [a-z]+)?$/;
/** Negativity a sentence needs, with a target inside the workplace beside it, to read as a complaint. */
const NEGATIVITY_NEEDED = 2;
/** The same about workload alone (marking, meetings): tired talk about the job is not a grievance. */
const NEGATIVITY_NEEDED_WORK = 3;
/** A shrug after it ("Sure.", "Noted.", "Twelve.") is worth a strong word. */
const SHRUG_WEIGHT = 2;
const INSTITUTION = words(INSTITUTION_REF);
/** Chaos and mess are a judgement on people's work ("Mr Nowak's cover work was chaos"), not on a party. */
const PEOPLE_JUDGEMENT = words(['(?:was|is|were|are|been) (?:(?:absolute|total|complete|utter|pure) )?(?:chaos|carnage)']);
/**
 * A burden that sarcasm is about falls on the writer ("told me", "my scheme of work",
 * "being asked") or is imposed on staff ("has decided", "another data drop"), not on
 * whoever is praised ("our head ran the marathon in 4 hours. Legend.").
 */
const FIRST_PERSON = words([
  "i", "i'm", "i've", "i'd", "me", "my", "myself", "we", "we're", "we've", "us", "ourselves",
  '(?:being|been|to be|got|get|was|were) (?:asked|told|given|handed|expected)',
]);
const IMPOSED = words([
  '(?:compulsory|mandatory|decided|decides|scheduled|schedules|announced|announces|moved|moves|moving|brought|introduced|introduces|changed|changes|launched|launches|rolled out|imposed|imposes|added|adds|booked|sent|sends|emailed|emails|expects?|expected|wants?|needs? (?:doing|to be))',
]);
/** The trust as the one that failed to act: a school account may not blame it either. */
const TRUST = words(['(?:the|our) trust', '(?:the|our) mat', "(?:a |the )?trust(?:'s)? decisions?"]);
const LEADER = words(LEADERS);
/** Those who govern schools from outside, and strikes: a complaint about them is politics, even about "our school". */
const GOVERNING = words([
  '(?:the |our |local |county )?councils?(?! (?:meeting|chamber|tax))(?= (?:is|are|has|have|was|were|keeps?|cut|cuts|cutting|refused|refuses|won\'t|wants?|decided))',
  '(?:the )?(?:local authority|la) (?:is|are|has|have|was|were|keeps?|cut|cuts|cutting|refused|refuses|won\'t)',
  'the government', 'ministers?', 'the dfe', 'in this country', 'nationally', '(?:which|what|that|the) (?:political )?party', '(?:in )?(?:that|the) (?:polling )?booth',
  'strike (?:day|action|days)', "(?:we're|we are|we'll be) out", 'on strike', 'picket(?:ing)?',
]);
/** The writer's former workplace: "worked there 11 years, left last summer". A verdict on it may be disrepute; a grievance is about where one works now. */
const FORMER = words(["(?:i )?left (?:last (?:summer|year|term|july|christmas|easter)|at the end of)", '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) years ago', 'my first (?:teaching )?(?:post|job|school|placement)', "since (?:i )?left", 'used to work (?:there|at)', "(?<!(?:i've|i have|we've|we have|ive) )worked there (?:for )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) years"]);
/** Praise of someone, not warm words about a day: a tag after it ("…stayed until seven running revision. Legend.") is praise. */
const PRAISED = /\b(?:proud|prouder|thank you to|thanks to (?:mr|mrs|miss|ms|dr|our|my)|grateful to|shout ?out to|hats off to|well done)\b/;
/** Thanks handed to someone: a hard word in the same sentence ("I was running on empty") is the writer's, not a complaint. */
const THANKING = /(?:^(?:a )?(?:short |big |huge |massive |special )?thank you to|(?:want|like|wanted) to say (?:a )?(?:big |huge )?thank you to|\bso grateful to|^shout ?out to|^hats off to)\b/;
/** Thanks for help given: "thank you to my line manager, who noticed I was running on empty and took two of my duties". */
const MAYBE_THANKS = /thank|grateful|shout/;
const THANKS_FOR_HELP = /\b(?:thank you|thanks|grateful|shout ?out)(?: so much)? to [^.!?\n]{0,40}?(?:,? who (?:noticed|took|covered|helped|stepped|sorted|made|brought|stayed|always|quietly|kept)|for (?:noticing|covering|helping|taking|being|always|everything|stepping|sorting|looking after|supporting|listening))\b/;
const SELF_BLAME = /\b(?:the problem (?:might|may|must) be me|it's (?:definitely )?me|my (?:own )?fault|i only have myself to blame|entirely my fault|(?:i'm|i am|im) (?:officially |genuinely |honestly |definitely )?the worst at)\b/;
const VOTE_OUT = words(['vote (?:them|this lot|the lot of them|the tories|tories|labour|reform|the government|the council|him|her) out', 'get (?:them|this lot|the tories) out']);
/** Whoever made it, unnamed: a leader only when what they made is the workplace's. */
const WHOEVER = words(['whoever', 'the (?:person|people|genius|bright spark) (?:who|that)']);
/** A quick look before the remembered one: most sentences name nobody of the kind. */
const MAYBE_WHOEVER = /whoever|the (?:person|people|genius|bright spark) /;
const WHOEVER_LEAD = words(['(?:whoever|the (?:person|people|genius|bright spark))(?: (?:at|in|from) [a-z]+(?: [a-z]+)?)?(?: who| that)? (?:decided|thought|planned|came up with|signed off|designed|scheduled|approved|agreed|chose|wrote|writes|made|makes|put|booked|moved|organised)']);
/** A decision named as such: what a complaint "about decisions" is about. */
const DECISION_NOUN = words(['decisions?', 'decided', 'u-?turns?']);
/** Decisions and policies: someone decided them. */
const DECISION = words(['decisions?', 'decided', 'polic(?:y|ies)', 'rules', 'initiatives?', 'restructur(?:e|es|ing)', 'changes?', 'scrapped', 'cut', 'cuts', 'imposed', 'announced', 'brought in', 'introduced']);
const COLLEAGUE = words(COLLEAGUES);
const PAY_WORDS = words(PAY);
const WORKLOAD_WORDS = words(WORKLOAD);
const CONDITION_WORDS = words(CONDITIONS);
const WARM = words(POSITIVE);
const EXTERNAL = words(EXTERNAL_ACTOR);
const LOCAL = words(LOCAL_MARKER);
const ELSEWHERE = words(OTHER_DOMAINS);
/** Laughter at one's own mishap: "Broke the photocopier again. SLT will not be impressed 😂". */
const LAUGHTER = /\u{1F602}|\u{1F923}|\u{1F606}|\u{1F605}|\u{1F639}|\bha(?:ha)+\b|\blol\b|\blmao\b/u;
/** Managers of somewhere else: "management at the leisure centre", "the manager of my Saturday job". */
const LEADERS_ELSEWHERE = words([
  `(?:management|managers?|boss(?:es)?|owners?|staff|people|team) (?:at|of|from|in) (?:the |my |our |my (?:son|daughter|kids|child)'s )?${anyOf(...OTHER_DOMAINS)}`,
  // "My last school's SLT were awful": a former workplace, with its leaders.
  "(?:my|our|the) (?:last|old|previous|former) (?:school|job|workplace|employer|academy|trust)(?:'s)?(?: (?:slt|smt|head|heads|head ?teacher|leadership(?: team)?|management|managers?|bosses|boss|line manager|deputy))?",
]);
const CHILDS = words(CHILDS_SCHOOL);
/** Feelings that only a job gives: a complaint about work whatever else the sentence names. */
const WORK_FEELING = words(['undervalued', 'unappreciated', 'not valued', 'overworked', 'underpaid', 'under-?resourced', 'exploited']);
/** Home and family: "my kids take me for granted" is not about work. */
const HOME = words(['(?:my|our) (?:kids|children|husband|wife|partner|family|mum|dad|mam|teenagers?|sons?|daughters?|cat|dog|boyfriend|girlfriend|flatmates?|housemates?)', 'at home', 'housework', 'chores']);
/** Where the writer works ("my school", "at work", "my class"): a paragraph that says so is not about their child's school. */
const OWN_WORK = words(['(?:my|our) (?:school|academy|trust|class|classroom|pupils|students|department|dept|staffroom|colleagues|slt|head ?teacher|line manager|hod|tutor group|form group|tutees|timetable|ppa|lessons|marking)', 'at work', 'where i work', 'i (?:teach|work) at']);
/** Talking to peers, not leaders: "If you are new to teaching and drowning in marking, …". */
const TO_PEERS = words([
  "^if you(?:'re| are)(?! an? (?:head|leader|head ?teacher|senior leader|manager|line manager|school leader|ceo|head of department|deputy head))",
  '(?:to|for) (?:any |all |fellow |new |other )?(?:ects?|nqts?|trainees?|new teachers|student teachers|teachers new|colleagues new|fellow teachers)',
  'be kind to yourself',
  '^(?:honestly,? )?try (?:live|doing|using|a|the)',
  // Asking peers for help: "Anyone got tips for marking more quickly?"
  "(?:anyone|anybody|does anyone|has anyone|any)(?: (?:got|have|had|know|with))? (?:any )?(?:good )?(?:tips|advice|ideas|suggestions|recommendations|hacks)",
]);
/**
 * Warm words said to be missing or owed: "no thanks", "without so much as a thank you",
 * "not one well done" (not "no thanks needed"), "you're meant to be grateful".
 */
const NEGATED_WARMTH =
  /\b(?:(?:no|zero|nor|not (?:a|one|a single|even a)|never (?:a|any)|without (?:a|any|so much as a))(?: word of)? (?:thanks|thank ?you|well done|praise|appreciation|recognition|gratitude|acknowledgement)\b(?! (?:needed|necessary|required))|(?:meant|supposed|expected|told) to be (?:grateful|thankful|happy|pleased|glad))/g;
/** Work that only school staff are handed: a class, a group, a duty. Piling it on is about the workplace. */
const SCHOOL_WORK = words(['class(?:es)?', 'groups?', 'sets?', 'lessons?', 'dut(?:y|ies)', 'year \\d+', 'forms?', 'timetables?', 'clubs?', 'reports?', 'leads?', 'roles?', 'displays?', 'marking', 'planning', 'books']);

/** A judgement in a sentence of its own takes its subject from the sentence before, up to this many words. */
const MAX_FOLLOW_UP_WORDS = 12;
/** "Cheers.", "Love that for me.", "Priorities!": a tag is a short sentence. */
const MAX_TAG_WORDS = 4;
/** "Sorry!", "Thank you all!": a short warm sentence after a mild complaint cue. */
const MAX_WARM_FOLLOW_UP_WORDS = 4;

interface Hit {
  kind: ComplaintKind;
  /** Folded offsets in the draft. */
  start: number;
  end: number;
}

/** Sarcasm, and how sure: a marker stands alone; an opener, a tag or mock thanks needs a burden. */
interface Irony extends Hit {
  sure: boolean;
}

/** What one sentence says, read once. */
interface Reading {
  sentence: Sentence;
  paragraph: number;
  words: number;
  /** Something inside the workplace is named: leaders, colleagues, workload, pay, conditions. */
  target: boolean;
  /** Leaders or colleagues (or a member of staff by name). */
  people: boolean;
  leader: boolean;
  /** The school or the trust, by name or as "this place", "my employer". */
  institution: boolean;
  /** About the trains, the government, the weather, and nothing keeps it at work. */
  elsewhere: boolean;
  warm: boolean;
  burden: boolean;
  /** A complaint by its own words or shape. */
  standalone: Hit | null;
  /** A judgement, an idiom of decline or praise that never comes: needs a target. */
  strong: Hit | null;
  /** How staff are made to feel: needs a target, or the school as an employer. */
  feeling: Hit | null;
  /** A mild cue: needs a target and nothing warm. */
  mild: Hit | null;
  /** A shape that needs people (a leader or colleague) in the sentence or paragraph. */
  aimed: Hit | null;
  irony: Irony | null;
  /** Asking for something, and being refused or brushed off: the two halves of a refusal. */
  request: Hit | null;
  refused: Hit | null;
  /** What leaders say, and a sentence saying otherwise: the two halves of a broken promise. */
  claim: Hit | null;
  reality: boolean;
  /** A leader or colleague failing to act, for blame. */
  failure: Hit | null;
  disruption: boolean;
  /** A short sentence of exasperation: "Midnight again." */
  exasperation: boolean;
  /** Generic negativity (`negativity.ts`) and the heaviest words that made it. */
  negativity: number;
  negativeCue: Hit | null;
  /** The sentence ends with a question mark. */
  asks: boolean;
  /** Ends with a question mark. */
  question: boolean;
  /** Ends with an emoji of despair or contempt (💀, 🤦, 🙄). */
  despair: Hit | null;
  /** Laughs at itself: 😂, 🤣, "haha", "lol", in the sentence or just after it. */
  laughs: boolean;
  /** A short shrug or an echo on its own: "Sure.", "Noted.", "Twelve.", "Not once." */
  shrug: boolean;
  /** Owns the hard part: "it's the job", "worth it". */
  accepting: boolean;
  /** Leaders, colleagues, pay, staffing or decisions: what a complaint holds to account, not workload or a broken boiler alone. */
  accountable: boolean;
  /** A burden other than "again" (which generic negativity already counts). */
  burdenBeyondAgain: boolean;
  /** What the answers depend on: the same key, the same reading. */
  readonly key: string;
}

/** A member of staff named in the draft, or a mention of the school, by token indexes (inclusive). */
interface TokenRange {
  readonly first: number;
  readonly last: number;
}

export interface ComplaintContext {
  /** Members of staff named in the draft: a named colleague is a target like "my line manager". */
  staff?: readonly TokenRange[];
  /** The school or trust named (its name, "our school"): the employer a complaint may be about. */
  school?: readonly TokenRange[];
}

/**
 * What each pattern found in each short text, remembered: a draft is checked again at
 * every pause in typing and most of its sentences have not changed, and a long draft
 * often says the same thing twice. Patterns are fixed and texts are sentences of folded
 * text, so an answer never goes stale. Kept in memory only, and bounded.
 */
const REMEMBER_UP_TO_CHARS = 400;
const REMEMBER_AT_MOST = 20_000;
let remembered = 0;
/** By text, then by pattern: a sentence is looked up once for all the patterns tried on it in a row. */
const answers = new Map<string, Map<RegExp, number>>();
let lastText: string | undefined;
let lastAnswers: Map<RegExp, number> | undefined;
/** No match. */
const NO_MATCH = -1;

/** Lets go of every remembered answer: the benchmark times each worst case from nothing. */
export function forgetRememberedAnswers(): void {
  answers.clear();
  remembered = 0;
  lastText = undefined;
  lastAnswers = undefined;
}

function answersFor(text: string): Map<RegExp, number> {
  if (text === lastText && lastAnswers) return lastAnswers;
  let known = answers.get(text);
  if (!known) {
    if (remembered >= REMEMBER_AT_MOST) forgetRememberedAnswers();
    answers.set(text, (known = new Map()));
  }
  lastText = text;
  lastAnswers = known;
  return known;
}

/** Where `pattern` first matches `text`, as `index * 1024 + length`, or NO_MATCH. */
function firstMatch(pattern: RegExp, text: string): number {
  const known = text.length <= REMEMBER_UP_TO_CHARS ? answersFor(text) : undefined;
  const answer = known?.get(pattern);
  if (answer !== undefined) return answer;
  // Run only when some word of the text begins as the pattern's matches must.
  pattern.lastIndex = 0;
  const m = mayMatch(pattern, text) ? pattern.exec(text) : null;
  const found = m ? m.index * 1024 + Math.min(m[0].length, 1023) : NO_MATCH;
  if (known) {
    known.set(pattern, found);
    remembered++;
  }
  return found;
}

/** Does a pattern match this text? (`has`, remembered for short texts.) */
function has(pattern: RegExp, text: string): boolean {
  return text.length <= REMEMBER_UP_TO_CHARS ? firstMatch(pattern, text) !== NO_MATCH : hasMatch(pattern, text);
}

function first(pattern: RegExp, sentence: Sentence, kind: ComplaintKind): Hit | null {
  const text = sentence.text;
  if (text.length > REMEMBER_UP_TO_CHARS) {
    pattern.lastIndex = 0;
    const m = mayMatch(pattern, text) ? pattern.exec(text) : null;
    return m ? { kind, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length } : null;
  }
  const found = firstMatch(pattern, text);
  if (found === NO_MATCH) return null;
  const index = Math.floor(found / 1024);
  return { kind, start: sentence.start + index, end: sentence.start + index + (found % 1024) };
}

function firstOf(sentence: Sentence, ...tries: readonly [RegExp, ComplaintKind][]): Hit | null {
  for (const [pattern, kind] of tries) {
    const hit = first(pattern, sentence, kind);
    if (hit) return hit;
  }
  return null;
}

/** How many different things inside the workplace a sentence names (stops at 2). */
function distinctTargets(text: string): number {
  TARGET.lastIndex = 0;
  let found: string | undefined;
  for (let m = TARGET.exec(text); m; m = TARGET.exec(text)) {
    if (found === undefined) found = m[0];
    else if (m[0] !== found) return 2;
  }
  return found === undefined ? 0 : 1;
}

/** Is this sentence about something outside the workplace? "At work" or "our school" keeps it inside. */
function aboutSomethingElse(text: string): boolean {
  // The council, the government or a strike doing something to "our school" is still about them.
  if (has(GOVERNING, text)) return true;
  if (has(LOCAL, text)) return false;
  if (has(EXTERNAL, text)) return true;
  // Nothing everyday named: inside (tried before counting targets, which costs more).
  if (!has(ELSEWHERE, text)) return false;
  // Two different things inside the workplace outweigh an everyday one: "sat in the rain on bus duty … rota".
  return distinctTargets(text) < 2;
}

/** The sentence's words without punctuation or emoji: what a tag is compared with. */
function bare(text: string): string {
  let out = bared.get(text);
  if (out === undefined) {
    out = text
      .replace(/[^a-z0-9' ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (bared.size >= BARED_AT_MOST) bared.clear();
    bared.set(text, out);
  }
  return out;
}
/** Bare forms already made: a sentence is bared for several questions in turn. */
const bared = new Map<string, string>();
const BARED_AT_MOST = 2_000;

function ironyIn(sentence: Sentence, words: number, tail: string, named: () => boolean): Irony | null {
  const text = sentence.text;
  for (const sign of [IRONY_EMOJI, IRONY_HASHTAG, CUE.scareQuoted]) {
    const m = sign.exec(sign === IRONY_EMOJI ? sentence.folded : text);
    if (m) return { kind: 'sarcasm', start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, sure: true };
  }
  // An eye roll after the last word: "…at 11pm 🙄".
  const rolled = IRONY_EMOJI.exec(tail);
  if (rolled) return { kind: 'sarcasm', start: sentence.start, end: sentence.end, sure: true };
  const marker = first(CUE.ironyMarker, sentence, 'sarcasm');
  // A marker in a warm sentence may be meant ("brutally honest feedback, exactly what I needed"): it needs a burden too.
  if (marker) {
    return { ...marker, sure: !warmBeside(sentence, marker) };
  }
  const thanks = first(CUE.mockThanks, sentence, 'mock-thanks');
  if (thanks) return { ...thanks, sure: false };
  const opening = CUE.thanksOpening.exec(text);
  // Thanks to a colleague with warm words in it ("…lifesavers", "my brilliant colleagues") is thanks.
  // …and so is thanks for help: "Thank you to Mr Nowicki for stepping in to run the chess final at short notice."
  const helped = /\bfor (?:stepping (?:in|up)|covering|helping|running|organising|sorting|arranging|taking over|jumping in|filling in)\b/.test(text);
  const toColleague = opening && !helped && !has(LEADER, text) && !has(TRUST, text) && has(COLLEAGUE, text) && !has(WARM, text.slice(opening[0].length));
  // "Cheers CPLT for the new catering contract": thanks opening on the school or trust by name is as good as "the trust".
  // (Not a sign-off from the school: "Thank you, St Aldhelms Academy office".)
  const thankedByName = opening !== null && /^\s+(?:to\s+)?[a-z]/.test(text.slice(opening[0].length)) && /\bfor\b/.test(text) && named();
  if (opening && (has(LEADER, text) || has(TRUST, text) || toColleague || thankedByName)) return { kind: 'mock-thanks', start: sentence.start, end: sentence.start + opening[0].length, sure: false };
  const sent = has(LEADER, text) || has(TRUST, text) ? first(CUE.thanksSent, sentence, 'mock-thanks') : null;
  if (sent) return { ...sent, sure: false };
  const opener = first(CUE.ironyOpener, sentence, 'sarcasm');
  if (opener) return { ...opener, sure: false };
  if (words <= MAX_TAG_WORDS && (CUE.ironyTag.test(bare(text)) || CUE.insinuation.test(bare(text)))) return { kind: 'sarcasm', start: sentence.start, end: sentence.end, sure: false };
  const quoted = QUOTED.exec(text);
  if (quoted) return { kind: 'sarcasm', start: sentence.start + quoted.index, end: sentence.start + quoted.index + quoted[0].length, sure: false };
  return null;
}

/**
 * Warm words in a sentence outside the cue itself: "advice" is warm, so "Advice for heads:"
 * must not cancel itself, nor "lovely" in "Lovely colleague, that."
 */
function warmBeside(sentence: Sentence, cue: Hit): boolean {
  const text = sentence.text;
  const from = cue.start - sentence.start;
  const to = cue.end - sentence.start;
  // "Try saying thank you once a term": thanks asked for is not thanks given.
  const rest = text.slice(0, Math.max(0, from)) + ' '.repeat(Math.max(0, to - from)) + text.slice(Math.max(0, to));
  return hasMatch(WARM, rest.replace(/\b(?:saying|say|says|said|try|get|getting|hear|hearing|a single|one) (?:a )?(?:thank ?you|thanks|well done)\b/g, (m) => ' '.repeat(m.length)));
}

/** Generic negativity of a sentence: the weight of each table that matches, and the heaviest words. */
function negativityOf(sentence: Sentence): { score: number; cue: Hit | null } {
  let score = 0;
  let cue: Hit | null = null;
  let heaviest = 0;
  for (const [pattern, weight] of NEGATIVITY) {
    const hit = first(pattern, sentence, 'judgement');
    if (!hit) continue;
    score += weight;
    // Two soft words ("get rid of … hurt") count as one strong one.
    if (weight === 1 && pattern === NEGATIVITY_SOFT) {
      pattern.lastIndex = hit.end - sentence.start;
      const again = pattern.exec(sentence.text);
      if (again) score += weight;
    }
    if (weight > heaviest) {
      heaviest = weight;
      cue = hit;
    }
  }
  return { score, cue };
}

const overlaps = (sentence: Sentence, ranges: readonly TokenRange[]) => ranges.some((s) => s.first <= sentence.last && s.last >= sentence.first);

/**
 * What one sentence says, worked out as it is asked for: most sentences never need most
 * of it (a sentence with nothing inside the workplace near it stops after a few checks).
 */
/** Where each of a reading's answers is kept once worked out (`SentenceReading.once`). */
const SLOT = {
  accepting: 0,
  accountable: 1,
  aimed: 2,
  bearer: 3,
  burden: 4,
  burdenBeyondAgain: 5,
  claim: 6,
  despair: 7,
  disruption: 8,
  elsewhere: 9,
  exasperation: 10,
  failure: 11,
  feeling: 12,
  institution: 13,
  irony: 14,
  laughs: 15,
  mild: 16,
  negativity: 17,
  question: 18,
  reality: 19,
  refused: 20,
  request: 21,
  standalone: 22,
  strong: 23,
  warm: 24,
} as const;

class SentenceReading implements Reading {
  readonly words: number;
  readonly leader: boolean;
  readonly people: boolean;
  readonly target: boolean;
  shrug: boolean;
  private readonly text: string;
  /** Answers worked out so far, by `SLOT` (undefined: not yet; no answer is undefined). A plain array: a long draft has thousands of readings. */
  private readonly answers: unknown[] = [];

  constructor(
    readonly sentence: Sentence,
    readonly paragraph: number,
    private readonly context: ComplaintContext,
    private readonly tail: string,
  ) {
    const text = sentence.text;
    this.text = text;
    this.words = sentence.last - sentence.first + 1;
    // Leaders and colleagues of somewhere else are not the workplace's.
    let ours = has(LEADERS_ELSEWHERE, text) ? text.replace(LEADERS_ELSEWHERE, (m) => ' '.repeat(m.length)) : text;
    // "Whoever planned the roadworks on the A19": whoever made something outside is not a leader here.
    if (MAYBE_WHOEVER.test(ours) && has(WHOEVER, ours) && (has(ELSEWHERE, ours) || has(EXTERNAL, ours))) ours = ours.replace(WHOEVER_LEAD, (m) => ' '.repeat(m.length));
    this.leader = has(LEADER, ours);
    this.people = this.leader || overlaps(sentence, context.staff ?? []) || has(COLLEAGUE, ours);
    // "My marking", "my planning": the writer's own work is not a target.
    this.target = this.people || has(TARGET, has(OWN_WORK_SUBJECT, text) ? text.replace(OWN_WORK_SUBJECT, (m) => ' '.repeat(m.length)) : text);
    this.shrug = this.words <= MAX_TAG_WORDS && (SHRUG.test(bare(text)) || NUMBER_WORD.test(bare(text)));
  }

  private once<T>(slot: number, work: () => T): T {
    let answer = this.answers[slot];
    if (answer === undefined) {
      answer = work();
      this.answers[slot] = answer;
    }
    return answer as T;
  }

  /**
   * Everything the reading's answers depend on: two sentences with the same key read
   * the same ("uk. uk. uk." is one reading, not thousands).
   */
  get key(): string {
    const school = overlaps(this.sentence, this.context.school ?? []);
    return `${this.people ? 1 : 0}${school ? 1 : 0}${this.shrug ? 1 : 0}${this.sentence.folded}\u0000${this.tail}`;
  }

  /** Someone the burden falls on: the writer, staff, their work or pay. */
  private get burdenBearer(): boolean {
    const text = this.text;
    return this.once(SLOT.bearer, () => has(FIRST_PERSON, text) || has(IMPOSED, text) || has(WORKLOAD_WORDS, text) || has(PAY_WORDS, text) || has(CONDITION_WORDS, text));
  }

  private get negativityRead(): { score: number; cue: Hit | null } {
    return this.once(SLOT.negativity, () => negativityOf(this.sentence));
  }

  get negativity(): number {
    return this.negativityRead.score;
  }

  get negativeCue(): Hit | null {
    return this.negativityRead.cue;
  }

  get institution(): boolean {
    return this.once(SLOT.institution, () => overlaps(this.sentence, this.context.school ?? []) || has(INSTITUTION, this.text));
  }

  get elsewhere(): boolean {
    return this.once(SLOT.elsewhere, () => aboutSomethingElse(this.text));
  }

  get warm(): boolean {
    // Thanks or praise said to be missing is not warm: "No discussion, no thanks."
    return this.once(SLOT.warm, () => has(WARM, NEGATED_WARMTH.test(this.text) ? this.text.replace(NEGATED_WARMTH, (m) => ' '.repeat(m.length)) : this.text));
  }

  get burden(): boolean {
    return this.once(SLOT.burden, () => has(CUE.burden, this.text) && this.burdenBearer);
  }

  get standalone(): Hit | null {
    return this.once(SLOT.standalone, () => firstOf(this.sentence, [SHAPE.selfContained, 'judgement'], [SHAPE.credit, 'credit'], [SHAPE.advice, 'advice'], [SHAPE.refusal, 'refusal']));
  }

  /**
   * A judgement needs a target in its sentence, or is a short sentence about the one
   * beside it; a long sentence with nothing inside the workplace is only read for "not
   * listened to", which tells a story over two sentences. (Judgements are the largest
   * table, so this keeps long drafts quick.)
   */
  get strong(): Hit | null {
    if (!this.target && this.words > MAX_FOLLOW_UP_WORDS) return this.once(SLOT.strong, () => first(SHAPE.notListening, this.sentence, 'not-listening'));
    return this.once(SLOT.strong, () => firstOf(this.sentence, [CUE.judgement, 'judgement'], [CUE.judgementTold, 'judgement'], ...(this.people ? [[PEOPLE_JUDGEMENT, 'judgement'] as [RegExp, ComplaintKind]] : []), [CUE.decline, 'decline'], [CUE.negatedPraise, 'negated-praise'], [SHAPE.notListening, 'not-listening']));
  }

  get feeling(): Hit | null {
    return this.once(SLOT.feeling, () => first(CUE.feeling, this.sentence, 'judgement'));
  }

  get mild(): Hit | null {
    return this.once(SLOT.mild, () => first(CUE.mild, this.sentence, 'judgement'));
  }

  get aimed(): Hit | null {
    return this.once(SLOT.aimed, () => firstOf(this.sentence, [SHAPE.piling, 'piling-on'], [SHAPE.putDown, 'put-down'], [SHAPE.dismissal, 'put-down'], [SHAPE.doubleStandard, 'double-standard']));
  }

  get irony(): Irony | null {
    return this.once(SLOT.irony, () => ironyIn(this.sentence, this.words, this.tail, () => overlaps(this.sentence, this.context.school ?? [])));
  }

  get request(): Hit | null {
    return this.once(SLOT.request, () => first(SHAPE.request, this.sentence, 'refusal'));
  }

  get refused(): Hit | null {
    return this.once(SLOT.refused, () => first(SHAPE.refused, this.sentence, 'refusal'));
  }

  get claim(): Hit | null {
    return this.once(SLOT.claim, () => first(SHAPE.claim, this.sentence, 'broken-promise'));
  }

  get reality(): boolean {
    return this.once(SLOT.reality, () => has(SHAPE.reality, this.text));
  }

  get failure(): Hit | null {
    return this.once(SLOT.failure, () => first(SHAPE.failure, this.sentence, 'blame'));
  }

  get disruption(): boolean {
    return this.once(SLOT.disruption, () => has(SHAPE.disruption, this.text));
  }

  get exasperation(): boolean {
    return this.once(SLOT.exasperation, () => this.words <= MAX_TAG_WORDS && CUE.exasperation.test(bare(this.text)));
  }

  /** Does the sentence end with a question mark? */
  get asks(): boolean {
    return this.tail.includes('?');
  }

  get question(): boolean {
    return this.once(SLOT.question, () => this.tail.includes('?') && (this.people || has(DECISION, this.text)));
  }

  get laughs(): boolean {
    return this.once(SLOT.laughs, () => LAUGHTER.test(this.sentence.folded) || LAUGHTER.test(this.tail));
  }

  get despair(): Hit | null {
    return this.once(SLOT.despair, () => DESPAIR_EMOJI.test(this.sentence.folded) || DESPAIR_EMOJI.test(this.tail) ? { kind: 'judgement', start: this.sentence.start, end: this.sentence.end } : null);
  }

  get accepting(): boolean {
    return this.once(SLOT.accepting, () => has(ACCEPTING, this.text));
  }

  get accountable(): boolean {
    return this.once(SLOT.accountable, () => this.people || has(PAY_WORDS, this.text) || has(CONDITION_WORDS, this.text) || has(DECISION, this.text));
  }

  get burdenBeyondAgain(): boolean {
    return this.once(SLOT.burdenBeyondAgain, () => has(CUE.burden, this.text.replace(/\bagain\b/g, ' ')) && this.burdenBearer);
  }
}

function read(sentence: Sentence, paragraph: number, context: ComplaintContext, tail: string): Reading {
  return new SentenceReading(sentence, paragraph, context, tail);
}

/**
 * Is the judgement at `hit` about pupils, parents or visitors? "Year 9 were awful…",
 * "some parents were so rude to our office staff": they open the clause the cue is in,
 * before any leader or colleague.
 */
function aboutOutsiders(folded: string, r: Reading, hit: Hit): boolean {
  const before = folded.slice(r.sentence.start, hit.start);
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) from = m.index + m[0].length;
  // "Parents' evening" is an evening of work, not the parents.
  const clause = before.slice(from).replace(/\bparents'? (?:evenings?|consultations?|meetings?)\b/g, (m) => ' '.repeat(m.length));
  return has(OUTSIDERS, clause) && !has(LEADER, clause) && !has(COLLEAGUE, clause);
}

/** Paragraph number of each sentence: a blank line starts a new one. */
function paragraphsOf(sentences: readonly Sentence[], text: string): number[] {
  let paragraph = 0;
  return sentences.map((sentence, i) => {
    if (i > 0 && text.slice(sentences[i - 1]!.end, sentence.start).includes('\n\n')) paragraph++;
    return paragraph;
  });
}

function aboutOf(readings: readonly Reading[], context: ComplaintContext): ComplaintAbout {
  const texts = readings.map((r) => r.sentence.text);
  const any = (pattern: RegExp) => texts.some((t) => has(pattern, t));
  if (readings.some((r) => overlaps(r.sentence, context.staff ?? []))) return 'colleague';
  if (any(LEADER)) return 'leaders';
  if (any(COLLEAGUE)) return 'colleague';
  if (any(PAY_WORDS)) return 'pay';
  if (any(DECISION_NOUN)) return 'decisions';
  if (any(WORKLOAD_WORDS)) return 'workload';
  if (any(CONDITION_WORDS)) return 'conditions';
  return 'work';
}

/** Each draft's sentence readings, for the context they were read with: complaints and the model's signals share them. */
const readingsMade = new WeakMap<PreparedDraft, { context: ComplaintContext; readings: Reading[] }>();

/** What each sentence of the draft says, read once per draft and context. */
function readingsOf(draft: PreparedDraft, context: ComplaintContext): Reading[] {
  const made = readingsMade.get(draft);
  if (made && made.context === context) return made.readings;
  const sentences = sentencesOf(draft);
  const { plain: text, text: folded } = draft.folded;
  const paragraphs = paragraphsOf(sentences, text);
  // The gap after a sentence keeps its own characters: an emoji there ("…at 11pm 🙄") is a cue.
  const readings = sentences.map((s, i) => read(s, paragraphs[i]!, context, folded.slice(s.end, sentences[i + 1]?.start ?? folded.length)));
  // An echo is a shrug too: "Twelve teachers have left. Twelve." "Not once."
  for (const r of readings) {
    const before = readings[r.sentence.index - 1];
    if (r.shrug || !before || before.paragraph !== r.paragraph || r.words > 3) continue;
    const said = new Set(bare(before.sentence.text).split(' '));
    if (bare(r.sentence.text).split(' ').every((w) => said.has(w))) r.shrug = true;
  }
  readingsMade.set(draft, { context, readings });
  return readings;
}

/**
 * What the sentence readings found, as names the complaint model reads beside the
 * words (`../models/`): one list a sentence, in order. They carry what the word tables
 * know to drafts whose words the model never saw ("the Head" and "SLT" are both
 * `~leader`; a minister is `~elsewhere`).
 */
export function complaintSignals(draft: PreparedDraft, context: ComplaintContext = {}, upToToken = Number.POSITIVE_INFINITY): string[][] {
  const known = new Map<string, string[]>();
  const none: string[] = [];
  return readingsOf(draft, context).map((r) => {
    // Sentences past what the model reads are not asked about.
    if (r.sentence.first >= upToToken) return none;
    const key = r.key;
    const same = known.get(key);
    if (same) return same;
    const negative = r.negativity > 0 || r.strong !== null || r.mild !== null || r.feeling !== null;
    const out = SIGNALS.filter(([, present]) => present(r, negative)).map(([name]) => name);
    known.set(key, out);
    return out;
  });
}

/** Each signal a sentence reading can give, and when it does. */
const SIGNALS: readonly (readonly [string, (r: Reading, negative: boolean) => unknown])[] = [
  ['~target', (r) => r.target],
  ['~people', (r) => r.people],
  ['~leader', (r) => r.leader],
  ['~institution', (r) => r.institution],
  ['~elsewhere', (r) => r.elsewhere],
  ['~warm', (r) => r.warm],
  ['~burden', (r) => r.burden],
  ['~strong', (r) => r.strong],
  ['~feeling', (r) => r.feeling],
  ['~mild', (r) => r.mild],
  ['~aimed', (r) => r.aimed],
  ['~irony', (r) => r.irony],
  ['~standalone', (r) => r.standalone],
  ['~request', (r) => r.request],
  ['~refused', (r) => r.refused],
  ['~failure', (r) => r.failure],
  ['~exasperation', (r) => r.exasperation],
  ['~negative', (_, negative) => negative],
  ['~very-negative', (r) => r.negativity >= 2],
  ['~despair', (r) => r.despair],
  ['~laughs', (r) => r.laughs],
  ['~shrug', (r) => r.shrug],
  ['~accepting', (r) => r.accepting],
  ['~accountable', (r) => r.accountable],
  // Together, what neither says alone: a judgement aimed inside, praise aimed inside, a judgement aimed outside.
  ['~negative-target', (r, negative) => negative && r.target],
  ['~negative-people', (r, negative) => negative && r.people],
  ['~negative-institution', (r, negative) => negative && r.institution],
  ['~negative-elsewhere', (r, negative) => negative && r.elsewhere],
  ['~warm-people', (r) => r.warm && r.people],
  ['~warm-only', (r, negative) => r.warm && !negative],
];

/**
 * Does this folded text praise, with nothing negative in it? What follows a sentence's
 * last "but" decides what it is about: "Year 9 were awful in period 5 but the cover work
 * from Mr Trewin was spot on" praises the cover work.
 */
export function praiseOnly(text: string): boolean {
  if (!hasMatch(WARM, text)) return false;
  for (const [pattern] of NEGATIVITY) if (hasMatch(pattern, text)) return false;
  return ![CUE.mild, CUE.judgement, CUE.judgementTold, CUE.decline, CUE.negatedPraise, CUE.feeling].some((pattern) => hasMatch(pattern, text));
}

/** Does a sentence starting before token `upToToken` name the school or trust, or the workplace as an employer ("this place")? (`~institution`.) */
export function namesInstitution(draft: PreparedDraft, context: ComplaintContext = {}, upToToken = Number.POSITIVE_INFINITY): boolean {
  return readingsOf(draft, context).some((r) => r.sentence.first < upToToken && r.institution);
}

/** How many different signals a draft can give at most: what a model's bound counts on. */
export const SIGNAL_COUNT = SIGNALS.length;

/** The complaints in a draft, in order, each with the words that made it one. */
export function findComplaints(draft: PreparedDraft, context: ComplaintContext = {}): Complaint[] {
  const sentences = sentencesOf(draft);
  if (sentences.length === 0) return [];
  const { plain: text } = draft.folded;
  const readings = readingsOf(draft, context);
  // A parent writing about their child's school, with nothing saying it is where they work.
  const childsSchool = new Set<number>();
  for (const r of readings) if (has(CHILDS, r.sentence.text)) childsSchool.add(r.paragraph);
  for (const r of readings) if (childsSchool.has(r.paragraph) && has(OWN_WORK, r.sentence.text)) childsSchool.delete(r.paragraph);
  const complaints: Complaint[] = [];
  /** Sentences of the same paragraph within `reach` of this one, in order. */
  const near = (r: Reading, reach: number) =>
    readings.slice(Math.max(0, r.sentence.index - reach), r.sentence.index + reach + 1).filter((o) => o.paragraph === r.paragraph);
  /** Does any sentence of the same paragraph within `reach` of this one pass `test`? (No arrays made.) */
  const anyWithin = (r: Reading, reach: number, test: (o: Reading) => boolean) => {
    for (let k = Math.max(0, r.sentence.index - reach); k <= Math.min(readings.length - 1, r.sentence.index + reach); k++) {
      const o = readings[k]!;
      if (o.paragraph === r.paragraph && test(o)) return true;
    }
    return false;
  };
  // Sentences that say the workplace is a former one, that the writer is laughing at themself, or to vote someone out.
  const sentencesWith = (pattern: RegExp) => {
    const found = new Set<number>();
    if (!hasMatch(pattern, text)) return found;
    for (const r of readings) if (hasMatch(pattern, r.sentence.text)) found.add(r.sentence.index);
    return found;
  };
  const formerAt = sentencesWith(FORMER);
  const selfBlameAt = sentencesWith(SELF_BLAME);
  const voteOutAt = sentencesWith(VOTE_OUT);
  const governingAt = sentencesWith(GOVERNING);
  const neighbour = (r: Reading, step: -1 | 1) => {
    const other = readings[r.sentence.index + step];
    return other && other.paragraph === r.paragraph ? other : undefined;
  };
  // Something inside the workplace (a target, people, the school as employer) within two sentences of each.
  const anchored = readings.map((r) => near(r, 2).some((o) => o.target || o.institution));
  const inside = (r: Reading) => r.target && !(r.elsewhere && !r.people);
  const warmAfter = (r: Reading) => {
    const next = neighbour(r, 1);
    return next !== undefined && next.words <= MAX_WARM_FOLLOW_UP_WORDS && next.warm && !next.strong;
  };
  let previousWasComplaint = false;

  for (const r of readings) {
    const found = complaintAt(r);
    if (found) {
      const [from, to] = found.with && found.with.sentence.index < r.sentence.index ? [found.with, r] : [r, found.with ?? r];
      const span = sourceSpan(draft, from.sentence.start, to.sentence.end);
      const cue = sourceSpan(draft, found.hit.start, found.hit.end);
      complaints.push({ ...span, kind: found.hit.kind, about: aboutOf(readings.slice(from.sentence.index, to.sentence.index + 1), context), cue });
    }
    previousWasComplaint = found !== null;
  }
  return complaints;

  /** Is sentence `r` a complaint, and which sentence beside it (if any) holds what it is about? */
  function complaintAt(r: Reading): { hit: Hit; with?: Reading } | null {
    if (childsSchool.has(r.paragraph)) return null;
    // Nothing inside the workplace within two sentences: only a complaint that says what
    // it is about by its own words can be one. (Most sentences stop here, cheaply.)
    if (!anchored[r.sentence.index]) return unanchored(r);
    // "It's the job", "worth it" after it; "I love my job. I do not love being asked…" before it is a contrast.
    if (near(r, 2).some((o) => o.accepting && o.sentence.index >= r.sentence.index)) return null;
    // "Ofsted's new report cards are a nightmare. Whoever designed them has never met a Year 1.": whoever made something outside.
    // (Read once per draft, and only when any sentence says it: most drafts never do.)
    if (formerAt.size > 0 && anyWithin(r, 2, (o) => formerAt.has(o.sentence.index))) return null;
    if (MAYBE_THANKS.test(r.sentence.text) && THANKS_FOR_HELP.test(r.sentence.text) && !near(r, 1).some((o) => o.irony?.sure)) return null;
    // Laughing at oneself: "Left my lanyard in the fridge. Again. The problem might be me."
    if (selfBlameAt.size > 0 && anyWithin(r, 2, (o) => selfBlameAt.has(o.sentence.index))) return null;
    // "The pay offer is below inflation again. That's decided nationally.": about whoever governs.
    const after = neighbour(r, 1);
    if (!r.people && after !== undefined && governingAt.has(after.sentence.index)) return null;
    // "…Vote them out.": a complaint about whoever governs, not the workplace.
    if (voteOutAt.size > 0 && anyWithin(r, 1, (o) => voteOutAt.has(o.sentence.index))) return null;
    const before = neighbour(r, -1);
    if (before?.elsewhere && !before.people && has(WHOEVER, r.sentence.text) && !has(TRUST, r.sentence.text) && !r.institution) return null;
    const outside = r.elsewhere && !r.people;
    // Said to peers, in this sentence or beside it: "Anyone got tips for marking more quickly? Drowning in mocks."
    const toPeers = near(r, 1).some((o) => has(TO_PEERS, o.sentence.text));
    // By its own words or shape.
    // Advice that is praise ("ours gives every teacher a planning afternoon… it has changed the place. Steal it.") is advice.
    const warmAdvice =
      r.standalone?.kind === 'advice' && (near(r, 1).some((o) => (o === r ? warmBeside(r.sentence, r.standalone!) : o.warm)) || has(EXTERNAL, r.sentence.text));
    if (r.standalone && !outside && !warmAdvice) return { hit: r.standalone };
    if (!r.elsewhere) {
      const pay = first(CUE.pay, r.sentence, 'pay');
      if (pay) return { hit: pay };
    }
    const spending = first(SHAPE.spending, r.sentence, 'spending');
    if (spending && !r.warm) return { hit: spending };
    // A request, refused or brushed off in the same sentence or the next.
    if (r.request && (!outside || has(SHAPE.leave, r.sentence.text))) {
      const answer = [r, neighbour(r, 1)].find((o) => o?.refused);
      if (answer) return { hit: r.request, with: answer };
    }
    // What leaders say, then what really happens.
    const claimedByLeaders = r.claim !== null && !/^(?:they|he|she|we|i|staff)\b/.test(text.slice(r.claim.start, r.claim.end));
    // What happens, then what leaders call it: "Ten minutes to eat lunch… My head teacher calls this a culture of openness."
    const happened = neighbour(r, -1);
    if (r.claim && claimedByLeaders && !r.warm && /\bcall(?:s|ed)?$/.test(text.slice(r.claim.start, r.claim.end)) && /^ (?:this|that|it)\b/.test(text.slice(r.claim.end, r.claim.end + 6))) {
      if (happened && inside(happened) && !happened.warm && (happened.burden || happened.negativity > 0 || happened.mild !== null || happened.strong !== null)) return { hit: r.claim, with: happened };
    }
    if (r.claim && !outside && (r.target || r.institution || claimedByLeaders)) {
      const next = neighbour(r, 1);
      if (next?.reality && !next.warm) return { hit: r.claim, with: next };
    }
    // A question of fairness about the workplace ("How is it fair that teachers go home at 3.30 and the office
    // stays till 5?"), or of whether it is normal, with something in it or after it that weighs on the writer.
    const workplace = (o: Reading | undefined) => o !== undefined && (inside(o) || (o.institution && !o.elsewhere));
    if (r.asks && !r.warm) {
      // "Where's the fairness in that? TAs get told no… but the deputy's off to Ibiza.": what it asks about may be beside it.
      const fair = first(SHAPE.fairness, r.sentence, 'judgement');
      const about = workplace(r) ? r : [neighbour(r, -1), neighbour(r, 1)].find((o) => workplace(o) && !o?.warm);
      if (fair && about) return about === r ? { hit: fair } : { hit: fair, with: about };
    }
    if (r.asks && workplace(r) && !r.warm) {
      const normal = first(SHAPE.normal, r.sentence, 'judgement');
      const weighs = (o: Reading | undefined) => o !== undefined && !o.warm && (o.burden || o.negativity > 0 || o.mild !== null || o.strong !== null || o.irony !== null);
      if (normal && (weighs(r) || weighs(neighbour(r, 1)))) return { hit: normal };
    }
    // A judgement aimed at something inside, or how staff are made to feel by the school.
    // "…is chaos at home time, but the staff waving every bus off make my day": praise after "but".
    const praisedAfter = r.strong !== null && /\bbut\b/.test(text.slice(r.strong.end, r.sentence.end)) && hasMatch(WARM, text.slice(r.strong.end, r.sentence.end));
    const thanking = THANKING.test(r.sentence.text) && !near(r, 1).some((o) => o.irony?.sure);
    // "Dear Somerset Council, the pothole… Three reports, no response.": not heard back by someone outside, addressed before.
    const outsiderBefore = !r.people && neighbour(r, -1)?.elsewhere === true && !neighbour(r, -1)?.people;
    const unheardByOutsider = r.strong?.kind === 'not-listening' && outsiderBefore;
    if (r.strong && inside(r) && !praisedAfter && !thanking && !unheardByOutsider && !aboutOutsiders(text, r, r.strong)) return { hit: r.strong };
    // Not heard back by a social worker or the police: chasing outside professionals is not about the workplace.
    const chasingOutsiders = (o: Reading) => near(o, 1).some((n) => !n.people && has(PROFESSIONALS, n.sentence.text));
    if (r.strong?.kind === 'not-listening' && !r.elsewhere && !chasingOutsiders(r)) {
      const story = near(r, 1).filter((o) => o !== r && !o.elsewhere && (o.strong?.kind === 'not-listening' || inside(o) || o.institution || o.negativity > 0 || o.irony !== null) && !o.warm);
      if (story.length > 0) return { hit: r.strong, with: story[0] };
    }
    if (r.feeling && !toPeers && (inside(r) || (r.institution && !r.elsewhere)) && !aboutOutsiders(text, r, r.feeling)) return { hit: r.feeling };
    // Feelings only work gives ("undervalued", "overworked"), with no family or home in sight.
    const workFeeling = first(WORK_FEELING, r.sentence, 'judgement');
    if (workFeeling && !r.elsewhere && !toPeers && !has(HOME, r.sentence.text)) return { hit: workFeeling };
    // Shapes aimed at people: piling on, a put-down, a double standard about money.
    // "Best line manager I've ever had… told me to go home early.": warm words make it kindness, not a put-down, unless ironic.
    const kindly = r.warm && r.irony === null && (r.aimed?.kind === 'put-down' || r.aimed?.kind === 'piling-on');
    // "One dad called me a joke in front of the whole queue": a put-down by a parent is not the workplace's.
    if (r.aimed && !outside && !kindly && !aboutOutsiders(text, r, r.aimed)) {
      const paragraph = near(r, 2);
      const peopleNear = r.people || paragraph.some((o) => o.people);
      const workNear = paragraph.some((o) => o.target || o.institution) || ((r.aimed.kind === 'piling-on' || r.aimed.kind === 'put-down') && has(SCHOOL_WORK, r.sentence.text));
      if (r.aimed.kind === 'double-standard' || r.aimed.kind === 'piling-on' || r.aimed.kind === 'put-down' ? workNear || peopleNear : peopleNear) return { hit: r.aimed };
    }
    // Blame: a leader or colleague failed to act, and something was cancelled or late.
    // (An apology to families says something went wrong as surely as "cancelled" does.)
    if (r.failure && (r.people || has(TRUST, r.sentence.text)) && near(r, 2).some((o) => o.disruption || has(SHAPE.apology, o.sentence.text))) return { hit: r.failure };
    // Sarcasm and mock thanks: something inside (or the school as employer) and a burden nearby.
    // Sarcasm about what the sentence before says of someone outside: "Still waiting on the STA… Lovely bit of forward planning, that."
    const previous = neighbour(r, -1);
    const afterOutsider = !r.people && previous !== undefined && previous.elsewhere && !previous.people;
    if (r.irony && !outside && !afterOutsider) {
      const around = near(r, 2);
      const about = around.find((o) => inside(o) || (o.institution && !o.elsewhere));
      // Two signs of irony in a paragraph hold each other up: "were 'heard'. … Feeling very heard."
      // …or a sentence about the workplace that sounds negative on its own ("PPA… on a PE bench, next to lost property. Living the
      // dream."), unless the tag is praise ("…in the rain and still smiled. Legend.").
      const insinuates = r.words <= MAX_TAG_WORDS && CUE.insinuation.test(bare(r.sentence.text));
      const burdened = insinuates || around.some((o) => o.burden || o.mild !== null || o.strong !== null || o.feeling !== null || (o !== r && (o.shrug || o.irony !== null || (inside(o) && o.negativity > 0 && !r.warm))));
      // A tag ("Legend.", "Lovely.") is praise when what it follows is warm: "Shout out to our site team… Legend."
      const tag = r.irony.start === r.sentence.start && r.irony.end === r.sentence.end;
      const warmBefore = tag && around.some((o) => o.sentence.index < r.sentence.index && o.warm && (!o.burden || PRAISED.test(o.sentence.text)) && !o.irony);
      // Thanks to a colleague followed by praise is thanks: "Shout out to the IT technician who… Absolute hero."
      const praisedAfterThanks = r.irony.kind === 'mock-thanks' && !r.irony.sure && around.some((o) => o.sentence.index > r.sentence.index && o.warm && o.irony === null);
      if (about && !praisedAfterThanks && (r.irony.sure || (burdened && !warmBefore))) return { hit: r.irony, with: about };
    }
    // A mild cue on its own, or late emails from leaders, unless something warm sits beside it.
    if (r.target && !r.elsewhere && !r.warm && !toPeers && !warmAfter(r)) {
      if (r.mild && !aboutOutsiders(text, r, r.mild)) return { hit: r.mild };
      const late = first(CUE.lateEmail, r.sentence, 'judgement');
      // "Promised no emails after 6pm" is the opposite of a complaint.
      if (late && r.leader && !/(?:no|fewer|stop(?:ped|s)?|ban(?:ned)? on|without) $/.test(text.slice(Math.max(0, late.start - 12), late.start))) return { hit: late };
    }
    // A judgement in a sentence of its own, about the sentence before or after it:
    // "Utterly pointless.", "Got ignored. Now SLT are launching 'their' idea."
    if (r.words <= MAX_FOLLOW_UP_WORDS && !r.warm && !r.elsewhere) {
      const hit = r.strong ?? r.feeling ?? (r.mild && r.words <= 8 ? r.mild : null) ?? (r.exasperation ? { kind: 'judgement' as const, start: r.sentence.start, end: r.sentence.end } : null);
      // The sentence before, passing over a one-word echo: "Nine emails since 8pm. Nine. Some of us have kids."
      const echo = neighbour(r, -1);
      const previous = echo && echo.words <= 2 && !inside(echo) ? (neighbour(echo, -1) ?? echo) : echo;
      const next = neighbour(r, 1);
      // "Parents' evening ran late. One dad called me a joke…": a judgement said by an outsider is not about the evening.
      const byOutsider = hit !== null && aboutOutsiders(text, r, hit);
      if (hit && !byOutsider && !previousWasComplaint && previous && inside(previous) && !previous.warm) return { hit, with: previous };
      // "Cover again. That's my fourth PPA gone this half term.": exasperation before a burden said of the workplace.
      if (hit && (r.strong || (r.exasperation && next?.burden === true)) && next && inside(next) && !next.warm) return { hit, with: next };
    }
    // Said in other words: enough generic negativity (an unfair decision, a hurt, a shrug
    // after it) about something inside the workplace, and nothing warm. Not on the school
    // account, where the shapes above (blame above all) are what a complaint looks like.
    if (draft.kind !== 'school' && !outside && !toPeers) return negativeAbout(r);
    return null;
  }

  /** The complaints that need nothing inside the workplace named around them. */
  function unanchored(r: Reading): { hit: Hit; with?: Reading } | null {
    // "It's the job", "worth it" after it; "I love my job. I do not love being asked…" before it is a contrast.
    if (near(r, 2).some((o) => o.accepting && o.sentence.index >= r.sentence.index)) return null;
    // A request for time off, refused: about work even when it names a hospital.
    if (r.request && (!r.elsewhere || has(SHAPE.leave, r.sentence.text))) {
      const answer = [r, neighbour(r, 1)].find((o) => o?.refused);
      if (answer) return { hit: r.request, with: answer };
    }
    if (r.elsewhere) return null;
    if (r.standalone) return { hit: r.standalone };
    // Not listened to, told as a story: "Raised it in September. Still nothing has been done."
    const unheard = first(SHAPE.notListening, r.sentence, 'not-listening');
    if (unheard && !near(r, 1).some((n) => !n.people && has(PROFESSIONALS, n.sentence.text))) {
      const story = near(r, 1).find((o) => o !== r && !o.elsewhere && !o.warm && (has(SHAPE.notListening, o.sentence.text) || o.negativity > 0));
      if (story) return { hit: unheard, with: story };
    }
    const pay = first(CUE.pay, r.sentence, 'pay');
    if (pay) return { hit: pay };
    const spending = first(SHAPE.spending, r.sentence, 'spending');
    if (spending && !r.warm) return { hit: spending };
    if ((r.aimed?.kind === 'piling-on' || r.aimed?.kind === 'put-down') && has(SCHOOL_WORK, r.sentence.text)) return { hit: r.aimed };
    const workFeeling = first(WORK_FEELING, r.sentence, 'judgement');
    if (workFeeling && !has(TO_PEERS, r.sentence.text) && !has(HOME, r.sentence.text)) return { hit: workFeeling };
    return null;
  }

  function negativeAbout(r: Reading): { hit: Hit; with?: Reading } | null {
    const next = neighbour(r, 1);
    const previous = neighbour(r, -1);
    const aboutPrevious = r.words <= MAX_FOLLOW_UP_WORDS && !previousWasComplaint && previous !== undefined && inside(previous) && !previous.warm;
    if (!(inside(r) || aboutPrevious)) return null;
    if (r.elsewhere || (next?.warm && next.words <= MAX_WARM_FOLLOW_UP_WORDS)) return null;
    // Generic negativity laughed off is a joke about the day, not a grievance.
    if (r.laughs || next?.laughs) return null;
    // A shrug in the next sentence, or the one after a short fragment: "…on every page. For 180 students. Sure."
    const after = next && next.words <= MAX_TAG_WORDS && !next.shrug ? neighbour(next, 1) : next;
    const shrug = [next, after].find((o) => o?.shrug && !o.warm);
    if (r.warm && !shrug) return null;
    const hit = r.negativeCue ?? r.irony ?? r.despair ?? (r.question || shrug ? { kind: 'judgement' as const, start: r.sentence.start, end: r.sentence.end } : null);
    if (!hit || aboutOutsiders(text, r, hit)) return null;
    const needed = (o: Reading) => (o.accountable || o.institution ? NEGATIVITY_NEEDED : NEGATIVITY_NEEDED_WORK);
    // The burden is the costliest part to read (the whole sentence again): only when it could tip the score.
    const without = r.negativity + (r.question && r.words >= 3 ? 1 : 0) + (r.despair ? 1.5 : 0) + (r.irony ? 1 : 0) + (shrug ? SHRUG_WEIGHT : 0);
    if (without + 2 < Math.min(inside(r) ? needed(r) : Infinity, aboutPrevious ? needed(previous) : Infinity)) return null;
    // What the sentence before cost the writer counts for a short sentence about it said with an eye roll or a clown:
    // "Two hour meeting about reducing workload. It overran. 🤡"
    const score = without + (r.burdenBeyondAgain ? 1 : 0) + (aboutPrevious && !inside(r) && (r.despair !== null || r.irony !== null) && previous.burden ? 1 : 0);
    if (inside(r) && score >= needed(r)) return { hit, with: shrug };
    // A short sentence about the one before it: "Leak still dripping. Six weeks."
    if (aboutPrevious && score >= needed(previous)) return { hit, with: previous };
    return null;
  }
}
