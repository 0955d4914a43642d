/**
 * The words of a verdict on the school, as tables: the nouns and phrases of a verdict,
 * references to the school that need no name, and the people and other things a
 * verdict may be about instead. Written for folded text; bounded repetition only.
 */
import { COLLEAGUES, EXTERNAL_ACTOR, INSTITUTION_REF, LEADERS, OTHER_DOMAINS, SCHOOL_COMPOUND_NOUNS } from '../../facts/workplace';
import { anyOf, words } from '../../text/patterns';

const STRONG_NOUNS = anyOf(
  'joke',
  'shambles',
  'disgrace',
  'farce',
  'laughing ?stock',
  'embarrassment',
  'dump',
  'hell ?hole',
  'sinking ship',
  'car crash',
  'clown (?:show|car)',
  'circus',
  'basket case',
  'omnishambles',
  'sham',
  'shambolic mess',
);
/** Nouns that are only a verdict when stressed: "a total mess", not "a mess of glitter". */
const STRESSED_NOUNS = anyOf('mess', 'chaos', 'disaster', 'nightmare', 'shower', 'state', 'zoo', 'madhouse', 'failure');
const STRESS = anyOf('absolute', 'total', 'complete', 'utter', 'actual', 'bloody', 'proper', 'massive', 'huge', 'right', 'real', 'national', 'laughing', 'f\\*+ing', 'effing');
const COPULA = anyOf(
  'is',
  'are',
  'was',
  'were',
  "'s",
  'has become',
  'have become',
  'becoming',
  'become',
  'remains?',
  'looks like',
  'feels like',
  'seems like',
);
const HEDGE = anyOf('now', 'just', 'honestly', 'literally', 'genuinely', 'officially', 'truly', 'frankly', 'basically', 'clearly', 'still', 'fast', 'rapidly', 'quickly', 'such', 'becoming', 'an', 'a', 'the', 'no more than', 'nothing but');
const INSTITUTION_NOUN = anyOf('school', 'academy', 'trust', 'primary', 'secondary', 'employer', 'mat', 'place', 'organi[sz]ation', 'workplace', 'establishment');

/** Verdicts that say what they are about: "worst school", "laughing stock of a trust". */
export const SELF_REFERRING = words([
  `worst (?:run |managed )?(?:school|academy|trust|primary|secondary|employer|mat|organi[sz]ation|workplace|place (?:to work|i(?:'ve| have)? (?:ever )?worked))`,
  `(?:${STRONG_NOUNS}|${STRESSED_NOUNS}|excuse) of an? ${INSTITUTION_NOUN}`,
  `excuse for an? ${INSTITUTION_NOUN}`,
  `(?:terrible|awful|rubbish|crap|appalling|dreadful|shocking|useless|toxic|hopeless|shambolic|dire|pathetic|disgraceful|laughable|incompetent) (?:school|academy|trust|employer|workplace|place to work)`,
  `(?:what an?|such an?) (?:${STRONG_NOUNS}) (?:this|that|the|our) (?:school|academy|trust|place) is`,
]);

/** Verdicts that need the school nearby. */
export const VERDICT = words([
  `${COPULA}(?: ${HEDGE}){0,3}(?: ${STRESS}){0,2} ${STRONG_NOUNS}`,
  `(?:an? )?${STRESS}(?: ${STRESS})? (?:${STRONG_NOUNS}|${STRESSED_NOUNS})`,
  `what an? (?:${STRONG_NOUNS})`,
  'shambolic',
  'omnishambles',
  'laughing ?stock',
  '(?:going|gone|gone right|went|heading|sliding|slid)(?: (?:rapidly|fast|so far|completely|totally|massively|right))? downhill',
  '(?:gone|going|went|goes) (?:right )?(?:down the (?:pan|drain|toilet|tubes)|to the dogs|to pot|to hell|to rack and ruin|to the wall|off a cliff)',
  'falling apart',
  'run into the ground',
  '(?:badly|poorly|terribly|appallingly|shockingly|so badly|atrociously|woefully) (?:run|managed|led|organised)',
  'rudderless',
  'rats (?:leaving|deserting|jumping)',
  'sinking ship',
  'avoid [^.!?\\n]{1,60}? like the plague',
  'avoid (?:it|them|this (?:school|place|trust|academy)|that (?:school|place)|at all costs)',
  '(?:stay|keep|steer|run) (?:well |far |a mile )?(?:away|clear)(?: (?:from|of))?',
  "(?:never|don't|do not|wouldn't|would not|would never) (?:work|apply|teach) (?:for|at|to|there)",
  "(?:don't|do not) (?:bother )?apply(?:ing)?",
  "(?:wouldn't|would not|would never|won't|wouldnt) wish [^.!?\\n]{1,40}? on (?:my |your |anyone's |anybody's )?(?:worst enemy|anyone|anybody)",
  'avoid(?=\\s*(?:[.!]|$))',
  "(?:don't|do not|never) (?:send|let) your (?:kids?|children|child|son|daughter|little ones?)",
  "(?:would not|wouldn't|wouldnt|would never|will never|won't|wont|never) send (?:my|a|any|our) (?:dog|cat|kids?|children|child|son|daughter|worst enemy|hamster|goldfish|own kids|own children|pet)",
  "(?:would not|wouldn't|wouldnt|would never|can't|cannot|could not|couldn't|don't|do not) recommend",
  'not fit for purpose',
  '(?:should|ought to) (?:be|get) (?:shut|closed)(?: down)?',
  'needs? (?:shutting|closing) down',
  '(?:ashamed|embarrassed) (?:to (?:say i )?work|of working|to be part of|to be associated|to admit i work)',
  '(?:nobody|no one) (?:in their right mind )?(?:would|wants to|will) (?:work|send)',
  'staff (?:are )?(?:leaving|left|quitting) in droves',
  'revolving door',
  'toxic (?:culture|place|environment|workplace|atmosphere)',
  'culture of fear',
  `(?:${COPULA}|so|totally|utterly|completely)(?: so| totally| utterly| completely| absolutely| just)? (?:toxic|corrupt|shambolic|chaotic|rotten|dire|appalling|awful|terrible|dreadful|atrocious|rubbish|crap|a mess)(?! (?:at|with|for|about|when|to|after|in|of|from|today|tonight|this|on|during)(?![a-z]))`,
]);

export const GENERIC_REFERENCE = words(INSTITUTION_REF);
/** "It", "there", "this place": the school, when the sentence before named it. */
export const PRONOUN_REFERENCE = words(['it', "it's", 'its', 'there', 'they', "they're", 'them', 'this place', 'that place', 'the place']);
export const PEOPLE = words(LEADERS, COLLEAGUES);
export const ELSEWHERE = words(OTHER_DOMAINS, EXTERNAL_ACTOR);
export const COMPOUND_NOUNS = new Set(SCHOOL_COMPOUND_NOUNS);
/** Words that follow a name ending in 's ("St Stephen's is…") where a possessive would have a noun. */
export const VERBS_AFTER_NAME = new Set(['is', 'was', 'has', 'had', 'are', 'were', 'have', 'will', 'would', 'really', 'just', 'honestly', 'now', 'truly', 'literally', 'genuinely', 'became', 'becomes', 'remains', 'used', 'needs', 'should', 'must', 'can', 'could', 'seems', 'looks', 'feels', 'keeps', 'went', 'goes', 'gone']);
/** "SLT at SSCA", "leadership of the trust": the people, not the place, are the subject. */
export const PREPOSITIONS = new Set(['at', 'in', 'of', 'from', 'across', 'for']);
