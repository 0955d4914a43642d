/**
 * What is only offensive in a phrase: words innocent alone (a pin prick, a blue tit)
 * aimed at someone, insults, slurs used as put-downs, threats and harassment. Each
 * phrase has a cheap `quick` test so most drafts skip its full pattern.
 */
import { anyOf, type Vocabulary } from '../../text/patterns';
import type { OffenceKind } from './lexicon';

/** Words that make a noun an insult: "absolute", "stupid", "little". */
const INSULTING_WORDS: Vocabulary = [
  'absolute', 'complete', 'total', 'utter', 'bloody', 'f\\*+ing', 'fucking', 'flipping', 'little', 'old', 'stupid', 'silly', 'useless',
  'pathetic', 'arrogant', 'smug', 'ignorant', 'lazy', 'ugly', 'miserable', 'thick', 'selfish', 'spineless', 'pompous', 'smarmy',
  'nasty', 'horrible', 'vile', 'obnoxious', 'condescending', 'patronising', 'two-faced', 'jumped-up', 'sanctimonious',
];
/** Adjectives that aim a word at someone on their own: "smug git". */
const AIMING_WORDS: Vocabulary = [
  'stupid', 'useless', 'pathetic', 'arrogant', 'smug', 'ignorant', 'lazy', 'ugly', 'miserable', 'selfish', 'spineless', 'pompous',
  'smarmy', 'obnoxious', 'condescending', 'patronising', 'two-faced', 'jumped-up', 'sanctimonious', 'gormless', 'dozy', 'brainless',
];
const ADJ = anyOf(...INSULTING_WORDS);
/** How people aim a word at someone: "you", "such a", "an absolute", "bunch of", "smug". */
const AIM_LEADS = [
  String.raw`you(?:'re| are| r)?(?: (?:such )?an?)?`,
  String.raw`ur(?: an?)?`,
  String.raw`(?:such|what)(?: an?)?`,
  String.raw`(?:is|are|was|were|being|be|bein)(?: such)? an?`,
  String.raw`an? (?:absolute|complete|total|utter|right|massive|proper|bloody|fucking|f\*+ing)`,
  String.raw`(?:absolute|complete|total|utter|bloody|fucking|f\*+ing)`,
  String.raw`(?:bunch|load|pack|set|lot|gang) of`,
  anyOf(...AIMING_WORDS),
];
// At most four adjectives after the lead: an unbounded run would let "absolute absolute …"
// cost a pass over the rest of the run from every word of it.
const AIM = anyOf(...AIM_LEADS.map((lead) => `${lead} (?:${ADJ} ){0,4}`));

/** Words innocent alone (a pin prick, a door knob, a blue tit, git the tool), rude when aimed at a person. */
const AIMED_WORDS: Vocabulary = [
  'dicks?', 'pricks?', 'knobs?', 'cocks?', 'tits?', 'gits?', 'twits?', 'jerks?', 'losers?', 'scum', 'divs?', 'fanny', 'fannies', 'homos?', 'scrubbers?',
  // Masked so far that only aiming says which word it is: "a complete t**t", "you absolute w****r".
  't\\*{2}ts?', 'd\\*{2}k(?:head)?s?', 'b\\*{3}h', 'w\\*{3,4}rs?', 'p\\*{3}k',
];
/** Words after one of those that make it a thing, not a person: "prick your finger", "homo sapiens", "tit for tat" aside. */
const NOT_AIMED_BEFORE: Vocabulary = [
  'your', 'my', 'his', 'her', 'their', 'the', 'it', 'them', 'up', 'holes?', 'each', 'with', 'out', 'of', 'sapiens', 'erectus', 'habilis',
  'chicken', 'pork', 'seasoning', 'marinade', 'tags?', 'elements?',
];
/** Insults as set phrases. */
const INSULTING_PHRASES: Vocabulary = [
  'dick move', 'scum of the earth', 'white trash', 'trailer trash', 'half[- ]caste', 'jungle bunny', 'batty boy', 'bum boy', 'window licker',
  'sod off',
];
/** What makes "cow" or "pig" an insult. */
const ANIMAL_INSULTS: Vocabulary = [
  'stupid', 'silly', 'daft', 'fat', 'ugly', 'lazy', 'miserable', 'nasty', 'horrible', 'greedy', 'ignorant', 'selfish', 'arrogant', 'smug',
  'useless', 'thick', 'vile', 'disgusting', 'dozy', 'mardy', 'stuck-up', 'snooty',
];
/** Words between "you" and an insulting adjective: "you're so", "you are such a". */
const YOU_INTENSIFIERS: Vocabulary = ['so', 'such an?', 'an?', 'really', 'absolutely', 'completely', 'totally', 'utterly', 'just', 'bloody', 'fucking'];
/** Adjectives that insult when said of "you". */
const YOU_ADJECTIVES: Vocabulary = [
  'stupid', 'thick', 'pathetic', 'worthless', 'useless', 'brainless', 'ugly', 'fat', 'disgusting', 'vile', 'retarded', 'dumb', 'moronic',
  'idiotic', 'gormless', 'spineless',
];
/** Threats and harassment. */
const THREATS: Vocabulary = [
  'kill (?:yo)?urself',
  'kill yourselves',
  'kys',
  'neck yourself',
  'go (?:and )?die',
  '(?:i )?hope you die',
  'drop dead(?= *(?:[.!?,\\n]|$))',
  'die in a (?:fire|hole|ditch)',
  'i know where you live',
  'watch your back(?= *(?:[.!?,\\n]|$))',
  "you(?:'ll| will) (?:regret|pay for) (?:this|it|that)",
  "(?:i'll|i will|i'm going to|im going to|gonna) (?:kill|batter|smash|punch|slap|deck|stab|hurt|thump|knock|find) (?:you|u|your (?:face|head) in|your lights out)",
  "you(?:'re| are) dead(?= *(?:[.!?\\n]|$)| meat)",
];

const B = String.raw`(?<![\p{L}\p{N}'])`;
const E = String.raw`(?![\p{L}\p{N}])`;

export interface PhraseRule {
  /** A cheap test that the phrase could be there at all, so most drafts skip the full pattern. */
  quick: RegExp;
  pattern: RegExp;
  kind: OffenceKind;
  term: string;
  /** Capture group holding the offensive words; the whole match when absent. */
  group?: number;
}

function phrase(quick: RegExp, source: string, kind: OffenceKind, term: string, group?: number): PhraseRule {
  return { quick, pattern: new RegExp(source, 'gu'), kind, term, group };
}

export const PHRASES: readonly PhraseRule[] = [
  // Words innocent alone, rude when aimed at a person.
  phrase(/dick|prick|knob|cock|tit|git|twit|jerk|loser|scum|div|fann|homo|scrubber|[tdbwp]\*\*/, `${B}${AIM}(${anyOf(...AIMED_WORDS)})(?! ${anyOf(...NOT_AIMED_BEFORE)}\\b)(?![-'\\p{L}\\p{N}])`, 'insult', 'aimed', 1),
  // "Old git" needs no more aim than that.
  phrase(/old git/, `${B}(old gits?)${E}`, 'insult', 'old git', 1),
  phrase(/dick|scum|trash|caste|bunny|boy|licker|sod/, `${B}(${anyOf(...INSULTING_PHRASES)})${E}`, 'insult', 'phrase', 1),
  // Cow and pig only with an insulting adjective: farm visits and the three little pigs are fine.
  phrase(/cow|pig/, `${B}((?:you )?${anyOf(...ANIMAL_INSULTS)}(?: old)? (?:cows?|pigs?))${E}`, 'insult', 'animal', 1),
  phrase(/you (?:old )?(?:cow|pig)/, `${B}(you (?:old )?(?:cow|pig))(?! out)${E}`, 'insult', 'animal', 1),
  phrase(/waste of|piece of/, `${B}(waste of (?:space|oxygen|skin|a human)|piece of (?:crap|garbage|trash|filth))${E}`, 'insult', 'phrase', 1),
  phrase(/thick as/, `${B}(thick as (?:two short planks|mince|a brick|pigshit|shit))${E}`, 'insult', 'phrase', 1),
  // Gay used as a put-down; Gay Pride and a gay couple are fine.
  phrase(/gay/, `${B}((?:that's|thats|that is|it's|its|how|so) (?:so |well |soo+ )?gay)(?= *(?:[.!?,\\n]|$))`, 'slur', 'phrase', 1),
  phrase(/shut your/, `${B}(shut your (?:face|gob|mouth|trap|cakehole|pie hole|pie-hole))${E}`, 'insult', 'phrase', 1),
  // Insulting adjectives aimed straight at someone; "you're not stupid" does not match.
  phrase(
    /you/,
    `${B}(you(?:'re| are| r)?(?: ${anyOf(...YOU_INTENSIFIERS)}){0,6} ${anyOf(...YOU_ADJECTIVES)})(?![-\\p{L}\\p{N}])(?! (?:it|down|them|that|this|out)\\b)`,
    'insult',
    'you-adjective',
    1,
  ),
  // Threats and harassment.
  phrase(
    /kill|kys|neck|die|dead|live|back|regret|pay for|batter|smash|punch|slap|deck|stab|hurt|thump|knock/,
    `${B}(${anyOf(...THREATS)})${E}`,
    'threat',
    'threat',
    1,
  ),
];
