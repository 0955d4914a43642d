/**
 * The words of a verdict on the school, as tables: the nouns and phrases of a verdict,
 * idioms of decline, rankings at the bottom, warnings to keep away, metaphors of the
 * trust harming its schools, sarcasm, references to the school that need no name, and
 * the people and other things a verdict may be about instead. Written for folded text;
 * bounded repetition only.
 */
import { COLLEAGUES, EXTERNAL_ACTOR, INSTITUTION_REF, LEADERS, OTHER_DOMAINS, SCHOOL_COMPOUND_NOUNS } from '../../facts/workplace';
import { anyOf, words } from '../../text/patterns';

/** What a verdict does, which the finding names in plain words. */
export type VerdictKind = 'verdict' | 'decline' | 'ranking' | 'warning' | 'harm' | 'sarcasm' | 'mockery';

const STRONG_NOUNS = anyOf(
  'joke',
  'shambles',
  'disgrace',
  'farce',
  'fiasco',
  'laughing ?stock',
  'embarrassment',
  'dump',
  'dumping ground',
  'hell ?hole',
  'hell on earth',
  'sinking ship',
  'car crash',
  'train ?wreck',
  'dumpster fire',
  'clown (?:show|car|school|college)',
  'circus',
  'basket case',
  'omnishambles',
  'sham',
  'shambolic mess',
  'sh[i*!1]t ?show',
  'cult',
  'prison',
  'sweatshop',
  'exam factory',
  'sausage factory',
  'war ?zone',
  'snake ?pit',
  'bear ?pit',
  'cesspit',
  'cesspool',
  'lost cause',
  'titanic',
  'dictatorship',
  'racket',
  'scam',
  'money pit',
  'ghost ship',
  'law unto (?:itself|themselves)',
);
/** Nouns that are only a verdict when stressed: "a total mess", not "a mess of glitter". */
const STRESSED_NOUNS = anyOf('mess', 'chaos', 'disaster', 'nightmare', 'shower', 'state', 'zoo', 'madhouse', 'failure', 'bedlam', 'mad ?house', 'asylum');
const STRESS = anyOf('absolute', 'total', 'complete', 'utter', 'actual', 'bloody', 'proper', 'massive', 'huge', 'right', 'real', 'national', 'laughing', 'f[*u]{1,4}c?k{0,2}in[g\']?', 'effing', 'flipping', 'sodding', 'unmitigated', 'fecking', 'frigging');
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
  // "Fenmoor has gone rotten from the top down", "the trust's turned toxic"
  '(?:has |have |had )?(?:gone|turned)',
  'remains?',
  'looks like',
  'feels like',
  'seems like',
  'is like',
  "'s like",
  'more like',
  'run like',
  'runs like',
);
const HEDGE = anyOf('now', 'just', 'honestly', 'literally', 'genuinely', 'officially', 'truly', 'frankly', 'basically', 'clearly', 'still', 'fast', 'rapidly', 'quickly', 'such', 'becoming', 'an', 'a', 'the', 'no more than', 'nothing but', 'nothing more than', 'little more than', 'turning into', 'like');
const INSTITUTION_NOUN = anyOf('school', 'academy', 'trust', 'primary', 'secondary', 'employer', 'mat', 'place', 'organi[sz]ation', 'workplace', 'establishment');

/** Verdict adjectives after "is", "so" or "totally": "SSCA is toxic", "the trust is rotten". */
const ADJECTIVES = anyOf(
  'toxic', 'corrupt', 'shambolic', 'chaotic', 'rotten(?: to the core| from the (?:top|head)(?: down)?)?', 'dire', 'appalling', 'awful', 'terrible', 'dreadful', 'atrocious',
  'rubbish', 'crap', 'a mess', 'broken', 'failing(?! (?:nobody|no one|no-one|no child|none))', 'doomed', 'inadequate', 'hopeless', 'useless', 'pathetic', 'disgraceful', 'laughable',
  'embarrassing', 'abysmal', 'woeful', 'diabolical', 'horrendous', 'soulless', 'heartless', 'joyless', 'poisonous', 'unsafe', 'beyond (?:help|saving|repair|a joke)', 'past saving',
);
/** Words after a verdict adjective that make it about a moment, not the place: "dire at pick-up". */
const NOT_THE_PLACE = '(?! (?:at|with|for|about|when|to|after|in|of|from|today|tonight|this|on|during|into|down)(?![a-z]))';

/** "The worst school trip ever" judges the trip. */
const NOT_A_COMPOUND = `(?! ${anyOf(...SCHOOL_COMPOUND_NOUNS, 'years?', 'days?', 'runs?', 'photos?', 'memor(?:y|ies)', 'moments?', 'holidays?')}(?![a-z]))`;

/** The trust as a predator: "…is a vulture", "…is a parasite" (the finding says it reads as harm). */
const PREDATORS = anyOf('vultures?', 'buzzards?', 'parasites?', 'leech(?:es)?', 'vampires?', 'blood ?suckers?', 'sharks?', 'asset[- ]strippers?', 'predators?', 'cancer', 'locusts?', 'hyenas?', 'loan sharks?', 'cash machines?', 'cash ?cows?');
/** A verdict whose words are a predator's: read as harm. */
export const PREDATOR_WORDS = new RegExp(`\\b${PREDATORS}\\b`);
/** "…so toxic", "…is honestly rotten": a verdict adjective after its adverbs, not "dire at pick-up". */
const ADJECTIVE_TAIL = `(?: so| totally| utterly| completely| absolutely| just| now| honestly| officially)? ${ADJECTIVES}${NOT_THE_PLACE}`;

/** Verdicts that say what they are about: "worst school", "laughing stock of a trust". */
export const SELF_REFERRING = words([
  // "Outstanding school, my backside."
  "(?:outstanding|good|great|caring|nurturing|happy|supportive|inclusive|world[- ]class|best|amazing|lovely|wonderful|excellent|thriving|top|leading) (?:school|academy|trust|employer|place to work|grammar|primary|secondary)(?: in [a-z]+(?: [a-z]+)?)?[,?!]* (?:my (?:arse|foot|backside|eye|bum)|yeah right|as if|do me a favour|pull the other one)",
  `worst[- ](?:(?:run|managed|led|special|primary|secondary|infant|junior|first|middle|high|grammar|comprehensive|faith|church|catholic|independent|free|state|village|city|local|performing|rated)[- ]){0,2}(?:school|academy|trust|primary|secondary|employer|mat|organi[sz]ation|workplace)${NOT_A_COMPOUND}`,
  `worst place (?:to work|i(?:'ve| have)? (?:ever )?worked)`,
  // "the most badly run trust in the north", "the worst-managed school I know"
  `(?:the )?(?:most|worst) (?:badly|poorly|appallingly|shambolically|incompetently|chaotically) (?:run|managed|led|governed) (?:school|academy|trust|primary|secondary|employer|mat|organi[sz]ation|workplace)${NOT_A_COMPOUND}`,
  `(?:badly|poorly|appallingly|shambolically|incompetently|chaotically)[- ](?:run|managed|led) (?:school|academy|trust|employer|mat|organi[sz]ation|workplace)${NOT_A_COMPOUND}`,
  // "CPLT values: … Values in practice: cut the staff…": the school's own words set against what it does
  // (the words stated first, then set against practice: a lesson on "company values in practice" is not this)
  `(?:values|motto|vision|ethos|strapline|mission(?: statement)?|slogan)(?: (?:is|are))?:[^\\n]{1,160}?(?:values|motto|vision|ethos|strapline|mission(?: statement)?|slogan) in (?:practice|reality|real life)`,
  `(?:${STRONG_NOUNS}|${STRESSED_NOUNS}|excuse) of an? ${INSTITUTION_NOUN}`,
  `excuse for an? ${INSTITUTION_NOUN}`,
  // "The name on the gate is the nicest thing about it."
  "(?:the )?(?:name on the (?:gate|sign|door|front)|sign(?:age)? (?:out ?front|on the gate)|logo|website|prospectus|car park|uniform) (?:is|'s) the (?:nicest|best|only (?:good|decent|nice)) thing about (?:it|the (?:place|school|academy|trust)|this (?:place|school|academy|trust))",
  `(?:terrible|awful|rubbish|crap|appalling|dreadful|shocking|useless|toxic|hopeless|shambolic|dire|pathetic|disgraceful|laughable|incompetent|failing|abysmal|horrendous) (?:school|academy|trust|employer|workplace|place to work)${NOT_A_COMPOUND}`,
  `(?:what an?|such an?) (?:${STRONG_NOUNS}) (?:this|that|the|our) (?:school|academy|trust|place) is`,
]);

/**
 * One part of the school singled out ("the worst thing about SSCA is the hill"): about
 * that part, so never a verdict on the school as a whole, which is what it would have to
 * be. Words the tables read and pass over, so the model does not overrule them.
 */
export const ONE_PART = words(['(?:the )?(?:worst|only bad|hardest|saddest) (?:thing|part|bit|side) (?:about|of|at)', '(?:the )?(?:only|one|biggest) (?:down|sad) ?side (?:of|to|about|at)']);

/** A relative's or a friend's school: "my niece's secondary", "my son's old school", "a friend's academy". */
export const OTHERS_SCHOOL = words([
  "(?:my|our|his|her|their|a friend's|a mate's) (?:son|daughter|niece|nephew|sister|brother|kids?|child|children|grandson|granddaughter|godson|goddaughter|cousin|partner|wife|husband|friend|mate|neighbour)(?:'s|s') (?:old |new |current |previous |last )?(?:school|secondary|primary|academy|sixth form|college|nursery|infants|juniors|high school)",
]);

/**
 * A review's verdict: "one star for Ashworth Fold", "would give it zero stars", "out of
 * ten? Two." (A table of its own: inside the larger verdict tables these forms, which can
 * start with a digit, would slow every other verdict's search.)
 */
export const REVIEW = words([
  '(?<!gold |gold-)(?:one|1|zero|0|half a)[- ]stars?(?: (?:for|from me|review|rating|out of five))',
  "(?:would|i'd) give (?:it |them |the place |this school )?(?:zero|no|minus|0|one|1) stars?",
  "(?:rate|rating|score) (?:[a-z'-]+ ){0,4}?out of (?:ten|10|five|5)\\?? (?:a |an )?(?:one|two|zero|nil|1|2|0)\\b",
]);

/** Verdicts said of the school as their subject: "…is a joke", "…is toxic", "…only cares about money". */
export const VERDICT_PREDICATE = words([
  // (One copula, then what follows it: the copula is the commonest word here, so it is tried once.)
  `${COPULA}(?:(?: ${HEDGE}){0,3}(?:(?: ${STRESS}){0,2} (?:${STRONG_NOUNS}|${PREDATORS})|(?: ${STRESS}){1,2} ${STRESSED_NOUNS})|${ADJECTIVE_TAIL})`,
  `(?:so|totally|utterly|completely)${ADJECTIVE_TAIL}`,
  'not fit for purpose',
  // "…cares more about league tables than children."
  "cares? (?:far |much |a lot |way )?more about (?:[a-z0-9'-]+ ){1,4}?than (?:about )?(?:the )?(?:children|kids|pupils|students|staff|learning|education|people|teachers|families|their (?:staff|pupils|students))",
  '(?:should|ought to) (?:be|get) (?:shut|closed)(?: down)?',
  'needs? (?:shutting|closing) down',
  '(?:deserves?|deserved) to (?:be (?:shut|closed)|fail|go under)',
  '(?:badly|poorly|terribly|appallingly|shockingly|so badly|atrociously|woefully|incompetently) (?:run|managed|led|organised)',
  'run by (?:clowns|idiots|muppets|amateurs|cowboys|a bunch of [a-z]+)',
  '(?:only|just) cares? about (?:the )?(?:money|profit|results|league tables|data|its image|their image|appearances|ofsted|numbers|the bottom line)',
  "(?:doesn't|does not|don't|do not) (?:give a (?:damn|toss|stuff|monkey's|shit|fig|hoot)|care|care one bit) about (?:the |its |their )?(?:kids|children|pupils|students|families|schools|staff|teachers|communit(?:y|ies))",
  'cares? more about (?:its|their|the) (?:image|logo|brand|branding|reputation|money|league tables?|results|data|ofsted|profits?|budget|bank balance) than',
  'all (?:fur coat and no knickers|mouth and no trousers|talk and no (?:action|trousers)|style and no substance|show and no substance)',
  'should be ashamed of (?:itself|themselves)',
  '(?:stinks|reeks)(?: to high heaven)?',
  '(?:is|are) the pits',
  '(?:wants|needs) (?:shutting|closing) down',
  '(?:is|are) all about (?:the )?(?:money|profit|image|league tables|data|appearances)',
  `${COPULA}(?: just| basically| now)? an? (?:business|company|corporation|cash machine|money machine),? not an? (?:school|trust|academy)`,
  `${COPULA}(?: just| really| honestly| simply)? (?:not|no longer|never) an? (?:good|nice|safe|happy|great|decent|healthy|kind) (?:place|school|environment|employer|trust)(?! to (?:park|drive|stand|wait))`,
  '(?:is|are) everything (?:that\'?s |that is )?wrong with (?:education|schools|teaching|academies|the system|academy trusts)',
]);

/** Verdicts in a noun phrase, with the school near: "a total shambles at SSCA", "toxic culture". */
export const VERDICT_NOUN = words([
  // "…: a masterclass in how to wreck a good school".
  '(?:a )?masterclass in (?:how to )?(?:wreck|ruin|destroy|break|run down|kill|mismanag|drive out|lose)\\w*',
  'how to (?:wreck|ruin|destroy|kill) a (?:good |great |decent |happy )?(?:school|trust|academy)',
  `(?:an? )?${STRESS}(?: ${STRESS})? (?:${STRONG_NOUNS}|${STRESSED_NOUNS})`,
  `what an? (?:${STRONG_NOUNS})`,
  `more like an? (?:${STRONG_NOUNS}|${STRESSED_NOUNS})`,
  'shambolic',
  'omnishambles',
  'laughing ?stock',
  '(?:ashamed|embarrassed) (?:to (?:say i )?work|of working|to be part of|to be associated|to admit i work|to tell people i work)',
  '(?:nobody|no one) (?:in their right mind )?(?:would|wants to|will) (?:work|send)',
  'toxic (?:culture|place|environment|workplace|atmosphere|regime)',
  'culture of fear',
  '(?:zero|minus \\d+) stars?',
  '(?:0|zero|minus \\d+)(?: ?/ ?| out of )10',
  "(?:biggest|worst) (?:mistake|regret|decision) (?:of my (?:life|career)|i(?: have|'ve)? ever made)",
  // Metaphors that are never literal: "St Stephen's? Exam factory."
  'exam factory', 'sausage factory', 'clown (?:show|car)', 'shit ?show', 'dumpster fire', 'hell ?hole', 'snake ?pit', 'cesspit', 'cesspool', 'sweatshop', 'basket case',
  'said no(?: ?one| ?body| teacher| member of staff| parent)(?: ever)?',
  'said no(?: one)? ever',
  'abandon (?:all )?hope(?: all ye who enter(?: here)?)?',
  'special measures (?:can\'t|cannot|could not|couldn\'t) come (?:soon|quick|fast) enough',
  'everything (?:that\'?s |that is )?wrong with (?:education|schools|teaching|academies|the system|academy trusts)',
  '(?:making|made|makes) (?:good |great |decent )?(?:schools|academies|teaching|staff lives|lives) (?:worse|miserable|hell)',
  '(?:money|cash)[- ]grabbing',
  '(?:ofsted|the inspectors) (?:can\'t|cannot|could not|couldn\'t) come (?:soon|quick|fast) enough',
  '(?:feel (?:so )?sorry for|pity) (?:any|the|every) (?:kids?|children|child|families|parents|teachers|staff|ects?|anyone|one) (?:who|that) (?:go(?:es)?|works?|sends?|ends? up|teach(?:es)?|joins?|starts?)',
]);

/** Idioms of decline said of the school as their subject: "…has gone to the dogs", "…is on its knees". */
export const DECLINE_PREDICATE = words([
  '(?:going|gone|gone right|went|goes|heading|headed|sliding|slid)(?: (?:rapidly|fast|so far|completely|totally|massively|right|well and truly|steadily|badly|proper|properly)){0,2} downhill',
  '(?:gone|going|went|goes|headed|heading)(?: (?:right|well and truly|completely|totally|properly|officially|basically|just|really)){0,2} (?:down the (?:pan|drain|toilet|tubes|plughole|swanee|khazi)|to the dogs|to pot|to hell(?: in a hand(?:cart|basket))?|to rack and ruin|to the wall|to shit|off a cliff|off the rails|pear[- ]shaped|under|bust)',
  'falling apart',
  // "…the whole place has been taking on water for years"
  '(?<!(?:ship|boat|ship is|boat is|ship was|boat was) )(?:been |is |was |keeps |kept |has been )?(?:taking|took|takes) on water',
  // "Now it can barely get a coach to Canterbury on time."
  "can (?:barely|hardly|no longer|not even) (?:even )?(?:get|manage|organise|keep|run|fill|staff|recruit|hold on to)",
  'decline and fall',
  // "our academy is a once-good school in freefall"
  'an? once[- ](?:good|great|proud|outstanding|decent|brilliant|happy|thriving|lovely) (?:school|academy|trust|place|primary|secondary)',
  "(?:can't|cannot|couldn't|could not) (?:possibly )?get any worse",
  'rotten to the core',
  '(?:families|parents) (?:are )?voting with their feet',
  'fallen apart',
  // "…used to be outstanding. Now look at it."
  "used to be (?:an? )?(?:(?:good|great|outstanding|brilliant|lovely|decent|happy|fantastic|amazing|wonderful|fab|proper|really) ){0,2}(?:good|great|outstanding|brilliant|lovely|decent|happy|fantastic|amazing|wonderful|fab)(?: (?:school|place|trust|academy|employer))?[.!,;]? (?:but )?(?:now look at (?:it|them|the state of (?:it|them))|look at (?:it|them) now|not any ?more|what happened|how (?:times|things) (?:change|have changed))",
  'coming apart at the seams',
  'going (?:down|under) with (?:her|him|them|the ship|it)',
  // "…makes the comp down the road look like Eton."
  "makes? (?:the|every|any|a) (?:[a-z'-]+ ){1,5}?look (?:like (?:eton|harrow|hogwarts|a palace|paradise|heaven|a five[- ]star hotel)|good|great|amazing|outstanding|organised|competent)",
  "hollow(?:ed|ing|s)? (?:[a-z0-9'-]+ ){1,3}?out",
  // "…used to be the school everyone fought to get into."
  'used to be the (?:school|place|trust|academy|one) (?:everyone|every (?:parent|family|teacher)|people|parents|families|staff|teachers) (?:wanted|fought|queued|begged|was desperate|were desperate|would kill)',
  '(?:run|ran|running|driven|drove|driving) (?:[a-z]+ )?into the ground',
  '(?:soaring|flying|heading|headed|going|gone|went|crashing|crashed|nosediving|nose-diving) (?:[a-z]+ )?(?:straight|right|headfirst|head first|nose ?first) into the ground',
  'on (?:its|their) (?:knees|last legs|death ?bed|way out)',
  '(?:dying|died) (?:a )?(?:slow|painful|slow and painful) death',
  'circling the (?:drain|plughole)',
  'dying on (?:its|their) feet',
  'on life support',
  'in (?:its|their) death throes',
  'lost the plot',
  'in (?:free ?fall|meltdown|tatters|a death spiral|a downward spiral|terminal decline|the gutter|the toilet|the doldrums)',
  'lost (?:its|their) (?:way|soul|heart|heart and soul|spark|magic)',
  "(?:isn't|is not|aren't|are not|no longer|nothing like) what (?:it|they) used to be",
  "(?:isn't|is not|is no longer|no longer) the (?:school|place|trust|academy) (?:it|they) (?:was|were|used to be|once was)",
  'from bad to worse',
  'worse (?:and worse|by the (?:day|week|term|year)|every (?:year|term|week))',
]);

/** Idioms of decline in a noun phrase, with the school near: "a sinking ship", "where ambition goes to die". */
export const DECLINE_NOUN = words([
  // "Mrs Bevan has run Offa's Reach into the ground."
  "(?:run|ran|running|driven|drove|driving) (?:[a-z'-]+ ){1,4}?into the ground",
  "(?:an? )?(?:owner|company|business|landlord|corporation) stripping (?:its |the |their )?assets|asset[- ]strip(?:ping|per|pers)",
  'rudderless',
  // "The only journey Dartside's on is downhill."
  "(?:only|one) (?:journey|direction|way) (?:[a-z']+ ){0,3}?(?:is|'s) (?:going )?(?:downhill|backwards|down the pan|down the drain)",
  'rats (?:leaving|deserting|jumping)',
  '(?:leaving|deserting|jumping|abandoning) (?:the|a) sinking ship',
  'sinking ship',
  '(?:ship|boat) (?:is |was )?(?:sinking|going down|taking on water)',
  "(?:a |its |their |our |the )?reputation (?:is |now |that's |that is )?in (?:tatters|ruins|the gutter|shreds|the bin)",
  'rearranging (?:the )?deck ?chairs',
  'deck ?chairs (?:being |getting )?rearranged',
  'staff (?:are )?(?:leaving|left|quitting) in droves',
  'revolving door',
  '(?:steady|sharp|rapid|slow|long|managed|terminal) decline',
  '(?:a )?shadow of (?:its|their) former sel(?:f|ves)',
  // "It's a shadow of the school I joined."
  "(?:a |just a |now a |only a )?(?:pale )?shadow of (?:the (?:school|place|trust|academy) (?:i|we) (?:joined|knew|started at|loved|came to|used to love)|what (?:it|they) (?:once was|once were|used to be|was|were))",
  '(?:a )?shell of (?:its|their) former sel(?:f|ves)|(?:a )?shell of what (?:it|they) (?:was|were|used to be)',
  // "Tame Valley Learning Trust: style over substance since day one."
  '(?:all )?style over substance|all (?:style|show|spin|talk) and no (?:substance|action|trousers)',
  'where (?:[a-z]+ ){0,3}?(?:go|goes|went|come|comes|came) to die',
  '(?:the )?(?:lunatics|inmates) (?:are )?(?:running|in charge of|have taken over) the (?:asylum|place)',
]);

/** Words that may stand between the school and what is said of it: "SSCA has honestly gone downhill". */
export const SUBJECT_LINKS = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'being', 'getting', 'really', 'honestly', 'just', 'now', 'truly', 'literally',
  'genuinely', 'basically', 'officially', 'well', 'completely', 'totally', 'absolutely', 'actually', 'definitely', 'certainly', 'seriously',
  'tbh', 'imo', 'frankly', 'sadly', 'slowly', 'steadily', 'quickly', 'rapidly', 'clearly', 'obviously', 'simply', 'already', 'properly',
  'still', 'always', 'also', 'itself', 'lately', 'recently', 'which', 'that', 'who', 'and', 'but', 'so', 'then', 'kind', 'of', 'pretty', 'much',
  // "…Trust carries on draining its schools dry", "keeps on bleeding…"
  'carries', 'carry', 'carried', 'carrying', 'keeps', 'kept', 'goes', 'on',
]);
/** "It has gone downhill": the school named before, as the subject. */
export const SUBJECT_PRONOUNS = new Set(['it', "it's", 'its', 'they', "they're", 'theyre', "they've", 'theyve', 'place']);

/**
 * The school placed at the bottom: "bottom of the league tables", "dead last in
 * Sunderland", "the worst results in the county". Not a race, a match or a quiz.
 */
const TABLES = "(?:league(?: tables?)?|(?:performance |exam |results |progress |trust |county |local |national |government |dfe |ofsted )?(?:league )?tables?|rankings?|charts?|pile|heap)";
const AREA = "(?:the )?(?:county|borough|area|town|city|region|country|trust|mat|la|local authority|district|valley|north|south|east|west|uk|england|wales|land|patch|league|tables?|rankings?|partnership)";
export const RANKING = words([
  `(?:rock |right at the |at the very |very )?bottom of (?:the )?(?:[a-z]+ ){0,2}?${TABLES}`,
  'bottom of every (?:table|league table|list|ranking)(?: going)?',
  `propping up (?:the )?(?:[a-z]+ ){0,2}?${TABLES}`,
  '(?:rock |right at the |at the very |very )?bottom of the (?:county|borough|area|region|district|town|city|country|pile|heap|trust)',
  '(?:dead|stone|rock) last',
  '(?:the )?weakest (?:school|academy|trust|primary|secondary)',
  `(?:the )?(?:worst|lowest)[- ](?:performing|rated|ranked|results?|progress(?: (?:scores?|8))?|attainment|outcomes|scores?|grades|reputation|ofsted(?: grade)?)(?: (?:school|academy|trust|primary|secondary))?(?: (?:in|of|across) ${AREA}| [a-z]+ (?:in|of|across) ${AREA})?`,
  `(?:the )?worst (?:in|of(?: all)?(?: the)?) ${AREA}`,
  `(?:the )?worst (?:school|academy|trust|primary|secondary)s? (?:in|of|across) (?:the )?[a-z]+`,
  `(?:last|bottom|lowest) (?:out of|of) (?:all |every |the )?(?:\\d+ |the )?(?:schools|academies|primaries|secondaries)`,
  `(?:last|bottom) on (?:every|all|everything)(?: [a-z]+){0,3}`,
  `name (?:a|one) worse (?:school|trust|academy|employer|place|primary|secondary)`,
  `(?:a|any) worse (?:school|trust|academy|employer|primary|secondary|place(?: to work)?) (?:than|in|round here|around here|anywhere)`,
  `every other (?:school|primary|secondary|academy|trust)s? (?:in [a-z]+ |around here |round here |in the (?:area|county|town|trust) )?(?:is|are|does|do|gets|get) (?:better|doing better|ahead)`,
  `(?:no|not one|not a single) (?:other )?(?:school|academy|trust|primary|secondary) (?:in [a-z]+ |round here |around here |in the (?:area|county|town|trust|country) )?(?:does|did|is|gets|got|has|comes?|came) (?:any )?worse`,
]);

/**
 * Rankings that are only a verdict beside talk of tables or results: "SSCA last again",
 * "12th out of 12" ("I was last again to leave" is not).
 */
export const RANKING_WEAK = words([
  '(?:last|bottom) again',
  `(?:came|come|comes|coming|finish(?:ed|es|ing)?|ranked|ranks|placed|sits?|sitting|is|are|was|were) (?:right |joint |officially )?(?:last|bottom|lowest)(?: (?:again|of (?:all|every)|in|out of|on|for))`,
  '(\\d{1,3})(?:st|nd|rd|th) (?:out )?of (?:the )?\\1(?![0-9])',
  // "came sixth out of six"
  '(?:(?:came|come|comes|finished|finishes|ranked|ranks|placed|sits|was|is) )?(?:second (?:out )?of (?:the )?two|third (?:out )?of (?:the )?three|fourth (?:out )?of (?:the )?four|fifth (?:out )?of (?:the )?five|sixth (?:out )?of (?:the )?six|seventh (?:out )?of (?:the )?seven|eighth (?:out )?of (?:the )?eight|ninth (?:out )?of (?:the )?nine|tenth (?:out )?of (?:the )?ten)',
]);
export const RANKING_CONTEXT = words([
  'league', 'tables?', 'rankings?', 'ranked', 'results', 'ofsted', 'performance', 'progress(?: 8)?', 'attainment', 'county', 'borough', 'area',
  'every (?:school|primary|secondary)', 'all (?:the )?(?:schools|primaries|secondaries)', 'schools', 'primaries', 'secondaries', 'academies',
]);
/** A ranking in a race, a match or a quiz, or a climb away from the bottom, is not a verdict on the school. */
export const RANKING_ELSEWHERE = words([
  'race', 'races', 'relay', 'match', 'matches', 'game', 'games', 'tournament', 'competition', 'quiz', 'league match', 'fixture', 'fixtures',
  'sports day', 'netball', 'football', 'rugby', 'hockey', 'cricket', 'rounders', 'cross[- ]country', 'egg and spoon', 'sack race', 'bake ?off',
  'raffle', 'tug of war', 'quiz night', 'heats?', 'cup', 'points table', 'house points', 'team', 'squad', 'players',
  '(?:climbed|climbing|climb|rose|risen|rising|moved|moving|jumped|crawled) (?:up )?(?:off|from|out of)', 'no longer', 'not any more', 'not anymore',
  'used to be', 'years? ago', 'off the bottom', 'from the bottom', 'from (?:last|bottom) to',
  // A table of something smaller, and a call to do better: "bottom of the trust attendance table – come on, families!"
  'u\\d{1,2}s?', 'under[- ]\\d{1,2}s?', 'season', 'goals?', 'tries', 'wickets?', 'first xi', 'fixture',
  'attendance', 'punctuality', 'reading challenge', 'fundrais\\w*', 'sponsor\\w*', 'come on', "let's", 'help us', 'potholes', 'roads?', 'parking', 'litter',
]);

/** Praise that looks like a warning: "can't recommend St Stephen's highly enough". */
const NOT_ENOUGH = "(?![^.!?\\n]{0,40}?\\b(?:enough|more highly|highly|more)\\b)";
const END = '(?=\\s*(?:[.!,;]|$))';

/** Telling people to keep away, with the school straight after: "avoid Larkfield Brook", "never work for ADMAT". */
export const WARNING_BEFORE = words([
  // "Don't apply for the English job at St Aldhelm's" (before the shorter forms, which would stop at "for").
  "(?:don't|do not|never|wouldn't|would not) (?:bother )?(?:apply|applying|work|teach) (?:to|for|at|in) (?:the|a|an|any) (?:[a-z]+ ){0,2}(?:job|post|role|vacancy|position|jobs|posts|roles|vacancies) (?:at|with)",
  'avoid(?:ing)?',
  '(?:stay|keep|steer|run) (?:well |far |a mile |clear )?(?:away|clear) (?:from|of)',
  "(?:never|don't|do not|wouldn't|would not|would never|won't) (?:work|apply|teach) (?:for|at|to|in)",
  "(?:don't|do not) (?:bother )?(?:apply|applying) (?:to|for|at)",
  "(?:don't|do not|never) (?:send|let) your (?:kids?|children|child|son|daughter|little ones?) (?:to|near|anywhere near)",
  "(?:would not|wouldn't|wouldnt|would never|will never|won't|wont|never) send (?:my|a|any|our) (?:dog|cat|kids?|children|child|son|daughter|worst enemy|hamster|goldfish|own kids|own children|pet)(?: of mine)? to",
  `(?:would not|wouldn't|wouldnt|would never|can't|cannot|could not|couldn't|don't|do not) (?:in (?:all |good )?conscience )?recommend(?: (?:working|teaching|applying|sending (?:your )?(?:kids?|children|child))(?: (?:at|to|for|in))?)?${NOT_ENOUGH}`,
]);

/** Telling people to keep away, with the school near: "avoid it like the plague", "don't send your kids there". */
export const WARNING = words([
  "(?:would|i'd|i'll|will) (?:steer|warn) (?:any|every|all)? ?(?:family|families|parent|parents|teacher|teachers|one|anyone|friend|friends)(?: well)? (?:away|clear|off)(?: from)?",
  "avoid (?:[a-z0-9'-]+ ){0,8}?like the plague",
  // "I'd tell any parent to keep well clear"
  "(?:i'd|i would|i'll|i will|i always|i) (?:tell|warn|advise|urge) (?:any|every|all|other)? ?(?:parents?|families|family|teachers?|one|anyone|friends?)(?: i know)? to (?:keep|stay|steer|run)(?: well| far| a mile)? (?:away|clear)",
  "chews? (?:people|staff|teachers|you|us|them|good people) up and spits? (?:them|you|us) out",
  'avoid (?:it|them|this (?:school|place|trust|academy)|that (?:school|place)|at all costs)',
  // "I teach there and I wouldn't send my own children there if you paid me."
  "(?:wouldn't|would not|would never|never would|won't|will never|i'd never) send (?:my|our|any of my|any of our) (?:own )?(?:kids|children|child|son|daughter|sons|daughters|dog) (?:there|to it|to that place|to this place)",
  `avoid${END}`,
  `(?:stay|keep|steer|run) (?:well |far |a mile |clear )?(?:away|clear)${END}`,
  "(?:never|don't|do not|wouldn't|would not|would never|won't) (?:work|apply|teach) there",
  `(?:don't|do not) (?:bother )?(?:apply|applying)(?: there)?${END}`,
  "(?:wouldn't|would not|would never|won't|wouldnt|i'd not|i would not|i'd never|i'd not ever) wish (?:[a-z0-9'-]+ ){1,6}?on (?:my |your |anyone's |anybody's )?(?:worst enemy|anyone|anybody)",
  `(?:don't|do not|never) (?:send|let) your (?:kids?|children|child|son|daughter|little ones?)(?: there| here)?${END}`,
  `(?:would not|wouldn't|wouldnt|would never|will never|won't|wont|never) send (?:my|a|any|our) (?:dog|cat|kids?|children|child|son|daughter|worst enemy|hamster|goldfish|own kids|own children|pet)(?: there| here)?${END}`,
  `(?:would not|wouldn't|wouldnt|would never|can't|cannot|could not|couldn't|don't|do not) (?:in (?:all |good )?conscience )?recommend(?: (?:it|them|this (?:school|place|trust|academy)|the place|working (?:there|here)))?(?: in (?:all |good )?conscience)?(?: to (?:anyone|anybody|a friend|friends|family|families|my worst enemy))?${END}`,
  "(?:wouldn't|would not|would never|won't|wouldnt) touch (?:#?[a-z']+ ){0,4}?with a (?:barge ?pole|ten[- ]foot (?:barge ?)?pole)",
  // "go anywhere but Offa's Reach", "I work there and I wouldn't send my own".
  '(?:go|send (?:them|your kids|your children)|apply) anywhere but',
  `(?:would not|wouldn't|wouldnt|would never|won't|wont) send my own(?: kids| children| child)?${END}`,
  'think (?:twice|very carefully|long and hard|hard) (?:before|about) (?:sending|applying|joining|working|taking a job|choosing|putting)',
  '(?:look|go|try|send (?:them|your kids|your children))(?: round| around| at)? (?:elsewhere|anywhere else|somewhere else)',
  '(?:then|and) run(?: a mile)?(?= *[.!]| *$)',
  "(?:parents|anyone|families|teachers)(?: [a-z0-9']+){0,8}: (?:don't|do not)(?= *[.!,])",
  "(?:i'd|i would|you'd|you should|i'd honestly|honestly) run a mile",
  `run a mile${END}`,
  '(?:get|got|getting) out while (?:you|i|we) (?:can|could|still can|still could)',
  "(?:you have|you've|consider yourselves?) (?:been )?warned",
  "(?:save yourselves?|learn from my mistake|don't make (?:the same|my) mistake)",
  "run,? (?:don't|do not) walk",
  // "…is the one I'd cross the road to avoid"
  "(?:i'd|i would|i'll|i will|you'd|you would|people) (?:cross the road|walk the long way round|go miles out of (?:my|your|their) way) to avoid",
  // "Anyone thinking of applying to Larkfield Brook, don't. Just don't."
  "(?:anyone|anybody|if you(?:'re| are)|for anyone|to anyone) (?:thinking of|thinking about|considering|looking at|planning on|tempted by) (?:applying|working|a job|a post|sending|moving|joining)(?: [a-z0-9'-]+){0,6}?,? (?:don't|do not|think twice|run|avoid|look elsewhere|just don't|please don't)",
]);
/** A notice to parents, not a warning about the school: "don't send your kids to SSCA without a coat". */
export const INSTRUCTION = words([
  'without', 'wearing', 'coats?', 'kit', 'uniform', 'lunch(?:box|es)?', 'nuts', 'temperature', 'ill', 'unwell', 'poorly', 'sick',
  'if (?:they|your child|he|she) (?:is|are|has|have|feels?)', 'until', 'before \\d', 'after \\d', 'tomorrow', 'today', 'closed',
]);
/** Destroying, said of the trust or the school, with the school it harms straight after: "the trust is killing St Stephen's". */
export const HARM_VERB = words([
  '(?:squeez|suck|drain|bleed|wring)(?:e|es|ed|ing|s)? (?:every (?:last )?(?:penny|pound|drop)|the (?:life|soul|heart|joy|money|cash)(?: and soul)?) (?:out of|from)',
  '(?:slowly |steadily |systematically |deliberately )?(?:killing|destroying|ruining|wrecking|gutting|strangling|dismantling|bankrupting|asset[- ]stripping|bleeding|butchering|trashing|ruined|destroyed|wrecked|gutted|strangled|dismantled|bankrupted|asset[- ]stripped|killed off)',
]);
/** Reasons to avoid a school that are about the roads, not the school. */
export const AVOID_THE_ROADS = words([
  'on (?:mon|tues|wednes|thurs|fri|satur|sun)day', 'morning', 'afternoon', 'polling station', 'open', 'fire engines?', 'police', 'emergency',
  'traffic', 'roads?', 'roadworks', 'parking', 'car park', 'queues?', 'gridlock(?:ed)?', 'pick[- ]?up', 'drop[- ]?off', 'home time', 'diversion',
  'closed', 'junction', 'roundabout', 'flood(?:ed|ing)?', 'ice', 'icy', 'snow', 'between', 'until', 'after (?:\\d|three|four|half)', 'before (?:\\d|nine|eight)',
  'at (?:\\d|three|half|quarter)', 'this (?:morning|afternoon|evening)', 'today', 'tonight', 'tomorrow',
]);

/** Metaphors of the trust or the school harming its schools, its children or its community. */
export const HARM = words([
  "(?:treat|see|view|regard|use)(?:s|ed|ing)? (?:its|their|our|the|it's) (?:schools|academies|kids|children|pupils|students|families) (?:like|as) (?:[a-z']+ ){0,2}?(?:cash ?cows?|cash machines?|cash ?points?|atms?|piggy banks?|numbers|cattle|commodities|franchises|branches|assets|products|pawns|dirt|rubbish|a business|a cash cow|cogs|units|widgets|data points)",
  '(?:milk(?:ing|ed|s)?|bleed(?:ing|s)?|bled|suck(?:ing|ed|s)?|drain(?:ing|ed|s)?|squeez(?:e|es|ed|ing)) (?:[a-z]+ ){0,3}?dry',
  '(?:wr[iu]ng|wringing|wrings|squeezed|squeezing|squeezes|screwed|screwing) (?:every|the) (?:last )?(?:penny|pound|drop) out of (?:its|our|the|their|every|all)',
  '(?:pick(?:ing|ed|s)?|strip(?:ping|ped|s)?) (?:[a-z]+ ){0,3}?(?:clean|bare|to the bone)',
  'asset[- ]strip(?:ping|ped|s)?',
  '(?:sucking|sucked|sucks|draining|drained|drains|squeezing|squeezed|squeezes|ripping|ripped|tearing|tore|torn) the (?:life|soul|heart|joy)(?: and soul)? (?:out of|from) (?:its|our|the|their|this|every|these) (?:schools?|academies|academy|place|communit(?:y|ies)|kids|children)',
  "(?:killing|destroying|ruining|wrecking|gutting|strangling|choking|dismantling|bankrupting|hollowing out|running down|tearing apart|ripping apart|butchering|trashing|has ruined|has destroyed|has wrecked|has killed|has gutted|ruined|destroyed|wrecked|killed off|gutted) (?:its|our|the|their|this|every|all (?:its|our|the|their)|these|local|[a-z]+'s)(?: [a-z]+)? (?:schools?|academies|academy|place|communit(?:y|ies))",
  "(?:eats|ate|eating|swallows|swallowing|gobbles up|gobbling up|devours|devouring|chews up and spits out) (?:[a-z']+ ){0,2}?(?:schools|academies|heads|staff|teachers)",
  "milk(?:s|ed|ing)? (?:its|our|the|their|every|all) (?:schools|academies|parents|families)",
  // "milked the Crag Bank site for every penny it had"
  "(?:milk(?:s|ed|ing)?|bled|bleeds?|bleeding|squeez(?:e|es|ed|ing)) (?:the |our |its |their |every |this )?(?:[a-z0-9'-]+ ){0,3}?(?:site|school|schools|academy|academies|budgets?|reserves) (?:for|of) every (?:last )?(?:penny|pound|drop)",
  // "where village schools go to be slowly strangled"
  "where (?:[a-z'-]+ ){0,2}?(?:schools|academies|careers|teachers|staff|kids|children|heads) go to (?:be )?(?:slowly )?(?:die|strangled|killed|buried|forgotten|wither|rot|suffocated|bled dry)",
  // "bleeding every one of their schools dry"
  "(?:bleed|bleeds|bleeding|bled|sucking|sucks|sucked|squeezing|squeezes|squeezed) (?:(?:every one|each one|all|each|every last one) of )?(?:its|their|our|the|these|local|[a-z]+'s) (?:[a-z]+ ){0,2}?(?:schools|academies|colleges|staff|budgets?|communit(?:y|ies)) (?:dry|white)",
  // "Five Rivers strips its colleges like a landlord gutting a house"
  "(?:strips?|stripping|stripped|guts|gutting|gutted) (?:its|their|our|the|these) (?:[a-z]+ )?(?:schools|academies|colleges) (?:like|bare|of (?:everything|every)|for (?:parts|cash|money))",
  // "circles struggling schools like a buzzard, picks them clean"
  "(?:picks?|picking|picked) (?:them|it|its schools|our schools|the bones|the carcass|[a-z]+ schools) clean",
]);

/** Metaphors of harm in a noun phrase, with the trust near: "circling Calder Vale like a vulture". */
export const HARM_NOUN = words([
  '(?:like|as) (?:a |the )?(?:vultures?|buzzards?|birds? of prey|carrion crows?|parasites?|leech(?:es)?|vampires?|locusts?|sharks?|loan sharks?|hyenas?|asset[- ]strippers?|predators?)',
  'asset[- ]strip(?:ping|ped|per|pers)',
  // "MTSET treat their schools like a dairy herd"
  '(?:treat|treats|treated|treating) (?:their|its|our|the|all their|all its) (?:schools|academies) (?:like|as) (?:a |an |their |its )?(?:[a-z-]+ ){0,2}?(?:herd|cows?|machines?|piggy ?banks?|cash ?points?|atms?|franchises?|branches|assets?|numbers|spreadsheets?|cattle|livestock)',
]);

/**
 * Sarcasm about the school: praise denied in the same breath ("outstanding school, my
 * arse"), the school's praise words in scare quotes.
 */
const PRAISE = anyOf('outstanding', 'good', 'great', 'caring', 'nurturing', 'happy', 'family', 'supportive', 'inclusive', 'world[- ]class', 'best', 'amazing', 'brilliant', 'lovely', 'wonderful', 'excellent', 'thriving', 'proud');
export const SARCASM = words([
  `${PRAISE}(?: (?:school|academy|trust|place to work|employer|family|community|ofsted))?,? (?:my (?:arse|foot|backside|eye|bum)|yeah right|said no(?: ?one| teacher| member of staff)? ever|as if|do me a favour|pull the other one|don't make me laugh|in name only)`,
  `so[- ]called ${PRAISE}(?: (?:school|academy|trust|employer|family|community))?`,
  // "A centre of excellence? Excellent at wasting money, more like."
  '(?:excellent|outstanding|good|great|brilliant|world[- ]class|the best) at (?:wasting|losing|ignoring|driving (?:away|out)|burning through|covering up|spending)',
  // "SACEA: all mission statement, no mission."
  "all (?:mission statement|mission statements|talk|show|spin|branding|slogans?|fur coat|front|banners?|marketing|website|newsletters?),? (?:and )?no (?:mission|action|substance|knickers|trousers|delivery|follow[- ]through|support|care)",
]);
/** The school's praise word in scare quotes next to its name: our "outstanding" school (quotes are not word characters, so no `words()`). */
export const SCARE_QUOTED_PRAISE = new RegExp(String.raw`["'](?:${PRAISE}|family|community|team)["']`, 'g');
/** Ofsted's grades are quoted in praise: "rated 'Good' with outstanding features". */
export const QUOTED_IN_PRAISE = words(['ofsted', 'rated', 'graded', 'judged', 'inspect(?:ion|ors?|ed)', 'reports?', 'proud', 'delighted', 'thrilled', 'congratulations', 'well done', 'celebrat\\w*', 'so pleased']);
/** "What a place 🙄": a rhetorical verdict with an irony emoji (eye roll, upside-down face, unamused, clown). */
export const IRONIC_EXCLAMATION = /\b(?:what an? (?:place|school|trust|academy|employer|establishment|organi[sz]ation|way to run a (?:school|trust))|best (?:school|trust|place|employer|academy) ever|(?:such a |a )?(?:great|lovely|wonderful|happy|fab) place to work|love it here|dream (?:school|job)|so proud to work here|one big happy family|the gift that keeps on giving)\b[^a-z0-9]{0,12}(?:\u{1F644}|\u{1F643}|\u{1F612}|\u{1F921}|#not\b|#sarcasm\b)/gu;

/** Chaos that is fun, not a verdict: "our school is a circus today, Christmas jumper day + the disco". */
export const LIGHT_NOUNS = /\b(?:circus|zoo|madhouse|mad house|chaos|mess|bedlam|asylum)\b/;
export const FUN_CONTEXT = words([
  'disco', 'nativity', 'christmas', 'xmas', 'sports day', 'world book day', 'book day', 'fair', 'fete', 'party', 'panto', 'jumper day', 'non[- ]uniform',
  'fancy dress', 'concert', 'show', 'snow day', 'red nose day', 'children in need', 'comic relief', 'halloween', 'easter', 'pyjama day',
  'love (?:it|them|this|that)', 'loved (?:it|every)', 'wouldn\'t have it any other way', 'what a (?:night|day|week)', 'best (?:kind|sort) of', 'in the best way', 'fun',
]);

/** Words that end a configured hashtag after the school's name (#FoldFamily, #AldhelmAchieves), for folded, unsplit hashtags. */
export const HASHTAG_TAILS: readonly string[] = [
  'family', 'achieves', 'achieve', 'together', 'proud', 'pride', 'community', 'team', 'united', 'strong', 'spirit', 'thrives', 'thrive',
  'shines', 'shine', 'cares', 'believes', 'excellence', 'success', 'stars', 'heroes', 'rocks', 'best', 'values', 'way', 'kind', 'learns',
  'inspires', 'grows', 'flourish', 'flourishes', 'aspire', 'aspires', 'succeeds', 'excels', 'soars', 'rises', 'journey', 'life',
];
/** Said right after the school's own hashtag, these mock it: "#FoldFamily yeah right". */
export const HASHTAG_MOCKERY = words(['some (?:family|team|community)(?= *[.!?]| *$)', 'more like [a-z]+ (?:in|of) (?:nothing|none|name only)', '[a-z]+,? apparently(?= *[.!?]| *$)', 'they call it(?= *[.!?]| *$)', '(?:family|team|community)\\?? more like','(?:family|team|community|spirit)\\?? what (?:family|team|community|spirit)', 'what,? exactly(?= *\\?)', 'yeah right', 'my (?:arse|foot|backside|eye|bum)', 'as if(?=\\s*(?:[.!?]|$))', "don't make me laugh", 'do me a favour', 'pull the other one', 'more like (?:(?:an?|the) [a-z]+|(?=#))', 'lol no', 'in name only', 'apparently not']);
export const HASHTAG_MOCKERY_TAGS = /#(?:not|sarcasm|notreally|yeahright|lol)(?![a-z0-9])|\u{1F921}|\u{1F92E}|\u{1F922}|\u{1F4A9}|\(?unless\s+you\b/gu;
/** Said straight before the school's own hashtag, these mock it: "so much for #FoldFamily". */
export const BEFORE_HASHTAG = /(?:\bso\s+much\s+for|\bso[\s-]called|\bcall\s+(?:this|that|it|us)\s+an?|\bsupposedly|\ballegedly|(?:^|[^a-z])["'])\s*$/;
/** Milder marks of irony after the hashtag, which mock it only beside bad news. */
export const HASHTAG_IRONY =
  /\u{1F644}|\u{1F643}|\u{1F612}|\bapparently\b|\ballegedly\b|\blol\b|\bha(?:ha)+\b|\b(?:says|said|say)\s+the\s+(?:banner|sign|poster|website|prospectus|letterhead|newsletter|lanyards?|mugs?|hoodies?|fence|wall|board|motto|slogan)\b|\bthey\s+(?:say|said|tell\s+us|told\s+us|reckon)\b|\bwe\s+(?:were|are)\s+told\b|\b(?:is\s+|are\s+)?doing\s+(?:a\s+lot\s+of|all\s+the|some)\s+heavy\s+lifting\b|\bso\s+(?:they\s+say|we(?:'re|\s+are)\s+told)\b/gu;
export const BAD_NEWS = words([
  'worst', 'bottom', 'dead last', 'cancell?ed', 'shambles', 'joke', 'chaos', 'nobody', 'no one', 'resign(?:ed|ing|ations?)', 'quit(?:ting|s)?', 'turnover',
  'burn ?out', 'stress(?:ed)?', 'cuts?', 'crisis', 'drowning',
  'exodus', 'sinking', 'falling apart', 'special measures', 'inadequate', 'requires improvement', 'failing', 'walk(?:ed|ing|s)? out', 'redundanc(?:y|ies)',
  'lowest', 'any lower', 'low morale', 'morale (?:is|has)(?: \\w+)? (?:low|gone|on the floor|through the floor)', '(?:going|gone|went) downhill',
]);

export const GENERIC_REFERENCE = words(INSTITUTION_REF);
/** "It", "there", "this place": the school, when the sentence before named it. */
export const PRONOUN_REFERENCE = words(['it', "it's", 'its', 'there', 'they', "they're", 'them', 'this place', 'that place', 'the place']);
export const PEOPLE = words(LEADERS, COLLEAGUES);
/** More things a verdict may be about instead of the school: the roads, the snow. */
const MORE_ELSEWHERE = ['roads?', 'snow', 'ice', 'icy', 'fog', 'flood(?:s|ed|ing)?', 'power cut', 'heatwave', 'a(?: |-)?roads?', 'car park', 'parking', 'queues?'];
export const ELSEWHERE = words(OTHER_DOMAINS, EXTERNAL_ACTOR, MORE_ELSEWHERE);
/** A moment, not the place: "SSCA is a circus today". */
export const MOMENT = words(['today', 'tonight', 'this (?:morning|afternoon|evening|week)', 'right now', 'at the moment', 'last night', 'yesterday']);
export const COMPOUND_NOUNS = new Set(SCHOOL_COMPOUND_NOUNS);
/** Words that follow a name ending in 's ("St Stephen's is…") where a possessive would have a noun. */
export const VERBS_AFTER_NAME = new Set(['is', 'was', 'has', 'had', 'are', 'were', 'have', 'will', 'would', 'really', 'just', 'honestly', 'now', 'truly', 'literally', 'genuinely', 'became', 'becomes', 'remains', 'used', 'needs', 'should', 'must', 'can', 'could', 'seems', 'looks', 'feels', 'keeps', 'went', 'goes', 'gone', 'been', 'going', 'getting', 'got', 'become', 'turned', 'always', 'never', 'officially', 'actually', 'basically', 'definitely', 'clearly', 'seriously', 'sadly', 'treats', 'treated', 'only', 'doesn\'t', 'does', 'did', 'didn\'t', 'deserves']);
/** Words after a name ending in 's that show it is not a possessive: "St Stephen's and…", "St Stephen's since…". */
export const NOT_POSSESSED = new Set(['and', 'but', 'or', 'so', 'because', 'since', 'as', 'for', 'in', 'at', 'on', 'to', 'with', 'by', 'from', 'if', 'when', 'where', 'which', 'that', 'who', 'tbh', 'though', 'then', 'these', 'this', 'now', 'after', 'before', 'until', 'is', 'lol', 'imo']);
/** "SLT at SSCA", "leadership of the trust": the people, not the place, are the subject. */
export const PREPOSITIONS = new Set(['at', 'in', 'of', 'from', 'across', 'for']);
/**
 * Before the school's name, these make it the place where something else is judged:
 * "the traffic outside SSCA is shocking", "morale at SSCA is dire" (a grievance).
 */
/** Things of the school's, after its name or "the school": "the school pond" is about the pond (beside `SCHOOL_COMPOUND_NOUNS`). */
export const MORE_COMPOUND_NOUNS = new Set([
  'pond', 'gardens', 'allotment', 'photocopier', 'photocopiers', 'printer', 'printers', 'boiler', 'lift', 'stairs', 'corridor', 'corridors', 'canteen',
  'dining', 'halls', 'caretaker', 'cook', 'cooks', 'fridge', 'microwave', 'ipads', 'tablets', 'server', 'network', 'email', 'emails', 'phone', 'phones',
  'calendar', 'diary', 'prospectus', 'policy', 'policies', 'rules', 'shop', 'tuck', 'pitch', 'pitches', 'court', 'courts', 'gym', 'swimming',
  'musical', 'residential', 'camp', 'prom', 'party', 'raffle', 'quiz', 'food', 'fruit', 'loos', 'radiators', 'windows', 'doors', 'walls', 'building',
  'buildings', 'site', 'fence', 'hedge', 'trees', 'bins', 'rota', 'timetable', 'photographs', 'lane', 'street', 'hill', 'crossing', 'lollipop',
  'drive', 'entrance', 'reception', 'sign', 'signs', 'logo', 'badge', 'motto', 'song', 'flag', 'mascot', 'dog', 'cat', 'hamster', 'chickens',
  'inset', 'training', 'conference', 'awards', 'calendar', 'budget', 'year', 'holidays', 'run', 'bell', 'bells', 'alarm', 'clock', 'clocks',
]);
export const PLACE_PREPOSITIONS = new Set(['at', 'in', 'outside', 'near', 'from', 'by', 'around', 'opposite', 'inside', 'behind', 'to', 'for', 'with', 'of', 'across', 'within']);
/** What a school's possessive may own that still stands for the whole: "SSCA's reputation is in the gutter". */
export const WHOLE_POSSESSIONS = new Set(['reputation', 'name', 'standards', 'ethos', 'culture', 'soul', 'heart', 'future']);
/** …unless what stands before them is the whole of it: "everything at SSCA is rotten". */
export const WHOLE_OF_IT = new Set(['everything', 'life', 'things', 'working', 'work', 'it', 'all', 'state', 'teaching']);
