/**
 * The words of a negative judgement, as tables for folded text (lower case, plain
 * letters, `'` for every apostrophe). What each table is for:
 *
 * - `JUDGEMENT`: clearly negative about whatever the sentence is about ("clueless",
 *   "a waste of time", "nobody cares"); a complaint when it is aimed at the workplace.
 * - `DECLINE`: idioms and metaphors of things getting worse ("gone off a cliff", "a
 *   sinking ship", "sucked the joy out of"), aimed the same way.
 * - `NEGATED_PRAISE`: praise or care that never comes ("can't say she has ever once
 *   asked", "nobody asks about the kids any more", "not a single thank you").
 * - `FEELING`: how staff are made to feel or treated ("fed up", "undervalued", "treated
 *   like a number"): aimed at leaders, work or the school as an employer.
 * - `MILD`: mildly negative ("unbelievable", "last minute", "till midnight"): a
 *   complaint only when nothing warm stands beside it.
 * - `BURDEN`: a situation that costs the writer (told at 4:45 on a Friday, two more
 *   groups, the budget cut every year). Not a judgement on its own; it is what turns
 *   "Thanks, SLT" or "Lovely." into sarcasm.
 * - Irony: `IRONY_MARKER` is sarcasm whatever surrounds it ("love that for me", 🙃);
 *   `IRONY_OPENER` ("Oh great", "Funny how") and `IRONY_TAG` (a short "Cheers." or
 *   "Priorities!") are sarcasm next to a burden; `MOCK_THANKS` is thanks aimed at
 *   leaders.
 *
 * Bounded repetition only: a 20,000-character draft is scanned in a few milliseconds.
 */
import type { Vocabulary } from '../../text/patterns';

/** "They have no idea" is a complaint; "I have no idea how they do it" is not. */
const NOT_SAID_OF_ONESELF = '(?<!(?:^|[^a-z])(?:i|we|you) )';

const SUPPORT_VERBS =
  '(?:listen|listens|care|cares|support|supports|back|backs|value|values|appreciate|appreciates|thank|thanks|consult|consults|reply|replies|respond|responds|acknowledge|fix|fixes|rate|rates|trust|trusts|respect|respects|want to know|pull (?:their|his|her) weight|do (?:their|his|her) (?:share|job|bit))';

export const JUDGEMENT: Vocabulary = [
  `${NOT_SAID_OF_ONESELF}(?:have|has|had|have got|has got|got)(?: (?:absolutely|literally|genuinely|honestly|just|still|clearly))? (?:no|zero|not a|not the (?:slightest|faintest|first)) (?:idea|clue)`,
  "(?!(?:i|we|you)')[a-z]+'(?:ve|s|d)(?: got)?(?: (?:absolutely|literally|genuinely|clearly))? (?:no|zero|not a) (?:idea|clue)",
  "no idea what (?:they're|they are|he's|she's|he is|she is|they) (?:doing|do)",
  'clueless',
  "(?:won't|wont|will not|refuses? to|refused to|never|can't|cannot) (?:admit|accept|acknowledge|see) (?:it|that|they|there's|anything|the problem|they(?:'re| are| were) wrong|any fault|fault|their mistakes?)",
  "(?:couldn't|could not|can't|cannot|wouldn't) (?:even )?(?:tell you|name|find|pick out) (?:a single|one|any)",
  "only (?:ever )?(?:show (?:their|his|her) faces?|appear|appears|turn up|turns up|show up|shows up|come (?:out|down|round)|comes (?:out|down|round)|visible|seen|bothers?|care|cares|listen|listens|interested) (?:when|if|once)",
  '(?:the )?(?:laziest|rudest|worst|most incompetent|most useless|least supportive|most arrogant|most disorganised|most patronising|most unpleasant) (?:person|people|boss|bosses|manager|line manager|leader|leaders|head|colleague|team|department|leadership)',
  '(?:do|does|doing|did) (?:the )?(?:bare|absolute) minimum',
  "(?:wonder|wondering|wonders|wondered|puzzled|baffled|surprised|shocked|confused)(?: [a-z']+){0,2} (?:why|that) (?:staff|people|teachers|everyone|nobody|no one|no-one|recruitment|retention|morale|we|they)",
  "blam(?:e|es|ed|ing) (?:the )?(?:kids|children|pupils|students|parents|tas|support staff)",
  'disgusting',
  'appalling',
  'outrageous',
  'diabolical',
  'atrocious',
  'shocking',
  "(?:couldn't|could not|can't|cannot) (?:run|organi[sz]e|manage|lead|plan) an? (?:bath|bun ?fight|piss-?up|raffle|whelk stall|tea party|kettle|queue|chocolate [a-z]+|[a-z]+ out of an? [a-z]+ bag)",
  "(?:still )?(?:think|thinks|thought|pretend|pretends|pretending|act|acts|acting) (?:it's|it is|everything(?:'s| is)|all is|things are) (?:fine|ok|okay|normal|sustainable|working|going well|under control)",
  "(?:will|'ll) (?:have )?(?:been )?(?:forgotten|scrapped|dropped|binned|abandoned) (?:about )?(?:it |them )?by (?:easter|christmas|half[- ]term|next (?:week|term|year|month)|the summer|summer|june|july|september)",
  'flavour of the month',
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
  'shameful',
  'a disgrace',
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
  `${NOT_SAID_OF_ONESELF}(?:never|don't|dont|doesn't|doesnt|won't|wont|didn't|didnt|refuses? to|refused to|can't be bothered to) (?:even |ever |actually |really |bother to )?${SUPPORT_VERBS}`,
  "(?:couldn't|could not|cannot|can't) care less",
  "(?:nobody|no one|no-one|none of them|not one of them|not one person|not one|not a single person|not a single one of them)(?: (?:in|from|on) (?:charge|management|leadership|slt|smt|the office|authority|the trust|the top|senior leadership|the leadership team)| at the top| upstairs| above (?:me|us))?(?: (?:even|actually|really|ever|seems to|seem to|bothers to|bothered to|has|had|could be bothered to))? (?:cares?|cared|listens?|listened|bothers?|bothered|noticed|asked|thanked|said thank you|came|come|turned up|showed up|visited|attended|replied|responded|gives? a (?:damn|toss|monkey's|stuff|hoot|fig))",
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
  '(?:dropped|dumped|landed|sprung|imposed|piled|foisted|offloaded|thrust) (?:on|upon) (?:us|staff|teachers|me|everyone)',
  'without (?:any )?(?:consultation|consulting (?:us|anyone|staff)|asking (?:us|anyone|staff)|a thank you|any thanks)',
  'no (?:consultation|support|backing)',
  'zero (?:support|thanks|consultation|notice|communication)',
  'tick[- ]?box(?:ing| exercise)',
  'jumping through hoops',
  'hoops to jump',
  "(?:hasn't|hasnt|haven't|havent|has not|have not|never)(?: once| even| actually| ever)? (?:taught|been in a classroom|set foot in a classroom|stepped foot in a classroom)",
  '(?:has|have|had) (?:set|stepped|put) foot in a classroom since',
  'and (?:it shows|you can tell|it really shows|boy does it show)',
  'too busy (?:[a-z]+ing|with their|with his|with her|looking after)',
  "(?:wouldn't|would not|couldn't|could not) (?:know|recognise|spot) (?:an? |the )?[a-z' -]{1,30}? if it (?:hit|bit|slapped|smacked|kicked) (?:them|him|her|'em)",
  "(?:couldn't|could not|can't|cannot) organi[sz]e (?:an? )?[a-z' -]{1,30}? in a brewery",
  "(?:dump|dumps|dumping|dumped|offload|offloads|offloading|offloaded|palm|palms|palming|palmed|push|pushes|pushing|pushed)(?: [a-z']+){0,3} (?:on|onto|off on) (?:the rest of us|us|me|everyone else|others|the rest of the team)",
  'blam(?:e|es|ed|ing) (?:the teachers|the staff|staff|teachers|us|me|everyone)',
  'never (?:passes?|passed) (?:anything |messages |it )?on',
  "(?:budgets?|ppa|pay|funding|hours|tas?|staffing|support staff|resources)(?:'s| has| have| is| are| was| were| gets?| got)?(?: been)? (?:cut|slashed|scrapped|axed|frozen|reduced|taken away)",
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
  '(?:ignored|ignores|ignoring|ignore) (?:us|me|staff|teachers|the staff|our concerns|my concerns|concerns|every)',
  '(?:thanks|cheers) for nothing',
  'some of us have (?:children|kids|families|a family|lives|a life|homes)',
  'without (?:even )?(?:asking|telling|warning|checking with) (?:us|me|anyone|staff|first)?',
  'still fuming',
  '(?:left|leaves|leaving) (?:me|us) (?:to pick up the pieces|in the lurch|high and dry|to (?:cover|deal with|sort) it)',
  // Sarcastic praise: "Fantastic leadership, as ever."
  '(?:fantastic|brilliant|great|amazing|superb|stellar|inspired|fab|top|excellent|wonderful|outstanding) (?:leadership|management|planning|communication|organi[sz]ation|decision(?:-making)?|support|work|job),? (?:as (?:ever|always|usual)|once again|yet again|there|guys|team)',
  "another [a-z0-9' -]{1,20}?, another",
  '(?:yet )?another (?:pointless|useless|ridiculous|stupid|unnecessary|daft|mad|crazy|bonkers|last[- ]minute|late[- ]night)',
  '(?:cancell?ed|cancel(?:s|ling)?|cut|cuts|cutting|scrapped|scraps|axed|axes|slashed|binned|bins|bin|taken|took|takes|stole|stolen|removed|reduced|lost|losing|refused|refuses|turned down|blocked|denied)(?: away)? (?:our|my|all|the|staff|everyone\'s|all our|their) (?:ppa|planning time|non-contact|free periods?|frees|breaks?|lunch(?: breaks?)?|pay|tlrs?|budgets?|hours|tas?|teaching assistants?|support staff|staffing|funding|training|cpd|leave|time off|day off|requests?|pay rise)',
];

/** How staff are made to feel or treated: aimed at leaders, at work, or at the school as an employer. */
export const FEELING: Vocabulary = [
  'not valued',
  'undervalued',
  'unappreciated',
  'taken for granted',
  'treated (?:like|as) (?:an? )?(?:dirt|rubbish|children|child|kids|robots?|slaves?|muck|crap|idiots?|numbers?|machines?|second[- ]class(?: citizens)?|disposable|an afterthought|the enemy|naughty (?:children|kids))',
  'treated (?:appallingly|terribly|badly|shockingly|disgracefully)',
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
  'running on (?:empty|fumes)',
  'demorali[sz](?:ed|ing)',
  'demotivat(?:ed|ing)',
  'soul[- ]destroying',
  'exploited',
  'disrespect(?:ed|ful)?',
  'overworked',
  'not listened to',
  '(?:got|get|gets|getting|was|were|been|being|feel|felt|feeling) (?:completely |totally |just )?(?:ignored|overlooked|sidelined|fobbed off|brushed off|dismissed)',
  '(?:felt|feel|feeling|been|was|were|so|really|totally|completely|utterly) let down',
  'lip service',
  '(?:really |so )?feeling the love',
  'no (?:support|backing) (?:from|at all)',
];

/** Idioms and metaphors of decline: "gone off a cliff", "a sinking ship", "sucked the joy out of". */
export const DECLINE: Vocabulary = [
  '(?:gone|going|went|goes|fallen|falling|fell|dropped|dropping) off a cliff',
  'downhill',
  '(?:nosedive|nose-dive|freefall|free-fall|downward spiral|death spiral|tailspin)',
  '(?:steady|sharp|rapid|slow|long|managed|terminal) decline',
  '(?:run|runs|ran|running|driven|drove|drive|drives|driving) (?:[a-z]+ ){0,3}?into the ground',
  '(?:gone|going|went|goes)(?: right)? (?:down the (?:pan|drain|toilet|tubes|plughole|swanee)|to the dogs|to pot|to hell|to rack and ruin|to the wall|pear[- ]shaped)',
  'sinking ship',
  '(?:ship|boat) (?:is |was )?(?:sinking|going down|taking on water)',
  'haemorrhag\\w*',
  '(?:on|in) (?:life support|intensive care)',
  'on (?:its|their|our) death ?bed',
  'in (?:the gutter|the toilet|the doldrums|tatters|pieces|freefall|meltdown|crisis)',
  'never been (?:lower|worse|so low|this low|so bad|this bad)',
  '(?:lower|worse) than ever',
  'from bad to worse',
  'worse (?:and worse|by the (?:day|week|term)|every (?:year|term|week))',
  'shot to pieces',
  '(?:turned|turning|gone|going|got|getting|become|becoming) (?:so |really |very |properly |completely )?(?:sour|toxic|nasty|ugly|grim|bleak|miserable|horrible)',
  'like rats',
  'jumping ship',
  '(?:slow[- ](?:motion )?)?car ?crash',
  'train ?wreck',
  'falling apart',
  'fallen apart',
  'coming apart at the seams',
  'crumbling',
  'on (?:its|their|our) (?:last legs|knees)',
  '(?:at an? |an )?(?:all[- ]time|record) low',
  'through the floor',
  'on the floor',
  'circling the drain',
  "wheels (?:[a-z']+ ){0,4}?(?:coming|come|came) off",
  'dead in the water',
  "(?:sucked|sucks|sucking|drained|drains|draining|squeezed|squeezing|killed|kills|killing)(?: (?:all|every|the))?(?: last)?(?: (?:drop|ounce|bit|scrap))?(?: of)?(?: the)? (?:joy|life|fun|soul|energy|love|passion|enthusiasm|goodwill)",
  'haemorrhag(?:e|es|ed|ing) (?:staff|teachers|good people)',
  'bleeding (?:staff|teachers|good people|talent)',
  'shadow of (?:its|their|our) former sel(?:f|ves)',
  'rearranging (?:the )?deckchairs',
  'asleep at the wheel',
  'headless chickens?',
  'blind leading the blind',
  'rotten to the core',
  'rudderless',
  'rats (?:leaving|deserting|jumping)',
  'a revolving door',
  'not what it (?:was|used to be)',
  'used to be (?:a )?(?:great|good|brilliant|lovely|happy|fun|the best)',
];

/** Praise or care that never comes: "can't say she has ever once asked", "not a single thank you". */
export const NEGATED_PRAISE: Vocabulary = [
  "(?:can't|cannot|couldn't|could not) say (?:[a-z']+ ){0,5}?(?:has|have|had|did|does|do|is|was|ever) (?:ever |once |ever once |even )?(?:asked|thanked|said|checked|visited|listened|noticed|supported|helped|been|come|shown)",
  '(?:has|have|had|did|does) (?:never|not) (?:once|ever|even once) (?:asked|thanked|said|checked|visited|listened|noticed|supported|helped|come|shown)',
  "(?:hasn't|haven't|hadn't|didn't|doesn't|don't) (?:once|ever|even once) (?:asked|ask|thanked|thank|said|say|checked|check|visited|visit|listened|listen|noticed|notice|supported|support)",
  'never (?:once|ever) (?:asked|thanked|said thank you|checked|visited|listened|noticed|supported|come|taught|been)',
  "(?:didn't|did not|doesn't|does not|never|won't|wouldn't) (?:even )?(?:mention|credit|name|acknowledge|thank) (?:me|us|my name|our names|my work|the team)",
  "(?:nobody|no one|no-one|none of them)(?: (?:even|ever|actually|really|here|there))? (?:asks?|asked|checks?|checked|talks? about|mentions?|mentioned|thinks? about|remembers?|remembered) (?:about |how |after |if |whether |what |us|me|the )",
  'not (?:a|one|a single) (?:word of thanks|thank you|thanks|mention|word|visit|peep|acknowledgement)',
  '(?:not|never) (?:once|a single time) (?:has|have|did|does)',
  '(?:not one|none|not a single one)(?: of them)? (?:has|have|was|were|had) (?:been |ever been )?(?:explained|discussed|consulted on|justified|communicated|shared|agreed|run past us)',
  '(?:nobody|no one|no-one)(?: [a-z]+){0,4} any ?more',
  "still waiting (?:for|on) (?:a |an |any |the |our |my |them |him |her )?(?:[a-z']+ ){0,3}?(?:to|reply|response|answer|thank you|thanks|apology|decision|feedback|update|acknowledgement)",
  '(?:not|never) (?:once )?(?:mention(?:ed|ing)?|credit(?:ed|ing)?|nam(?:ed|ing)|acknowledg(?:ed|ing)|thank(?:ed|ing)) (?:me|my name|my work|us|our work|anyone|the team)(?: once)?',
];

/** Mildly negative: counts unless the sentence is warm ("thank you", "you're a star"). */
export const MILD: Vocabulary = [
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
  '(?:was|is|were|are) (?:(?:a|an) )?(?:absolute |total |complete |utter )?(?:chaos|mess|shambles|disaster|rubbish|dreadful|awful|shocking|appalling|dire)',
  '(?:is|are|was|were|been|so|really) (?:awful|terrible|dreadful|horrendous|grim|dire)',
  'off the scale',
  '(?:culture|climate|atmosphere) of (?:fear|blame)',
  'all (?:data|spreadsheets|numbers|targets) and (?:fear|stress|blame)',
  'still (?:calls?|spells?|gets?|forgets?) (?:me|my name|us)',
  'wrong name',
  'the way (?:they|he|she|slt|smt|leadership|management|the head|our head|the trust|our line manager|my line manager|the bosses) (?:speaks?|talks?|treats?|spoke|talked|treated|deals? with|dealt with)',
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
  "why (?:do|does|must|should|are|is|can't|won't|have) (?:we|they|slt|management|leadership|the head)",
];

/** A short sentence of exasperation after one about work: "Midnight again.", "Again.", "As usual." */
export const EXASPERATION: Vocabulary = [
  "(?:[a-z0-9']+ )?again",
  'as (?:usual|always|ever)',
  'every (?:single )?(?:time|week|year|term|day)',
  'same as (?:always|ever|last year)',
  'here we go(?: again)?',
  'sigh',
];

/**
 * What costs the writer: told at the last minute, more work, something taken away, a
 * put-down. Not a complaint by itself; it is the situation sarcasm is about.
 */
export const BURDEN: Vocabulary = [
  // Time taken from them.
  '(?:at|by) \\d{1,2}(?:[:.]\\d\\d)? ?(?:pm )?on a (?:friday|saturday|sunday)',
  'on a (?:friday|sunday) (?:afternoon|evening|night)',
  '(?:by|for|before) (?:monday|tomorrow|first thing)',
  "(?:until|till|til|'til|past|gone|after|at) (?:midnight|\\d{1,2}(?:[:.]\\d\\d)? ?pm|ten to [a-z]+|half (?:five|six|seven|eight|nine)|quarter to [a-z]+)",
  '(?:runs?|ran|running|went|goes|dragged|drags|overran|overruns?) (?:on )?(?:till|until|over|past|on for)',
  'overr(?:an|uns?|unning)',
  '(?:turns?|turned|turning) into an? ',
  '(?:\\d+|ten|twenty|thirty|forty|fifty|sixty|ninety)[- ]minutes?',
  'an? (?:extra )?hours?',
  'lectures?',
  '(?:two|three|four|five|\\d+) (?:whole |extra )?hours',
  '(?:weekend|weekends|sunday|half[- ]term|holiday|holidays|evening|evenings|tonight)',
  'midnight',
  'saturday',
  '(?:[4-7](?:[:.]\\d\\d)? ?am|(?:[6-9]|1[0-2])(?:[:.]\\d\\d)? ?pm) (?:e-?mails?|messages?|texts?|calls?|meetings?|starts?|finish(?:es)?|deadlines?)',
  '(?:before|after) (?:school|hours|work)',
  '(?:on|during) (?:the )?(?:last|first) (?:day|week|night) (?:of|back)',
  '(?:brought|bringing|moved|moving|moves|pulled) (?:the |a |our |my )?deadlines? (?:forward|earlier)',
  'deadlines? (?:brought|moved|pulled) (?:forward|earlier)',
  'again',
  'instead of (?:my |our )?(?:ppa|lunch|break|planning|free period)',
  'unpaid',
  '(?:for free|in (?:my|our) own time|for no (?:extra )?pay|on (?:my|our) day off)',
  '(?:every|each) (?:day|morning|night|evening|week)',
  'twice as (?:much|many|long)',
  '(?:doubled|tripled|trebled)',
  '(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) (?:one|time|change|policy|version|new [a-z]+) (?:this|in a) (?:year|term|month|week|half[- ]term)',
  "(?:has|have|'s|'ve) (?:just )?decided (?:that )?(?:we|staff|everyone|all|marking|every|the)",
  'press release',
  '(?:on|at) (?:[4-7](?:[:.]\\d\\d)? ?am)',
  '[4-7](?:[:.]\\d\\d) ?am',
  'on top of',
  '(?:at|with|on) (?:no|zero|little|short) notice',
  'last[- ]minute',
  '(?:on|at|in) the same (?:night|day|evening|week|time|morning|afternoon) as',
  // More work.
  '(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|more|extra|another|additional|yet more|even more)(?: more)? (?:data drops?|intervention groups?|groups|duties|meetings?|e-?mails|classes|reports|observations|learning walks|deadlines|initiatives|twilights|clubs|responsibilities|lessons to cover|cover lessons?)',
  '(?:needs?|need|needed) (?:rewriting|redoing|re-?doing|changing|to be (?:rewritten|redone))',
  '(?:rewrit(?:e|ing|ten)|redo(?:ing)?|from scratch)',
  'every single (?:year|week|term|day|time)',
  '(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) (?:week|year|time|term) (?:running|in a row)',
  // Something taken away or refused.
  '(?:gets?|got|been|being) (?:cut|scrapped|axed|slashed|cancell?ed|binned|frozen)',
  '(?:cut|cuts|cancell?ed|scrapped|binned|axed) (?:our|my|the|their)',
  '(?:said|says) no to',
  '(?:refused|turned down|knocked back|denied)',
  // Being told.
  '(?:was|were|got|been|being|get) told',
  'told (?:me|us) (?:that|to|in front of|my|our|it|off)',
  'in front of (?:my|the|our|everyone|all)',
  'telling us to',
  // Last to know.
  "(?:find|finding|found|hear|hearing|heard|learn|learning|learnt|learned) (?:out )?(?:about [^.!?\\n]{1,40}? )?(?:from|via|on|through) (?:the |a )?(?:parents?|kids|children|pupils|students|twitter|facebook|social media|news|paper|local paper|parents' whatsapp|whatsapp|grapevine|rumour mill)",
];

/** Sarcasm whatever surrounds it. Emoji are matched separately (they are not words). */
export const IRONY_MARKER: Vocabulary = [
  'love that for (?:me|us)',
  'of course (?:she|he|they|it) (?:does|did|do|is|are|has|have|will|was|were)',
  '(?:called|calls|calling) it (?:development|cpd|an opportunity|a development opportunity|good for (?:my|your|our) careers?|experience|a privilege|an honour|stretch)',
  '(?:funny|strange|interesting|curious) how',
  'genius (?:move|idea|plan|decision)',
  'said no(?: ?one| teacher| member of staff)? ever',
  'what could (?:possibly )?go wrong',
  'living the dream',
  '(?:really |truly )?makes? (?:you|me|us|one) feel (?:so |really |very |truly )?(?:valued|appreciated|special|wanted|cared for|listened to)',
  '(?:because|cos|cause|coz) (?:that|this)(?:\'s| is| will| always)? (?:always )?(?:going to )?(?:help|helps|work|works|worked)',
  'just what (?:i|we|everyone|the staff|staff) (?:needed|wanted)',
  '(?:really|so|just) needed (?:that|those|this|another)',
  'thanks a (?:bunch|million|lot for nothing)',
  'from the comfort of (?:their|his|her) (?:offices?|desks?|homes?|sofas?|ivory towers?)',
  'ivory towers?',
  "(?:their|his|her|[a-z]+'s) idea of (?:support|wellbeing|well-being|consultation|help|leadership|listening|communication|fun|a reward|a thank you|training|valuing|celebrating|recognition)",
  "whoever (?:thought|decided|said) [^.!?\\n]{1,60}? (?:was|were|is|would be) a (?:good|great|brilliant|smart|clever|genius) (?:idea|move|plan)",
];
/** Emoji that read as irony: upside-down face, eye roll, unamused face. */
export const IRONY_EMOJI = /\u{1F643}|\u{1F644}|\u{1F612}/u;
/** Hashtags that mark irony; they follow `#`, which `words()` cannot start with. */
export const IRONY_HASHTAG = /#(?:not|sarcasm|livingthedream|blessed|valued|winning)(?![a-z0-9])/;

/** Sarcasm next to a burden: "Oh great, …", "Funny how …", "Love it when …". */
export const IRONY_OPENER: Vocabulary = [
  'oh (?:great|good|joy|brilliant|lovely|fab|wonderful|perfect|fantastic|super|marvellous|how lovely|happy days)',
  '(?:love|adore|enjoy|relish) (?:it|how) when',
  'nothing better than',
  '(?:oh )?how i (?:love|adore|enjoy)',
  '(?:i do|i just|don\'t you) (?:love|adore)',
  '(?:i |really |just |absolutely )?(?:lov(?:e|ing)|ador(?:e|ing)) (?:being|getting|having|how|the way)',
  "(?:really |so |very |ever so |truly )?grateful (?:to be|for being) (?:told|given|asked|handed|informed|expected|emailed|messaged|sent)",
  '(?:amazing|incredible|hilarious) how',
  "(?:don't|dont) you just love",
  "(?:got|gotta|you've got|you have|you've gotta) (?:to )?love",
  '(?:great|nice|lovely|good) to (?:see|know|hear) (?:that )?(?:the|our|my|slt|management|leadership)',
  'nothing says [^.!?\\n]{1,60}? like',
  'nothing like (?:finding out|being told|getting|having|hearing|learning|a)',
  'oh look',
  'imagine (?:telling|being|having|asking|expecting|making)',
  '(?:really |so |truly )?(?:appreciate|appreciated|love|loved|grateful for|enjoy|enjoyed|adore) (?:being|getting) (?:asked|told|given|handed|expected|dumped|landed)',
  'shout ?outs? to (?:whoever|the person who|the genius who|slt|smt|management|leadership|the leadership team|the trust|our leaders|the bosses|the exec)',
  'what a (?:treat|joy|privilege|pleasure|delight|way) to',
  "(?:so |how |very |really )?(?:lovely|kind|nice|good|thoughtful|considerate|generous|sweet|decent) of (?:the|our|my|them|him|her|slt|smt|management|leadership|the trust|the bosses) (?:[a-z]+ ){0,2}?to",
  '(?:wonderful|lovely|great|nice|fab|brilliant|delighted|thrilled|so pleased|grateful|love|fantastic|amazing|cracking|super) to be (?:told|given|asked|handed|informed|expected)',
  '(?:really |so )?feeling (?:so |very |really )?(?:valued|appreciated|supported|listened to|cared for)',
  "(?:great|top|fantastic|brilliant|amazing|superb|stellar|inspired|fab|excellent|wonderful|outstanding|world-class|first-class|visionary|strong|cracking) (?:leadership|management|communication|planning|organi[sz]ation|decision(?:-making)?|thinking|move|idea)",
];

/**
 * A short sentence on its own after a burden ("Cheers.", "Lovely.", "Priorities!"):
 * the whole sentence is one of these, give or take "really", "so" or "that".
 */
export const IRONY_TAG: Vocabulary = [
  'cheers(?: for that| then| guys| all)?',
  'thanks?(?: so much| a lot| very much| for that| again| guys| then)?',
  'thank you(?: so much| for that| again)?',
  'lovely(?: stuff)?',
  'cracking',
  'brilliant',
  'great',
  'fab',
  'super',
  'marvellous',
  'wonderful',
  'perfect',
  'nice(?: one)?',
  'priorities',
  'textbook',
  'classic',
  'genius',
  'amazing',
  'love (?:it|that|this)',
  'fantastic',
  'smashing',
  'top (?:work|job|stuff)',
  'what a treat',
  'bliss',
  'how (?:lovely|nice|kind|thoughtful)',
  'so (?:valued|appreciated)',
  'feeling (?:valued|appreciated)',
  'valued',
  '(?:so|how|very|really) (?:thoughtful|considerate|kind|supportive)',
  '(?:top|great|inspiring|inspirational|visionary|strong|quality|what) (?:leadership|management|communication|planning)',
  'love it here',
  'dream job',
  "can't wait",
  'riveting',
  'thrilling',
  'exciting',
  'sorted(?: then)?',
  'joy',
  'yay',
  'hooray',
  'woo(?:hoo)?',
  'legend',
  'marvellous',
  'inspired',
  'what a time to be alive',
  'living the dream',
];

/**
 * Scare quotes around a workplace word: "another 'wellbeing' email", "'their' idea".
 * Irony whatever surrounds it.
 */
export const SCARE_QUOTED = [
  'wellbeing', 'well-being', 'support', 'supportive', 'consultation', 'consulted', 'family', 'team', 'listening', 'open door',
  'collaborative', 'flexible', 'optional', 'voluntary', 'leadership', 'strategic', 'vision', 'training', 'development', 'priority',
  'priorities', 'directed time', 'celebration', 'fun', 'their', 'his', 'her', 'teamwork', 'valued', 'feedback', 'transparent',
  'transparency', 'opportunity', 'opportunities', 'choice', 'discussion', 'conversation', 'review', 'restructure', 'efficiency',
  'efficiencies', 'savings', 'help', 'advice', 'chat', 'quick chat', 'catch up', 'catch-up', 'not a priority', 'non-negotiable',
  'non-negotiables', 'best practice', 'culture', 'values', 'thank you', 'reward', 'treat', 'wellness', 'self-care', 'resilience',
  'capacity', 'quick', 'brief', 'informal', 'light touch', 'light-touch', 'manageable', 'work smarter', 'efficiency savings',
  'resilience', 'resilient', 'family', 'a family', 'listening school', 'staff voice', 'optional', 'opportunity to',
];

/** Thanks aimed at leaders: "Thanks, SLT", "Cheers for that, bosses". Who is matched by the caller. */
export const MOCK_THANKS = '(?:thanks|thank you|cheers|ta|shout ?out|big up|hats off|kudos|well done)(?: (?:so much|a lot|very much|again|for that|for nothing|as always|as ever|a bunch|a million))?,? (?:to )?(?:(?:the|our|my|all|all the|all our|dear) )?';

/** Pay complaints stand alone, but a national pay row is politics, not a grievance. */
export const PAY_COMPLAINT: Vocabulary = [
  "(?:without|no|zero|still no|never (?:got|had|get)|not (?:had|got|seen)|haven't had|hasn't been) (?:an? )?(?:pay ?rise|pay increase|pay progression|pay award|payrise)",
  '(?:another )?(?:real[- ]terms )?pay (?:freeze|cut)',
  'minimum wage',
  '(?:paid|earn|earning|earns|on) (?:less|worse) than',
];

/** Emails at all hours: a complaint when they come from leaders ("another 6pm email from the head"). */
export const LATE_EMAIL: Vocabulary = [
  '(?:\\d{1,2}(?:[:.]\\d\\d)? ?pm|late[- ]night|midnight|weekend|sunday|saturday|friday)(?: (?:friday|saturday|sunday|night|evening|afternoon))? (?:e-?mails?|messages?|whatsapps?|texts?)',
  '(?:e-?mails?|messages?) (?:at|after|sent at) (?:\\d{1,2}(?:[:.]\\d\\d)? ?pm|midnight|\\d{1,2} at night)',
  '(?:sent|sends|sending|fired off) (?:\\w+ ){0,2}(?:e-?mails?|messages?)(?: \\w+){0,3} (?:tonight|at night|after \\d{1,2} ?pm|at the weekend|on a (?:saturday|sunday))',
];
