/**
 * Complaints about the workplace's internals: its leaders, colleagues, workload, pay,
 * conditions or decisions ("SLT have no idea", "third year without a pay rise").
 * Shared by `internal-grievance` (the complaint itself) and `staff-named` (a member of
 * staff named alongside a complaint).
 *
 * A complaint is a sentence that names something internal (a target: "SLT", "the
 * head", "colleagues", "marking", "PPA") together with a complaint cue ("no idea",
 * "pointless", "nobody cares"), or a sentence that is a complaint by itself ("could
 * have been an email", "without a pay rise"). Mild cues ("unbelievable", "last
 * minute") do not count next to warm words, so thanks and praise stay clear; a
 * complaint about trains, the weather or the government is not about the workplace.
 */
import { wordPattern, words } from '../text/patterns';
import type { PreparedDraft } from '../text/prepared';
import { has, sentencesOf, sentencesSpan, type Sentence } from '../text/sentence-matches';
import type { Span } from '../text/tokens';
import { COLLEAGUES, EXTERNAL_ACTOR, LEADERS, LOCAL_MARKER, OTHER_DOMAINS, POSITIVE, WORK_TARGET } from './workplace';

/** "They have no idea" is a complaint; "I have no idea how they do it" is not. */
const NOT_SAID_OF_ONESELF = '(?<!(?:^|[^a-z])(?:i|we|you) )';

/** Clearly negative about whatever the sentence is about. */
const STRONG_CUE = words([
  `${NOT_SAID_OF_ONESELF}(?:have|has|had|have got|has got|got)(?: (?:absolutely|literally|genuinely|honestly|just|still|clearly))? (?:no|zero|not a|not the (?:slightest|faintest|first)) (?:idea|clue)`,
  "(?!(?:i|we|you)')[a-z]+'(?:ve|s|d)(?: got)?(?: (?:absolutely|literally|genuinely|clearly))? (?:no|zero|not a) (?:idea|clue)",
  "no idea what (?:they're|they are|he's|she's|he is|she is|they) (?:doing|do)",
  'clueless',
  'useless',
  'hopeless',
  'incompetent',
  'inept',
  'spineless',
  'gutless',
  'out of touch',
  'deluded',
  'shambolic',
  'pathetic',
  'laughable',
  'disgraceful',
  'an? (?:absolute |total |complete |utter |bloody )?(?:joke|farce|shambles|disgrace|embarrassment)',
  'insulting',
  'an insult',
  'a slap in the face',
  'a kick in the teeth',
  "(?:a )?waste of (?:time|space|oxygen|money|everyone's time|my time|our time)",
  'pointless',
  'not fit for (?:purpose|the job)',
  'not sustainable',
  'unsustainable',
  'unmanageable',
  'unworkable',
  'unbearable',
  'intolerable',
  'unacceptable',
  'ridiculous',
  'absurd',
  'farcical',
  'toxic',
  'bull(?:y|ies|ying|ied)',
  'micro-?manag(?:e|es|ed|ing|er|ers|ement)',
  'favouritism',
  '(?:the )?same (?:two|three|four|five|few|handful of|old) (?:people|faces|names|favourites)',
  'only (?:ever )?(?:listens?|listened|cares?|talks?|promotes?|promoted) (?:to|about)',
  `${NOT_SAID_OF_ONESELF}(?:never|don't|dont|doesn't|doesnt|won't|wont|didn't|didnt|refuses? to|refused to|can't be bothered to) (?:even |ever |actually |really |bother to )?(?:listen|listens|care|cares|support|supports|back|backs|value|values|appreciate|appreciates|thank|thanks|consult|consults|reply|replies|respond|responds|acknowledge|fix|fixes|pull (?:their|his|her) weight|do (?:their|his|her) (?:share|job|bit))`,
  "(?:couldn't|could not|cannot|can't) care less",
  "(?:nobody|no one|no-one|none of them|not one of them|not one person)(?: (?:in|from|on) (?:charge|management|leadership|slt|smt|the office|authority|the trust|the top)| at the top| upstairs| above (?:me|us))?(?: (?:even|actually|really|ever|seems to|seem to|bothers to|bothered to|has|had))? (?:cares?|cared|listens?|listened|bothers?|bothered|noticed|asked|thanked|said thank you|gives? a (?:damn|toss|monkey's|stuff|hoot|fig))",
  'not valued',
  'undervalued',
  'unappreciated',
  'taken for granted',
  'treated like (?:dirt|rubbish|children|kids|robots|slaves|muck|crap|idiots)',
  'fed up',
  'sick (?:and tired )?of',
  '(?<!never )tired of',
  'had enough',
  'enough is enough',
  '(?:at )?breaking point',
  'at the end of my tether',
  'drowning',
  "(?:can't|cannot) cope",
  'rock bottom',
  'on (?:our|my) knees',
  "(?:could|should|might)(?: have|'ve) been an? (?:e-?mail|memo)",
  'please stop',
  'stop it',
  'what a joke',
  'beyond a joke',
  'beyond belief',
  'i give up',
  'give me strength',
  "(?:don't|dont|do not) know why (?:i|we) bother",
  'why do (?:i|we) bother',
  'no wonder (?:nobody|no one|everyone|staff|teachers|people) (?:wants|is|are|leaves?|leaving|quits?)',
  '(?:thrown|threw|throw|throws|throwing) (?:me|us|them|him|her|staff|colleagues|everyone|people) under the bus',
  '(?:took|takes|taking|take|stole|steals|stealing|claimed|claims|claiming|nicked|nicks|pinched) (?:all )?(?:the )?credit',
  '(?:dropped|dumped|landed|sprung|imposed|piled|foisted|offloaded|thrust) (?:on|upon) (?:us|staff|teachers|me|everyone)',
  'without (?:any )?(?:consultation|consulting (?:us|anyone|staff)|asking (?:us|anyone|staff)|a thank you|any thanks)',
  'no (?:consultation|support|backing)',
  'zero (?:support|thanks|consultation|notice|communication)',
  'lip service',
  'tick[- ]?box(?:ing| exercise)',
  'jumping through hoops',
  'hoops to jump',
  "(?:hasn't|hasnt|haven't|havent|has not|have not|never) (?:taught|been in a classroom|set foot in a classroom|stepped foot in a classroom)",
  'nothing says [^.!?\\n]{1,60}? like',
  "(?:wouldn't|would not|couldn't|could not) (?:know|recognise|spot) (?:an? |the )?[a-z' -]{1,30}? if it (?:hit|bit|slapped|smacked|kicked) (?:them|him|her|'em)",
  "(?:couldn't|could not|can't|cannot) organi[sz]e (?:an? )?[a-z' -]{1,30}? in a brewery",
  "(?:dump|dumps|dumping|dumped|offload|offloads|offloading|offloaded|palm|palms|palming|palmed|push|pushes|pushing|pushed)(?: [a-z']+){0,3} (?:on|onto|off on) (?:the rest of us|us|me|everyone else|others|the rest of the team)",
  'blam(?:e|es|ed|ing) (?:the teachers|the staff|staff|teachers|us|me|everyone)',
  'never (?:passes?|passed) (?:anything |messages |it )?on',
  "(?:budgets?|ppa|pay|funding|hours|tas?|staffing|support staff|resources)(?:'s| has| have| is| are| was| were)?(?: been)? (?:cut|slashed|scrapped|axed|frozen|reduced|taken away)",
  '(?:is|are|was|were|so|too|bone|plain|just|being|really) lazy',
  'skiving',
  'two-faced',
  'backstab(?:bing|bers?|bed)?',
  'cliques?',
  'cliquey',
  'snide',
  'passive[- ]aggressive',
  'condescending',
  'patroni[sz]ing',
  '(?:is|are|was|were|so|really|incredibly|very|downright|plain) rude',
  'arrogant',
  'power[- ]mad',
  'power trip',
  'demorali[sz](?:ed|ing)',
  'demotivat(?:ed|ing)',
  'soul[- ]destroying',
  'exploited',
  'disrespect(?:ed|ful)?',
  'overworked',
  'not listened to',
  '(?:felt|feel|feeling|been|was|were|so|really|totally|completely|utterly) let down',
  '(?:ignored|ignores|ignoring|ignore) (?:us|me|staff|teachers|the staff|our concerns|my concerns|concerns|every)',
  '(?:thanks|cheers) for nothing',
  // Sarcastic praise: "Fantastic leadership, as ever."
  '(?:fantastic|brilliant|great|amazing|superb|stellar|inspired|fab|top|excellent|wonderful|outstanding) (?:leadership|management|planning|communication|organi[sz]ation|decision(?:-making)?|support|work|job),? (?:as (?:ever|always|usual)|once again|yet again|there|guys|team)',
  '(?<=#)not',
  "another [a-z0-9' -]{1,20}?, another",
  '(?:yet )?another (?:pointless|useless|ridiculous|stupid|unnecessary|daft|mad|crazy|bonkers|last[- ]minute|late[- ]night)',
  '(?:cancell?ed|cancel(?:s|ling)?|cut|cuts|cutting|scrapped|scraps|axed|axes|slashed|taken|took|takes|stole|stolen|removed|reduced|lost|losing|refused|refuses|turned down|blocked|denied)(?: away)? (?:our|my|all|the|staff|everyone\'s|all our) (?:ppa|planning time|non-contact|free periods?|frees|breaks?|lunch(?: breaks?)?|pay|tlrs?|budgets?|hours|tas?|teaching assistants?|support staff|staffing|funding|training|cpd|leave|time off|day off|requests?|pay rise)',
]);

/** Mildly negative: counts unless the sentence is warm ("thank you", "you're a star"). */
const WEAK_CUE = words([
  'yet again',
  'again and again',
  'all over again',
  'yet another',
  'unbelievable',
  // "Madness." as a verdict, not "sports day madness with my colleagues".
  '(?:(?:absolute|utter|total|sheer|pure|complete) madness|madness(?=\\s*$))',
  '(?:second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)) (?:data drops?|learning walks?|observations?|meetings?|deadlines?|changes?|e-?mails?|book looks?|mocks?|twilights?|cover lessons?)(?: (?:this|of the|in a) (?:week|term|half[- ]term|year|month|row))?',
  'insane',
  'bonkers',
  'an? (?:absolute |total |complete |utter )?nightmare',
  'burn(?:ed|t)? ?out',
  'burnout',
  "(?:still|yet to)(?: (?:hasn't|haven't|has not|have not|not|been|be))? (?:fixed|sorted|repaired|replaced|paid|resolved|answered|replied)",
  "(?:hasn't|haven't|has not|have not|never|not) (?:been )?(?:fixed|sorted|repaired|replaced|resolved)",
  // "The photocopier is broken" is a notice; broken for weeks, or again, is a complaint.
  '(?:broken|freezing|boiling|leaking|not working|out of action|out of order)(?: (?:again|for (?:[a-z\\d]+ )?(?:weeks|days|months|ages|a month|a week|a fortnight)|since))',
  '(?:still|again|always) (?:broken|freezing|boiling|leaking|not working|out of action|out of order)',
  '(?:at|with|on) (?:no|zero|little|short|hardly any) notice',
  'last[- ]minute',
  'on a friday (?:afternoon|evening|night|at \\d{1,2})',
  '(?:at|by|after) \\d{1,2}(?:[:.]\\d\\d)? ?pm on (?:a )?(?:friday|saturday|sunday)',
  '(?:second|third|fourth|fifth|sixth|seventh|\\d+(?:st|nd|rd|th)|umpteenth|nth) (?:week|day|time|year|term|month|weekend|night|evening)(?: (?:running|in a row|on the trot))?',
  // Late into the night, not "parents' evening until 7pm".
  "(?:until|till|til|'til|past|gone|after) (?:midnight|(?:9|10|11|12)(?:[:.]\\d\\d)? ?pm|[1-4](?:[:.]\\d\\d)? ?am|\\d{1,2} (?:at night|every night)|the early hours)",
  'every (?:night|weekend|evening|single day|holiday)',
  'all (?:weekend|night|evening|half[- ]term|holiday|holidays)',
  'shiny new',
  "(?:talks? about|says?|saying|preach(?:es|ing)?|bangs? on about|goes on about|going on about) [\"']?(?:wellbeing|well-being|work-?life balance|workload|valuing staff|teamwork|morale|we value you)",
  "what(?:'s| is) the point",
  '(?:got|gets|getting|given|awarded|awards?) (?:an? |themselves an? |himself an? |herself an? )?(?:\\d+% |big |huge |massive |fat |nice |another )?(?:pay ?rise|bonus|salary increase)',
  '(?:always|constantly|keeps?|forever|kept) (?:on )?(?:changing|moving|cancelling|adding|dumping|piling|emailing|messaging|ignoring|undermining|interrupting|criticising|checking|moving the goalposts)',
  'moving the goalposts',
  // Frustrated with someone else, not "so frustrated with myself".
  '(?:frustrat(?:ed|ing)|disappoint(?:ed|ing)|gutted|angry|furious|livid|fuming|annoy(?:ed|ing)|irritat(?:ed|ing)|infuriat(?:ed|ing)|cross)(?! (?:with|at) (?:myself|me)(?![a-z]))',
  'stress(?:ed|ful)',
  'overwhelm(?:ed|ing)',
  'deflated',
  'expect(?:s|ed|ing)? us to',
  'forced (?:us )?to',
  'why (?:do|does|must|should|are|is|can\'t|won\'t|have) (?:we|they|slt|management|leadership|the head)',
]);

/** Emails at all hours: a complaint when they come from leaders ("another 6pm email from the head"). */
const LATE_EMAIL = words([
  '(?:\\d{1,2}(?:[:.]\\d\\d)? ?pm|late[- ]night|midnight|weekend|sunday|saturday|friday)(?: (?:friday|saturday|sunday|night|evening|afternoon))? (?:e-?mails?|messages?|whatsapps?|texts?)',
  '(?:e-?mails?|messages?) (?:at|after|sent at) (?:\\d{1,2}(?:[:.]\\d\\d)? ?pm|midnight|\\d{1,2} at night)',
]);

/**
 * Complaints that need nothing else: the phrase says what it is about.
 * ("Third year without a pay rise", "that could have been an email".)
 */
const SELF_CONTAINED = words([
  "(?:could|should|might)(?: have|'ve) been an? (?:e-?mail|memo)",
  '(?:took|takes|taking|take|stole|steals|stealing|claimed|claims|claiming|nicked|nicks|pinched) (?:all )?(?:the )?credit for',
  `(?:the|our|my) (?:trust|school|academy|mat|employer|organi[sz]ation) (?:clearly |just |really |simply |still |obviously )?(?:doesn't|does not|don't|never|won't|couldn't|could not|can't be bothered to|refuses to|refused to) (?:care|listen|support|value|pay|back|thank|consult|give a)`,
  'micro-?manag(?:e|es|ed|ing|er|ers|ement)',
  "(?:hasn't|hasnt|haven't|havent|has not|have not) (?:taught|been in a classroom|set foot in a classroom|stepped foot in a classroom) (?:in|for|since)",
  '(?:buy|buying|bought|pay|paying|paid for|fund|funding) (?:our|my) own (?:resources|glue(?: sticks)?|pens|stationery|books|supplies|equipment|printer ink|paper|laminat\\w*|tissues|prizes)',
  'out of (?:my|our) own pockets?',
  '(?:of|with|from) (?:my|our) own (?:money|cash|wages|salary)',
  `(?:undervalued|not valued|unappreciated|taken for granted|treated (?:badly|appallingly|terribly|like [a-z]+)|let down|disrespected|exploited|overworked|betrayed) by (?:my|our|the) (?:own )?(?:school|academy|trust|employer|head|leadership|management|slt|bosses|governors)`,
  `while (?:the|our|my) (?:trust|school|academy|mat|ceo|head|heads|governors|slt|leadership|management|bosses|execs?|exec team)(?![a-z])[^.!?\\n]{0,60}?(?<![a-z])(?:buys?|bought|spends?|spent|splash(?:es|ed)|wastes?|wasted|pays?|paid|gets?|got|awards?|awarded|gives?|gave|hires?|hired|refurbish(?:es|ed)?|rebrands?|rebranded)`,
]);

/** Money spent at the top: a complaint unless it is thanks ("the trust spent thousands on a rebrand"). */
const SPENDING = wordPattern(
  '(?:the|our|my) (?:trust|school|academy|mat|ceo|head|heads|governors|slt|leadership|management|bosses|execs?|exec team) (?:has |have |just )?(?:spent|spends|wasted|wastes|blew|blows|splashed|splashes) (?:out )?(?:thousands|millions|hundreds|£\\d[\\d,.]*k?|a fortune|a small fortune|money)',
);

/** Pay complaints: they stand alone, but a national pay row is politics, not a grievance. */
const PAY_COMPLAINT = words([
  "(?:without|no|zero|still no|never (?:got|had|get)|not (?:had|got|seen)|haven't had|hasn't been) (?:an? )?(?:pay ?rise|pay increase|pay progression|pay award|payrise)",
  '(?:another )?(?:real[- ]terms )?pay (?:freeze|cut)',
]);

const TARGET = words(WORK_TARGET);
const PEOPLE_TARGET = words(LEADERS, COLLEAGUES);
const LEADER = words(LEADERS);
const WARM = words(POSITIVE);
const EXTERNAL = words(EXTERNAL_ACTOR);
const LOCAL = words(LOCAL_MARKER);
const ELSEWHERE = words(OTHER_DOMAINS);

/** A short follow-up like "Utterly pointless." takes its subject from the sentence before. */
const MAX_FOLLOW_UP_WORDS = 8;
/** "Sorry!", "Thank you all!": a short warm sentence after a mild complaint cue. */
const MAX_WARM_FOLLOW_UP_WORDS = 4;

/**
 * Is this sentence about something outside the workplace (trains, the ref, the
 * government)? "At work" or "our school" keeps it inside.
 */
function aboutSomethingElse(text: string): boolean {
  if (has(LOCAL, text)) return false;
  return has(EXTERNAL, text) || has(ELSEWHERE, text);
}

type Strength = 'strong' | 'mild' | null;

/** Is this sentence a complaint? "mild" ones are dropped next to a warm follow-up ("Sorry!"). */
function complaintIn(text: string): Strength {
  if (has(SELF_CONTAINED, text)) return 'strong';
  const elsewhere = aboutSomethingElse(text);
  // A leader or a colleague keeps a strong complaint inside the workplace, even next
  // to the government or the match; nothing else does.
  const aboutPeople = has(PEOPLE_TARGET, text);
  if (elsewhere && !aboutPeople) return null;
  if (has(PAY_COMPLAINT, text) && !elsewhere) return 'strong';
  if (has(SPENDING, text) && !has(WARM, text)) return 'strong';
  if (!has(TARGET, text)) return null;
  if (has(STRONG_CUE, text)) return 'strong';
  if (elsewhere || has(WARM, text)) return null;
  return has(WEAK_CUE, text) || (has(LATE_EMAIL, text) && has(LEADER, text)) ? 'mild' : null;
}

/** "New marking policy launched today. Utterly pointless." */
function isFollowUp(sentence: Sentence, previous: Sentence | undefined, text: string): boolean {
  if (!previous || wordCount(sentence) > MAX_FOLLOW_UP_WORDS) return false;
  // A blank line starts a new thought.
  if (text.slice(previous.end, sentence.start).includes('\n\n')) return false;
  if (has(WARM, sentence.text) || has(WARM, previous.text)) return false;
  if (!has(STRONG_CUE, sentence.text) && !has(WEAK_CUE, sentence.text)) return false;
  return has(TARGET, previous.text) && !aboutSomethingElse(previous.text);
}

/** "Last-minute change to the staff meeting. Sorry!" */
function warmFollowUp(next: Sentence | undefined): boolean {
  return next !== undefined && wordCount(next) <= MAX_WARM_FOLLOW_UP_WORDS && has(WARM, next.text) && !has(STRONG_CUE, next.text);
}

function wordCount(sentence: Sentence): number {
  return sentence.last - sentence.first + 1;
}

export function findComplaints(draft: PreparedDraft): Span[] {
  const sentences = sentencesOf(draft);
  const text = draft.folded.text;
  const spans: Span[] = [];
  let previousWasComplaint = false;
  sentences.forEach((sentence, i) => {
    const strength = complaintIn(sentence.text);
    if (strength === 'strong' || (strength === 'mild' && !warmFollowUp(sentences[i + 1]))) {
      spans.push(sentencesSpan(draft, sentence));
      previousWasComplaint = true;
      return;
    }
    const previous = sentences[i - 1];
    if (!previousWasComplaint && isFollowUp(sentence, previous, text)) {
      spans.push(sentencesSpan(draft, previous!, sentence));
      previousWasComplaint = true;
      return;
    }
    previousWasComplaint = false;
  });
  return spans;
}
