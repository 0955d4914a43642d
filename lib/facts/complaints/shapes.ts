/**
 * Complaints that are told as a story or framed as something else, not said with a
 * judgement word: a manager's behaviour (taking the credit, piling work on, not
 * listening, a put-down, a request refused), advice to leaders that is really a
 * complaint, blaming leaders or a colleague for something cancelled or late, and
 * pointing out a double standard about money. Tables for folded text; what each needs
 * around it is decided in `index.ts`.
 */
import type { Vocabulary } from '../../text/patterns';

const LEADER_WORDS =
  "(?:head ?teachers?|heads?|leaders?|leadership(?: teams?)?|slts?|smts?|management|managers?|bosses|boss|line managers?|ceos?|trusts?|trust (?:leaders?|ceos?|bosses|boards?)|governors|school leaders?|senior leaders?|senior leadership(?: teams?)?|heads of (?:department|year|school)|leadership teams|exec(?:utive)? teams?|(?:anyone|whoever(?: is)?|people|those) (?:running|leading|in charge of) (?:a|the|this|our|their) (?:school|trust|academy|department))";

/** The work a manager piles on: groups, duties, roles, reports. */
const WORK_NOUNS =
  "(?:new |more |extra |additional )?(?:[a-z0-9-]+ ){0,2}(?:groups?|duties|duty|classes|class|roles?|responsibilit(?:y|ies)|reports?|data drops?|meetings?|interventions?|clubs?|projects?|tasks?|jobs|things|subjects?|leads?|briefs?|sets?|lessons|cover|deadlines?|observations|paperwork|admin)";

/** Someone else presenting the writer's work as theirs. Stands alone. */
export const CREDIT: Vocabulary = [
  "repeats? (?:your|my|our|her|his) (?:exact |very |same )?(?:idea|point|suggestion)|gets? thanked for (?:it|my|your|our)",
  "(?:built|written|made|designed|created|planned|developed|done|put together) by (?:me|us|our|my|the) [a-z0-9 ]{0,25}?,? not (?:by )?(?:mr|mrs|miss|ms|dr|the|our|him|her|them|slt)",
  // "…presented to governors as someone else's initiative without their name anywhere on it".
  "(?:presented|passed off|sold|pitched|shown|launched|unveiled|badged)(?: [a-z0-9']+){0,4}? as (?:someone|somebody) else's (?:idea|initiative|work|project|plan|baby)",
  "(?:without|with no|not even) (?:my|our|their|his|her) names? (?:anywhere )?on (?:it|them)",
  // "…the curriculum work she's being promoted for was written by my colleagues and me."
  "(?:promoted|praised|thanked|credited|rewarded|recognised|celebrated|applauded) for (?:was|were) (?:actually |all |mostly )?(?:written|done|created|made|planned|built|designed|developed|put together) by (?:my|our|me|us|the (?:team|department|tas?))",
  '(?:took|takes|taking|take|stole|steals|stealing|claimed|claims|claiming|nicked|nicks|pinched|grabbed|grabs|hogged|hogs) (?:all )?(?:the )?credit',
  '(?:gets?|got|takes?|took|getting|taking) (?:all )?the (?:praise|glory|plaudits|thanks|recognition|credit)[^.!?\\n]{0,20}?(?:i|we) (?:do|did|get|got) the (?:work|graft|hard work|donkey work)',
  "(?:took|takes|taking|presented|presents|showed|shows|shared|shares|sent|sends)(?: [a-z0-9']+){1,8}? (?:and|but) (?:didn't|did not|never|doesn't|does not) (?:even )?(?:mention|credit|name|acknowledge|thank) (?:me|us|my name)",
  "(?:present|presents|presented|presenting|pass|passes|passed|passing|pitch|pitches|pitched|sell|sells|sold|claim|claims|claimed|show|shows|showed|shared|shares|sent|sends|emailed|circulated|uploaded|handed|put)(?: [a-z0-9']+){0,12}? (?:off )?as (?:if (?:it was|they were) )?(?:hers|his|theirs|(?:his|her|their)(?: very)? own(?: work| idea| ideas| plan)?)",
  "(?<!(?:^|[^a-z])(?:i|we|i'll|to|will|can|and i|going to) )present(?:s|ed|ing)? (?:my|our) (?:[a-z-]+ ){0,3}?(?:to|at|in front of)(?: [a-z0-9']+){0,8}? (?:and|without) (?:not|never|didn't|did not|without)? ?(?:mention|mentioning|credit|crediting|naming|acknowledg)",
  "put (?:his|her|their) (?:own )?name (?:on|to) (?:my|our)",
  "(?:takes?|took|taking|nicks?|nicked|pinch(?:es|ed)?|steals?|stole|lifts?|lifted) (?:all )?my (?:ideas?|work|resources|plans?|planning|data|displays?|schemes?(?: of work)?|slides|lessons?)(?! (?:seriously|on board|forward|into account))",
  "never (?:hear|see|get) my name (?:mentioned|credited|on it|anywhere)",
  "as if (?:she|he|they|it) (?:had |'d |was |were |did )?(?:written|write|made|make|done|created|planned|designed|built|come up with|thought of|invented|her own|his own|their own|hers|his|theirs)",
  "(?:with|and put|then put|putting|puts) (?:her|his|their) (?:own )?names? on (?:it|them|my|our)",
  "(?:takes?|took|taking|got|gets|getting|grabbed|grabs|soak(?:s|ed|ing)? up|basks?|basked|basking in) (?:all )?the (?:praise|glory|plaudits|applause|recognition|credit|thanks) for (?:my|our|your|the team's|other people's|everyone else's)",
  "under (?:her|his|their) (?:own )?name",
  "(?:got|gets|won|received|given|awarded) (?:a |the |an )?(?:promotion|praise|credit|award|bonus|thanks|recognition|pay rise) for (?:my|our)",
];

/**
 * Work piled on by someone: "handed me two more groups", "gave me the maths lead, the
 * science lead and the school council". Needs a leader or colleague in the sentence.
 */
export const PILING_ON: Vocabulary = [
  // "Ms Heath wants a 40-slide deck on our attendance strategy by Friday."
  "(?:wants|want|needs|expects|expect|has asked for|asked for|demanded|demands) (?:a|an) (?:\\d{2,3}|twenty|thirty|forty|fifty|sixty|hundred)[- ](?:slide|page|point|tab)s? (?:[a-z-]+ )?(?:deck|presentation|report|document|powerpoint|ppt|action plan|spreadsheet|plan|analysis)",
  '(?:just )?(?:been )?asked to take on (?:[a-z-]+ ){0,6}?(?:on top of|as well as|alongside)',
  `(?:handed|hands|handing|given|gave|give|gives|giving|dumped|dumps|dumping|landed|lands|lumbered|saddled|loaded|piled|offloaded|added|adds|adding|passed|passes)(?: (?:me|us))(?: with)? (?:another|two|three|four|five|six|more|extra|yet more|even more|an extra|an additional|additional|(?:two|three|four|five) more) ${WORK_NOUNS}`,
  `(?:dumped|dumps|dumping|piled|piles|piling|landed|lands|offloaded|offloads|offloading|heaped|heaps|heaping|loaded|loads|loading|shoved|shoves|pushing|pushed|palmed|palms|palming) (?:another |two |three |four |more |extra |yet more |even more |new |all the |all (?:his|her|their) |every )?${WORK_NOUNS}(?: [a-z]+){0,3}? (?:off )?on(?:to)? (?:me|us|the |staff|teachers|everyone|whoever|tutors|tas|colleagues|others)`,
  "(?:palmed|palms|palming|fobbed|fobs|passed|passes|passing|shunted|shunts|dumped|dumps)(?: [a-z']+){1,5}? off on(?:to)?",
  // "before they launch another initiative on us"
  "(?:launch|launches|launching|launched|roll out|rolls out|rolling out|rolled out|impose|imposes|imposing|imposed|spring|springs|springing|sprang|inflict|inflicts|inflicting|inflicted) (?:yet )?another (?:[a-z-]+ ){0,3}?(?:initiative|policy|system|scheme|change|strategy|app|platform|idea) on (?:us|staff|teachers|everyone|schools)",
  `(?:added|adds|adding|put|puts|putting|stuck|sticks|squeezed|squeezes) (?:another |two |three |four |five |more |extra |yet more |even more |an extra |an additional )${WORK_NOUNS}(?: [a-z]+){0,3}? (?:to|on|onto|into) (?:my|our) (?:timetable|load|plate|list|week|day|workload)`,
  "(?:handed|hands|given|gave|dumped|landed|lumbered|saddled|loaded|piled|offloaded|passed)(?: (?:me|us))(?: with)? (?:the |a |an |my )?[a-z0-9' -]{1,40}?, (?:the |a |an |my )?[a-z0-9' -]{1,40}? and (?:the |a |an |my )?[a-z]+",
  "(?:on top of|as well as) (?:everything|all) (?:else|that)",
  "(?:end|ends|ended|ending) up with (?:another|more|extra|yet more|even more|an extra|an additional|two more|three more|a new)",
  "(?:to|on|onto) (?:my|our) (?:already )?(?:full |overflowing )?plates?",
  "(?:dumped|dumps|dumping|piled|piles|piling|landed|lands|offloaded|offloads|offloading|heaped|heaps|heaping|shoved|shoves|palmed|palms|lumbered|saddled)(?: [a-z0-9']+){1,5}? (?:on|onto|upon) (?:me|us|staff|teachers|everyone|the rest of us)",
  "(?:given|gave|handed|hands|gives|giving|landed|lumbered)(?: (?:me|us))? (?:a|an|another|my|our) (?:sixth|fifth|fourth|third|second|seventh|extra|additional)(?: [a-z0-9]+){0,2} (?:class|group|set|duty|role|lead|subject|responsibility|year group|form|club)",
  "(?:keeps?|kept|keep on|always) (?:adding|giving|handing|piling|dumping|landing|throwing)(?: [a-z]+){0,3}? (?:me|us|more|extra|another|jobs|work|tasks|things)",
  "(?:got|been|was|were|get|i've been|i was) (?:given|handed|landed|lumbered|saddled)(?: with)? (?:the |a |an |my )?[a-z0-9' -]{1,40}?, (?:the |a |an |my )?[a-z0-9' -]{1,40}? and (?:the |a |an |my )?[a-z]+",
  'piling (?:more |it |work |everything |yet more |even more )?on',
  '(?:taking|take|took|takes) nothing (?:away|off)',
  "(?:gave|given|handed|passed|dumped|landed|offloaded)(?: (?:me|us))? (?:her|his|their|another|an extra|a second|the whole|the entire|all of (?:her|his|their|the)|all the) (?:[a-z0-9]+ ){0,4}?(?:class|classes|group|groups|duty|duties|curriculum|timetable|marking|reports|planning|set|sets|lessons|work|job|jobs|role|roles|clubs?)",
  "(?:added|put|stuck|squeezed|bolted) (?:on|onto|to|into) (?:my|our) (?:timetable|load|plate|list|week|day|workload|directed time|to-?do list)",
  "(?:added|adds|adding) to (?:it|both|them|the pile|the list)",
];

/** Not being heard: "fell on deaf ears", "raised it five times". Needs the workplace nearby. */
export const NOT_LISTENING: Vocabulary = [
  // "Just wish the people who planned it had asked the people who actually ran it."
  "(?:wish|if only) (?:the people|they|someone|somebody|whoever|leadership|slt|management|the trust)(?: (?:who|that) (?:planned|organised|decided|arranged|designed) (?:it|this|that))? (?:had |would(?: have)? |could(?: have)? )?(?:asked|consulted|listened to|checked with|talked to|spoken to) (?:the people|us|staff|those|the staff|the teachers|anyone)",
  "(?:nobody|no one|no-one) (?:asked|checked|consulted|listened)(?=[,.!;]|$| and| either)",
  // Nobody asked the people who do it; a request parked: "The TLR? Still being looked at."
  "(?:nobody|no one|no-one|naebody|never) (?:asked|consulted|checked with) (?:the|us|staff|teachers|the people|the folk|those|any of us|anyone)(?: (?:who|that) (?:actually )?(?:teach|do|work|run|use|deliver))?",
  '(?:still|is still|are still|been) (?:being )?(?:looked at|looked into|considered|reviewed|under review|awaiting (?:triage|approval|sign-?off))',
  "(?:still )?(?:isn't|is not|aren't|are not|wasn't|weren't) listening",
  "(?:reported|raised|flagged|logged|chased)(?: it)? (?:two|three|four|five|six|seven|\\d+|several|multiple|countless|many|umpteen) times",
  '(?:fell|falls|falling|fallen|fall) on deaf ears',
  '(?:like )?talking to a brick wall',
  'in one ear and out (?:of )?the other',
  "(?:raised|flagged|mentioned|reported|emailed about|asked about)(?: [a-z0-9']+){1,8}? (?:three|four|five|six|seven|eight|nine|ten|\\d+|several|multiple|countless|numerous|so many|how many) times",
  "(?:raised|flagged|reported|mentioned|emailed|asked about|told|warned|informed|alerted)(?: [a-z0-9']+){1,10}? (?:in|back in|last|since) (?:september|october|november|december|january|february|march|april|may|june|july|august|the autumn|the spring|term|year|month|week)",
  '(?:disappears?|disappeared|vanish(?:es|ed)?|goes|went|gone|sinks?|sank|falls?|fell|lost) into (?:the|a) (?:void|black hole|abyss|ether|bin)',
  '(?:goes|went|gone|going) (?:absolutely )?nowhere',
  '(?:never|not) (?:heard|hear) (?:anything |a thing |a word )?back',
  'heard nothing(?: back)?',
  '(?:no|zero|still no) (?:reply|response|answer|acknowledgement)',
  'left on read',
  '(?:nothing|still nothing|not a thing) (?:has |have )?(?:changed|happened|happens|been done|was done|gets done|moved)(?! without| unless| until| if)',
  'nothing (?:has )?(?:ever )?come of it',
  '(?:nobody|no one|no-one)(?: upstairs| at the top| in charge| in leadership| on slt)? (?:ever |even |actually |really )?(?:listens|listened|hears|heard|reads|read|replies|replied|responds|responded)',
  "(?:until|till|til) (?:i'm|i am|i was|we're|we are|we were|i've|i) (?:been )?blue in the face",
  '(?:might|may) as well (?:be )?(?:talk|talking|speak|speaking|shout|shouting|write|writing) (?:to|at|into) (?:a|the) (?:brick )?(?:wall|void|kettle|wind)',
  "(?:still )?nothing (?:has |'s |have )?(?:been |ever been )?(?:done|changed|fixed|sorted)",
  '(?:does|did|do|doing) (?:the )?(?:complete|exact|total|polar) opposite',
  "(?:binned|bins|shelved|shelves|buried|dismissed|dismisses|ignored|ignores)(?: [a-z]+){0,2}? (?:them|it|every (?:one|single one|suggestion|idea)|all of (?:them|it)|our (?:concerns|feedback|suggestions|ideas|views|survey|comments)|the (?:concerns|feedback|survey|suggestions|results|comments))",
  '(?:disappears?|disappeared|vanish(?:es|ed)?|dies|died|goes nowhere) the (?:moment|minute|second) (?:it|they)',
  '(?:nothing|not a thing|no reply|no answer|no response|not a word|not a peep|zilch|nada) (?:back|since)',
  "(?:emailed|raised|flagged|mentioned|reported|chased|asked)(?: [a-z0-9']+){1,8}? (?:twice|three times|four times|five times|\\d+ times|several times|multiple times|repeatedly|again and again|countless times)",
  "(?:nods?|nodded|nodding|smiles?|smiled)(?: [a-z,\"']+){0,6}? (?:and|then|but) (?:then )?(?:does|did|carries on|carried on|ignores?|ignored|forgets?|forgot|nothing happens|nothing happened)",
  "(?:the )?last (?:we|i|anyone|you) (?:ever )?(?:hear|heard|see|saw) of it",
  "(?:filed|put|thrown|went|goes|gone|chucked) (?:straight )?(?:in|into) the (?:bin|shredder)",
  "(?:years|months|weeks|terms) of (?:asking|begging|chasing|emailing|requesting|raising)",
  "(?:and )?nothing (?:ever )?changes",
  '(?:both|all three|every|each) times? (?:ignored|brushed off|dismissed|nothing)',
  "(?:brought|took|put|sent|shared|passed)(?: [a-z0-9']+){1,10}? to (?:slt|smt|the head|my head|our head|leadership|management|my line manager|the trust|governors|my hod)(?: [a-z0-9',]+){0,6}? (?:in|back in|last|since|twice|three times|again)",
  "(?:still )?(?:nobody|no one|no-one)(?: [a-z]+){0,2} (?:has |have )?(?:done|did|does) (?:anything|a thing|a single thing)",
];

/** Asking for something: the first half of a refusal story. */
export const REQUEST: Vocabulary = [
  "(?:asked|asking) (?:mr|mrs|miss|ms|mx|dr) [a-z'-]+ (?:for|if|whether|to)",
  "(?:can|could|may) i (?:have|take|get) (?:the|a|an|one) (?:morning|afternoon|day|half[- ]day|hour) off",
  // Asked and refused in one: "refused my flexible working request".
  "(?:refused|refuses|rejected|rejects|turned down|turns down|denied|denies|knocked back|said no to|says no to) (?:my|our|her|his|their|a|every|all)(?: [a-z-]+){0,2}? (?:flexible working|flexi-?time|part-?time|job share|leave|time off|day off|half day|holiday|cpd|training|course|transfer|promotion|pay progression|threshold|upscale|tlr|secondment|reduced hours|phased return|adjustments?)(?: [a-z-]+)? (?:requests?|applications?|bids?|appeals?)",
  "(?:requested|put in (?:a )?request|applied for)",
  "went to (?:my|the|our) (?:[a-z]+ ){0,2}(?:line manager|head|hod|manager|boss|deputy|head of (?:department|year)|slt) (?:about|for|with|to ask)",
  "(?:asked|asking|requested|requesting|applied|applying|begged|begging|put in (?:a )?request|put forward|suggested|suggesting|proposed|proposing)(?: (?:slt|smt|the head|my head|our head|my line manager|my boss|leadership|management|my hod|the trust|them|him|her))?(?: (?:for|to|if|about|whether|a|an|my|our))",
];

/** What staff ask leave for: a request about these is about work even when it names a hospital. */
export const LEAVE: Vocabulary = [
  '(?:leave|go|finish|get off) early',
  '(?:a |an |one )?(?:day|half day|half-day|afternoon|morning|hour|hours|week) off',
  'time off',
  'leave of absence',
  '(?:compassionate|unpaid|special|paternity|maternity|parental|carer\'s) leave',
  'appointments?',
  'funeral',
  'graduation',
  'operation',
  'wedding',
  'nativity',
  'sports day',
];

/** The answer that makes a request a complaint: refused, brushed off, lectured. */
export const REFUSED: Vocabulary = [
  "(?:refused|refuses|rejected|rejects|turned down|turns down|denied|denies|knocked back|said no to|says no to) (?:my|our|her|his|their|a|every|all)(?: [a-z-]+){0,2}? (?:flexible working|flexi-?time|part-?time|job share|leave|time off|day off|half day|holiday|cpd|training|course|transfer|promotion|pay progression|threshold|upscale|tlr|secondment|reduced hours|phased return|adjustments?)(?: [a-z-]+)? (?:requests?|applications?|bids?|appeals?)",
  "(?:(?:the )?(?:answer|reply|response|verdict)(?:'s| is| was)?:? (?:a )?(?:no|nope|flat no|big no|refused|denied))",
  "(?:got|was|were|been|be|get|i) (?:told(?! (?:yes|of course|that's fine|no problem|it was fine|to go))|refused|turned down|knocked back|laughed at|a flat no|a no|lectured|reminded|fobbed off|brushed off|ignored)",
  '(?:said|says) no',
  '^told (?:to|that|we|i|me|us|no)',
  '^(?:got told|was told) no',
  '^(?:no|nope|nah)$',
  'a lecture',
  '(?:^|, )refused',
  "['\"]?not a priority['\"]?",
  'not (?:in|within) (?:the )?budget',
  'no chance',
  "(?:laughed|laughs|scoffed|scoffs|sniggered|smirked|rolled (?:her|his|their) eyes)",
  "(?:said|says|told me|told us) ['\"]?good luck",
  "(?:told|said) (?:me |us )?(?:it|that) (?:wasn't|isn't|was not|is not|wouldn't be|won't be) (?:possible|an option|happening|fair on|going to happen)",
  "^(?:refused|denied|rejected|declined|turned down|knocked back)(?![a-z])",
  "(?:came out|left|walked out) with (?:two|three|more|extra|another|a lecture)",
  "(?:too busy|no time for (?:me|this|that))",
  "(?:go|do it|book it|have it|come|make it|do that) (?:after school|in the holidays|at the weekend|in half[- ]term|another (?:day|time)|in (?:my|your) own time)",
];

/** Told to cope better instead of being helped: "told me to try harder". Needs a leader or colleague nearby. */
export const DISMISSAL: Vocabulary = [
  "(?:get|got|gets|getting) told to (?:build|be|try|just|manage|cope|smile|stop|toughen|get on|work)",
  "(?:showed|shows|meant|means|proved|proves) (?:that )?(?:i|we) (?:lacked|lack|lacking|wasn't|weren't|was not|were not) (?:commitment|dedication|ambition|resilience|passion|drive|committed|dedicated|a team player)",
  // Criticism from above about the writer's own work: "Got told my display was not on brand."
  "(?:got|was|were|been|being|am|are) told (?:off )?(?:that )?(?:my|our) (?:display|displays|marking|books|planning|lesson|lessons|classroom|room|board|feedback|handwriting|data|reports?)s? (?:was|were|is|are|isn't|wasn't|weren't|aren't|needed|need|needs|had|has|lacked|lacks)",
  "(?:we're|we are|we get|we got|i'm|i am|i was|i got|we were|staff are|staff were)(?: being)? told to (?:smile|be positive|cheer up|stop moaning|stop complaining|get on with it|wear a coat|toughen up|be grateful|suck it up|be flexible|find the time)",
  "you'?ll (?:be fine|manage|cope|survive|be grand)",
  "^told to (?:just )?(?:differentiate|try|be|work|manage|cope|plan|get on|stop|smile|toughen|wear|put up|live with|deal with)",
  "told (?:in|at|during) (?:my|our) (?:appraisal|review|observation feedback|performance review|one[- ]to[- ]one|meeting|feedback) (?:that )?(?:i|we) (?:need|needed|should|must) (?:to )?(?:show|be|have|do|give|put in) more",
  "(?:told|tells|telling|said to|advised|reminded) (?:me|us) (?:to|that i should|i should|we should|that we should) (?:just |simply )?(?:try harder|toughen up|man up|get on with it|suck it up|stop (?:moaning|complaining|whinging|whining)|be (?:more )?(?:resilient|positive|grateful|flexible|organised)|work smarter|manage (?:my|our) time|prioritise|build better relationships|do yoga|take a bath|have a bath|breathe|look after (?:myself|ourselves)|go home early|have a bubble bath|use (?:my|our) holidays|do it in (?:my|our) own time|sort it out (?:my|our)sel(?:f|ves))",
  "(?:the )?(?:answer|response|solution|advice|reply)(?: from (?:the |our |my )?[a-z]+)? (?:was|is|:) (?:to |just |a |an )",
  "(?:got|given|handed|sent) (?:me )?an? (?:leaflet|poster|link|email|podcast|app|video) (?:about|on)",
  // "a headteacher who files every bit of feedback under negativity"
  "(?:files?|filed|filing|dismiss(?:es|ed|ing)?|writes? off|wrote off|labels?|labell?ed|brands?|branded|treats?|treated) (?:every|all|any|each)(?: (?:bit|piece|scrap|item))?(?: of)? (?:feedback|concerns?|criticism|questions?|suggestions?|challenges?) (?:as|under|down as) (?:negativity|negative|moaning|whinging|complaining|resistance|disloyalty|a moan|a complaint)",
];

/** A request refused, told as a story: "Asked for a half day … got told we all have families." Stands alone. */
export const REFUSAL: Vocabulary = [
  // "cant get a day off 4 my sons graduation"
  "(?:can't|cant|cannot|couldn't|could not|wasn't allowed to|not allowed to|won't let me|wouldn't let me) (?:get|have|take) (?:a|the|one|half a) (?:day|morning|afternoon|half[- ]day|hour|couple of hours|time) off (?:for|4)",
  "(?:asked|requested|applied|begged|put in (?:a )?request)(?: (?:for|to (?:have|take|leave|go|attend|see)))[^.!?\\n]{1,80}?(?:,|;|-| and| but| only to be)? (?:i )?(?:got|was|were|been|be|get) (?:told|refused|turned down|knocked back|laughed at|a flat no|a no|lectured|reminded)",
  "(?:asked|requested|applied)(?: (?:for|to (?:have|take|leave|go|attend|see)))[^.!?\\n]{1,80}?(?: and| but|,) (?:the )?(?:answer|reply|response) was",
  '(?:we all have|everyone has) (?:families|lives|kids|children)',
  'be grateful for (?:the|your|our) holidays',
];

/** A put-down: criticised in front of others, belittled. Needs a leader or colleague in the draft. */
export const PUT_DOWN: Vocabulary = [
  "(?:threw|throws|thrown|throwing|chucked) (?:me|us|her|him|them|the team|colleagues) under the bus",
  "(?:hung|hangs|hanging|left) (?:me|us|her|him|them) out to dry",
  "(?:stabbed|stabs|stabbing) (?:me|us|her|him|them) in the back|back-?stabb(?:ing|ed|er)",
  "(?:told|tells|said|says|called|calls|shouted|snapped|criticised|criticises|mocked|mocks|laughed|laughs|tore|tears|ripped|rips|dressed|dresses|yelled|screamed|swore)(?: [a-z0-9']+){0,10}? in front of (?:my|the|our|all|everyone|his|her|their|a|an|two|three|half|the whole)",
  // "My HoD shouted at me", "had a go at me in the corridor".
  "(?:shouted|yelled|screamed|snapped|swore|bellowed) at (?:me|us|my colleague|a colleague|the tas?|her|him)",
  "(?:had a go at|tore into|laid into|tore a strip off|ripped into|laid down the law to|dressed (?:me|us) down) (?:me|us|my|a)?",
  '(?<!(?:nobody|no one|no-one|never|didn\'t|did not|without|not once|not) )(?:belittl|humiliat|talk(?:ed|s|ing)? down to|spoke to me like|speaks to me like|spoken to like|made me feel (?:small|stupid|useless|like an idiot|this big))',
  "looked at (?:me )?like (?:i|i'd|i had|i was)",
  "(?:rolled|rolls) (?:her|his|their) eyes",
  // "Line manager: have you tried being more efficient?"
  "have you (?:tried|thought about|considered) (?:being|working|getting|planning|managing (?:your|the) time) (?:a (?:bit|little) )?(?:more )?(?:efficient(?:ly)?|organised|faster|quicker|smarter|harder|better)",
];

/** Advice to leaders that is really a complaint. Stands alone. */
export const ADVICE: Vocabulary = [
  '(?:a )?(?:reflection|question|thought|note|reminder) for (?:anyone|everyone|those|all of you) (?:leading|running|chairing|in charge of|who (?:lead|run|chair))',
  `(?:${LEADER_WORDS}|the trust) (?:please |might want to |should |need to )?(?:take note|take heed|listen up|read this|read that again)`,
  '(?:free |some |a bit of |quick |friendly |unsolicited )?(?:leadership|management|slt) (?:advice|tips?)',
  '(?:a )?(?:question|plea|request|note|message) for (?:anyone|everyone|those|all of you|any of you|whoever is) (?:in|on|running) (?:senior )?(?:leadership|management|slt|charge|schools)',
  "if you want (?:your |the |any )?(?:staff|teachers|people|team|colleagues) (?:still )?(?:standing|left|around|in post|to stick around)",
  // "If the trust spent half as much on staff as on rebranding…", "Open letter to whoever wrote…".
  `^if (?:the |our )?(?:trust|${LEADER_WORDS}|they)(?: [a-z']+){0,2}? (?:spent|listened|asked|cared|paid|valued|bothered|treated|trusted|supported|invested|stopped|actually|ever|just|took)`,
  '^(?:an? )?open letter to',
  `(?:(?:a |my |some )?(?:genuine|honest|serious|quick|friendly|free|top|pro|small|gentle|little|humble|simple) )?(?:advice|tip|psa|thought|suggestion|idea|reminder|message|note|memo|lesson|word|food for thought|question|request|plea)(?: for| to)(?: any| all| every| our| the| my| some| dear)?(?: new| future| aspiring| would-be)? ${LEADER_WORDS}`,
  // (Not "no relation to the head," nor "next to the head,": addressed, not related.)
  `(?:dear|attention|memo to|note to|calling all|hey|message to|to all|to any|(?<!(?:relation|related|next|close|married|similar|nothing|talking|talk|said|says|went|go|sent|reported|up) )to the)(?: trust)? ${LEADER_WORDS}(?: (?:reading|out there|everywhere))?[,:]`,
  `^${LEADER_WORDS}(?: (?:everywhere|out there|of the world|reading this))?[,:] (?:[^.!?\\n]{0,80}?)(?:maybe|perhaps|try|stop|how about|instead|please|if you|why not|could you|you might|fewer|less|more actual|\\?)`,
  `^${LEADER_WORDS}(?: (?:everywhere|out there|of the world))?[,:] (?:if|try|stop|maybe|perhaps|please|how about|just|listen|ask|here's|remember|your|you|when|imagine|news flash|newsflash)`,
  "if you want (?:your |the )?(?:staff|teachers|people|team|colleagues) to (?:stay|be happy|feel valued|trust you|respect you|work harder|care)",
  `if ${LEADER_WORDS} (?:want|wants|really want|expect|expects) (?:us|staff|teachers|people|the team|colleagues) to`,
  // Not a state: "he's just not himself", "it's just not fair" say how things are, not what to do.
  "(?:maybe|perhaps|how about|try|(?<!(?:'s|'re|'m|\\bis|\\bare|\\bam|\\bwas|\\bwere|\\bbe|\\bfeel|\\bfeels|\\bfelt) )just) (?:stop|stopping|not|fewer|less|asking (?:us|staff|your staff)|listening to (?:us|staff|your staff)|visiting a classroom|treating (?:us|staff))",
  "(?:maybe|perhaps|just maybe|could it be that) the (?:problem|issue) (?:isn't|is not|might not be|may not be|isnt|ain't) (?:the|your) (?:staff|teachers|team|people)",
  "if (?:all |half |most |so many of )?(?:your|the) (?:staff|teachers|team) (?:are|keep|is|keeps) (?:leaving|quitting|off sick|going off sick|burning out)",
  `if you(?:'re| are) an? (?:head|leader|head ?teacher|senior leader|manager|line manager|school leader|ceo|head of department|deputy head)`,
  "here(?:'s| is) (?:a|an) (?:wild|radical|novel|crazy|revolutionary|simple|free|top|little|mad) (?:idea|thought|tip|suggestion|concept)",
  `(?:to|for) (?:any|all|every|the) ${LEADER_WORDS} (?:reading|out there|listening)`,
];

/**
 * What leaders say, then what happens: "Head says we're a family. Families don't make
 * you beg for a day off." The claim; the reality is the next sentence (`REALITY`).
 */
export const CLAIM: Vocabulary = [
  "apparently (?:the|our|this) [a-z -]{1,30}? (?:is|was) (?:there|meant|supposed|designed|intended) to (?:reduce|cut|ease|help|support|save)",
  "(?:mr|mrs|miss|ms|mx|dr|revd|rev) [a-z'-]+ (?:has )?(?:promised|said|says|claimed|claims|assured|told us|swore)",
  "(?:they|he|she|(?:the |our |my )?(?:head|head ?teacher|ceo|trust|slt|smt|leadership(?: team)?|management|bosses|boss|line manager|deputy(?: head)?|governors|head of (?:department|year)|hod|exec team))(?: [a-z']+){0,2} (?:says?|said|claims?|claimed|calls?|called|promised|promises|tells? us|told us|assured us|swore|insists?|insisted|keeps? saying|kept saying|likes? to say|loves? to say|boasts?|boasted)",
  "(?:we were|we've been|we have been|we had been|i was|i've been|i have been|staff were|staff have been) (?:promised|told|assured|guaranteed)",
  // What a policy or an advert says, as a label: "Behaviour policy: staff will be fully supported. Reality: …"
  "^(?:the |our )?(?:[a-z]+ ){0,2}?(?:policy|plan|promise|pledge|charter|advert|job advert|job description|brochure|prospectus|website|handbook|slides?|memo|e-?mail|newsletter|mission statement)(?: says| said| promised| claims)?:",
  '^(?:on paper|officially|in theory)(?=[,:]| we| staff| it| they| the)',
  // Said without a subject: "Promised a pay review in September."
  "^(?:promised|assured|guaranteed|told) (?:a|an|the|us|me|staff|everyone)",
];

/**
 * A question that asks whether the workplace is fair: "How is it fair that…?", "Where's
 * the fairness in that?" A complaint whenever the sentence is about the workplace.
 */
export const FAIRNESS_QUESTION: Vocabulary = [
  "how (?:is|was|'s) (?:it|that|this) (?:fair|ok|okay|right|reasonable|acceptable|allowed|legal|justified)",
  "where(?:'s| is) the (?:fairness|logic|sense|justice)",
  "(?:is|was) (?:it|that|this) (?:really )?(?:fair|right|reasonable|acceptable) (?:that|to|for)",
  'since when (?:is|was|has|did|do|does)',
  // "…all in one week. Who signs this off?"
  'who (?:signs|signed|approves|approved|agreed|okayed|thought|decided|plans|planned) (?:this|that|these|it)(?: off| one)?',
];

/**
 * A question that asks whether the workplace is normal: "Is it normal that…?", "Anyone
 * else's school make you…?" A complaint when something in it, or the sentence after,
 * weighs on the writer.
 */
export const NORMAL_QUESTION: Vocabulary = [
  "(?:genuine|honest|serious|real|quick) question,? (?:is|does|do|am|has|have|are)",
  "is (?:it|this|that) (?:just me|normal|standard|usual|ok|okay|acceptable|reasonable|common|a thing)(?! (?:to feel|to be (?:nervous|anxious|scared|worried|excited)|for (?:my|a|your) (?:baby|child|son|daughter|toddler|dog|cat|puppy|kitten)))",
  "(?:does )?any(?:one|body) else'?s (?:school|head|head ?teacher|slt|smt|trust|boss|line manager|manager|workplace|leadership|leaders|academy|office|department|dept|hod|deputy)",
  "am i the only one (?:whose|who(?:'s| is| has)? (?:been )?(?:told|asked|expected|made|given))",
  "why (?:do|does|should|are|is|must) (?:we|staff|teachers|tas|the office|office staff|support staff|the support staff|lunchtime staff|the tas)(?: always| still| all)? (?:have to|get|need to|being|be expected)",
];

/** The sentence after a claim that says otherwise. */
export const REALITY: Vocabulary = [
  '(?:it )?runs to (?:\\d+|[a-z]+) pages',
  "(?:has been|have been|is|was|stays?|stayed|remains?|remained) (?:firmly |permanently |always )?(?:shut|closed|locked|empty|silent|nowhere to be seen)",
  "(?:don't|doesn't|didn't|isn't|aren't|wasn't|weren't|won't|hasn't|haven't|never|not|no|nope|nothing)",
  'we call it',
  '(?:in )?reality',
  'actually',
  "(?:it's|it has|it's|it) (?:doubled|tripled|gone up|increased|got worse|made it worse)",
  "(?:we've|we have|i've|i have|we) (?:had|got|been given) (?:\\w+ )?(?:more|four|five|three|six|seven|\\d+|another|twice)",
  "(?:it|that|this|they) (?:actually |really )?(?:takes?|took|costs?|lasts?|lasted) (?:[a-z]+ )?(?:hours|days|weeks|three|four|five|six|\\d+)",  "still (?:waiting|nothing|no sign|no word|not a (?:word|penny|sign))",
];

/** Something went wrong because a leader or a colleague failed to act. Needs both, and a disruption nearby. */
export const FAILURE: Vocabulary = [
  'because (?:the trust|they|leadership|the office|head office) only (?:confirmed|told us|sent|booked|approved)',
  "(?:froze|frozen|freezes|freezing) recruitment|because (?:the trust|leadership|slt|management|the head) (?:froze|cut|stopped|withdrew|paused|refused|scrapped)",
  "(?:switched on|rolled out|launched|introduced|brought in) without (?:any )?(?:testing|consultation|warning|training|notice)|(?:we|schools|staff) had no say",
  "(?:was|were|wasn't|weren't|was not|were not) (?:never )?(?:confirmed|booked|sent|submitted|ordered|arranged|paid|signed off|approved|checked) by (?:mr|mrs|miss|ms|mx|dr|the|our|a member)",
  "given the wrong (?:time|date|day|address|pick-?up time|details|information|numbers?) by",
  // "Mr Sandhu booked the wrong return time"
  "(?:booked|ordered|sent|printed|gave|put|entered|arranged) (?:the|a) wrong (?:[a-z-]+ )?(?:time|day|date|coach|coaches|venue|address|version|letter|list|pick-?up|drop-?off)",
  "we (?:did )?warn(?:ed)? (?:them|the trust|leaders|slt|leadership|management)",
  "(?:system|software|platform|app|portal|server)(?: [a-z']+){0,6} (?:has |have )?failed",
  "(?:booked|ordered|sent|arranged|scheduled|set)(?: [a-z']+){0,3} (?:for|on|to) the wrong (?:time|day|date|place|school|address|week|afternoon|morning|evening|term|month|year group|class|venue|site)",
  // "Mrs Pickles sent out the old version", "uploaded last year's letter".
  "(?:sent|send|posted|put|uploaded|emailed|printed|shared)(?: (?:out|up|home|round))? (?:the |an? )?(?:old|wrong|previous|out-of-date|outdated|unchecked|draft|last (?:year|term|week)'s) (?:[a-z-]+ )?(?:version|copy|menu|letter|list|dates|timetable|link|form|booklet|file|document|draft)",
  "still (?:hasn't|haven't|has not|have not|hadn't|had not) (?:fixed|sorted|repaired|replaced|done|answered|paid|booked|ordered|approved|signed off)",
  "(?:set|decided|imposed|chosen|made|scheduled|signed) by (?:the )?(?:senior leaders|senior leadership|slt|smt|the trust|trust|leadership|management|head office|governors)",
  // "Following a decision by St Joseph's Trust, breakfast club will close."
  "(?:a |the )?decision (?:by|of|from) (?:the )?(?:[a-z'-]+ ){0,3}?(?:trust|governors|leadership|slt|head office)",
  "(?:we|i) (?:argued|fought|pushed|campaigned) (?:hard |long and hard |very hard )?against (?:this|it|the decision)",
  "left (?:teachers|us|staff|the team|everyone) (?:with )?no time",
  "gave (?:us|staff|schools|parents|anyone|the school) no (?:warning|notice)",
  "double[- ]booked (?:the|a|our)",
  // "…didn't turn up because Mr Pickles booked it for next Wednesday": a named colleague as the cause.
  "because (?:mr|mrs|miss|ms|mx|dr) [a-z'-]+ (?:had |has )?(?:booked|ordered|arranged|sent|forgot|missed|lost|deleted|didn't|did not|never|failed|got the|put)",
  "(?:has|have|had) left (?:us|staff|the school|pupils|the kitchen|everyone) without",
  // "…because the trust has once again failed to sort out the minibus insurance."
  "(?:once again |yet again |again )?failed to (?:sort|book|order|arrange|renew|pay|fix|organise|get|submit|confirm|repair|replace|maintain|mend)",
  // "Mr X was responsible for the booking and it simply wasn't done."
  "(?:was|were) responsible for [^.!?\\n]{1,40}? and (?:it |they )?(?:simply |just )?(?:wasn't|was not|weren't|were not|never (?:was|were|got)|didn't get) (?:done|booked|sorted|ordered|arranged|made|sent)",
  // "This was a trust decision, not ours."
  "(?:was|is|were|are) (?:a |the )?(?:trust|central|head office|governors'?|leadership|slt|management|head's) decisions?",
  "(?:(?:was|were|wasn't|weren't) not|(?:was|were)n't|not) (?:made|done|sent|submitted|booked|signed|returned|approved|completed|paid|ordered|arranged|confirmed|filed|checked)(?: by [^.!?\\n]{1,40}?)? (?:in time|on time)",
  "(?:did not|didn't|failed to|forgot to|neglected to|never got round to|couldn't be bothered to|did not bother to|didn't bother to|have not|haven't|has not|hasn't|had not|hadn't|never)(?: (?:yet|even|bothered to|managed to))?(?: [a-z']+){0,3}? (?:in time|on time|submit(?:ted)?|book(?:ed)?|sen[dt]|sign(?:ed)?|get|got|order(?:ed)?|pa(?:y|id)|return(?:ed)?|complete(?:d)?|file(?:d)?|arrange(?:d)?|confirm(?:ed)?|organi[sz]e(?:d)?|check(?:ed)?|appl(?:y|ied)|renew(?:ed)?|chase(?:d)?|approve(?:d)?|finish(?:ed)?|mark(?:ed)?|agree(?:d)?)",
  '(?:forgot|forgotten|forgets) (?:to|about)',
  '(?:missing|missed|forgot|forgetting|not meeting|ignoring|ignored|losing|lost|not submitting|not sending|not booking) (?:the|a|their|his|her) (?:deadline|booking|paperwork|forms?|date|payment|application|e-?mail|order|sign-off)',
  '(?:caused|held up|delayed) by',
  '(?:down to|because of|thanks to) (?:the )?(?:(?:un)?(?:organi[sz]ation|planning|failure|mistake|error|oversight|delay)s? (?:of|by) )',
  "not [a-z]+ing(?: [a-z']+){0,4}? (?:in time|on time)",
  "(?:down to|because of|thanks to|due to|all because|entirely because) (?:the |our |my )?(?:trust|slt|smt|leadership|management|head|office|bosses|governors|line manager|head ?teacher|deputy|business manager|bursar)(?:'s)? (?:not|failing|forgetting|never|losing|missing|refusing|failure|mistake|error|incompetence|delay)",
  "(?:nobody|no one|no-one)(?: [a-z]+){0,3} (?:signed|booked|sent|submitted|ordered|confirmed|paid|arranged|checked|approved|returned|filed|completed|remembered)",
  "(?:was|were) never (?:confirmed|booked|sent|submitted|ordered|paid|arranged|signed off|approved)",
  "(?:refused|declined|failed) to (?:approve|sign|pay|book|confirm|fund|allow|sign off|renew|order)",
  "(?:an? )?(?:oversight|mistake|error|mix-?up|blunder|failure|administrative error|admin error|miscommunication) (?:by|from|on the part of|at|in) (?:the|our)",
  "(?:double[- ]booked|lost|mislaid|withdrawn|withdrew|pulled|cut|refused|blocked|vetoed|forgotten)(?: [a-z]+){0,3}? by (?:the|our)",
  "(?:has |have |had )?(?:withdrawn|withdrew|pulled|cut|blocked|vetoed|lost|mislaid) (?:the |our |its |their )?(?:funding|money|booking|paperwork|approval|insurance|permission|forms?|deposit)",
  "(?:was|were|has|have) never (?:been )?(?:made|done|sent|booked|submitted|paid|arranged|signed|returned|confirmed|approved|ordered)",
];

/** What went wrong for pupils or families. */
/**
 * The school saying sorry to families, or putting a mistake right: something went wrong,
 * as surely as "cancelled".
 * "Apologies to families… Mr Bainbridge booked the coaches for the wrong afternoon" blames him.
 */
export const APOLOGY: Vocabulary = [
  '(?:our )?(?:sincere |sincerest )?apologies (?:to|for)',
  'we (?:sincerely )?apologi[sz]e',
  "(?:we're|we are)(?: very| so| really| truly)? sorry",
  'sorry for (?:the|any) (?:inconvenience|confusion|delay|error|mix-?up|disruption|late)',
  // Putting it right: "A corrected copy will be sent home on Monday."
  '(?:a |the )?corrected (?:copy|version|letter|list|menu|timetable|booklet|dates|form)',
];

export const DISRUPTION: Vocabulary = [
  '(?:lessons|classes|clubs|exams|assemblies)(?: are| will be| have been)? (?:moving|moved|relocated|going) to',
  'bear with (?:us|the queues|the delays|us while)|(?:longer|long) queues|delays',
  '(?:is|are|has been|have been) (?:called )?off(?! (?:sick|work|to|site|the))',
  '(?:moved|moves|pushed back|rescheduled|rearranged|postponed) (?:to|until|till) (?:next|a later|another)',
  "(?:is|are|was|were|it's) off (?:tonight|today|tomorrow|this week|this evening)|without (?:a working|any working|hot)|cold (?:options|food) only",
  '(?:ends?|ended|ending|finish(?:es|ed|ing)?) early|cut short',
  "(?:cancell?ed|cancel(?:s|ling)?|cancellation|postponed|called off|delayed|delay|delays|late|won't (?:go ahead|be going ahead|happen|run)|not (?:going ahead|happening|running)|(?:can't|cannot|can not|couldn't|could not|will not|won't) go ahead|(?:cannot|can't|can not|won't|will not) (?:happen|take place)|(?:unable|not able) to (?:go ahead|run|happen|take place)|will not (?:happen|run|take place|be going ahead)|no longer (?:going ahead|running|happening)|fell through|falls through|(?:is|are|was|has been|have been) off|missed out|missing out|lost (?:our|the|their) (?:place|booking|slot))",
];

/**
 * A double standard about money: "found the budget for a new sign but not for a TA",
 * "said no to a Christmas do but found money for new chairs". Needs the workplace nearby.
 */
export const DOUBLE_STANDARD: Vocabulary = [
  "(?:would|'d) rather (?:[a-z'-]+ ){1,6}?than (?:fix|pay|hire|support|listen|replace|repair|fund|keep|thank|ask)",
  "(?:found|finds|find|finding|had|has|have|there's|there is|there was|magically found|somehow found|suddenly found|always finds?)(?: the)? (?:money|budget|cash|funds|funding|time|\\d+k|£[\\d,.]+k?) (?:for|to (?:buy|pay|fund|spend))[^.!?\\n]{1,80}?(?:,)? but (?:not|no|never|nothing|none)",
  "(?:said no to|says no to|refused|refuses|no money for|no budget for|can't afford|cannot afford|couldn't afford|no funding for|too expensive)[^.!?\\n]{1,80}?(?:,)? but (?:[a-z]+ ){0,3}?(?:found|finds|find|there's|had|has|have|somehow|magically|suddenly|spent|spend|spends|bought|buy|buys)",
  '(?:budget|money|funding|cash) (?:only )?(?:ever )?stretches to',
  "(?:always|plenty of|loads of|there's always|always seems to be|somehow) (?:money|budget|cash|funds|funding|time) (?:for|to)[^.!?\\n]{1,60}? (?:and|but|yet) (?:never|not|no|none|nothing)",
  "(?:found|finds|find|finding|magically found|somehow found) (?:the )?(?:money|budget|cash|funds|funding) (?:for|to (?:buy|pay|fund|hire))",
];

/**
 * Money spent at the top while staff go without: "while the trust buys new minibuses",
 * "the trust spent thousands on a rebrand". Stands alone unless the sentence is thanks.
 */
export const SPENDING: Vocabulary = [
  '(?:handing|giving|awarding|paying) (?:each other|themselves) (?:bonuses|pay rises|rises|a bonus)',
  // "…and a CEO salary that has doubled."
  "(?:ceo|head|executive|exec|director|chief executive)(?:'s)? (?:salary|pay|wage|bonus|car allowance|expenses|pay packet)(?: [a-z]+){0,3} (?:has |have )?(?:doubled|tripled|gone up|went up|goes up|increased|risen|rose|rising|soared)",
  // "…now they're taking our best teachers to prop up their flagship."
  "(?:took|taking|taken|takes|stripped|stripping|raided|raiding|pinched|nicked|stole|stealing|grabbed|grabbing|poached|poaching)(?: away)?(?: all)? our (?:best |good |only |last )?(?:teachers|staff|tas|money|funding|budget|reserves|resources|music service|library|minibus|playing field money|pe money)",
  `while (?:the|our|my) (?:trust|school|academy|mat|ceo|head|heads|governors|slt|leadership|management|bosses|execs?|exec team)(?![a-z])[^.!?\\n]{0,60}?(?<![a-z])(?:buys?|bought|spends?|spent|splash(?:es|ed)|wastes?|wasted|pays?|paid|gets?|got|awards?|awarded|gives?|gave|hires?|hired|refurbish(?:es|ed)?|rebrands?|rebranded)`,
  '(?:the|our|my) (?:trust|school|academy|mat|ceo|head|heads|governors|slt|leadership|management|bosses|execs?|exec team) (?:has |have |just )?(?:spent|spends|wasted|wastes|blew|blows|splashed|splashes) (?:out )?(?:thousands|millions|hundreds|£\\d[\\d,.]*k?|a fortune|a small fortune|money)',
  "(?:the|our|my) (?:trust|school|academy|mat|ceo|head|slt|leadership|management|bosses) (?:can|could) (?:afford|find (?:the )?money for|pay for|buy) (?:a |an |the )?(?:new|shiny)",
  // "The trust took our PE budget to pay for a new logo."
  "(?:trust|school|academy|mat|ceo|head|slt|leadership|management|bosses|governors|they) (?:has |have |just )?(?:took|taken|takes|raided|raids|cut|cuts|used|uses|diverted|diverts|spent|spends|blew|blows) (?:our|the|my|their|all the|half (?:of )?(?:our|the)) (?:[a-z'-]+ ){0,2}?(?:budget|money|funding|funds|pot)(?: [a-z']+){0,2}? (?:to pay for|to fund|on|for) (?:a |an |the |more )?(?:new |shiny |fancy |glossy )?(?:logo|logos|rebrand|rebranding|branding|consultants?|signage|website|lanyards|offices?|ceo|exec(?:utive)?s?|away days?|cars?|bonus(?:es)?|banners?|marketing|pr)\\b",
  // "Our academy trust spends more on consultants than on textbooks."
  "(?:trust|school|academy|mat|ceo|head|slt|leadership|management|bosses|execs?|exec team|governors) (?:has |have |still |now )?(?:spends?|spent|spending|wastes?|wasted|pays?|paid) more on (?:[a-z'-]+ ){0,3}?than (?:on |for )?(?:[a-z'-]+ ){0,2}?(?:textbooks|books|resources|staff|teachers|tas|support staff|pupils|children|kids|students|pay|wages|repairs|the building|sen|send|glue sticks|paper|the kids)",
];

/**
 * Complaints whose words say what they are about: "could have been an email", "buying
 * our own glue sticks", "undervalued by my school". Stand alone.
 */
export const SELF_CONTAINED: Vocabulary = [
  // "finding out about your own redeployment… from the parents' WhatsApp group"
  "(?:finding|found|find|finds) out (?:about )?(?:(?:my|your|our|their) (?:own )?)(?:redeployment|new role|role|job|timetable|contract|post|class|move|redundancy|hours|pay|cover|line manager|new classroom)(?: [a-z'-]+){0,6}? from (?:the |a |my )?(?:parents?'? whatsapp(?: group)?|parents|a parent|facebook|whatsapp|the (?:local )?papers?|the news|social media|(?:the )?(?:kids|children|pupils)|a pupil|a child|(?:a |one of the |one of my )?(?:year ?\\d{1,2}s?|yr ?\\d{1,2}|student|kid|sixth[- ]former|child in my (?:class|form))|the grapevine|the rumour mill|the office)",
  // "It's not the children that make me want to leave." Said of the job, whatever follows.
  "(?:it's|it is|it was|its) (?:not|never) (?:the|because of the) (?:children|kids|pupils|students) (?:that|who|which) (?:make|made|makes) me (?:want to )?(?:leave|quit|cry|dread|question)",
  "asked for (?:a |an |the |some )?[a-z -]{1,30}? (?:two|three|four|five|\\d+|a couple of|a few) (?:years|months|terms) ago,? and (?:i'm|we're|i am|we are|it's|it is) still",
  "(?:my|our) ppa (?:is|has become) (?:now )?(?:more of )?an? (?:rumour|myth|legend|distant memory|fantasy)",
  "(?:has|have|'s|'ve) had no (?:new )?(?:glue sticks|pencils|paper|books|textbooks|resources|ta|tas|heating|hot water|working [a-z]+|[a-z]+ budget) (?:since|in|for)",
  // "Staff found out about the merger plan the same morning as the papers did."
  "(?:found|find|finding|finds) out (?:about )?[a-z0-9' -]{1,40}? (?:the same (?:morning|day|time) as|at the same time as|from|via|through|on) (?:the )?(?:papers|press|news|parents|facebook|local paper|media|radio)",
  // "If Oakhurst Park wants to keep good people, it could start by paying…"
  "wants? to (?:keep|retain|hold on to|stop losing) (?:good|its|their|experienced|decent|brilliant|talented) (?:[a-z-]+ ){0,3}?(?:people|staff|teachers|tas|colleagues),? (?:it|they|leadership|slt|the trust|the school) (?:could|should|might|needs? to|has to|have to|must) (?:start|try|begin)",
  // "keeps losing brilliant early-career teachers because nobody protects their timetables"
  "(?:keeps|keep|kept) losing (?:good|brilliant|great|experienced|talented|decent|its|our) (?:[a-z-]+ )?(?:teachers|staff|tas|people|colleagues|ects) (?:because|since|as|when)",
  // "The decision came from the trust, not from us"
  "came from (?:the )?(?:trust|head office|governors|leadership|the top)(?:,? not (?:from )?(?:us|the school))",
  // "this is how they treat staff who speak up"
  "(?:this|that)(?:'s| is) how (?:they|leadership|slt|the trust|management|this place) (?:treat|treats|look after|looks after|reward|rewards) (?:staff|people|us|teachers|loyal staff|anyone)",
  '(?:another |fourth |third |second )?unpaid (?:saturday|sunday|evening|weekend) (?:open (?:morning|evening|day)|duty|event|shift)s?',
  "went to (?:someone|somebody|a colleague|the new|a newer|one of the favourites|the same people)(?: [a-z]+){0,2} (?:who|that) (?:started|joined|has been here|had been here|only started)",
  "(?:i'm|i am|we're|we are) (?:an? )?(?:ta|teacher|teachers|tas|hlta|cover supervisor|office manager|caretaker|midday|receptionist|technician),? not (?:an? )?(?:data clerk|admin|social workers?|miracle workers?|cleaners?|babysitters?|secretar(?:y|ies)|robots?|magicians?|[a-z]+ clerks?)",
  "(?:one|two|three|a) (?:person|people|member of staff|members of staff|tas?|teachers?|staff) (?:down|short) since",
  "(?:doing|covering|do|cover) (?:two|three|four) (?:people's|peoples|people'?s|colleagues'?|jobs|roles)",
  "no (?:plans?|intention) to (?:replace|recruit|fill|cover)",
  "(?:my|our) ppa (?:gone|lost|taken|cancelled|swallowed)",
  "(?:then|and then|and|yet)(?: (?:they|slt|leadership|management|the head|the trust|he|she))? (?:wonder|wonders|wondered|ask|asks|act surprised|acts surprised) why",
  "(?:he's|she's|they're|he is|she is|they are) the one(?:s)? (?:who|that) (?:lost|broke|forgot|missed|deleted|messed up|cancelled|double-booked|ignored)",
  "(?:watched|treated|spoken to|talked to|monitored|checked up on)(?: from the back)? like (?:a |an )?(?:suspect|criminal|child|children|kids|naughty [a-z]+|number|robot|idiot)",
  "(?:none|not one|nobody|no one)(?: of them)? (?:has been |have been |was |were |got )?replaced",
  // "Imagine being told off for leaving at 4 when you got in at 7."
  "(?:told off|pulled up|reprimanded|spoken to|given a warning|questioned|called in|had a word) (?:for|about) (?:leaving|going home|clocking off|heading home|logging off) (?:at \\d|before \\d|early|on time|at (?:half )?(?:three|four|five))",
  // A restructure told from below: "Families don't make you reapply for your own job."
  "(?:made|make|makes|making|forced|forcing|forces) (?:us|me|you|staff|everyone|people|half the staff|the tas|support staff) (?:to )?(?:re-?apply|apply again|interview again) for (?:our|my|your|their) (?:own )?jobs?",
  "(?:had|have|has|having) to (?:re-?apply|apply again|interview again) for (?:our|my|their|his|her) (?:own )?jobs?",
  "(?:could|should|might)(?: have|'ve) been an? (?:e-?mail|memo)",
  `(?:the|our|my) (?:trust|school|academy|mat|employer|organi[sz]ation) (?:clearly |just |really |simply |still |obviously )?(?:doesn't|does not|don't|never|won't|couldn't|could not|can't be bothered to|refuses to|refused to) (?:care|listen|support|value|pay|back|thank|consult|give a|fund|replace|provide)`,
  // "They've made it impossible for anyone decent to stay in science."
  "(?:they've|they have|they|slt|leadership|management|the trust|the head|leaders)(?: have| has|'ve)? (?:made|make|making) it (?:impossible|unbearable|so hard|too hard|miserable|untenable) for (?:anyone|anybody|staff|people|us|teachers|good (?:staff|teachers|people))(?: [a-z]+){0,2} to (?:stay|work|teach|cope|survive|do (?:the|their|our) jobs?)",
  'micro-?manag(?:e|es|ed|ing|er|ers|ement)',
  "(?:hasn't|hasnt|haven't|havent|has not|have not|ay|ain't|aint) (?:taught|been in a classroom|set foot in a classroom|stepped foot in a classroom) (?:in|for|since)",
  '(?:buy|buying|bought|pay|paying|paid for|fund|funding) (?:our|my) own (?:resources|glue(?: sticks)?|pens|stationery|books|supplies|equipment|printer ink|paper|laminat\\w*|tissues|prizes)',
  'out of (?:my|our) own (?:pockets?|purses?|money|wages?)',
  '(?:of|with|from) (?:my|our) own (?:money|cash|wages|salary)',
  `(?:undervalued|not valued|unappreciated|taken for granted|treated (?:badly|appallingly|terribly|like [a-z]+)|let down|disrespected|exploited|overworked|betrayed) by (?:my|our|the) (?:own )?(?:school|academy|trust|employer|head|leadership|management|slt|bosses|governors)`,
  '(?:without|never) (?:even )?(?:telling|asking|consulting|warning|informing|checking with) (?:us|staff|the staff|teachers|any of us|a single (?:teacher|member of staff))',
  // "…not one of us was asked first", "none of us were consulted"
  "(?:not one of us|none of us|not a single one of us)(?: (?:was|were|got|has been|have been|had been))? (?:asked|consulted|told|warned|informed|spoken to)(?= first| beforehand| before| at all| about (?:it|this|that|any)|\\s*[.!]|\\s*$)",
  // "…and not one extra hour to deliver it"
  "(?:not one|no|not a single|without (?:a single|one|any)) extra (?:hour|minute|penny|day|member of staff|pair of hands|person|pound) to (?:deliver|do|implement|cover|fund|make|manage|run)",
  // "SLT let three maths teachers walk rather than pay them properly"
  "let (?:[a-z0-9'-]+ ){0,3}?(?:teachers|staff|tas|colleagues|people) (?:walk|go|leave|walk out) rather than",
  // "Can't wait to see how they bury this one."
  "how (?:they|the trust|slt|leadership|management|the head|the governors) (?:bury|buries|burying|cover|covers|covering|sweep|sweeps|sweeping|wriggle out of|spin) (?:this|it|that)(?: one)?(?: up| under the (?:carpet|rug))?",
  // "Reserves gone on central salaries while our kids sit in huts"
  "(?:reserves|money|budget|funding|surplus|cash) (?:gone|spent|blown|wasted|swallowed) on (?:central|exec(?:utive)?|ceo|trust|head office|senior) (?:salaries|pay|wages|staff|team|offices|hq|cars|bonuses)",
  // "Shame not a single member of SLT could find five minutes to…"
  "(?:not (?:a single|one) (?:member of|one of (?:the|our)) (?:slt|smt|leadership|the leadership team|senior leadership|senior leaders|governors|the governors)|nobody from (?:slt|leadership|the leadership team)) (?:could|would|can|did|was able to) (?:find|spare|make|be bothered)",
  // "Sixth form admin have lost my UCAS references twice now."
  "lost my (?:[a-z]+ ){0,2}?(?:forms?|paperwork|references?|contract|timesheets?|claims?|applications?|expenses|payslips?)(?: [a-z]+)? (?:again|twice|three times|for the (?:second|third|fourth) time)",
  // "…two science posts go and nobody tells the department till June"
  "(?:nobody|no one|no-one) (?:tells|told|is telling|will tell|bothers to tell|bothered to tell|thought to tell) (?:the (?:department|staff|team|teachers)|us|staff|teachers)",
  // "SLT's answer is to ban us from talking to parents at the gate"
  "(?:ban|banned|banning|bans|gag|gagged|gagging|forbid|forbidden|forbidding) (?:us|staff|teachers|the staff) (?:from )?(?:talking|speaking|posting|saying|mentioning|commenting)",
  // "The head won't even discuss workload."
  "(?:the head|slt|smt|leadership|management|the trust|governors|the governors)(?: (?:still|just))? (?:won't|will not|wouldn't|refuses to|refused to) (?:even )?(?:discuss|talk about|meet (?:with )?(?:us|the union|staff)|listen to|look at|consider) (?:workload|pay|staffing|the timetable|our concerns|it|us|the union)",
  // "Our children deserve better than this." said after a decision or a contract.
  "(?:our|the|these) (?:children|kids|pupils|students|staff|teachers|families|little ones) deserve (?:so much |far |much |a lot )?better than (?:this|that|these)",
  // "…you've told them it's their fault. Do better." said to leaders addressed before it.
  "^(?:so |just |please |honestly |seriously )?do (?:so much |much |a lot )?better$",
  // "a leadership team that trusts a spreadsheet more than its staff"
  "(?:trusts?|trusted|values?|valued|believes?|believed|cares? about|cared about|listens? to|listened to) (?:a |the |its |their |our )?(?:spreadsheets?|data|numbers|paperwork|evidence|tick-?box(?:es)?|consultants?|ofsted|league tables?|the budget) more than (?:its|their|the|our|it does|they do) ?(?:own )?(?:staff|teachers|people|team|tas|colleagues)?",
  // "…cut two TAs while SLT hire themselves a business manager"
  "while (?:slt|smt|leadership|the head|senior leaders|the trust|leaders|management|the bosses|the exec|they) (?:hire|hires|hired|give|gives|gave|pay|pays|paid|award|awards|awarded|buy|buys|bought|get|gets|got|treat|treats|treated|vote|votes|voted) themselves",
  // "Now they're helping themselves to our PE budget too."
  "(?:helping|helped|help|helps) (?:themselves|itself|himself|herself) to (?:our|the|my|their|every|each) (?:[a-z]+ ){0,2}?(?:budgets?|reserves|money|funding|pots?|funds|cash|surplus|grants?|premium)",
  // "Every good teacher in our staffroom has an application in somewhere else."
  "(?:every|all the|half the|most of the|each) (?:good |decent |experienced |decent |half-decent )?(?:teachers?|staff|tas?|colleagues?|people)(?: [a-z']+){0,4} (?:has|have|are|is|'s|'re) (?:got )?(?:an? )?(?:applications? in|applying elsewhere|looking elsewhere|job hunting|on the way out|updating (?:their|her|his) cvs?)",
  // "…then got a telling off at 3 because the skip was in the wrong place."
  "(?:\\bi|\\bwe|i've|we've|then|and then|only to|just to) (?:got|get|was given|were given|getting) (?:a |an )?(?:telling[- ]off|bollocking|rollicking|dressing[- ]down|roasting|earful|ear-?bashing)(?: (?:at|on|by|from) [a-z0-9.:']+(?: [a-z]+)?)?(?: (?:because|for|over|about))",
  '(?:before|without) (?:even )?(?:telling|asking|consulting|warning|informing) (?:the )?(?:staff|teachers|us)',
  // "The people upstairs cut the leavers' trip down to a picnic on the field to save a few quid"
  "(?:the people upstairs|slt|smt|leadership|management|the trust|the head|the governors|they) (?:cut|cuts|scrapped|axed|downgraded|cancelled|binned)(?: [a-z0-9'-]+){1,10}? to save (?:a few|a couple of|some|a handful of|a bit of)? ?(?:quid|pounds|bob|pennies|money|cash)",
  // "Shame the trust wouldn't fund a second coach", "Pity SLT moved it to 8.50", "Shame nobody from SLT could tear themselves away"
  "(?:shame|pity|such a shame|such a pity|a shame|a pity|gutted|sad)(?: that)?,? (?:nobody |no one |no-one |not one )?(?:(?:from|in|of) )?(?:the )?(?:slt|smt|leadership(?: team)?|management|the head|head|trust|governors|senior leaders|our head)(?: [a-z]+){0,3}? (?:wouldn't|couldn't|won't|didn't|refused|can't|could|moved|cancelled|decided|chose|scheduled|put|booked|cut|said no|thought|saw fit)",
  // "forced those redundancies through without a proper consultation"
  "(?:forced|pushed|rammed|railroaded|steamrollered|bulldozed|forcing|pushing|ramming)(?: [a-z']+){0,3}? through(?: without| despite| over)",
  // "…as the trust has refused to cover the travel costs"
  "(?:as|because|since|after) the (?:trust|governors|local authority|council|la) (?:has |have |had )?(?:refused|declined|won't|will not|wouldn't|would not) to (?:cover|fund|pay|support|release|approve)",
  // "If any of us had done that we'd be out the door."
  "if (?:any of us|one of us|i|we|a ta|a teacher|staff|anyone else)(?: had)? (?:done|did|tried|pulled) (?:that|the same|this)(?: [a-z]+){0,3},? (?:we'd|i'd|we would|i would|they'd|they would|you'd) (?:be|have been) (?:out the door|sacked|disciplined|suspended|fired|gone|hauled in|on a warning|in a meeting)",
  // "Our college cut learning support hours again."
  "(?:cut|cuts|slashed|slashes|reduced|reduces) (?:our |the |my )?(?:[a-z-]+ ){0,3}?(?:hours|budgets?|staffing|support|tas|ta hours)(?: [a-z]+)? again",
  // "Seventh new initiative since September."
  '(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|umpteenth|\\d{1,2}(?:st|nd|rd|th)) new (?:initiative|policy|system|scheme|app|platform|marking policy|behaviour policy|restructure|strategy|timetable|framework|tracker|data drop|priority|priorities|lesson template)s? (?:since|this|in|of the)',
  // "Asked to swap, told no."
  "asked (?:to|if i could|if we could|for|about) [a-z0-9' -]{1,30}?,? (?:and )?(?:was |were |got |i was |we were |been )?(?:told no|told flat out no|a flat no|a flat out no)",
  // A supply teacher's day: "nobody has left cover work for period 5"
  '(?:nobody|no one|no-one) (?:has |had |have |ever )?(?:left|set|sent|provided|bothered (?:to leave|to set|leaving|setting))(?: me| us)? (?:any )?cover work',
  '(?:no|zero) cover work (?:left|set|provided|sent)(?: again| for)?',
  // "Maybe come and see what we do in KS2 before judging it."
  '(?:maybe|perhaps|why not|try|how about you) (?:come|coming|pop|popping|walk|walking)(?: in| down| over| up| along)? (?:and|to) (?:see|look at|watch|visit|spend a day (?:in|with)) (?:what|how) we (?:do|work|teach|manage)(?: [a-z0-9]+){0,4} before (?:judging|criticising|criticizing|commenting|slagging|complaining|moaning|writing)',
];
