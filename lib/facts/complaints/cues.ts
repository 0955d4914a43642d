/**
 * The words of a negative judgement, as tables for folded text (lower case, plain
 * letters, `'` for every apostrophe). What each table is for:
 *
 * - `JUDGEMENT`: clearly negative about whatever the sentence is about ("clueless",
 *   "a waste of time", "nobody cares"); a complaint when it is aimed at the workplace.
 *   `JUDGEMENT_TOLD`: the same said as a story or a question ("does anyone in SLT
 *   actually teach any more?").
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

/** "They have no idea" is a complaint; "I have no idea how they do it" is not, nor "SLT had no idea we'd planned a surprise". */
const NOT_SAID_OF_ONESELF = '(?<!(?:^|[^a-z])(?:i|we|you) )';

const SUPPORT_VERBS =
  '(?:listen|listens|care|cares|support|supports|back|backs|value|values|appreciate|appreciates|thank|thanks|consult|consults|reply|replies|respond|responds|acknowledge|fix|fixes|rate|rates|trust|trusts|respect|respects|want to know|pull (?:their|his|her) weight|do (?:their|his|her) (?:share|job|bit))';

export const JUDGEMENT: Vocabulary = [
  // "…so interested in how things look on the website and so uninterested in how things feel in a classroom"
  "(?:uninterested|disinterested|not interested|not bothered|unbothered) (?:in|about) how (?:things|staff|we|people|teachers|it|everyone) (?:feel|feels|are (?:doing|coping|feeling))",
  "(?:more|only|so|far more) (?:interested|concerned|bothered|obsessed) (?:in|with|about) (?:how (?:things|it|we|the school|everything) (?:look|looks|appears?)|appearances|optics|the website|(?:our |the )?image|the brand) (?:than|and not)",
  // "Not because of the kids, never because of the kids."
  "(?:not|never) because of the (?:kids|children|pupils|students)[.,;]? (?:and )?(?:never|not|definitely not) because of the (?:kids|children|pupils|students)",
  // Not "has no idea how much we appreciate her": that is praise.
  `${NOT_SAID_OF_ONESELF}(?:have|has|had|have got|has got|got)(?: (?:absolutely|literally|genuinely|honestly|just|still|clearly))? (?:no|zero|not a|not the (?:slightest|faintest|first)) (?:idea|clue)(?! (?:how (?:much|grateful|lucky|thankful|proud|amazing|brilliant|good|great|special|loved|valued|appreciated)|just how (?:much|grateful|lucky|amazing)|(?:that )?(?:we|the staff|the children|the kids|everyone)(?:'d| had| were| was)? (?:planned|organised|arranged|been planning|got|bought|made|prepared)))`,
  "(?!(?:i|we|you)')[a-z]+'(?:ve|s|d)(?: got)?(?: (?:absolutely|literally|genuinely|clearly))? (?:no|zero|not a) (?:idea|clue)",
  "no idea what (?:they're|they are|he's|she's|he is|she is|they) (?:doing|do)",
  'clueless',
  "(?:won't|wont|will not|refuses? to|refused to|never|can't|cannot) (?:admit|accept|acknowledge|see) (?:it|that|they|there's|anything|the problem|they(?:'re| are| were) wrong|any fault|fault|their mistakes?)",
  "(?:couldn't|could not|can't|cannot|wouldn't) (?:even )?(?:tell you|name|find|pick out) (?:a single|one|any)",
  "only (?:ever )?(?:show (?:their|his|her) faces?|appear|appears|turn up|turns up|show up|shows up|come (?:out|down|round)|comes (?:out|down|round)|visible|seen|bothers?|care|cares|listen|listens|interested|speaks?|talks?|e-?mails?|calls?|rings?|contacts?|notices?|gets? in touch|comes? to (?:see )?(?:me|us)|visits?)(?: (?:to|with) (?:me|us|staff))? (?:when|if|once)",
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
  // "a f***ing joke": a masked swear word is an intensifier like "bloody".
  "an? (?:absolute |total |complete |utter |bloody |effing |flipping |sodding |bleeding |f[a-z*@#!.-]{1,5}(?:ing|in'?) )?(?:joke|farce|shambles|disgrace|embarrassment)",
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
  // "the colleague who can't be bothered with spreadsheets": said of someone else.
  "(?<=(?:who|he|she|they|he's|she's|they're|they) )(?:can't|cannot|couldn't|can not) be (?:bothered|arsed|asked)",
  "(?:couldn't|could not|cannot|can't) care less",
  "(?:nobody|no one|no-one|none of them|not one of them|not one person|not one|not a single person|not a single one of them)(?: (?:in|from|on|of) (?:charge|management|leadership|slt|smt|the office|authority|the trust|the top|senior leadership|the leadership team|the senior (?:leadership )?team|our (?:leadership team|slt|senior leaders|governors)|the governors)| at the top| upstairs| above (?:me|us))?(?: (?:even|actually|really|ever|seems to|seem to|bothers to|bothered to|has|had|could be bothered to))? (?:cares?|cared|listens?|listened|bothers?|bothered|noticed|asked|thanked|said thank you|came|come|turned up|showed up|visited|attended|replied|responded|gives? a (?:damn|toss|monkey's|stuff|hoot|fig))(?! (?:the )?(?:families|parents|community|public|local residents|residents)\\b)(?<!asked(?= (?:him|her|them) to\\b))",
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
  'without (?:even )?(?:asking|telling|warning|checking with)(?: (?:us|me|anyone|staff|first))?',
  'still fuming',
  '(?:left|leaves|leaving) (?:me|us) (?:to pick up the pieces|in the lurch|high and dry|to (?:cover|deal with|sort) it)',
  // Sarcastic praise: "Fantastic leadership, as ever."
  '(?:fantastic|brilliant|great|amazing|superb|stellar|inspired|fab|top|excellent|wonderful|outstanding) (?:rollout|roll-out|launch|implementation|leadership|management|planning|communication|organi[sz]ation|decision(?:-making)?|support|work|job),? (?:as (?:ever|always|usual)|once again|yet again|there|guys|team)',
  "another [a-z0-9' -]{1,20}?, another",
  '(?:yet )?another (?:pointless|useless|ridiculous|stupid|unnecessary|daft|mad|crazy|bonkers|last[- ]minute|late[- ]night)',
  '(?:cancell?ed|cancel(?:s|ling)?|cut|cuts|cutting|scrapped|scraps|axed|axes|slashed|binned|bins|bin|taken|took|takes|stole|stolen|removed|reduced|lost|losing|refused|refuses|turned down|blocked|denied)(?: away)? (?:our|my|all|the|staff|everyone\'s|all our|their|each other\'s|people\'s|staff\'s) (?:ppa|planning time|non-contact|free periods?|frees|breaks?|lunch(?: breaks?)?|pay|tlrs?|budgets?|hours|tas?|teaching assistants?|support staff|staffing|funding|training|cpd|leave|time off|day off|requests?|pay rise)',
  // Verdicts on how people lead or work, in other words than the ones above.
  "(?:bunch of |pack of |load of |set of |absolute |total |complete |utter )?(?:clowns|muppets|amateurs|cowboys|numpties|jokers)",
  'amateur hour',
  '(?:a |the )?(?:clown show|clown car|circus(?! (?:ring|school|skills|workshop|acts?|tent|performers?|visit|trip|day|theme))|madhouse|mad house)',
  '(?:lost|losing|lose) the plot',
  `${NOT_SAID_OF_ONESELF}(?:hasn't|haven't|hasnt|havent|has not|have not|doesn't|don't|does not|do not)(?: got)? (?:a|the (?:first|faintest|slightest)) (?:clue|idea)`,
  "(?:hasn't|haven't|doesn't|don't|does not|do not|has not|have not)(?: got)? (?:a )?(?:scooby|clue|the foggiest)",
  '(?:all|just|nothing but) (?:talk|buzzwords|slogans|spin|hot air|soundbites|mouth|show)(?: and no (?:action|substance|trousers|follow[- ]through))?',
  'no substance',
  'hot air',
  '(?:a |an |total |complete |absolute |massive |real |such a )?control freaks?',
  'in (?:a )?(?:fantasy ?land|cloud cuckoo land|la la land|dream ?land|another world|a parallel universe|an ivory tower|a bubble)',
  '(?:so |completely |totally |utterly |too )?(?:far )?removed from (?:the )?(?:classrooms?|reality|the real world|the chalk ?face|the kids|the front ?line)',
  'tone[- ]deaf',
  "(?:terrible|awful|dreadful|horrendous|horrible|abysmal|woeful|dire|rubbish|crap|crappy|stupid|daft|idiotic|ludicrous|nonsensical|bonkers|insane|crazy|short-sighted|ill-thought-out|ill thought out|half-baked|misguided|baffling|bizarre|barmy|hare-brained|harebrained|cack-handed) (?:decisions?|idea|ideas|plans?|polic(?:y|ies)|leadership|management|communication|planning|organi[sz]ation|move|call|system|rota|timetable|initiatives?|changes?|approach|choices?|rules?|scheduling|timing)",
  "(?:an? )?(?:absolute |total |complete |utter |unmitigated )?(?:disaster|catastrophe|fiasco|debacle|dog'?s dinner|pig'?s ear|omnishambles)",
  'disastrous',
  '(?:makes?|made|making) (?:absolutely |literally |zero |no )?(?:no )?sense(?: at all| whatsoever)?(?= *$| at all| whatsoever|[,;])',
  "(?:it(?:'s| is)|that(?:'s| is)|is) (?:a |an |an absolute |a total |a complete |an utter )?(?:scandal|disgrace|joke|insult|travesty|liberty|cheek)",
  'scandalous',
  'beggars belief',
  "(?:you )?(?:couldn't|couldnt|could not|can't|cant|cannot) make (?:it|this|that) up",
  'having a (?:laugh|giggle|bubble)',
  'taking the (?:mickey|mick|piss|p\\*+|biscuit)',
  "doing (?:my|our|everyone's) heads? in",
  'needs? (?:their|his|her) heads? (?:examining|examined|testing|tested|looking at|read|checked)',
  '(?:get|gets|got|getting) away with (?:it|murder|doing nothing|anything|blue murder)',
  `${NOT_SAID_OF_ONESELF}(?:does|do|did|doing) (?:absolutely |literally |precisely |sweet |next to )?(?:nothing|nowt|sod all|bugger all|zilch)(?! but)(?: (?:about|to (?:help|stop|fix|sort)|all day|but moan|except))?`,
  "never (?:answers?|answered|replies|replied|responds?|responded|reads?|returns?|returned) (?:an? |my |our |any |their |his |her )?(?:e-?mails?|calls?|messages?|texts?|anything|a thing)",
  '(?:spends?|spent|spending) (?:the |every |all )?(?:whole |entire |every |single )?(?:lesson|day|meeting|morning|afternoon|time|session)(?: [a-z]+){0,2} on (?:her|his|their) phones?',
  '(?:gossip|gossips|gossiping|bitch|bitches|bitching|slag|slags|slagging|bad-mouth(?:s|ing|ed)?) (?:about |off )?(?:everyone|everybody|people|us|colleagues|others|staff|other staff|each other|the rest of us)',
  "(?:so |really |incredibly |very |downright )?rude to (?:supply|staff|colleagues|us|me|everyone|the tas|tas|new staff|support staff|cover|teachers)",
  "(?:it(?:'s| is)|that(?:'s| is)) (?:honestly |genuinely |actually )?(?:painful|embarrassing|shameful|criminal|cringe(?:worthy)?|beyond a joke|unreal)",
  "(?:embarrassing|shameful|painful|cringe(?:worthy)?) to (?:watch|see|witness)",
  "(?:nobody|no one|no-one|none of them|not one of them)(?: (?:in charge|upstairs|at the top|on slt|in leadership))?(?: [a-z]+){0,2}? (?:seems?|seemed|is|are|was|were) (?:remotely |at all |the least bit |even )?(?:bothered|interested|accountable|listening|taking (?:it|this|us) seriously)",
  "(?:nobody|no one|no-one|none of them)(?: [a-z]+){0,3}? (?:can|could|will|would) (?:tell|explain|say)(?: to)? (?:me|us)? ?why",
  "(?:nobody|no one|no-one)(?: [a-z]+){0,2} (?:asked|consulted|told|warned|informed) (?:us|me|staff|the staff|teachers|anyone|any of us|a single [a-z]+(?: [a-z]+)?|any [a-z]+ (?:staff|person|people))",
  "(?:nobody|no one|no-one)(?:'s| has)(?: even| ever)? (?:said|asked|checked)(?: (?:sorry|thank you|thanks|how|if))?",
  '(?:without|with no|with zero|no) (?:any )?(?:explanation|rationale|discussion|input from (?:us|staff|anyone)|say in it)',
  'without (?:even )?(?:asking|telling|consulting|warning|checking with) (?:a single|any|one|the) (?:teacher|member of staff|colleague|person|staff|department)',
  "(?:has|have|had|'s|'ve) (?:clearly |obviously )?never (?:met|taught|seen|stood in front of|been near|spoken to) an? (?:teenager|child|kid|classroom|year \\d+|real (?:class|child|kid|teenager))",
  '(?:just )?(?:shrugs?|shrugged|shrugging)(?: (?:it|us|me|them))?(?: off)?(?= *$|[,;]| and| when| whenever)',
  "couldn't (?:care|give a)",
  "(?:don't|doesn't|didn't|won't) (?:give a|care a) (?:damn|toss|monkey'?s|stuff|hoot|fig|jot)",
  "(?:couldn't|could not|can't|cannot) (?:run|organi[sz]e|manage|lead|plan|make|arrange|book) (?:an?|the) [a-z -]{1,30}? (?:without|if (?:their|his|her|your) li(?:fe|ves))",
  'if (?:their|his|her|your) li(?:fe|ves) depended on it',
  '(?:latest|newest|another|new|next) (?:brainwave|bright idea|wheeze|gimmick|fad|vanity project|hobby horse|pet project)',
  "(?:never|hardly ever|rarely|barely|not once) (?:in school|in the building|around|seen|on site|in lessons|in a classroom|out of (?:his|her|their) office|on the corridors?|at the gate)",
  "(?:always|forever) (?:off|out|away) (?:at|on) (?:some|another|a|the)",
  "while (?:the rest of us|we|everyone else|us mugs|the rest of the (?:team|department|staff)) (?:[a-z]+ )?(?:do|does|mop|pick|sort|cover|graft|work|stay|carry|pick up|clear|deal|run|are left)",
  "(?:somehow|and|but|yet) (?:that's|thats|that is|it's|it is|it becomes|that becomes) (?:somehow )?(?:my|our) (?:problem|fault|job|responsibility)",
  "(?:we're|we are|i'm|i am) the ones? (?:who|that) (?:has|have|gets?|got) to",
  "more time (?:on|doing) (?:admin|paperwork|data|spreadsheets|e-?mails|meetings|forms|tracking)(?: [a-z]+){0,2} than (?:teaching|with the (?:kids|children|pupils|students)|in the classroom|planning)",
  "(?:is|are) (?:a |an |just a |all a )?(?:fiction|myth|fantasy|fairy ?tale|fairytale|lie|con|sham|pipe dream|work of fiction)",
  "(?:absolute|total|complete|utter|bloody) (?:joke|farce|shambles|disgrace|carnage|chaos)",
  "(?:then|and then|and|yet) (?:asks?|asked|asking|wonders?|wondered|wondering|acts? surprised|is surprised|are surprised) (?:why|that) (?:i|we|staff|everyone|people|nobody|no one|teachers)",
  "(?:great|good|brilliant|quick|fast|amazing) at(?: [a-z']+){1,4},? (?:less|not so|not as|but (?:not|less|rubbish|useless|terrible|hopeless)|rubbish|useless|terrible|hopeless|slow|shocking)",
  "u-?turns?",
  'flip-?flop(?:s|ping|ped)?',
  "treat(?:s|ed|ing)? (?:staff|us|teachers|people|everyone|the tas|tas|support staff|colleagues|new staff|me|the staff|the team|supply(?: teachers| staff)?|the office) (?:like|as if)",
  "(?:stopped|stop|given up|gave up) pretending",
  "pretend(?:s|ed|ing)? (?:to care|(?:they|he|she) cares?|to listen|to be interested)",
  "(?:couldn't|could not|can't|cannot|wouldn't) find [a-z' ]{1,30}? with a (?:map|torch|satnav|sat nav|compass|search party)",
  "(?:the head's|the boss's|slt's) (?:mates?|friends?|favourites?|pals?|golden (?:boy|girl|child)|inner circle)(?: again|, naturally|, obviously| naturally)?",
  // "her favourites do none", "jobs for their mates"; not a child's "two of her mates".
  "(?:his|her|their) (?:favourites?|golden (?:boy|girl|child)|inner circle)(?: again|, naturally|, obviously| naturally)?",
  '(?<=(?:to|for) )(?:his|her|their) (?:mates|pals|cronies)',
  "something (?:has|have|had|'s) (?:got )?to give",
  "(?:can|could|will|would) (?:someone|anyone|somebody) (?:please )?explain (?:to me )?(?:why|how|what)",
  "(?:scrapped|binned|axed|dropped|ditched|got rid of|replaced)(?: [a-z']+){1,5} (?:that|which) (?:actually |really |genuinely )?(?:worked|was working|helped|made a difference)",
  'buzzwords?',
  "(?:updating|polishing|sending out|dusting off) (?:their|my|our) (?:cvs?|linkedin)",
  'job[- ]hunting',
  '(?:looking for|applying for|applying to) (?:other|new) (?:jobs|schools|posts)',
  "while (?:the rest of us|everyone else|we all|us mere mortals|the rest of the (?:staff|team|department))",
  "(?:last|hasn't|haven't|has not|have not) (?:taught|been in a classroom|stood in front of a class|taught a lesson)(?: a lesson| full[- ]time)? (?:in|since) (?:\\d{4}|the \\d{2,4}s|[a-z]+ years|the last century)",
  "(?:then|and then|and|yet) (?:asks?|asked|asking|wonders?|wondered|wondering|acts? surprised|is surprised)(?: [a-z]+){1,4} why (?:i|we|staff|everyone|people|nobody|no one|teachers|they|it)",
  "(?:left|leaves|leaving) (?:me|us) (?:with|alone|on (?:my|our) own|to (?:cover|deal|sort|manage|handle|pick|do))",
  '(?:walks?|walked|walking) out (?:of|on) (?:our|the|my|a|every)',
  "(?:act|acts|acting|pretend|pretends|pretending) (?:like|as if) (?:it(?:'s| is)|everything(?:'s| is)|this is|that is|all is) (?:normal|fine|ok|okay|acceptable|sustainable|nothing)",
  '(?:good|great|brilliant|experienced|talented|the best) (?:people|staff|teachers|colleagues|tas) (?:leave|leaving|left|quit|quitting|walk|walking)',
  "without (?:a word|so much as a|any warning|a (?:thank you|thanks|heads[- ]up|by your leave|single word))",
  'nowhere to be (?:seen|found)',
  "(?:i'm|i am|we're|we are) (?:always )?the (?:one|ones) (?:getting|who gets?|doing|who does|left|taking|picking|covering|who has to|who have to)",
  "(?:has|have|had) no business (?:running|being|teaching|leading|managing|in charge)",
  "guess who (?:picks? up|covers?|ends? up|gets?|has to|does|is left|sorts? it|mops? up|deals? with)",
  '(?:pick|picks|picking|picked) up the pieces',
  "more (?:worried|bothered|concerned|interested|focused|obsessed) (?:about|with|in|on) [^.!?\\n]{1,50}? than (?:the (?:kids|children|pupils|students|staff)|staff|us|teaching|learning|pupils|students|kids|children|people)",
  "(?:families|teams|real leaders|good leaders|decent employers) (?:don't|do not|wouldn't|would not) (?:make|treat|ask|expect|leave)",
];

/**
 * Judgements told as a little story or a question rather than said with a judgement
 * word ("Does anyone in the leadership team actually teach any more?", "introduced…
 * and scrapped it by Thursday"). Read like `JUDGEMENT`; a table of its own because V8
 * stops optimising a pattern whose source passes 20 KB (see `patterns.ts`).
 */
export const JUDGEMENT_TOLD: Vocabulary = [
  // "Staff weren't consulted and families found out from a letter"
  "(?:staff|we|teachers|the staff|tas|none of us|nobody on the staff)(?: were| was)? (?:weren't|were not|wasn't|was not|never|not) (?:even )?(?:consulted|asked|told|warned|informed)",
  // "We're not machines."
  "(?:we're|we are|staff are|teachers are|tas are|i'm|i am) not (?:machines|robots|slaves|superheroes|octopuses|magicians)(?= *[.!]| *$)",
  // "Answer: we managed fine in my day."
  "(?:we|i) (?:managed|coped|survived|did it) (?:fine|ok|okay|alright|perfectly well)? ?in my day",
  // "…SLT sending a whole-staff email about the field before anyone had even said thank you"
  "before (?:anyone|anybody|someone|they|slt|leadership|management|the head)(?: had| has)?(?: even| once)? (?:said|says|say) (?:thank you|thanks|well done)",
  // "our SLT in a nutshell: five people round a table inventing a new form for us to fill in"
  "(?:invent|inventing|invents|dream up|dreaming up|dreams up|come up with|coming up with|comes up with|creating|create) (?:a |another |yet another )?new (?:form|spreadsheet|tracker|initiative|policy|system|template|proforma|audit)s? for (?:us|staff|teachers|everyone) to",
  // "Not safe, not fair."
  "not safe,? (?:and )?not fair|neither safe nor fair|not fair,? (?:and )?not safe",
  // "Mr Ward is a d!ckhead": a masked insult said of someone
  "(?:is|are|'s|'re) (?:a |an )?(?:right |total |complete |absolute |proper |such an? )?(?:d[i!1*]ck|pr[i!1*]ck|tw[a@*]t|kn[o0*]b|w[a@*]nk|b[e3*]ll)[a-z*!@1]{1,6}",
  // "Whoever in senior leadership dreamt this up is a … genius"
  "whoever (?:[a-z]+ ){0,4}?(?:dreamt|dreamed|thought|came up with|invented|decided on|signed off|designed)(?: [a-z]+){0,2}? (?:this|that|it)(?: one)?(?: up)? (?:is|wants|needs|should|deserves|has|must)",
  // "Would've been nice if someone from SLT had popped their head in once in three hours"
  "(?:would(?:'ve| have) been|it'd have been|it would have been|would be|it'd be|it would be) nice if (?:someone|anyone|somebody|one person|a single (?:person|member of (?:slt|staff|leadership))|slt|smt|leadership|management|the head|they|the trust|governors)(?: [a-z]+){0,3}? (?:had |could have |could've |would |could |ever )?(?:popped|come|came|shown|turned|said|thanked|asked|looked|stuck|put|bothered|listened|replied)",
  // "…asked if SLT will be helping invigilate. Silence. Not even a thumbs up."
  "not (?:even )?(?:a|one|a single) (?:thumbs[- ]up|reply|response|acknowledgement|acknowledgment|emoji|like|word back)(?= *[.!]| *$)",
  // "the leadership team laugh at your emails"
  "(?:slt|smt|leadership(?: team)?|management|the head|the trust|governors|senior leaders|they) (?:laugh at|ignore|ignores|bin|bins|delete|deletes|sit on|sits on) (?:your|our|my|staff|teachers'|people's) (?:emails|ideas|suggestions|concerns|requests|questions|messages)",
  // "the office never tells me anything"
  "(?:the office|slt|smt|leadership|management|the head|the trust|nobody|no one|no-one) (?:never|don't|doesn't|won't|wouldn't) (?:tells?|informs?|updates?|lets? (?:me|us) know) (?:me|us|staff|anyone|the staff)? ?(?:anything|owt|nowt|nothing|until|till)",
  // Northumbrian and Scots negation: "Our SLT divvent listen, divvent care"
  "(?:slt|smt|leadership|management|they|the head|the trust|governors)(?: [a-z]+)? (?:divvent|divn't|dinnae|dinna|dunnot|dunna|doesnae|disnae) (?:listen|care|come|bother|know|ask|answer)",
  // "Our deputy head is a right arl arse about the uniform policy."
  "(?:is|are|'s|'re) (?:a |an )?(?:right |total |complete |absolute |proper |such an? )?(?:arl |old |pain in the )arse\\b",
  // "…nobody is reading a fourteen-page marking policy, least of all the people who wrote it"
  "least of all (?:the people|those|whoever|the person|the ones|the man|the woman|the team) (?:who|that) (?:wrote|made|designed|came up with|invented|signed off|dreamt up|dreamed up) (?:it|them|this|that)",
  // "Ms Begum's quick chats after school are never quick and never a chat."
  "quick (?:chats?|words?|catch-?ups?|meetings?|favours?)(?: [a-z'-]+){0,3} (?:are|is|was|were) (?:never|not|rarely) (?:quick|short|a chat|five minutes)",
  // "Communication at Leabank is something else."
  "(?:the )?(?:communication|comms|organisation|organization) (?:at|in|from|round|around|here|from (?:the )?(?:top|slt|leadership|management))(?: [a-z'-]+){0,3}? (?:is|are|has been|was) (?:something else|non-?existent|a joke|shocking|dire|appalling|woeful|a shambles|laughable|tragic)",
  // "…to remind us to prioritise our wellbeing is peak irony"
  "(?:peak|the height of|textbook|pure) (?:irony|hypocrisy)",
  // "applied elsewhere after the way SLT handled the restructure"
  "(?:applied elsewhere|applying elsewhere|left|leaving|handed in (?:their|our|my) notice|resigned|quit|looking elsewhere)(?: [a-z]+){0,4}? (?:after|because of) (?:the way|how) (?:[a-z]+ ){0,2}?(?:handled|dealt with|managed|treated|ran|run)",
  // "Leadership brought this on themselves."
  "brought (?:this|it|that|all this) on (?:themselves|himself|herself)",
  // "every pupil who's off on a Friday is now my personal failing, according to this week's meeting"
  "(?:is|are) (?:now )?my (?:personal )?(?:failing|fault|failure)s?,? (?:according to|apparently|if you ask)",
  // "a thank you now and again costs nothing"
  "(?:a )?(?:thank you|thanks|please and thank you|bit of praise|bit of recognition|well done)(?: (?:now and (?:again|then)|once in a while|every now and then|occasionally))? (?:costs|would cost) (?:nothing|nowt|nothing at all)",
  // "apparently nobody thinks that's urgent"
  "(?:nobody|no one|no-one) (?:thinks|seems to think|considers) (?:that's|that is|it's|it is|this is|this) (?:urgent|a priority|important|a problem)",
  // "the trust scrapped the leavers' budget", "cut the music budget"
  "(?:cut|cuts|cutting|scrapped|scraps|scrap|axed|axe|slashed|binned|took away|taken away|removed|reduced|froze|frozen) (?:the|our|my|their|all the|its) (?:[a-z0-9'-]+ ){1,3}(?:budgets?|funding|fund|allowance|provision)",
  // "the leaders who decided to scrap PPA for our early career teachers"
  "(?:decided|decides|deciding|decision|chose|chosen|voted|plans?|planning|want|wants|wanted) to (?:scrap|cut|axe|cancel|take away|remove|reduce|slash) (?:our |my |the |all |staff's |everyone's |their )?(?:ppa|planning time|non-contact(?: time)?|free periods?|lunch ?breaks?|protected time|wellbeing days?|tlrs?|support staff|tas|teaching assistants)",
  // "Another Sunday lost to data drops."
  "(?:another(?: whole| entire)?|a whole|my whole|the whole|my entire|an entire|half (?:my|the|a)|most of (?:my|the)) (?:sunday|saturday|weekend|evening|night|half[- ]term|holiday|bank holiday|christmas|easter) (?:lost|wasted|swallowed|eaten(?: up)?|gone|sacrificed|given up) (?:to|on|by) (?:data|marking|reports?|planning|admin|e-?mails?|paperwork|spreadsheets?|tracking|moderation|mocks?|deadlines?|the (?:new|latest))",
  // "our SLT just nod along", "governors rubber-stamp whatever the trust wants"
  "(?:just |simply |all |happily )?(?:nod(?:s|ded|ding)? (?:along|it through|things through|everything through)|rubber[- ]stamp(?:s|ed|ing)?|yes[- ](?:men|man|women))",
  // "a load of old squit", "a pile of old cobblers": nonsense, in the words people use for it.
  "(?:a |an )?(?:load|lot|pile|heap|bag) of (?:old |utter |absolute |complete )?(?:squit|rubbish|nonsense|cobblers|tosh|codswallop|twaddle|tripe|bull|baloney|garbage|crap|bollocks|pants|hot air|waffle|drivel|rammel|squit|guff)",
  // A sentence that is only a verdict, after the sentence it judges: "…won't fund a separate room. Shameful."
  "^(?:(?:absolutely|utterly|just|frankly|truly|honestly|simply|an?|bloody|total|absolute|complete|utter|effing|f[a-z*@#!.-]{1,5}(?:ing|in'?)) )*(?:shameful|disgraceful|pathetic|appalling|outrageous|scandalous|unforgivable|unacceptable|disgrace|scandal|joke|farce|shambles|shocking|embarrassing|criminal)$",
  // "a head who couldn't tell you half our names"
  "(?:couldn't|could not|can't|cannot|wouldn't|doesn't|does not|don't) (?:even )?(?:tell you|name|know|remember) (?:half|any|most|one|a single one) (?:of )?(?:our|the|their|his|her|my) (?:names|staff|kids|children|pupils|team)",
  // "made everyone's life a misery"
  "(?:made|makes|making) (?:everyone's|everybody's|our|my|staff's|people's|the team's) (?:li(?:fe|ves)|working li(?:fe|ves)|jobs?) (?:a )?(?:misery|hell|a nightmare|unbearable|impossible)",
  // "The interviews next week are just for show."
  "(?:interviews?|consultation|process|meeting|vote|shortlisting|appointment)(?: [a-z]+){0,3}? (?:is|are|was|were|'s) (?:just |only |all |merely |purely )?(?:for show|a formality|a sham|a farce|a stitch-?up|a done deal|a tick-?box(?: exercise)?|a charade)",
  // "I'd be more worried if Mrs Aspinall ever answered an email inside a month"
  "(?:if|the day) (?:[a-z'-]+ ){1,3}(?:ever|actually|finally) (?:answered|answers|replied|replies|listened|listens|responded|responds|turned up|turns up|said thank you|thanked|read (?:an|my|our|the) e-?mails?)",

  'not because of the (?:children|kids|pupils|students)[.,;]? (?:it\'s |it is )?because of',
  '(?:being |was |were |got |get |gets )?told (?:me |us )?to smile (?:more|through it)',
  // "Secondary leadership is something else." "Same promise every July."
  "(?:leadership|management|slt|smt|the trust|this trust|the leadership team|our leadership|senior leadership|secondary leadership|primary leadership)(?: here| round here| at (?:my|our|this) (?:school|place))? (?:is|are|really is|really are) (?:something else|a law unto (?:itself|themselves)|beyond parody|beyond a joke)",
  'same (?:promise|excuse|story|answer|line) every (?:year|term|time|july|september|half[- ]term|month)',
  // Addressed to whoever made the decision: "Dear whoever decided…"
  '(?:dear|to) whoever (?:decided|thought|planned|came up with|signed off|approved|scheduled|designed|chose)',
  // "Starting to see why people keep leaving."
  "(?:see|seeing|know|understand|understanding|wonder|guess) why (?:people|staff|teachers|everyone|colleagues|so many(?: people| staff| teachers)?|nobody|no one|no-one) (?:keep |keeps |are |is |have |has |kept )?(?:leav(?:e|es|ing)|left|quit(?:s|ting)?|stay(?:s|ing)?|go(?:es|ing)?)",
  // Round 6: said flatly, in lists and understatement.
  "(?:found out|knew|heard|told) (?:about it )?before (?:i|we|us|me) did",
  "^who (?:decided|thought|signed (?:these|this|that|it) off|agreed|planned|chose) (?:that |to |on |it |the |our |moderation|reports|parents)",
  "still no (?:answer|reply|response|update|fix|date) (?:about|on|from|regarding|for)",
  "(?:couldn't|could not|can't|cannot) tell you what happens to (?:the|our|my|all)|(?:goes|go|disappears?) into a (?:black hole|void)",
  "(?:we|they)(?:'re| are)? (?:stop|stopping|scrapping|dropping|binning|ditching) using (?:it )?in (?:july|june|august|september|a month|the summer|a few weeks)",
  "with (?:only |just )?(?:one|two|three|four|five|a|\\d+) (?:days?|hours?|weeks?)'?s? notice",
  "(?:two|three|four|five|\\d+|a couple of|a few) (?:years|months|terms) ago,? and (?:i'm|we're|i am|we are|it's|it is) still",
  "(?:three|four|five|six|seven|\\d+) (?:restructures|reorganisations|line managers|heads of (?:department|year|phase)|planning formats|marking policies|behaviour policies|new systems)(?: in| since|,|\\.| and)",
  "something for (?:leaders|slt|leadership|the trust|heads|senior leaders|management) to (?:reflect on|think about|consider|ponder)",
  'walking on eggshells (?:around|with) (?:him|her|them|the head|slt|my line manager|the boss|management)|tiptoe(?:ing)? (?:around|again)|walks? (?:straight )?past (?:me|us|without)',
  // Round 5: support staff and teachers in a hurry.
  "(?:would(?:'ve| have) been|it'd be|it would be|would be) nice to (?:be asked|be told|be consulted|be thanked|get a thank you|get a reply|know|hear|have been asked|have been told)",
  "no (?:feedback|thanks|thank you|mentor meetings?|support|training|apology|sorry|cover|reply|response|help|backing)(?: [a-z]+){0,2} (?:since|for (?:weeks|months|a term)|in (?:weeks|months))",
  "(?:never|don't|doesn't|do not|does not|never ever) (?:get|gets|got|receive|receives) (?:a |any |our |their )?(?:ppa|lunch ?break|break|thank you|thanks|training|cpd|recognition|pay rise|overtime|say|feedback)",
  "(?:with|in|on) what (?:hours|time|money|staff|budget|support|resources)",
  "can (?:go and |just )?(?:f[a-z*@#!-]{0,4}k (?:themselves|off|right off)|get stuffed|do one|jog on|sod off|go jump|swivel|whistle)",
  "(?:when|if) [a-z' ]{1,40} says? [^.!?\\n]{1,60}?, (?:she|he|they|it) means",
  "(?:pulled|taken) aside (?:because|for|about|over) (?:my|our|a|the)|called in (?:because|for|about|over) my",
  "until (?:leadership|slt|management|the trust|the head|they|leaders|senior leaders) (?:is|are) (?:willing|prepared|ready) to (?:look|listen|admit|change|accept|ask)",
  "(?:decision|call|choice|plan)(?: [a-z0-9']+){0,10} (?:was|is) (?:wrong|a mistake|misguided|short-sighted|unfair)",
  "(?:found|find|finding) out (?:about (?:[a-z' -]{1,40}? )?)?(?:from|via|through|on) (?:a |the |my |our )?(?:parents?'? newsletter|trust newsletter|parents? at the gate|parent|parents|students|pupils|kids|children|newsletter|local paper|facebook|twitter|news|press|grapevine)",
  "(?:reaches|reach|told to|get to) (?:the )?staff last|staff are (?:always )?the last to (?:know|hear)",
  "(?:no|zero|without any) (?:time|capacity|ppa|pay|money) (?:given back|freed up|taken off)|nothing (?:taken|removed) (?:off|from) (?:our|my|the) (?:plates?|to-?do lists?)",
  "(?:budget|funding|supplies|staffing|hours)(?: [a-z]+){0,2} (?:was|were|has been|have been|got) (?:cut|slashed|frozen|axed|halved)",
  // Protected time taken: "our head cancelled PPA again so she could have a data meeting".
  "(?:cancell?ed|cancels|scrapped|took|taken|takes|moved|stole|nicked|lost|losing|lose|axed) (?:our |my |the |all |everyone's )?(?:ppa|planning time|non-contact(?: time)?|free periods?|lunch ?breaks?|breaks|protected time|wellbeing days?)",
  // A family until you need something: "…until we ask for something".
  "until (?:we|you|i|staff|anyone|someone) (?:ask|asks|asked|need|needs|needed|want|wants) (?:for )?(?:something|anything|help|time off|a day off|a pay rise|support|money|flexibility|a favour)",
  // Consulted after the fact: "…telling you what they've already decided".
  "(?:what|which|something) (?:they|slt|leadership|management|the trust|the head|he|she)(?:'ve| have| had|'d)? already (?:decided|agreed|chosen|signed off|made up their minds)",
  "(?:can|could|should|may as well) (?:stick|shove) (?:it|that|this|their|his|her|your)|where the sun (?:don't|doesn't|does not) shine",
  "(?:being|is|was|are|were) (?:a |an )?(?:total|complete|absolute|utter|massive|right) (?:a-?hole|arse-?hole|ass-?hole|[a-z]+\\*+[a-z]*|[a-z]-[a-z]{2,}|[a-z]+[0-9@$!][a-z0-9@$!]*)",
  "(?:nobody|no one|no-one|none of them)(?: [a-z]+){0,3} (?:has|have|has got|have got) (?:a|any|the faintest|the slightest) (?:clue|idea)",
  "before (?:anyone|anybody|they|leadership|slt|management|my line manager) (?:thought|bothered|remembered) to (?:tell|ask|inform|warn) (?:me|us)",
  "(?:i think|i believe|i feel|frankly|honestly),? (?:it's|it is|that's|that is|this is|it was|that was) (?:just )?(?:wrong|unfair|not right|a mistake|disgraceful|shameful|a disgrace)",
  // "…they can't then wring their hands about falling numbers."
  "(?:can't|cannot|shouldn't|don't get to|can hardly) (?:then |now )?(?:complain|moan|wring (?:their|his|her) hands|blame (?:us|staff|teachers)|act surprised|be surprised|wonder why)",
  // "Leadership too busy polishing the website to notice…"
  "too busy (?:[a-z'-]+ ){1,5}?to (?:notice|care|listen|see|ask|help|answer|reply|look)",
  // "…have you ever taught?"
  "(?:have|has) (?:you|they|she|he|anyone(?: in (?:slt|charge|leadership))?|any of them) (?:ever|actually|even) (?:actually |ever )?(?:taught|been in a classroom|set foot in a classroom|stepped (?:foot )?in a classroom|marked (?:a|one) book|met (?:a|our) (?:child|pupil))",
  // "…wants their head looking at", "is getting silly".
  '(?:wants?|needs?) (?:their|his|her|its) heads? (?:looking at|testing|examin(?:ed|ing)|checking|checked|seeing to)',
  '(?:getting|got|gone|is) (?:a bit |beyond )?(?:silly|ridiculous|beyond a joke|out of hand|absurd|daft|farcical)',
  // A verdict in masked swearing: "Absolute c-l-u-s-t-e-r-f-u-c-k.", "total b.o.l.l.o.c.k.s".
  '(?:absolute|total|utter|complete|proper|pure) [a-z]+(?:\\*+[a-z]*|(?:[-.][a-z]){3,})',
  // Broken for weeks: "Heating's been off in the Year 2 block since October."
  "(?:heating|boiler|radiators?|hot water|lights?|toilets?|roof|windows?|photocopiers?|lift)(?:'s| has| have| is| are)? (?:been )?(?:off|broken|leaking|out|not working|bust|dead|down)(?: again)?(?: in (?:the |our |my )?[a-z0-9 ]{1,30}?)? (?:(?:two|three|four|five|six|\\d+) (?:weeks|months)|since|for (?:weeks|months|a month|\\d+ (?:weeks|months)|half a term|a term|ages))",
  // The reason for leaving: "Not because of the kids, because of the management."
  "(?:not|isn't|wasn't|it's not|it isn't|never) (?:because of |the |about )?(?:the )?(?:kids|children|pupils|students|teaching|the job|workload)[,;]? (?:it's |but |just |it was |all )?(?:because of |about |the )?(?:the )?(?:management|leadership|slt|smt|senior leaders?|senior leadership|the head|my head|our head|the trust|my line manager|my boss|bosses)",
  // Leaders who don't keep their own rules: "SLT never follow it."
  "(?:never|don't|do not|doesn't|does not|won't|will not|refuse to) (?:follow|stick to|back up|enforce|apply|model|uphold) (?:it|them|the (?:policy|rules|behaviour policy|system)|their own (?:policy|policies|rules|advice|guidance))",
  // The only word from above: "the only feedback from upstairs was that my displays need refreshing".
  "the only (?:feedback|comment|comments|response|reply|acknowledgement|recognition|thanks|thing (?:they|slt|leadership|management|the head|he|she|anyone|my line manager)(?: ever)? (?:said|noticed|mentioned|asked about|picked up on|commented on))(?: [a-z']+){0,4}? (?:was|were|is|has been)",
  // A U-turn: "introduced a new behaviour system on Monday and scrapped it by Thursday".
  "(?:introduced|launched|brought in|announced|rolled out|started)(?: [a-z0-9'-]+){1,6}? (?:and|then|only to have) (?:then )?(?:scrapped|dropped|binned|abandoned|reversed|ditched|changed|cancelled) (?:it|them)",
  // "…so SLT could read out slides they'd already emailed us."
  "(?:read out|read|went through|go through|going through|repeat|repeated|talk(?:ed)? us through)(?: [a-z']+){0,3}? (?:slides|emails?|things|everything|what|the same|stuff|notes)(?: [a-z']+){0,2}? (?:they'd|they had|he'd|she'd|he had|she had|we'd|we had) already (?:emailed|sent|told|shared|read|had|seen)",
  // Take away, then blame: "cut the photocopying budget and then complained our lessons weren't engaging".
  "(?:cut|cuts|took away|takes away|removed|scrapped|slashed)(?: [a-z'-]+){1,4}? (?:and|then|but) (?:then )?(?:complained|complain|moaned|moan|wondered|wonder|criticised|criticise|told us off|blamed|blame|expected|expect|asked why|ask why)",
  // "Every time someone raises workload in the staff survey, leadership add another initiative."
  "every time (?:someone|anyone|somebody|we|staff|i|colleagues|people) (?:raises?|raised|mentions?|mentioned|complains?|complained|brings? up|brought up|flags?|flagged|asks? about|asked about)(?: [a-z'-]+){0,6}?,? (?:they|slt|smt|leadership|management|the head|the trust|our head|senior leaders|we get|we're given)",
  // Rhetorical questions about leaders: "Does anyone in the leadership team actually teach any more?"
  "(?:does|do|did) (?:anyone|anybody|any of them|they|he|she)(?: [a-z']+){0,5}? (?:actually|even|ever|still) (?:teach|teaches|taught|care|cares|listen|listens|read|reads|understand|understands|remember what)",
  // Out of touch: "written by someone who hasn't marked a book since 2009".
  "(?:written|designed|made|dreamt up|dreamed up|planned|thought up|drawn up|invented) by (?:someone|somebody|people|a person|a man|a woman|whoever|a committee) (?:who|that) (?:has never|hasn't|has not|have never|haven't|have not|never|clearly hasn't|clearly has never|obviously hasn't)(?: [a-z]+)? (?:taught|teach|marked|mark|been in|set foot|stepped|worked|met|seen|planned|stood)",
  // Belittled: "thinks a pizza in the staffroom makes up for a 60 hour week".
  "(?:thinks?|think|thought|reckons?|reckoned|believes?|believed) (?:a |an |some |the |free |one )?(?:[a-z0-9'-]+ ){0,5}?(?:makes? up for|made up for|compensates? for|will (?:fix|solve|sort out|make up for)|(?:fixes|fixed|solves|solved) (?:it|everything|morale|wellbeing|retention|workload|burnout))",
  // What leaders could have done: "Maybe if leadership read the last three we wouldn't need a fourth."
  "(?:maybe|perhaps) if (?:they|he|she|slt|smt|leadership|management|the trust|the head|someone|anyone|somebody|whoever)(?: [a-z']+){0,2}? (?:actually |bothered to |ever |had |did )?(?:read|listened|asked|looked|acted|visited|came|bothered|taught|spoke)",
  // Sarcasm about being judged from afar: "…but they know exactly what I'm doing wrong."
  "but (?:they|he|she|slt|smt|leadership|management|the trust|the head)(?: all| still)? (?:knows?|knew) (?:exactly|all about|precisely|full well|best) (?:what|how|where|why)",
  // Decided for staff: "Management have decided we don't need a PPA room any more."
  "(?:decided|decides|deciding|announced|announces) (?:that )?(?:we|staff|teachers|i|tas|support staff|the team|everyone) (?:don't|do not|no longer|won't|will not|can't|cannot|shouldn't) (?:need|deserve|get|have|be allowed|be getting)",
  // Told by outsiders first: "Found out about the restructure from the local paper before anyone at work told us."
  "(?:found out|find out|heard|hear|learned|learnt|read)(?: about)?(?: [a-z0-9'-]+){0,4}? (?:from|on|in|via|through) (?:the |a )?(?:local )?(?:paper|papers|newspaper|news|press|facebook|twitter|parents?|pupils|kids|children|social media|radio|grapevine|rumour mill)(?: [a-z']+){0,3}? (?:before|rather than|instead of) (?:anyone|anybody|we|they|management|slt|leadership|the school|school|work|our head|the head|the trust)",
  // "Whoever signs that off wants their head read."
  "wants? (?:their|his|her) heads? (?:read|examined|testing|looking at|checking)",
  // "…new initiative in September, dropped by February, blamed on us by June."
  "(?:blamed|blames|blaming|pinned|pins) on (?:us|staff|the staff|teachers|the teachers|the tas|me|the team|classroom staff)",
  // "Whoever decided… clearly won't be sat in that hall till 8."
  "(?:clearly|obviously|certainly|definitely|funny how (?:they|he|she)) (?:won't|will not|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|never|won't ever) (?:be |have to |going to be |ever )?(?:sat|sitting|stood|standing|there|doing (?:it|them|this)|teaching|covering|marking|on duty|in the hall)",
  // "The trust went with the cheapest IT contract it could find"
  "(?:went|gone|go|goes|going) (?:with|for) the cheapest",
  // "SLT wouldn't even put it in the newsletter"
  "(?:slt|leadership|management|the head|the trust|they) (?:wouldn't|would not|won't|will not|refused to|refuse to|couldn't be bothered to) (?:even )?(?:put|mention|share|celebrate|include|post|announce|recognise|acknowledge) (?:it|her|him|them|that|this)",
  // "Everyone except Mr Coombe, obviously."
  "(?:everyone|everybody|all of us|the rest of us|whole staff) (?:except|apart from|but) (?:mr|mrs|miss|ms|mx|dr|the head|slt|leadership|management|him|her|them)(?: [a-z'-]+)?,? (?:obviously|of course|naturally|funnily enough)",
  // Name-calling of whoever decided: "whoever at the trust signed this off is a proper pillock".
  "(?:is|are|'s|'re) (?:a |an )?(?:proper |right |total |complete |absolute |utter |prize |first-class |massive )?(?:pillock|prat|plonker|wazzock|twazzock|numpty|muppet|clown|idiot|moron|halfwit|dimwit|nitwit|donkey|jobsworth)s?(?![a-z])",
  // "…moved the phase meeting to 4.45 then didn't turn up to it."
  "(?:then|and then|and|but) (?:didn't|did not|never|couldn't be bothered to|can't be bothered to) (?:even )?(?:turn up|show up|show|bother (?:turning|showing) up|appear)(?: to it| to (?:her|his|their) own| herself| himself| themselves)?(?![a-z])",
  // "Dr Page runs the sixth form like a private fiefdom."
  "runs? (?:the|this|our|her|his|their) (?:[a-z]+ ){0,2}?(?:like|as) (?:a |an |her |his |their )?(?:private |personal |little )?(?:fiefdom|dictatorship|kingdom|empire|police state|prison|boot camp|military camp|cult)",
  // "…after two years of the trust board dragging its feet over the contract"
  "(?:dragging|dragged|drags|drag) (?:its|their|his|her) (?:heels|feet)",
  // "…leadership haven't listened to a word any of us have said"
  "(?:haven't|hasn't|have not|has not|never|not once) (?:once |ever |actually )?(?:listened|heard|taken on board|acted on) (?:to )?(?:a (?:single )?word|anything|one thing|any of (?:it|that|us))",
];

/** How staff are made to feel or treated: aimed at leaders, at work, or at the school as an employer. */
export const FEELING: Vocabulary = [
  // "starting to feel like an exhibit at the zoo"
  'feel(?:s|ing)? like (?:an? )?(?:exhibit|animal in a zoo|zoo animal|goldfish in a bowl|lab rat|performing seal|specimen)',
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
  "(?<!(?:i'm|i am|im|i've been|we're|we are|we've been) )running on (?:empty|fumes)",
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
  'buried (?:under|in|alive)',
  'snowed under',
  'swamped',
  'inundated',
  'stretched (?:to breaking point|too thin|thin)',
];

/** Idioms and metaphors of decline: "gone off a cliff", "a sinking ship", "sucked the joy out of". */
export const DECLINE: Vocabulary = [
  '(?:gone|going|went|goes|fallen|falling|fell|dropped|dropping) off a cliff',
  'downhill',
  '(?:nosedive|nose-dive|freefall|free-fall|downward spiral|death spiral|tailspin)',
  '(?:steady|sharp|rapid|slow|long|managed|terminal) decline',
  "(?:run|runs|ran|running|driven|drove|drive|drives|driving) (?:[a-z'-]+ ){0,3}?into the ground",
  '(?:gone|going|went|goes)(?: right)? (?:down the (?:pan|drain|toilet|tubes|plughole|swanee)|to the dogs|to pot|to hell|to rack and ruin|to the wall|pear[- ]shaped)',
  'sinking ship',
  '(?:ship|boat) (?:is |was )?(?:sinking|going down|taking on water)',
  'haemorrhag\\w*',
  '(?:on|in) (?:life support|intensive care)',
  'on (?:its|their|our) death ?bed',
  'in (?:the gutter|the toilet|the doldrums|tatters|pieces|freefall|meltdown|crisis)',
  'never been (?:lower|worse|so low|this low|so bad|this bad|wider|bigger|greater)',
  "the gap between what (?:leadership|they|slt|management|the trust|the head|leaders) (?:says?|said|promises?|promised|claims?)",
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
  'circling the (?:drain|plug ?hole|pan|toilet|u-?bend)',
  // Kept going on goodwill and sticky tape: "morale is held up with blu-tack".
  '(?:held|holding|hold|kept|keeping|stuck) (?:up|together) (?:with|by|on) (?:sellotape|selotape|blu-?tack|string|gaffer(?: tape)?|duct tape|cable ties|sticky tape|glue|prayers?|hope|goodwill|good will|elastic bands?|paper ?clips?|staples|spit|fumes)',
  "last one out,? (?:turn|switch|turns|switches)(?: off)? the lights(?: off)?",
  'used to be the (?:school|place|trust|academy|department|one) (?:everyone|every (?:parent|family|teacher)|people|parents|families|staff|teachers) (?:wanted|fought|queued|begged|was desperate|were desperate|would kill)',
  // The building itself: "which bit of the building falls on us first".
  '(?:which|what) (?:bit|part) of the (?:building|roof|ceiling|school|block) (?:falls|collapses|caves in|gives way)',
  '(?:ceiling|roof)(?: tiles?)? (?:fell|falling|falls|collapsed|collapsing|caved|caving|gave way|came down|coming down)',
  // Policies launched and dropped: "each one quietly binned by February".
  'hollow(?:ed|ing|s)? (?:it |us |them |the school |the place |our school |schools )?out',
  'none of the (?:other|last|previous|old)(?: [a-z0-9]+){0,2} (?:are|were|have been|has been|got) (?:finished|done|embedded|completed|reviewed|working|followed through)',
  'papering over (?:the )?cracks',
  // A skeleton crew for weeks, not for a snow day.
  '(?:running|run|ran|runs) (?:the |a |our |my )?(?:[a-z]+ ){0,2}on a skeleton (?:crew|staff|team)',
  'skeleton (?:crew|staff|team)(?: in [a-z]+)? (?:again|since|for (?:weeks|months|a term|the whole term|the year|ages))',
  "(?<!(?:i'm|i am|im|i've been|we're|we are|we've been) )running on (?:fumes|empty|goodwill|good will)",

  'quietly (?:binned|dropped|scrapped|shelved|abandoned|ditched|forgotten|buried)',
  '(?:three|four|five|six|seven|eight|nine|ten|\\d+) (?:versions|rewrites|iterations|u-?turns|relaunches|new versions) of (?:the|our|a|my) [a-z -]{1,40}?(?: since| this| in (?:a|one|two|three) )',
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
  '(?:hit|hits|hitting|at|on|reached|reach|reaches|reaching|sunk to|sinking to|sank to) (?:the floor|rock bottom|an? (?:all[- ]time|record|new) low|the bottom|the basement|the gutter|the pits)',
  '(?:dropping|falling|going|leaving) like flies',
  '(?:heading|headed|running|rushing|making|looking) for the (?:exits?|door|doors|hills|lifeboats)',
  '(?:leaving|quitting|walking out|going) in droves',
  '(?:run|runs|running|ran|gone|going|went|dried|drying) (?:completely |totally |bone )?dry',
  '(?:is|are|was|were|now|completely|totally) in the (?:bin|bin now|sewer|basement)',
  "(?:joy|life|fun|soul|energy|love|passion|enthusiasm|goodwill|heart)(?: [a-z]+){0,2} (?:has been|have been|was|were|been|is being|being|got) (?:sucked|drained|squeezed|knocked|beaten|ripped|kicked|taken|stripped)(?: right)? out",
  "used to (?:be|love|feel|enjoy|look forward)[^.!?\\n]{1,60}?(?:not|no) (?:any ?more|anymore|any longer|longer)",
  '(?:staff ?room|atmosphere|mood|vibe|morale|place) (?:is|was|has been|feels|felt|seems) (?:so |really |completely |totally )?(?:silent|dead|grim|tense|awful|miserable|toxic|horrible|flat|dire|bleak|sombre|lifeless|joyless|poisonous)',
  '(?:a |an )?exodus',
  '(?:falling|fallen|fell|gone|going) to (?:bits|pieces)',
  "(?:barely|hardly|don't|do not|wouldn't|can't|cannot) recognise (?:it|the place|this place|my school|the school|our school|the department|my department)",
  'dismantl(?:ed|ing)',
  "(?:gone|went|going|go|goes) from (?:[a-z-]+ ){1,2}to (?!strength|better|good|great|outstanding|brilliant|excellent)[a-z-]+(?= in| within| over| since| this| *$|[,;])",
  '(?:given up|giving up|gave up) (?:caring|hope|trying|on (?:us|staff|the staff))',
  '(?:three|four|five|six|\\d+) (?:heads|head ?teachers|principals|deputies|line managers|hods|heads of (?:department|maths|english|science|[a-z]+)|ceos|[a-z]+ teachers) in (?:two|three|four|five|\\d+|a|one) (?:years?|terms?)',
  "(?:morale|goodwill|spirits|mood|atmosphere|trust)(?: [a-z0-9]+){0,4} (?:is|are|was|has been|'s|(?:has |have |'s )?(?:sunk|sank|dropped|fallen|fell|gone|slipped|plummeted|plunged)) (?:now |even )?(?:lower|worse|flatter|further) than",
  '(?:one )?(?:long )?slide (?:downhill|down)',
];

/** Praise or care that never comes: "can't say she has ever once asked", "not a single thank you". */
export const NEGATED_PRAISE: Vocabulary = [
  // "not one member of SLT on duty", "no leadership in sight at the gate"
  "(?:not one|not a single|nobody from|no one from|no-one from|none of|no sign of|no) (?:member of |members of |of )?(?:the )?(?:slt|smt|leadership(?: team)?|senior leaders?|senior leadership(?: team)?|management|the head|heads of year|hoys) (?:on duty|in sight|to be seen|anywhere to be seen|around|on the gate|on the corridors?|about|out on duty)",
  "(?:can't|cannot|couldn't|could not) say (?:[a-z']+ ){0,5}?(?:has|have|had|did|does|do|is|was|ever) (?:ever |once |ever once |even )?(?:asked|thanked|said|checked|visited|listened|noticed|supported|helped|been|come|shown)",
  '(?:has|have|had|did|does) (?:never|not) (?:once|ever|even once) (?:asked|thanked|said|checked|visited|listened|noticed|supported|helped|come|shown)',
  "(?:hasn't|haven't|hadn't|didn't|doesn't|don't) (?:once|ever|even once) (?:asked|ask|thanked|thank|said|say|checked|check|visited|visit|listened|listen|noticed|notice|supported|support)",
  'never (?:once|ever) (?:asking|thanking|checking|listening|noticing|consulting|asked|thanked|said thank you|checked|visited|listened|noticed|supported|come|taught|been|finished|started|ended|kept|stuck to|replied|answered|bothered|turned up|apologised|backed)',
  // "Not exactly a supportive bunch in my year group team."
  'not (?:exactly |really |what you\'d call |very |particularly |that |the most ){1,2}(?:a |the )?(?:most )?(?:supportive|helpful|kind|friendly|welcoming|caring|understanding|organised|approachable|inspiring|encouraging|team players?|communicative)',
  "(?:didn't|did not|doesn't|does not|never|won't|wouldn't) (?:even )?(?:mention|credit|name|acknowledge|thank) (?:me|us|my name|our names|my work|the team)",
  "(?:nobody|no one|no-one|none of them)(?: (?:even|ever|actually|really|here|there))? (?:asks?|asked|checks?|checked|talks? about|mentions?|mentioned|thinks? about|remembers?|remembered) (?:about |how |after |if |whether |what |us|me|the (?!(?:families|parents|community|kids|children|pupils|public)\\b))",
  "(?:nobody|no one|no-one)(?: [a-z]+){0,2} (?:will|would|ever|wants to|is willing to) (?:admit|acknowledge|own up|take responsibility|accept)",
  'not (?:a|one|a single) (?:word of thanks|thank you|thanks|mention|word(?! of (?:blame|complaint|criticism|judgement|reproach))|visit|peep|acknowledgement)',
  '(?:not|never) (?:once|a single time) (?:has|have|did|does)',
  '(?:not one|none|not a single one)(?: of them)? (?:has|have|was|were|had) (?:been |ever been )?(?:explained|discussed|consulted on|justified|communicated|shared|agreed|run past us)',
  '(?:nobody|no one|no-one)(?: [a-z]+){0,4} any ?more',
  "still waiting (?:for|on) (?:a |an |any |the |our |my |them |him |her )?(?:[a-z']+ ){0,3}?(?:to|reply|response|answer|thank you|thanks|apology|decision|feedback|update|acknowledgement)",
  '(?:not|never) (?:once )?(?:mention(?:ed|ing)?|credit(?:ed|ing)?|nam(?:ed|ing)|acknowledg(?:ed|ing)|thank(?:ed|ing)) (?:me|my name|my work|us|our work|anyone|the team)(?: once)?',
  "would it (?:kill|hurt) (?:[a-z']+ ){1,4}?to",
  "(?:not|never) (?:once|one time|a single time)(?: [a-z']+){1,8}? (?:said|say|says|thanked|thank|asked|ask|checked|check|noticed|visited|praised|acknowledged|mentioned|recognised)",
  "(?:can't|cannot|don't|do not|couldn't) (?:remember|recall) (?:the last time )?(?:[a-z']+ ){1,4}?(?:ever )?(?:saying|said|thanking|thanked|asking|asked|praising|praised|visiting|visited|noticing|says|said)",
  'never (?:a|one|a single) (?:word|thank you|thanks|well done|word of thanks|word of praise|visit|compliment)',
  "(?:nobody|no one|no-one|none of them|not one of them)(?: [a-z']+){0,6} (?:has|have|had)(?: (?:ever|even|once|actually))? (?:asked|said|thanked|checked|noticed|visited|praised|acknowledged|bothered)",
  '(?:not|no) (?:so much as|even) an? (?:thank you|thanks|well done|card|word|acknowledgement)',
  "(?:can't|cannot|don't|do not|couldn't) (?:remember|recall) the last time",
  "(?:hasn't|haven't|has not|have not|didn't|did not|never) [a-z]+ed (?:me|us|my [a-z]+) (?:once|at all|even once)",
  "(?:did not|didn't|does not|doesn't|never|won't|wouldn't) (?:even )?(?:notice|noticed|look up|say a word|acknowledge it|come and see)",
  "never (?:had|got|received|heard) (?:a single|one|any|a) (?:piece of |word of )?(?:positive |good |kind )?(?:feedback|thanks|praise|thank you|word|compliment)",
  "never (?:come|came|comes|turn up|turns up|show up|shows up|attend|attends|visit|visits) to (?:our|any|a single|the|my)",
  "(?:nobody|no one|no-one)(?: [a-z]+){0,3} (?:said|says) a (?:word|thing|thank you)",
  "(?:nobody|no one|no-one)(?: [a-z]+){0,2} (?:asks?|asked|wonders?|wondered|cares?|cared) why",
  "(?:i|we) (?:wasn't|weren't|was not|were not|never got|didn't get) (?:even |once )?(?:mentioned|credited|named|thanked|acknowledged|invited|asked|consulted|told)",
  "(?:would|it'd|it would) be nice (?:if|to) (?:[a-z]+ ){0,3}?(?:remembered|said|thanked|asked|listened|noticed|knew|visited|came|acknowledged|showed|told|consulted|replied|answered)",
  // "No discussion, no thanks.", "No warning, no consultation."
  "no (?:discussion|consultation|warning|notice|thanks|thank you|apology|explanation|conversation|say|choice)(?:,| and| or) no (?:discussion|consultation|warning|notice|thanks|thank you|apology|explanation|conversation|say|choice)",
];

/** Mildly negative: counts unless the sentence is warm ("thank you", "you're a star"). */
export const MILD: Vocabulary = [
  // Churn: "third new reading scheme in two years".
  '(?:second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)) new (?:[a-z-]+ ){1,3}?(?:in|this|within) (?:two|three|four|five|\\d+|a|one|the last|the past) (?:years?|terms?|months?|weeks?)',
  "(?:still )?(?:aren't|isn't|are not|is not) enough (?:chairs|desks|books|staff|tas|computers|laptops|textbooks|time|space|rooms|hours)",
  "(?:don't|do not|dont) (?:even )?(?:get|start) me (?:started )?on",
  // Going without: "no chairs, no kettle and now no heating".
  'and now no',
  '(?:no|zero) (?:heating|hot water|kettle|chairs|soap|loo roll|toilet roll|paper|glue sticks|pens|ta support|tas)(?! (?:needed|required|problem|worries))',
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
  'impossible',
  // Said of someone's drive ("relentless about reading", "brutal at Mario Kart", "brutal honesty"), these are praise.
  'relentless(?! (?:about|at|on|when it comes to|with (?:the )?(?:standards|reading|behaviour|kindness|safeguarding))\\b| (?:honesty|director|competitor|player|opponent|editor|coach|referee|quizmaster|at mario kart))',
  'brutal(?! (?:about|at|on|when it comes to|with (?:the )?(?:standards|reading|behaviour|kindness|safeguarding))\\b| (?:honesty|director|competitor|player|opponent|editor|coach|referee|quizmaster|at mario kart))',
  '(?:soul[- ])?crushing(?! it)',
  'exhausting',
  'draining',
  'gruelling',
  '(?:is|are|was|were|so|just|absolutely|completely|totally|utterly|plain|stark raving) (?:mad|crazy|nuts|barmy)',
  '(?:handed|handing|hand|hands) in (?:their|our|his|her) notice',
  '(?:keeping|keep|kept) (?:our|their|my) heads? down',
  '(?:is|was|feels|felt|seems|been|like) (?:a |an )?(?:absolute |total |living )?(?:nightmare|hell|hellish|purgatory|torture|war zone|battle)',
  '(?:no|without|lost|losing) (?:a |my |our )?(?:lunch|lunch ?break|break|breaks|ppa|planning time|free periods?|non-contact)(?: (?:on|for|this|again|at all|today|time))?',
  '(?:has |have )?(?:doubled|tripled|trebled) (?:my|our|the)',
  "(?:that |which )?(?:nobody|no one|no-one) (?:will |ever |actually |even )?(?:reads?|opens?|looks? at|uses?|needs?)",
  '(?:twice|three times|again) (?:since|this|in (?:a|one|the same))',
  "(?:is|it's|its|are|'s|it is|they're|they are|slowly|literally|actually) (?:slowly |actually |literally )?killing (?:me|us|everyone|staff|teachers|morale)",
  '(?:data drop|meeting|learning walk|book look|observation|deadline|initiative|change) (?:number|no\\.?) (?:three|four|five|six|seven|eight|\\d+)',
  '(?:still|always|and) (?:want|wants|expect|expects|demand|demands|ask for|asks for) (?:even |yet |still )?more',
  '(?:takes?|took|taking) (?:two|three|four|five|six|several|\\d+) (?:weeks|months|days|terms) to (?:change|fix|reply|answer|sort|mend|do|respond|get back)',
  '(?:gone|going|went|shot|goes) (?:up )?through the roof',
  '(?:are|am|were|is|being|was|get|got) (?:now )?(?:expected|required|supposed) to',
  "that(?:'s| makes| is) (?:three|four|five|six|seven|eight|\\d+)(?: now| this (?:week|term|year))?(?= *$|[,;])",
  '(?:changes?|changed|changing) (?:his|her|their|its) minds?',
];

/** A short sentence of exasperation after one about work: "Midnight again.", "Again.", "As usual." */
export const EXASPERATION: Vocabulary = [
  "(?:[a-z0-9']+ )?again",
  'as (?:usual|always|ever)',
  'every (?:single )?(?:time|week|year|term|day)',
  'same as (?:always|ever|last year)',
  'here we go(?: again)?',
  'sigh',
  'not (?:any ?more|now|these days)',
  'no (?:longer|more)',
];

/**
 * What costs the writer: told at the last minute, more work, something taken away, a
 * put-down. Not a complaint by itself; it is the situation sarcasm is about.
 */
export const BURDEN: Vocabulary = [
  // "…measuring skirt lengths instead of reading with my form"
  "instead of (?:teaching|reading with|reading to|marking|planning|being with|supporting|helping) (?:my|our|the|their)",
  // "the gert pile of new tracking forms", "another mountain of data"
  "(?:pile|stack|mountain|load|heap|raft|avalanche|tsunami|wodge) of (?:new |extra |more |pointless )?(?:[a-z]+ ){0,2}?(?:forms|paperwork|admin|tracking(?: sheets)?|data|spreadsheets|emails|initiatives|priorities|templates|audits)",
  // "…it's double-booked me fourteen times"
  "double[- ]book(?:ed|s|ing)? (?:me|us|everyone|half the staff)",
  // Time for planning taken: "my fourth PPA gone this half term".
  '(?:ppa|frees?|free periods?|planning time|non-contact(?: time)?|lunch ?breaks?)(?: time)? (?:gone|lost|taken|cancelled|pinched|nicked|used for cover)',
  // Not told: "we found out when the new tabards arrived".
  '(?:we|i|staff|everyone) (?:only )?found out (?:when|from|via|through|on|by|after|in)',
  "(?:at|by) (?:\\d{1,2}|four|five|six|seven|eight) o'clock on a (?:friday|saturday|sunday)",
  // Moved into the end of the week: "moved the staff meeting to Friday at five".
  '(?:to|on|until|till) (?:a )?(?:friday|saturday|sunday)(?: (?:afternoon|evening))? (?:at|till|until) (?:[4-9](?:[:.]\\d\\d)?(?: ?pm)?|four|five|six|seven|eight|half (?:four|five|six|seven))',
  // Work handed down: "dumped the whole scheme rewrite on me", "make you submit plans a week ahead".
  "(?:dumped|dumps|dumping|offloaded|palmed off) (?:[a-z0-9'-]+ ){0,6}?on(?:to)? (?:me|us|my desk|our desks|the office|the tas|support staff)",
  '(?:makes?|making|made) (?:you|us|staff|teachers|everyone) (?:submit|hand in|write|redo|re-?enter|fill in|complete|print|stay|come in|do)',
  // Time taken from them.
  '(?:at|by|to|for) \\d{1,2}(?:[:.]\\d\\d)? ?(?:pm )?on a (?:friday|saturday|sunday)',
  'on a (?:friday|sunday) (?:afternoon|evening|night)',
  '(?:by|for|before) (?:monday|tomorrow|first thing)',
  "(?:until|till|til|'til|past|gone|after|at) (?:midnight|\\d{1,2}(?:[:.]\\d\\d)? ?pm|ten to [a-z]+|half (?:five|six|seven|eight|nine)|quarter to [a-z]+)",
  '(?:runs?|ran|running|went|goes|dragged|drags|overran|overruns?) (?:on )?(?:till|until|over|past|on for)',
  'overr(?:an|uns?|unning)',
  '(?:turns?|turned|turning) into an?',
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
  'on top of (?:full|our|my|a full|everything)',
  'for the (?:second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)) (?:week|day|time|term) (?:running|in a row)',
  '(?:told|informed|found out) (?:at|by) \\d{1,2}(?:[:.]\\d\\d)? ?(?:am)?',
  // "4 observations in 3 weeks", "that's the fifth this year".
  '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten) (?:[a-z]+ ){0,2}in (?:\\d+|one|two|three|four|a) (?:days?|weeks?|terms?)',
  "(?:that's|thats|that is|it's|this is) (?:the|our) (?:second|third|fourth|fifth|sixth|seventh|\\d+(?:st|nd|rd|th)) (?:this|in a|since|of the)",
  '(?:double|triple|treble|twice|three times|quadruple) the (?:work|workload|marking|paperwork|admin|data|effort)',
  'extra (?:dut(?:y|ies)|booster|boosters|interventions?|groups?|clubs?|classes|lessons|meetings?|rotas?|paperwork)',
  '(?:for free|in (?:my|our) own time|for no (?:extra )?pay|on (?:my|our) day off)',
  '(?:every|each) (?:day|morning|night|evening|week)',
  'twice as (?:much|many|long)',
  '(?:doubled|tripled|trebled)',
  '(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) (?:one|time|change|policy|version|new [a-z]+) (?:this|in a) (?:year|term|month|week|half[- ]term)',
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
  // Cut or cancelled, unless what went is a meeting or a data drop (a relief).
  '(?:cut|cuts|cancell?ed|scrapped|binned|axed) (?:our|my|the|their)(?! (?:[a-z]+ )?(?:meetings?|twilights?|data drops?|learning walks?|observations?|inset|briefings?|deadlines?|detentions?|dut(?:y|ies)|mocks?|book looks?)(?![a-z]))',
  '(?:said|says) no to',
  '(?:refused|turned down|knocked back|denied)',
  // Being told.
  '(?:was|were|got|been|being|get) told',
  'told (?:me|us) (?:that|to|in front of|my|our|it|off)',
  'in front of (?:my|the|our|everyone|all)',
  'telling us to',
  // Last to know.
  "(?:find|finding|found|hear|hearing|heard|learn|learning|learnt|learned) (?:out )?(?:about [^.!?\\n]{1,40}? )?(?:from|via|on|through) (?:the |a )?(?:parents?|kids|children|pupils|students|twitter|facebook|social media|news|paper|local paper|parents' whatsapp|whatsapp|grapevine|rumour mill|year \\d+|a pupil|a student|a child|a parent|the newsletter)",
  '(?:no|without|lost|losing) (?:a |my |our )?(?:lunch|lunch ?break|break|breaks|ppa|planning time|free periods?|non-contact)',
  '(?:extra|another|additional|yet more|even more|more|an extra|a second|a third|a fourth|a fifth|a sixth) (?:[a-z-]+ )?(?:dut(?:y|ies)|meetings?|classes|class|groups?|roles?|rotas?|reports?|deadlines?|observations?|learning walks?|data drops?|twilights?|clubs?|emails?|e-mails?|spreadsheets?|forms?|tasks?|jobs?|responsibilit(?:y|ies)|cover|lessons?|detentions?|evenings?)',
  '(?:cancell?ing|cancels|cutting|scrapping|taking away|taking|removing|axing) (?:(?:our|my|the|their|all) )?(?:[a-z]+ )?(?:ppa|planning time|breaks?|lunch|free periods?|non-contact|training|tas?|support|budget|hours|pay|leave)',
  '(?:all|both|three|two|every|four)(?: [a-z]+){0,3} (?:in|into|on|onto|for) the same (?:week|day|night|evening|morning|afternoon)',
  '(?:changed|moved|rewrote|rewritten|redone|scrapped|switched)(?: [a-z]+){0,4} (?:twice|three times|again)',
  '(?:weekend|evening|night|holiday|half[- ]term) of (?:marking|planning|reports?|data|admin|e-?mails?)',
  '(?:\\d+|two|three|four|five|six)[- ]hours? (?:long )?(?:inset|meeting|twilight|training|briefing|cpd|session)',
  'in (?:my|our) (?:ppa|lunch|lunch ?break|break|free periods?|planning time|own time|holidays?|half[- ]term|evenings?|weekends?)',
  '(?:every|each) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  'puts? (?:me|us) on',
  '(?:two|three|a few|\\d+|four|five) (?:days?|hours?|minutes?) (?:before|notice)',
  'the (?:night|day|week|morning|evening) before (?:the|a|an|our|my|christmas|xmas|half term|the holidays)',
  '(?:week|day|night) before (?:christmas|xmas|half term|the holidays|easter|the summer)',
  "(?:making|make|makes|made) (?:us|me|staff|everyone|teachers) (?:do|write|fill|complete|redo|rewrite|stay|attend|run|cover|mark)",
  '(?:for|with|between) (?:\\d{2,3}|thirty|forty|sixty|ninety|a hundred) (?:students|pupils|kids|children|books|classes)',
  'on every (?:page|piece|book|lesson|slide|child)',
  '(?:[4-7](?:[:.]\\d\\d)? ?am|(?:[6-9]|1[0-2])(?:[:.]\\d\\d)? ?pm) (?:whatsapps?|reminders?|phone calls?)',
  '(?:compulsory|mandatory|directed|unpaid)',
  'came out with (?:two|three|more|extra|another)',
  '(?:moving|moved|moves|swapping|swapped|shifting|shifted) (?:my|our) (?:ppa|planning time|lunch|break|free periods?|non-contact)',
  '(?:period|p) ?[5-7] on a friday',
  "(?:leaving|left|leave|dumping|dumped|giving|gave|handing|handed) (?:me|us) (?:with )?(?:your|his|her|their|all (?:the|your|his|her|their))",
];

/** Sarcasm whatever surrounds it. Emoji are matched separately (they are not words). */
export const IRONY_MARKER: Vocabulary = [
  // "…fourth maths vacancy in eighteen months, but I'm sure that's just a coincidence"
  "(?:i'm sure|i am sure|surely) (?:that's|it's|that is|it is|this is) (?:just |all |purely |entirely |only )?(?:a )?coincidence",
  // "Thanks so much for the 2%… Truly overwhelmed. Will be framing the crust."
  "(?:truly|utterly|totally|absolutely|genuinely|so|just) overwhelmed(?: by (?:the|their|your|such|this) generosity)?$|overwhelmed by (?:the|their|your|such|this) generosity|(?:will be|i'll be|i will be|gonna be) framing (?:it|the (?:crust|payslip|letter|email|certificate|voucher|biscuit))",
  // "Team building, they call it.": what leaders name it, said back at the end of the sentence.
  "[a-z-]+,? (?:they|leadership|slt|management|the head|the trust) (?:call|calls) (?:it|this|that)$",
  "taking bets on|we all know which (?:one )?(?:we got|they chose|won|it was)|(?:have|has) discovered the (?:phrase|word|buzzword|term)|that's it,? that's the (?:post|tweet)",
  "tells you (?:where|what|exactly where) (?:the|their|our) priorities (?:lie|are)",
  // "Leading from the front as ever."
  "leading from the (?:front|back),? (?:as (?:ever|always|usual)|once again|again)",
  "(?:don't|doesn't|won't|do not|does not) (?:answer|mark|clean|teach|run|staff|cover|plan) (?:themselves|itself)",
  "not (?:crying|dying|screaming|panicking|stressed|drowning)(?: [a-z]+){0,4} at all",
  "(?:so,? )?(?:unpaid|another|working|marking|planning) [a-z]+ it is(?: then)?",
  "(?:management|leadership|slt|trust) decision of the (?:week|day|month|year|term)",
  "(?:tells|shows|told|showed) (?:people|staff|us|you|everyone|teachers) (?:exactly )?how (?:much|little) (?:they|we|you) (?:are|were) (?:valued|cared about|respected|trusted)",
  "which (?:apparently |presumably |clearly |of course )?means (?:it |we |they |that )?(?:might not|won't|will not|can't|never|no)",
  "so (?:that's|thats|that is) (?:alright|all right|ok|okay|fine|everything sorted) then",
  "(?:listening|support|wellbeing|well-being|consultation|valuing us|valuing staff|a pay rise|teamwork|leadership|recognition|a thank you|an open door) (?:apparently |now |clearly )?means",
  'join the dots',
  // Round 9: value said and not shown; an idea of a thing that is its opposite.
  "nothing says (?:we|they|you|the (?:school|trust)) (?:value|care about|appreciate|respect|trust|support)",
  '(?:clearly|obviously|really|certainly) counts? for (?:a lot|so much|everything|something)(?: (?:round|around) here| here)?',
  "(?:new|latest|another|best) way to show (?:they|you|us|staff|we|the staff) (?:value|care|appreciate|respect)",
  "(?:'s|s'|their|his|her|my (?:head|line manager|boss)'s|the trust's|slt's|leadership's) idea of (?:a |an )?(?:consultation|support|wellbeing|well-being|listening|communication|a day off|flexibility|flexible working|leadership|teamwork|a thank you|recognition|a fair deal|workload reduction) is",
  "(?:thought|decided|reckoned) (?:that )?(?:[a-z0-9'-]+ ){1,14}?(?:was|would be) a (?:good|great|brilliant|genius|sensible|smart) idea",
  '(?:within|from) existing (?:capacity|resources|budgets?)',
  "(?:you )?(?:honestly |genuinely |literally )?(?:couldn't|could not|can't) (?:write|make) (?:it|this|that) up",
  "(?:couldn't|could not) write it",
  "(?:so |really |just )?(?:glad|pleased|good to know|nice to know) (?:that )?(?:we're|we are) all on the same page",
  // Goodwill used up: "Lesson learned about goodwill", "that's what you get for being nice".
  "(?:that's|thats|that is) what (?:you|i|we) get for (?:being nice|helping|volunteering|saying yes|goodwill|good will|going the extra mile)",
  "(?:goodwill|good will) (?:gets|got|is|was|being|has been) (?:exploited|abused|taken for granted|used up|milked|run dry)",
  // "an all-staff email about going the extra mile" after the pay: the phrase itself, said back.
  "(?:e-?mail|message|memo|talk|assembly|briefing|slide|poster|reminder) (?:about|on) (?:going the extra mile|resilience|self-care|wellbeing|well-being|goodwill|good will|team spirit)",
  // Told to be thankful for less: "we are meant to be grateful it is not on Saturday".
  "(?:we're|we are|i'm|i am|you're|you are|staff are|everyone is|we were|i was) (?:meant|supposed|expected|told) to be (?:grateful|thankful|happy|pleased|glad)",
  // Thanks for nothing, or for time taken: "Thanks for the Sunday, Fiona."
  "(?:thanks|thank you|cheers|ta) (?:so much |very much |again )?for (?:nothing|(?:the|my|our|another|ruining (?:my|our|the)) (?:lovely |free )?(?:sunday|saturday|weekend|evening|half[- ]term|holidays?|christmas|easter|night|bank holiday|lunch ?break|ppa))",
  // "Listening at its finest."
  "(?:listening|leadership|management|communication|planning|organi[sz]ation|consultation|teamwork|team ?work|joined[- ]up thinking|wellbeing|well-being|support|efficiency|transparency|forward planning|fairness|consistency|respect) at (?:its|their) (?:finest|best)",
  "do as (?:i|we|they|he|she) say,? not as (?:i|we|they|he|she) do",
  "apparently (?:that's|thats|that is|this is|it's|it is) (?:just )?(?:how it is|the way it is|normal|the norm|the job)(?: now)?",
  // Denied in the same breath: "another optional twilight that is very much not optional".
  "(?<denied>optional|voluntary|informal|quick|brief|short|light[- ]touch|flexible|protected|supportive|manageable|reasonable|fair)(?: [a-z']+){1,6}? (?:is|are|was|were|it's|they're) (?:very much |definitely |absolutely |anything but |far from |certainly |really )not \\k<denied>",
  "(?:clearly|obviously|evidently) (?:has|have) (?:a lot of|so much|great|total|every|complete) (?:faith|confidence|trust) in (?:me|us)",
  'love that for (?:me|us|her|him|them|you|everyone)',
  // "Lovely colleague, that.", "Great bit of forward planning, that."
  "(?:lovely|great|brilliant|nice|fab|super|top|cracking|smashing|wonderful|fantastic|stellar|excellent|quality|proper|canny|belting|grand|champion|smart) (?:[a-z-]+ ){0,3}?(?:colleagues?|manager|boss|leadership|support|teamwork|team ?work|team|management|communication|planning|plan|stuff|work|behaviour|move|touch|people|lot|idea|thinking),? (?:that|there)(?=[ .!]*$)",
  'must be (?:a |one )?(?:very |really |pretty |extremely )?long (?:list|queue|waiting list)',
  'of course (?:she|he|they|it) (?:does|did|do|is|are|has|have|will|was|were)',
  '(?:called|calls|calling) it ["\']?(?:development|cpd|an opportunity|a development opportunity|good for (?:my|your|our) careers?|experience|a privilege|an honour|stretch)',
  '(?:funny|strange|interesting|curious) how',
  'genius (?:move|idea|plan|decision)',
  'said no(?: ?one| teacher| member of staff)? ever',
  'what could (?:possibly )?go wrong',
  '(?:really |truly )?makes? (?:you|me|us|one) feel (?:so |really |very |truly )?(?:valued|appreciated|special|wanted|cared for|listened to)',
  '(?:because|cos|cause|coz) (?:that|this)(?:\'s| is| will| always)? (?:always )?(?:going to )?(?:help|helps|work|works|worked)',
  'just what (?:i|we|everyone|the staff|staff) (?:needed|wanted)',
  '(?:really|so|just) needed (?:that|those|this|another)',
  'thanks a (?:bunch|million|lot for nothing)',
  'from the comfort of (?:their|his|her) (?:offices?|desks?|homes?|sofas?|ivory towers?)',
  'ivory towers?',
  "(?:their|his|her|[a-z]+'s) idea of (?:support|wellbeing|well-being|consultation|help|leadership|listening|communication|fun|a reward|a thank you|training|valuing|celebrating|recognition)",
  "whoever (?:thought|decided|said) [^.!?\\n]{1,60}? (?:was|were|is|would be) a (?:good|great|brilliant|smart|clever|genius) (?:idea|move|plan)",
  "(?:because|cos|coz|cause|clearly|obviously|apparently|evidently|yes|yeah|and),? what (?:every|all|the|we|i|our|my|a|this|these|those|staff|teachers|kids|everyone|year \\d+)(?: [a-z0-9']+){0,4}? (?:really |truly |desperately |definitely |obviously |clearly |so )?(?:needs?|needed|wants?|wanted|lacks?|lacked|was missing|were missing|has been missing|have been missing|craves?|craved)(?: [a-z0-9']+){0,4}? (?:is|was|are|were)",
  '(?:shocked|stunned|amazed|surprised),? i tell (?:you|ya)',
  '(?:what a|quelle|colour me|color me|shock,?) (?:surprise|shocked|surprised|stunned|horror)(?= *$|[,;:]| that| to (?:see|find|hear|learn))',
  'never saw that coming',
  '(?:can|could) (?:hardly|barely|scarcely) contain (?:my|our) (?:excitement|joy|glee|delight)',
  '(?:my|our) excitement knows no bounds',
  'genius (?:planning|timing|scheduling|thinking)',
  'exactly what (?:i|we|everyone|staff|the staff) (?:wanted|needed|asked for)',
  "(?:because|cos|coz|cause) (?:that's|thats|that is) (?:exactly |just |clearly |obviously |definitely )?what (?:we|i|everyone|the kids|kids|staff|teachers|they|every [a-z]+) (?:really )?(?:need|needed|want|wanted|asked for)",
  '(?:counts?|counted|passes|passed|qualifies|qualified) (?:as|for) (?:a |an |our |proper )?(?:wellbeing|well-being|support|consultation|leadership|cpd|training|a thank you|thanks|reward|recognition|strategy|listening|a pay rise|staff care|looking after (?:us|staff))',
  "(?:and |then )(?:calls?|called|calling) (?:it|that|this) (?:an? |our )?(?!day\\b|a day\\b|quits\\b)[a-z-]+",
  "apparently (?:this|that|it)(?:'s| is) (?:fine|ok|okay|normal|acceptable|sustainable|manageable|reasonable)",
  "(?:think|thinks|reckon|reckons|believe|believes) (?:that )?(?:wellbeing|well-being|support|consultation|cpd|listening|leadership|a thank you|recognition|teamwork|staff care) (?:is|means|equals) (?:a|an|just|some)",
  '(?:really |so )?feeling the (?:wellbeing|well-being|love|support|appreciation|gratitude|value)',
  "(?:really |very |so |truly |perfect |great |brilliant |excellent |lovely |fab |top )+(?:helpful |thoughtful |considerate |well[- ]planned )?timing",
  'nothing (?:quite )?(?:boosts|lifts|raises|improves|helps|kills|says) (?:staff )?(?:morale|wellbeing|spirits|the mood|motivation|team spirit)[^.!?\\n]{0,40}? like',
  "(?:calls?|called|calling) (?:us|staff|itself|themselves|the staff|everyone) (?:a|one big|one happy) (?:family|team)",
  '(?:that|this|it) (?:has |should have |will have )?(?:fixed|solved|sorted) (?:everything|it all|all our problems|that)',
  '(?:problem|problems|everything) (?:solved|fixed|sorted)',
  'light reading',
  'fixed everything',
  "apparently (?:we(?:'re| are)|this is|it's|it is|the school is|my school is) (?:a |one (?:big|happy) )?(?:family|team)",
  "so much for (?:being )?(?:a )?(?:family[- ]friendly|flexible working|work-?life balance|(?:staff )?wellbeing|valuing (?:staff|us)|(?:the )?(?:staff )?wellbeing charter|(?:an )?open door|listening to staff|workload reduction)",
  // Resignation after a burden: "Marking in the car it is then."
  "[a-z]+ (?:in|on|at) the (?:car|bath|bus|kitchen table|sofa|loo|corridor|stairs)(?: [a-z]+)? it is(?: then)?",
  "(?:unpaid|in (?:my|our) own time|on (?:my|our) own time),? (?:obviously|of course|naturally|as always|as usual)",
];
/** Emoji that read as irony: upside-down face, eye roll, unamused face. */
export const IRONY_EMOJI = /\u{1F643}|\u{1F644}|\u{1F612}/u;
/** Hashtags that mark irony; they follow `#`, which `words()` cannot start with. */
export const IRONY_HASHTAG = /#(?:not|sarcasm|livingthedream|blessed|valued|winning|notworking|funded)(?![a-z0-9])/;

/** Sarcasm next to a burden: "Oh great, …", "Funny how …", "Love it when …". */
export const IRONY_OPENER: Vocabulary = [
  'oh (?:great|good|joy|brilliant|lovely|fab|wonderful|perfect|fantastic|super|marvellous|how lovely|happy days)',
  '(?:love|adore|enjoy|relish) (?:it|how) when',
  'nothing better than',
  '(?:oh )?how i (?:love|adore|enjoy)',
  '(?:i do|i just|don\'t you) (?:love|adore)',
  '(?:i |really |just |absolutely )?(?:lov(?:e|ing)|ador(?:e|ing)) (?:being|getting|having|how|the way|finding out|hearing|learning)',
  "(?:really |so |very |ever so |truly )?grateful (?:to be|for being) (?:told|given|asked|handed|informed|expected|emailed|messaged|sent)",
  '(?:amazing|incredible|hilarious) how',
  "(?:don't|dont) you just love",
  "(?:got|gotta|you've got|you have|you've gotta) (?:to )?love",
  '^(?:(?:oh|so|well|ah|honestly|really) )?(?:great|nice|lovely|good) to (?:see|know|hear) (?:that )?(?:the|our|my|slt|management|leadership)',
  'nothing says [^.!?\\n]{1,60}? like',
  'nothing like (?:finding out|being told|getting|having|hearing|learning|a)',
  'oh look',
  // "Lovely when the colleague who… forwards all of his to you."
  '^(?:(?:oh|so|well|ah|honestly|always|just) )?(?:lovely|great|brilliant|fab|nice|wonderful|marvellous|fantastic|super|grand|charming) (?:when|how)',
  'imagine (?:telling|being|having|asking|expecting|making)',
  '(?:really |so |truly )?(?:appreciate|appreciated|love|loved|grateful for|enjoy|enjoyed|adore) (?:being|getting) (?:asked|told|given|handed|expected|dumped|landed)',
  'shout ?outs? to (?:whoever|the person who|the genius who|slt|smt|management|leadership|the leadership team|the trust|our leaders|the bosses|the exec)',
  'what a (?:treat|joy|privilege|pleasure|delight|way) to',
  "(?:so |how |very |really )?(?:lovely|kind|nice|good|thoughtful|considerate|generous|sweet|decent) of (?:the|our|my|them|him|her|slt|smt|management|leadership|the trust|the bosses) (?:[a-z]+ ){0,2}?to",
  '(?:wonderful|lovely|great|nice|fab|brilliant|delighted|thrilled|so pleased|grateful|love|fantastic|amazing|cracking|super) to be (?:told|given|asked|handed|informed|expected)',
  '(?:really |so )?feeling (?:so |very |really |truly )?(?:valued|appreciated|supported|listened to|cared for|heard|seen|respected|included|trusted|special|the love)',
  "(?:great|top|fantastic|brilliant|amazing|superb|stellar|inspired|fab|excellent|wonderful|outstanding|world-class|first-class|visionary|strong|cracking) (?:leadership|management|communication|planning|organi[sz]ation|decision(?:-making)?|thinking|move|idea)",
  "who(?:'d| would| could)? (?:have |'ve )?(?:knew|thought|guessed|known)",
  '(?:time|money) well spent',
  "(?:yeah|yes),? (?:course|of course|right|sure)",
  "i'll just (?:teach|do|mark|plan|cover|write|run|magic|conjure|whip up|pop)",
  'no problem(?: at all)?',
  'as you do',
  "what's not to (?:love|like)",
  '(?:so|really|very) (?:glad|pleased|happy|thrilled|grateful) (?:that )?(?:we|i|they|slt|smt|management|leadership|the head|our head|the trust)',
  '(?:lol|lmao|haha|ha) (?:at|@)',
  'living the dream',
  "^(?:(?:oh|so|well|ah|honestly|really) )?(?:great|good|lovely|nice|fab|brilliant|wonderful|fantastic) to (?:see|know|hear|find out|learn)",
  '(?:a )?(?:bold|brave|interesting|creative|innovative|curious) (?:choice|decision|move|strategy|approach)',
  'what with (?:the|all|our|my)',
  "(?:i |don't you |you've got to |gotta )?love (?:a|an)",
  'nothing quite like',
  '(?:ah|oh) (?:yes|yeah|look)',
  "(?:would|it'd|it would|wouldn't it) be nice if",
  'because apparently',
  '^(?:(?:oh|so|well|ah|honestly|really) )?(?:great|fantastic|brilliant|wonderful|lovely|marvellous|fab|super|amazing|excellent|nice) (?:news|to (?:get|be|have|receive|start|end|finish|come back))',
];

/**
 * A short sentence on its own after a burden ("Cheers.", "Lovely.", "Priorities!"):
 * the whole sentence is one of these, give or take "really", "so" or "that".
 */
export const IRONY_TAG: Vocabulary = [
  'cheers(?: for that| then| guys| all| pal| mate| love| buddy| chief)?',
  'thanks?(?: so much| a lot| very much| for that| again| guys| then| pal| mate| buddy| chief)?',
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
  "(?:very|so|how|real|dead) (?:child-centred|inclusive|supportive|caring|professional|well thought out|joined-up|thoughtful|transparent|collaborative)",
  "don't spend it all at once",
  "(?:great|good|fantastic|brilliant|excellent|wonderful) use of (?:everyone's|our|my|staff|teachers'|the|a) (?:time|morning|afternoon|day|evening|inset|training day|ppa)",
  'textbook',
  'classic',
  'genius',
  // "Really transformed the learning, that has." "Same pay, obviously." "Cover supervisor, they said."
  "(?:really |totally |completely )?(?:transformed|revolutionised) (?:the |our |my )?(?:learning|teaching|outcomes|everything|lessons|school|place)(?:,? that (?:has|did|is))?",
  'same (?:pay|money|salary|wage)(?:,? (?:obviously|of course|naturally|mind|though))?',
  "(?:[a-z'-]+,? ){1,4}(?:they|she|he|slt|the head|the trust) said",
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
  '(?:truly |so |very |deeply |really )?(?:touched|honoured|humbled|spoilt|spoiled|moved)',
  'wow',
  'fixed everything',
  'in that order',
  '[a-z]+ it is,? then',
  'dignity',
  'classy',
  '(?:totally|absolutely|all|completely|perfectly) fine',

  'feels? (?:great|amazing|lovely|brilliant|fab|fantastic|wonderful|so good)',
  'never heard of (?:her|him|it|them|that)',
  '(?:truly |really |very |such )?(?:visionary|inspired|genius|groundbreaking|ground-breaking) (?:stuff|thinking|leadership|work)',
  'happy (?:monday|tuesday|wednesday|thursday|friday|days|new term|new year)(?: (?:everyone|all|folks|team))?',
  'same (?:old|auld) (?:story|song|thing|same)',
  "(?:lesson|lessons) (?:learned|learnt)(?: about (?:goodwill|good will|being nice|saying yes|volunteering))?",
  'asking for (?:my|our) (?:sanity|sanity levels|mental health|blood pressure)',
];

/**
 * A knowing aside or an understatement after the facts: "Just an observation.", "Make of
 * that what you will.", "Not ideal." It says the sentence before is a problem, so it
 * stands in for the burden sarcasm needs; warm words before it still make it meant.
 */
export const INSINUATION: Vocabulary = [
  "just (?:an observation|saying|sayin'?|asking|wondering|a thought|putting it out there)",
  "(?:i'll |i will )?say no more",
  'make of that what you will',
  'draw your own conclusions',
  'funny (?:that|how that works)',
  'interesting(?: that| timing| choice)?',
  'go figure',
  'figures',
  'make it make sense',
  'not ideal',
  '(?:could|might) be better',
  'not (?:great|the best|brilliant|amazing|fab|good)',
  'hmm+',
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
  'reasonable', 'sustainable', 'protected', 'open', 'caring', 'extra', 'essential', 'improvements?', 'exciting', 'great news',
  'team player', 'not (?:being )?a team player', 'one big family', 'going the extra mile', 'flexibility', 'goodwill',
];

/** Thanks aimed at leaders: "Thanks, SLT", "Cheers for that, bosses". Who is matched by the caller. */
export const MOCK_THANKS = '(?:thanks|thank you|cheers|ta|shout ?out|big up|hats off|kudos|well done)(?: (?:so much|a lot|very much|again|for that|for nothing|as always|as ever|a bunch|a million))?,? (?:to )?(?:(?:the|our|my|all|all the|all our|dear) )?';

/** Pay complaints stand alone, but a national pay row is politics, not a grievance. */
export const PAY_COMPLAINT: Vocabulary = [
  // "Would love it even more if my pay reflected any of it."
  'if (?:my|our) (?:pay|salary|wages?|payslips?) (?:reflected|matched|kept (?:up|pace) with|showed|recognised)',
  "(?:without|no|zero|still no|never (?:got|had|get)|not (?:had|got|seen)|haven't had|hasn't been) (?:an? )?(?:pay ?rise|pay increase|pay progression|pay award|payrise)",
  '(?:another )?(?:real[- ]terms )?pay (?:freeze|cut)',
  '(?:for|with) nothing but a (?:thank-?you(?: card| email| note)?|card|mug|pizza|badge|box of chocolates)',
  '(?:still )?no (?:allowance|tlr|extra pay|payment for it)',
  'allowance for (?:the first (?:two|one|three)|it|that|this)(?: [a-z]+){0,2}: (?:nil|none|zero|nothing)',
  'pay(?: scale)? (?:unchanged|the same|frozen|still the same)',
  // "Third year on t'same pay."
  '(?:two|three|four|\\d+) jobs (?:for|on) one (?:salary|wage|pay|pay packet)',
  "(?:years?|terms?) on (?:the |t' ?|t)?same (?:pay|salary|wage|money|pay point|spine point|point)",
  "same (?:pay )?(?:grade|band|spine point|pay point|scale point) as (?:the day|when) (?:i|we) started",
  '(?:grade|level|band) \\d+ (?:[a-z]+ )?doing (?:grade|level|band) \\d+ (?:work|jobs?)',
  '(?:on|for) (?:ta|support staff|cover supervisor|hlta|midday|level \\d) pay',
  '£\\d+(?:\\.\\d\\d)? (?:an|per|a) hour to',
  'minimum wage',
  '(?:paid|earn|earning|earns|on) (?:less|worse) than',
  'paid (?:peanuts|a pittance|buttons|nothing|next to nothing|washers)',
  "still (?:waiting for|waiting on|not (?:had|got|received|seen)|no sign of) (?:the |my |our |any |that )?(?:back ?pay|pay rise|pay award|increment|tlr|overtime|payment|money|pay)",
  '(?:refused|denied|blocked|turned down for|knocked back for|no|missed out on) (?:my |our |the )?(?:pay progression|pay rise|progression|increment|tlr|threshold|upper pay)',
  'pay ?slips? (?:is|are|was) (?:an? )?(?:insult|joke|embarrassment|disgrace)',
  "(?:not had|not got|not seen|haven't had|hasn't had|have not had|has not had|without|never (?:had|got)|no)(?: an?| any)?(?: proper| real| decent| meaningful| single)? (?:pay ?rise|pay increase|rise|payrise|pay award|increment)",
  '(?:worth|earns?|earning|paid) (?:less|nothing|peanuts)(?: than)?',
];

/** Emails at all hours: a complaint when they come from leaders ("another 6pm email from the head"). */
export const LATE_EMAIL: Vocabulary = [
  '(?:\\d{1,2}(?:[:.]\\d\\d)? ?pm|late[- ]night|midnight|weekend|sunday|saturday|friday)(?: (?:friday|saturday|sunday|night|evening|afternoon))? (?:e-?mails?|messages?|whatsapps?|texts?)',
  '(?:e-?mails?|messages?) (?:at|after|sent at) (?:\\d{1,2}(?:[:.]\\d\\d)? ?pm|midnight|\\d{1,2} at night)',
  '(?:sent|sends|sending|fired off) (?:\\w+ ){0,2}(?:e-?mails?|messages?)(?: \\w+){0,3} (?:tonight|at night|after \\d{1,2} ?pm|at the weekend|on a (?:saturday|sunday))',
];
