/**
 * The words of confidential matters, as tables: each pattern looks for a case, not the
 * topic (see `matters.ts`). Written for folded text; bounded repetition only.
 */
import { anyOf, wordPattern, words, type Vocabulary } from '../../text/patterns';

/** A child someone could identify: "the Year 3 boy", "one of the kids in my class". Not "my son". */
export const CHILD = words([
  '(?:a|the|one|this|that|another)(?: (?:little|young|new|poor|lovely|wee))?(?: (?:year|yr) ?(?:\\d{1,2}|r)| reception| nursery| y\\d{1,2}| ks ?[12])? (?:boy|girl|lad|lass|child|kid|pupil|student|learner|little one|youngster|fella|wean|bairn|wee one)(?: (?:in|from) (?:my|our|the) (?:class|form|tutor group|set|year group))?',
  '(?:one|two|three|four|five|some|a couple) of (?:my|our|the) (?:(?:ks ?[1-5]|year \\d{1,2}|yr ?\\d{1,2}|y\\d{1,2}|gcse|sixth form|reception|nursery|looked[- ]after|foster|new|younger|older|little) )?(?:kids|pupils|students|children|boys|girls|lads|lasses|class|lot|learners|year \\d{1,2}s?|[sp][1-7]s?|tutees|tutor group|form|form group|reg group|families|little ones)(?: (?:in|from) (?:my|our|the) (?:class|form|tutor group|set|year group))?',
  // "one of ours", "one of mine": a child in the author's care.
  'one of (?:ours|mine)',
  // "Our newest starter in Beech", "He's the one in my class on melatonin"
  '(?:our|my|the|a) (?:newest|new|latest) (?:starter|arrival|admission|pupil|student|boy|girl|lad|lass)(?: in [a-z0-9]+)?',
  '(?:the|that) one in (?:my|our) (?:class|form|group|tutor group)',
  // "our Year 4 boy", "our Reception girl": a child of the school known by their year.
  '(?<!in )(?:our|my) (?:(?:year|yr) ?\\d{1,2}|y\\d{1,2}|[sp][1-7]|reception|nursery) (?:boy|girl|lad|lass|child|kid|pupil|student|learner)(?!s)',
  // "…after what a Year 8 told me at break": a child known by their year, telling.
  '(?:a|one|this|that) (?:year|yr) ?\\d{1,2}(?= (?:today |this morning |yesterday )?(?:told|said|disclosed|confided|showed|admitted|came to|whose|who))',
  // "…a disclosure from a Year 8": a child known by their year, as who it came from.
  '(?<=from )(?:a|one) (?:year|yr) ?\\d{1,2}(?![0-9])(?! (?:group|team|class|form|trip|assembly|parents?|famil(?:y|ies)|teachers?|tutors?))',
  // "a family at our school", "one of our families", "a family in Year 4"
  "(?:a|one|another) famil(?:y|ies) (?:in|at|from) (?:(?:my|our|the) (?:class|school|form|tutor group|year group)|(?:year|yr) ?\\d{1,2}|reception|nursery|[a-z]+ (?:primary|academy|school|college|high))",
  'one of (?:my|our) famil(?:y|ies)',
  // "our Year 10 Harbour family": one family, known by its child's year
  '(?:our|a|one of our) (?:year|yr) ?\\d{1,2} (?:[a-z]+ )?famil(?:y|ies)',
  // "A five year old made a disclosure to me at snack time"
  '(?:a|one|this|that) (?:little )?(?:\\d|two|three|four|five|six|seven|eight|nine|ten|eleven)[- ]year[- ]old(?!s)',
  // "a parent at our school", "one of our dads", "a mum in my class": a family someone could identify
  '(?:a|one|another) (?:parent|mum|mam|dad|carer) (?:at|in|from) (?:(?:my|our|the) (?:class|school|form|tutor group|year group)|(?:year|yr) ?\\d{1,2}|reception|nursery)',
  'one of (?:my|our) (?:class(?:\'s)? )?(?:parents|mums|mams|dads|carers)',
  '(?:kid|child|boy|girl|pupil|student|lad|lass)s? (?:in|from) (?:(?:my|our|the) (?:class|form|group|year|tutor group|set|reception class)|(?:year|yr) ?\\d{1,2}|reception|nursery|[sp][1-7](?![a-z0-9])|\\d{1,2}[a-z]{1,2}\\d?(?![a-z0-9]))',
  '(?:poor|little) (?:lad|boy|girl|kid|child|lass|mite|one)',
  // "the same Year 10 in my form"
  '(?:a|one|the same|this|that|another) (?:year|yr) ?\\d{1,2} (?:in|from) (?:my|our|the) (?:class|form|tutor group|set)',
  '(?:one|a|this|that) (?:little|young) (?:man|lady|fella|one) (?:in|from) (?:my|our|the)',
  // "the young man I support", "a young lady we work with"
  '(?:the|a|this|that|one) (?:young|wee) (?:man|lady|person|woman|fella) (?:i|we) (?:support|work with|key[- ]?work|mentor|look after|teach)',
  "(?:his|her|their|the (?:child|boy|girl|pupil|family|kid)'s) (?:mum|mam|mom|dad|parents?|mother|father|carers?|foster (?:carers?|parents?)|social worker|diagnosis|ehcp|family|home life)",
]);

/** Secrecy that is unmistakable on its own. */
export const SECRECY = words([
  "(?<!(?:free|safe|private|anonymous),? (?:and|&) )(?:strictly |highly )?confidential(?! (?:helplines?|services?|support|advice|counsell?ing|lines?|chats?|listening|space|reporting|e-?mails?|inbox|forms?|waste|shredding|bins?|sacks?|and free)(?![a-z]))",
  'between you and (?:me|i)',
  'between ourselves',
  '(?:just|strictly|only|purely) between (?:us|ourselves|you and me)',
  'keep (?:this|it|that)(?: just| strictly)? between (?:us|ourselves|you and me)',
  '(?:this|it) stays between us',
  'off the record',
  "(?:you )?didn't hear (?:it|this|that) from me",
  "(?:do not|don't|dont|please don't|please do not) (?:discuss|talk about|mention|repeat) (?:this |it |that )?(?:with anyone )?outside (?:of )?(?:school|work|the school|the building|these walls|this group|the staffroom)",
  "(?:do not|don't|dont) (?:share|repeat|spread|pass on|forward|screenshot) (?:this|it|that)(?! (?:photo|picture|image|video|link|post)s?(?![a-z]))",
  'not for (?:public|general|wider) (?:consumption|release|sharing|circulation)',
  'embargoed',
  'under embargo',
  'sworn to secrecy',
  'told (?:me|us) in (?:confidence|secret)',
  'in (?:strict|the strictest) confidence',
  "(?:don't|do not|dont) tell anyone",
  // Not the advice never to promise it: "don't promise to keep it to yourself".
  "(?<!(?:never|not|don't|do not|can't|cannot|won't) promise (?:to |you'll |you will |that you'll )?)keep (?:this|it|that) (?:to yourselves|to yourself|under your hats?|under wraps|hush[- ]hush|on the (?:down ?low|qt|quiet)|secret|quiet)",
  "mum's the word",
]);

/**
 * Outside agencies and professionals who take on a child's case. With a child nearby
 * and words of involvement ("are involved with", "came in about", "a referral") they
 * make a case, however the post words it (see `matters.ts`).
 */
export const AGENCY = words([
  "social services",
  // Scotland's name for it: "social work were in again"
  "social work(?! (?:degree|course|student|placement|training|qualification|lecturer|department at))",
  "(?:children's )?social care",
  "children's services",
  'social workers?',
  'early help(?: team| worker| hub)?',
  'camhs',
  'mash',
  'lado',
  '(?:the )?police(?: liaison officers?| officers?)?',
  'pcsos?',
  'family support workers?',
  'youth offending(?: team| service)?',
  'yot',
  'ed(?:ucational)? psych(?:ologist)?s?',
  'paediatricians?',
  'school nurse',
  'the local authority',
  'child protection team',
  'nspcc',
  'virtual school',
  'family liaison officer',
  'attendance officer',
  'education welfare(?: officer)?',
]);
/** Words that put an agency on a case rather than in an assembly. */
export const INVOLVED = words([
  'involved',
  // "social services have said no"
  '(?:have|has|had) (?:said|decided|told us|asked us|stepped in)',
  // "Social services are now supporting them"
  '(?:are|is|have been|has been) (?:now )?(?:supporting|helping|working with) (?:them|him|her|the family|the child)',
  'involvement',
  'involving',
  'working with',
  'work with',
  'refer(?:s|red|ring|ral|rals)?',
  'visit(?:ed|ing)?',
  '(?:came|come|coming) (?:in|into school|round|out|back)',
  '(?:were|was|are|is|been) (?:in|round|here|at (?:the )?(?:school|door|house|gate))',
  'called',
  'rang',
  // "Had to ring children's services about a lad in my form."
  '(?:had to |have to |going to |about to )?(?:ring|ringing|phone|phoning|call|calling|contact|contacted|contacting|e-?mail(?:ed|ing)?)',
  '(?:in|round|over) (?:again|this morning|today|yesterday|this afternoon)',
  '(?:statements?|reports?|notes|referrals?) (?:for|to)',
  'phoned',
  'assess(?:ed|ing|ment)',
  'on (?:the|their) (?:books|radar|case)',
  'open to',
  'allocated',
  'knocking',
  // "Social services at the door for Harvey again"
  'at the (?:door|house|school)(?: again)?',
  'about (?:one|a|the|him|her|them|this|that|his|their)',
  'for (?:one|a|the|him|her|them)',
  'with (?:one|a|the|him|her|them)',
  // "Children's services are supporting the family."
  '(?:supporting|supports|supported|support) (?:the|a|his|her|their|this) (?:family|child|pupil|boy|girl|young person)',
]);
/** An agency in school for everyone: a talk, an assembly, a workshop. */
export const AGENCY_VISIT = words([
  'assembl(?:y|ies)',
  'talk(?:ed|ing|s)? to (?:the |my |our |all )?(?:class|kids|children|pupils|students|years?|parents|families|everyone)',
  '(?:came|come|coming|popped) in to (?:talk|teach|speak|show|run|do|tell|visit)',
  'road safety',
  'online safety',
  'stranger danger',
  'workshops?',
  'sessions?',
  'drop-?ins?',
  'careers?',
  'open to all',
  'coffee morning',
  'for all (?:families|parents|pupils|children)',
]);

/** "Three new disclosures", "the DSL log for my class": safeguarding cases counted or logged, when the draft is about school. */
export const CASES_LOGGED = words([
  '(?:new|another|two|three|four|five|six|several|more|first|second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)?)(?: ever)? disclosures?(?! (?:and barring|checks?|certificates?|forms?|training|policy|polic(?:ies)|procedures?|sessions?|courses?|modules?))',
  '(?:dsl|cpoms|safeguarding) (?:log|logs|entries|entry)',
  'logged (?:it |this |that )?on cpoms',
]);

/** Asking people not to pass on what they know: a case when an incident is in the next words. */
export const NO_DETAILS = words([
  "(?:do not|don't|dont|please don't|please do not|avoid|refrain from|not to) (?:share|sharing|post|posting|circulate|circulating|spread|spreading|repeat|repeating|comment on|commenting on|discuss|discussing)(?: (?:any|the|their|his|her))? (?:names?|details?|photos?|pictures?|images?|videos?|information|info|speculation|rumou?rs?|identit(?:y|ies))(?:,? (?:or|and) (?:names?|details?|photos?|pictures?|information|speculation|rumou?rs?))*",
  "(?:do not|don't|dont|please don't|please do not|avoid) (?:speculat(?:e|ing)|nam(?:e|ing) (?:anyone|anybody|names|the (?:child|pupil|student|family)))",
]);
/** What makes such a request about a case: an incident, an agency, an investigation. */
export const INCIDENT = words([
  'safeguarding',
  'police',
  'investigation',
  'investigating',
  'the matter',
  'this matter',
  'allegations?',
  '(?:the )?(?:appropriate|relevant) (?:agencies|authorities)',
  'local authority',
  'social (?:care|services)',
  'arrest(?:ed)?',
  '(?:incident|concern)s? (?:involving|about|concerning) (?:one of (?:our|my|the) [a-z]+|(?:a|an|the|our|two|some) [a-z]+)',
]);
/** Words that make a request not to share a general reminder, not a case: "photos of other children". */
export const NO_DETAILS_GENERAL = words(['photos? of other', 'pictures? of other', 'passwords?', 'login', 'other children', 'other people']);

/** Secrecy that could be something else ("between us, we raised £500"): needs the school in the draft. */
export const SECRECY_IN_SCHOOL = words([
  "(?<=(?:^|[.!?\\n]\\s*|(?:but|and|so|ok|okay|honestly|anyway|well|right|now),?\\s))between us(?=\\s*(?:,|:|-|\\.\\.\\.))(?!\\s*,?\\s*(?:we|we've|we'd|we're|they|they've|all of us|everyone|the (?:staff|team|class|kids|children|pupils|parents|two of us|three of us)|our (?:team|class|staff|pupils|children))(?![a-z]))(?![^.!?\\n]{0,60}(?:raised|collected|donated|read|baked|made|walked|ran|run|cycled|swum|scored|knitted|planted) (?:over |more than |nearly |almost |about |well over )?(?:£|\\d))",
  "not (?:yet )?(?:public|official|announced)(?: yet)?",
  "(?:this|it|that) (?:stays|stay|is staying|doesn't leave|does not leave) (?:in|within) (?:this|the) (?:chat|group|group chat)",
  "(?:keep|keeping) (?:this|it|that) (?:in|within) (?:this|the) (?:chat|group|group chat)",
  "(?:isn't|is not|aren't|are not|hasn't been|haven't been|not been) (?:made )?(?:public|announced|official)(?: yet)?",
  "before (?:it's|it is|it gets|they're|anything is|it's been|it has been) (?:announced|public|official|published)",
  "until (?:it's|it is|it has been|it's been) (?:announced|official|public)",
  "(?:can't|cannot|not allowed to|not supposed to|shouldn't really|shouldn't) (?:say|tell you|share|reveal) (?:much|too much|anything|owt|more|who|what|which)(?: yet)?",
  'not supposed to (?:know|say|tell|share)',
  // "His mum asked us not to say anything"
  '(?:asked|told) (?:us|me|everyone|staff|the staff) not to (?:say|tell|share|mention|post) (?:anything|it|this|that|owt)',
  "(?:don't|do not|dont|please don't|please do not) (?:pass|repeat|spread) (?:this|it|that)(?: on| around| about)?(?=\\s*(?:[,.!;:-]|but|$))",
  "shouldn't (?:really )?be (?:telling|saying|sharing|posting)",
  "(?:don't|do not|dont) share(?=\\s*(?:[!.]|$))",
  "(?:don't|do not|dont) share (?:yet|until|before|outside|with anyone|on here|anything)",
  'hush[- ]hush',
  'on the (?:down ?low|qt|quiet)',
  'confidentially',
  // "…please don't post about it."
  "(?:please )?(?:don't|do not|dont) (?:post|tweet|write|put anything) (?:anything )?(?:about|on) (?:it|this|that)(?: (?:yet|online|on here|anywhere|please))?",
]);

/** Words that put a draft in school, for the softer secrecy phrases and allegations. */
export const SCHOOL_WORDS = words([
  'schools?',
  '(?:lockdown|invacuation|fire) drills?',
  'academy',
  'trust',
  'class(?:es|room)?',
  'pupils?',
  'students?',
  'child(?:ren)?',
  'kids',
  'staff',
  'colleagues?',
  'head(?: ?teacher)?',
  'deputy',
  'slt',
  'senco',
  'dsl',
  'governors?',
  'ofsted',
  'parents?',
  'teachers?',
  'tas?',
  'year \\d{1,2}',
  'reception',
  'nursery',
  'inset',
  'budget',
  'restructur(?:e|ing)',
  'redundanc(?:y|ies)',
  'hr',
  'term',
  'lessons?',
  'playground',
  'pick-?up',
  'primary',
  'secondary',
  'sixth form',
  'merg(?:e|er|ers|ing)',
  'federat(?:e|ion|ing)',
  'academis(?:e|ation|ing)',
  'safeguarding',
]);

/** A case being handled, not training or advice. */
export const SAFEGUARDING = words([
  // (Not where to send them: "use the duty line for urgent safeguarding concerns", "report any safeguarding concerns to…")
  '(?<!(?:for|report|raise|with|about) (?:any |urgent |all |your )?)safeguarding (?:concerns?|issues?|incidents?|cases?|referrals?|matters?|disclosures?|reports?|investigations?|allegations?|meetings?|alerts?|worr(?:y|ies)|problems?|situations?)',
  // "a big safeguarding thing going on with a family": a case said loosely
  'safeguarding (?:thing|stuff|business|drama) (?:going on|happening|ongoing|kicking off|unfolding|with)',
  // "There's a safeguarding process under way"
  'safeguarding (?:process|procedure)(?:es|s)? (?:is |are |now )?(?:under ?way|ongoing|in progress|running|started|has started)',
  'child protection (?:plans?|cases?|conferences?|register|referrals?|concerns?|meetings?|issues?|investigations?|matters?|medical)',
  '(?:on|onto|put on|placed on|subject to|made subject to) (?:a |an |the )?(?:cp|child protection|child in need|cin) plan',
  '(?:cp|cin) plans?',
  'section (?:17|47)(?: enquiry| investigation)?',
  // "Police came to collect a Year 10 at lunch", "officers arrived and arrested one of my S4s"
  '(?:police|officers) (?:came|arrived|turned up) (?:in(?:to school)? )?(?:to|and) (?:collect(?:ed)?|arrest(?:ed)?|take away|took away|remove(?:d)?) (?:one of (?:my|our) [a-z0-9]+|a (?:year|yr) ?\\d{1,2}|an? (?:s|p)\\d|a (?:boy|girl|lad|lass|pupil|student|child|kid)|him|her)',
  // "since the police picked him up on the prom"
  '(?:police|officers) (?:have |had )?(?:picked|pulled|lifted) (?:him|her) up\\b',
  // A police notice to the school after domestic abuse at a child's home.
  'operation encompass(?: (?:call|calls|notification|notifications|alert|alerts|report|reports))?(?! (?:training|poster|posters|policy|scheme|lead|contact|key adult))',
  'strategy (?:meeting|discussion)s?',
  'core group meetings?',
  'placement (?:breakdown|broke down|has broken down|ended|collapsed)',
  '(?:lac|cla|looked after child(?:ren)?|pep|personal education plan) (?:reviews?|meetings?)',
  // A child's multi-agency meetings: "tomorrow's CIN meeting", "third TAF meeting this term".
  '(?:cin|child in need|taf|tac|team around the (?:family|child)|early help) (?:meetings?|reviews?|plans?|assessments?)',
  "(?:mash|lado|social services|social care|social work|children's services|early help|police) (?:referral|involvement|are involved|were involved|have been (?:called|involved)|were called|came (?:in|into school)|visit(?:ed)?)",
  "referr(?:al|ed)(?: (?:him|her|them|the (?:child|family|boy|girl)))? to (?:social services|social care|social work|children's services|the mash|mash|the lado|lado|the police|police|early help)",
  '(?:made|put in|submitted|done|did) (?:a|another|the) (?:mash |safeguarding |social care |lado |cp )?referral',
  "(?:his|her|their|the (?:child|family|boy|girl|kid)'s|(?<!(?:is|was|am|as|be|become|becoming|are|were|like|trained|training to be|qualified|retired|former|ex) )a) social worker",
  'social worker (?:came|visited|is coming|meeting|called|rang)',
  '(?:taken|put|placed|going|gone|went|came|come) into (?:foster )?care',
  '(?:in|into) foster care',
  '(?:police|officers) (?:came|were called|turned up|arrived) (?:in|into|at|to) (?:school|class)',
  // "Mrs Lloyd knew about the disclosure on the Monday and sat on it"
  "(?:knew|know|heard|found out|sat on|was told|were told) (?:about )?(?:the|a|that|this) disclosure",
  // "we had a disclosure at school this afternoon": a disclosure is a child's case
  "(?:we|i|we've|i've|we have|i have)(?: just)? (?:had|taken|took|dealt with|got|received) (?:a|another|two|three) (?:serious |big |difficult |awful |horrible |hard )?disclosures?",
  // A child's care status said of them: "she's a looked-after child", "he's in care now"
  "(?:she's|he's|she is|he is|they're|they are) (?:a |now a |now )?(?:looked[- ]after|child looked after|cla|lac)(?: child| young person)?\\b",
  "(?:she's|he's|she is|he is|they're|they are) (?:now )?in care\\b(?! (?:of|home))",
  "(?:his|her|their) (?:(?:first|second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)|new|latest|emergency) )?foster placement",
  "(?:second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)) placement move",
  "(?<!if (?:a |the )?(?:child|pupil|student) )(?:is|was) (?:a |now a )?(?:looked[- ]after|cla|lac) (?:child|young person)",
]);

/** A report or review published to everyone, not a case: "our annual safeguarding report to governors". */
export const PUBLISHED_DOCUMENT = words([
  'annual',
  'to (?:the )?governors',
  'governing (?:body|board)',
  'published',
  'on (?:the|our) website',
  'newsletter',
  'polic(?:y|ies)',
  'audit',
]);

/** Safeguarding words that are a case only when a child is in the sentence. */
export const SAFEGUARDING_WITH_CHILD = words([
  // Where a child lives now: "with a foster carer now", "her fourth foster placement", "a children's home"
  '(?:is|are|now|lives|living|staying|placed|moved|moving|went|gone|back) (?:in |with |to |into )?(?:a |an |her |his |their |new |another )?(?:(?:first|second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)|new|emergency|respite) )?(?:foster (?:carers?|placements?|family|families|home|mum|dad|parents?)|children\'s home|residential placement|kinship carers?)',
  '(?:first|second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)|new|latest|emergency) (?:foster )?placement',
  'special guardianship(?: order)?',
  'looked[- ]after (?:child|children|young person)',
  // "now looked after by the local authority"
  '(?:is|are|was|were|now|been|being) (?:now )?looked after by (?:the )?(?:local authority|council|la|social services|social work)\\b',
  // A child questioned by the police, with a member of staff beside them.
  'appropriate adult',
  '(?:police|officers|detectives?) (?:want(?:s|ed)? to |are (?:going|coming) to |have |had |came (?:in )?to )?(?:interview|question)(?:ed|ing)? (?:one of|him|her|them|a |the )',
  // Restraint of a child: "two-person hold with a Year 10 lad".
  '(?:two|2)[- ]person (?:hold|restraint)|physical(?:ly)? (?:intervention|restrain(?:ed|t))|restrain(?:ed|t|ing)|positive handling incident|team[- ]teach hold',
  // "Theo's social worker cancelled again": a child's own worker.
  "(?:his|her|their|whose|[a-z]+'s) (?:social worker|family support worker|camhs worker|early help worker|key worker|case worker|probation officer|yot worker|youth offending worker)",
  'disclosed',
  'made a disclosure',
  // "…told me something at breaktime. Logged it, passed it to the DSL."
  '(?:passed|handed|reported|took|taken|referred|flagged|escalated)(?: (?:it|this|that|everything|what (?:he|she|they) said))?(?: (?:on|straight|up))? to (?:the |our |my )?(?:deputy )?(?:dsl|designated safeguarding (?:lead|officer)|safeguarding (?:lead|team|officer))',
  'disclosure (?:of|about|that|from)',
  '(?:after|following|because of) (?:a|her|his|their) disclosure',
  // "…have been passed to our safeguarding lead", "we've passed your concern about the bus to our safeguarding lead"
  "(?:been|was|were|is|are|have|has|we've|we have|i've|i have) (?:passed|handed|referred|reported|escalated)(?: (?:your|the|this|their) (?:concerns?|report|message|comments?)(?: [a-z']+){0,6}?)?(?: on)? to (?:the |our |my )?(?:dsl|designated safeguarding (?:lead|officer)|safeguarding (?:lead|team|officer))",
  '(?:suspected |alleged |physical |sexual |emotional |domestic )(?:abuse|neglect|violence)',
  '(?:being |been )?(?:abused|neglected|groomed)',
  'fgm',
  'forced marriage',
  'county lines',
  'criminal exploitation',
  'self[- ]harm(?:ing|ed|s)?',
  '(?:bruises?|bruising|marks|burns?|a black eye) on (?:his|her|their)',
  'came (?:in|into school) (?:with|covered in) (?:bruises|a black eye|marks|burns)',
]);

/** "If you have a safeguarding concern, contact our DSL": advice, not a case. */
const ADVICE_WORDS: Vocabulary = [
  'if', 'any', 'all', 'should', 'how to', 'who to', 'spot', 'spotting', 'recognis\\w*', 'recogniz\\w*', 'respond\\w*', 'handl\\w*',
  'dealing with', 'training', 'policy', 'what counts as',
];
// (Within the clause: "please don't share any details, but we had a disclosure" is not advice.)
export const ADVICE_BEFORE = new RegExp(String.raw`(?<![a-z])${anyOf(...ADVICE_WORDS)}\s+(?:\S+\s+){0,4}$(?<![,;]\s*(?:but|and|so)\s+(?:\S+\s+){0,3})`);

export const EXCLUSION = words([
  '(?:exclusion|suspension) (?:meetings?|hearings?|panels?|appeals?|letters?|reviews?|paperwork|forms?)',
  '(?:fixed[- ]term|permanent|temporary|internal|external|another|third|second|fourth|fifth|first|latest|nth|\\d+(?:st|nd|rd|th)) (?:exclusions?|suspensions?)(?: (?:meetings?|hearings?|panels?|appeals?|letters?|reviews?))?(?! zones?)',
  '(?:permanently|temporarily) excluded',
  'exclusions? (?:this|of the|so far this) (?:term|week|year|half[- ]term)',
  'reintegration meeting',
  'managed move',
  // "We upheld the exclusion", "a pupil discipline panel".
  '(?:upheld|uphold|upholding|overturned|overturn) (?:the|his|her|a|their) (?:permanent |fixed[- ]term )?(?:exclusion|suspension)',
  '(?:pupil )?discipline (?:panel|committee|hearing)s?',
]);
/**
 * "He's been excluded again", "the pupil involved in Monday's incident has been
 * excluded": needs the school or a child in the draft (footballers are suspended too).
 */
export const EXCLUSION_IN_SCHOOL = wordPattern(
  "(?:(?:who (?:was|has been|had been|got|were|is being|is)|(?:he|she|they|he's|she's|they've|they're|(?:pupil|child|boy|girl|lad|lass|kid|student|learner)s?(?: [a-z0-9'-]+){0,6}?|(?:one|two|three|four|five|some|a couple) of (?:my|our) (?:class|form|tutor group|set))(?: (?:has|have|had|was|were|is|are|got|gets|getting|being|been|now|just|also)){1,3}) (?:permanently |temporarily )?(?:excluded|suspended)(?! from (?:the )?(?:offer|deal|discount|promotion|count|competition))(?! for (?:\\d+|one|two|three|four|five|six|the|a) (?:games?|matches|fixtures))" +
    // Said the other way round: "the Year 10 lad Fenmoor excluded last week", "they've excluded him again".
    "|(?:pupil|child|boy|girl|lad|lass|kid|student|learner)s? (?:they|we|the school|the head|slt|[a-z'-]+)(?: (?:have|has|had|just|finally|'ve))* (?:permanently |temporarily )?(?:excluded|suspended)(?! from)" +
    "|(?:they|we|the school|the head|slt|they've|we've)(?: (?:have|has|had|just|finally))* (?:permanently |temporarily )?(?:excluded|suspended) (?:him|her|them|the (?:boy|girl|lad|lass|kid|pupil|student|child)|a (?:year \\d+|pupil|student|boy|girl|lad|lass|kid|child))(?! from))",
);
/** "We can't discuss the exclusion…, but the boy involved…": an exclusion with a child beside it. */
export const EXCLUSION_WITH_CHILD = words([
  "(?:the|his|her|their|this|that) (?:exclusion|suspension(?!(?:'s)? (?:on|of|in|arm|bridge|springs?|system|fork|seat|file|dates?|went|has|is|was)\\b|'s))(?! (?:polic(?:y|ies)|guidance|figures|rates?|data|statistics|zones?|process|training|law))",
]);
/** An exclusion counted in days or owned by a child: "excluded for five days", "her suspension". */
export const EXCLUSION_DETAIL = words([
  '(?:excluded|suspended) for (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|the rest of the) (?:days?|weeks?|term)',
  // "Kieran Sandhu suspended again, that's three times since Christmas"
  "(?:excluded|suspended) (?:again|for the (?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) time|(?:two|three|four|five|\\d+) times)",
  // "Second lad from my form suspended this term."
  '(?:excluded|suspended) (?:this|last|so far this) (?:term|week|half[- ]term|year)',
  // "…won't be back for a while after what happened Friday. Fixed-term, and honestly it's been coming."
  "(?<![a-z] )fixed[- ]term(?=\\s*(?:,|\\.|!|;|$| and| again| this| until| till| for))",
  '(?:a|one|two|three|four|five|\\d+)[- ](?:day|week) (?:exclusion|suspension)',
  "(?:his|her|their|(?:your|his|her|their) (?:son|daughter|child|boy|girl|little one)'s) (?:exclusion|suspension)",
  // "we can't discuss Sam's exclusion on here"
  "(?<!(?:school|academy|trust|government|dfe|council|college|ofsted|uk|england|country|area|county|city|la|authority)'s)(?<=[a-z]'s )(?:permanent |fixed[- ]term )?(?:exclusion|suspension)(?! (?:polic(?:y|ies)|rates?|figures|data|zones?|guidance|numbers|statistics|stats))",
  // "Had to exclude a lad from my class this week"
  "(?:had to|have to|having to|going to|decided to|forced to|about to) (?:permanently |temporarily )?(?:exclude|suspend) (?:a|the|one|this|that|two|three)? ?(?:lad|lass|boy|girl|student|pupil|kid|child|learner|young person)s?",
  '(?:on|serving|back from|returning from) (?:an? |his |her |their )?(?:exclusion|suspension)',
]);

/** Special educational needs paperwork about one child. */
// (Scotland's: a co-ordinated support plan, GIRFEC's child's plan.)
export const EHCP = words(['ehcps?', 'ehc plans?', 'education,? health and care plans?', 'statements? of (?:sen|special educational needs)', 'co-?ordinated support plans?', 'csps?', "child's plans?", 'idps?', 'individual development plans?']);
/** One child's EHCP, whoever reads it: "her EHCP", "got his EHCP". */
export const EHCP_CASE = words([
  "(?:his|her|their|the child's|the boy's|the girl's) (?:ehcp|ehc plan)(?: (?:annual )?(?:review|meeting|application|assessment|panel))?",
  '(?:get|gets|getting|got|granted|refused|turned down|awarded) (?:an? |the |his |her |their )?(?:ehcp|ehc plan)',
  // Answering a parent in public about their child's plan: "your son's EHCP does include…"
  "(?:your|his|her|their) (?:son's |daughter's |child's |little one's )?(?:ehcp|ehc plan)",
]);
/** An EHCP meeting that is a case when a child is near: "EHCP review for a lad in my class". */
export const EHCP_MEETING = words(['(?:ehcp|ehc plan) (?:annual )?(?:review|meeting|application|assessment|panel|request)s?', "annual review (?:for|of) (?!the (?:policy|website|curriculum|budget|risk)|our (?:policy|curriculum|budget))[a-z'-]+", "(?:his|her|their|[a-z]+'s) annual review"]);
/** Diagnoses and the steps towards one: a detail of a child's needs when a child is in the sentence. */
export const NEEDS = words([
  // "on melatonin and the new ADHD meds"
  '(?:on|taking|started on|started) (?:the |his |her |their |new |the new )?(?:melatonin|ritalin|methylphenidate|concerta|elvanse|equasym|adhd (?:meds|medication|tablets)|sertraline|fluoxetine|risperidone|antidepressants|anti-?psychotics)',
  // A child's referral to a service: "the SALT referral for the little lad in my class"
  '(?:salt|speech and language(?: therapy)?|ot|occupational therapy|camhs|paediatric(?:ian)?|ed(?:ucational)? psych(?:ologist)?|hearing|sensory) (?:referral|assessment|appointment)s?',
  'autism',
  'autistic',
  'asd',
  'asc',
  'adhd',
  'dyslexi[ac]',
  'dyspraxi[ac]',
  'dyscalculi[ac]',
  'pda',
  'semh',
  "tourette'?s",
  'global (?:developmental )?delay',
  'selective mutism',
  'sensory processing(?: disorder)?',
  'cerebral palsy',
  "down'?s syndrome",
  'fasd',
  'attachment disorder',
  'speech(?:,)? (?:and|&) language (?:delay|disorder|needs|therapy)',
  'learning (?:disability|disabilities|difficulties)',
  'epilep(?:sy|tic)',
  'diabet(?:es|ic)',
  'eating disorder',
  'anorexi[ac]',
  'anxiety disorder',
  'ocd',
  'suicidal',
  'depression',
  'diagnos(?:is|ed|es)',
  '(?:sen|send) (?:support|register|needs|status|plan|paperwork)',
  'camhs',
  'ed(?:ucational)? psych(?:ologist)?',
  'paediatrician',
  'medication',
  'meds',
  '\\d+ ?mg',
  '(?:concerta|ritalin|methylphenidate|melatonin|elvanse|equasym|atomoxetine|risperidone|sertraline|fluoxetine)',
  'one[- ]to[- ]one support',
  "special (?:educational )?needs",
]);
const NATIONAL_FIGURE_WORDS: Vocabulary = [
  'research',
  'stud(?:y|ies)',
  'statistics',
  'stats',
  'figures',
  'data',
  'in england',
  'in (?:the uk|britain|scotland|wales)',
  'nationally',
  'national',
  'across the country',
  'government',
  'the dfe',
  'rates? of',
  '(?:rise|rising|increase|fall|drop) in',
  'numbers? of',
];

/** Awareness weeks, training, advice and guidance about children in general. */
export const GENERAL_TALK = words([
  '(?:awareness|acceptance|celebration) (?:week|month|day|fortnight)',
  'neurodiversity',
  'training',
  'course',
  'webinar',
  'cpd',
  'conference',
  'workshop',
  'strategies',
  'supporting (?:pupils|children|students|learners)',
  'resources',
  // Guidance about any child, not news about one: "if a child has a diagnosis…"
  'if (?:a|your|any|the) (?:child|pupil|student)',
  '(?:any|every) (?:child|pupil|student)',
  '(?:children|pupils|students|learners) (?:who|with)',
  'how to',
  "(?:what is|what's) an? [a-z]+",
  // (Not "on a child's plan": the name of Scotland's plan for one child.)
  "(?:a|any|each|every) (?:child|young person|pupil)'s(?! plans?\\b)",
  'what to do',
  'who to (?:contact|tell|speak to)',
  'guidance',
  'advice',
  'polic(?:y|ies)',
  'tips',
  'signs of',
  // Lessons learnt, for colleagues: "Five things I wish I'd known about EHCP annual reviews…"
  "(?:things|what) i wish i(?:'d| had) known (?:about|when|before|as)",
  "(?:things|lessons) i(?:'ve| have)? learn(?:ed|t) (?:about|as|in|from)",
  // Who to call, for anyone: "if you are worried about a child, contact children's social care".
  '(?:worried|concerned|worries|concerns) about (?:a|any|the welfare of a) (?:child|young person|pupil|student)',
  'if you(?:\'re| are)? (?:worried|concerned)',
  // (Not the writer's own call: "I had to ring children's services about…" is a case.)
  '(?<!(?:had to|i|we|just|then|so|today i|today we) )(?:please )?(?:contact|call|ring|phone|report (?:it )?to) (?:the )?(?:police|children\'s (?:social care|services)|social (?:care|services)|the mash|mash|the lado|lado|nspcc|childline|101|999)',
  // "…outside school hours, contact Stoke-on-Trent children's services or the police": the place named first.
  "(?<!(?:had to|i|we|just|then|so|today i|today we) )(?<!(?:the|a|on the|third|second|another|first) )(?:please )?(?:contact|call|ring|phone) (?:the |your )?(?:local |(?!(?:to|with|from|about|for|on|in|into|at|up|round|our|my|their|his|her)\\b)[a-z]+(?:-[a-z]+){0,3} (?:council's |city council's |county council's )?)(?:children's (?:social care|services)|social (?:care|services)|early help)",
  // "Out of hours, please use the council's duty line for urgent safeguarding concerns"
  '(?:for|with|about|report) (?:any |urgent |all |your )?safeguarding concerns?',
  "(?:duty line|out of hours|out-of-hours)",
  // National figures and research (NATIONAL_FIGURES below) are general talk too.
  ...NATIONAL_FIGURE_WORDS,
  // The process explained to everyone, not one child's case.
  'families will',
  'parents will',
  'invitations?',
  'information (?:evening|session|event)',
]);

/** National figures and research, not a case: "research on permanent exclusions in England". */
export const NATIONAL_FIGURES = words(NATIONAL_FIGURE_WORDS);

/** Why someone is off, when saying it is private: "with stress", "after her hip operation", "having chemo". */
const SICK_REASON = String.raw`(?:(?:her|his|their|a|an|major|bad|severe|work-related) )?(?:stress|anxiety|depression|burn-?out|breakdown|mental health|nerves|cancer|work-related stress|(?:hip |knee |back |heart |shoulder )?(?:operation|surgery|op)|chemo(?:therapy)?|radiotherapy|stroke|heart attack|long covid|miscarriage|ptsd|(?:a )?(?:hysterectomy|mastectomy|hip replacement|knee replacement)|losing (?:her|his|their) (?:baby|mum|dad|mother|father|husband|wife|partner)|(?<=(?:her|his|their|a bad|bad) )(?:back|knee|hip|shoulder|neck|heart))`;

/** Disciplinary, HR and staff matters. */
export const STAFF_MATTER = words([
  // "Colleague off with stress for the third time this year"
  `(?<!(?:two|three|four|five|six|several|many|some|\\d) )(?:(?:a|my|our|one) )?colleague (?:is |has been )?(?:signed )?off (?:sick |work )?(?:with|for|because of) ${SICK_REASON}`,
  // "…in your prayers this week as she recovers from surgery": a colleague's health, said with its reason.
  "(?:(?:mrs|mr|miss|ms|mx|dr) [a-z'-]+|(?:our|a) colleague)(?: in (?:your|our) (?:prayers|thoughts))?[^.!?\\n]{0,40}? (?:as|while|whilst) (?:she|he|they) (?:recovers?|recuperates?|is recovering|are recovering) from (?:her |his |their |an? |major |emergency )?(?:surgery|operation|op|treatment|chemo(?:therapy)?|illness|cancer|a stroke|a heart attack|a fall)",
  // "sent home pending an investigation", "HR are looking into their absences"
  '(?:sent home|stood down|suspended) pending (?:an |the |a )?(?:investigation|inquiry|enquiry|hearing|disciplinary)',
  "(?:hr|human resources) (?:are|is|have been|has been|'re|'s) (?:now )?(?:looking into|investigating|reviewing|involved in) (?:his|her|their|the) (?:absences?|sickness|attendance|conduct|behaviour)",
  '(?<![a-z-])disciplinar(?:y|ies)(?: (?:hearings?|meetings?|action|procedures?|process|investigations?|warnings?|cases?|panels?|letters?|outcomes?))?(?! polic(?:y|ies))',
  'capability (?:procedures?|process|plan|meetings?|hearings?|proceedings)',
  'gross misconduct',
  'misconduct (?:hearings?|meetings?|allegations?|investigations?)',
  '(?:suspended|suspension) (?:pending|on full pay|while|whilst|until (?:the|an) investigation)',
  'hr (?:meetings?|investigations?|cases?|matters?|issues?|process(?:es)?|are involved|have been involved|got involved|involvement|called)',
  '(?:meeting|meetings|met|call|interview|hearing) with hr',
  'investigation (?:meetings?|interviews?|hearings?)',
  '(?:internal|formal|hr|disciplinary|police|safeguarding|lado|misconduct|independent) investigation',
  'under investigation',
  // A person investigated, not "the matter is being investigated".
  '(?<!(?:matter|incident|accident|this|it|complaint|issue|case|concern|cause|fire|leak|fault) (?:is |was |has |have |are )?)(?:being|been|is being|was|were) investigated',
  "investigation into (?:the |an? |his |her |their )?(?:allegations?|conduct|complaints?|claims?|incident|head|deputy|teacher|ta|member of staff|colleague|mr|mrs|ms|miss|dr|what happened)",
  '(?:formal )?grievance (?:against|meetings?|hearings?|procedure|process|outcome)',
  '(?:raised|raising|lodged|lodging|filed|filing|put in|putting in|submitted) a (?:formal )?grievance',
  // "the grievance she raised against the head was thrown out"
  "grievance (?:she|he|they|i|we|[a-z'-]+) (?:had )?(?:raised|lodged|filed|put in|submitted)",
  'settlement agreement',
  'compromise agreement',
  'non-disclosure agreement',
  'nda',
  'employment tribunal',
  'whistle-?blow(?:ing|er|ers)?(?! polic(?:y|ies))',
  "(?:was|been|got|getting|being|is being) (?:sacked|let go|marched (?:out|off)|escorted (?:out|off))",
  'sickness (?:absence )?(?:meetings?|reviews?|procedure|triggers?)',
  // One colleague's, not a rule for everyone: "anyone off sick now needs a return-to-work meeting".
  '(?<!(?:needs?|need to have|has to have|have to have|will have|must have|gets?) an? )return[- ]to[- ]work (?:meeting|interview)',
  'occupational health (?:referral|appointment)',
  // An allegation against staff goes to the LADO: "LADO has been called in about a colleague".
  '(?:referr(?:al|ed)|reported|escalated) to (?:the )?lado',
  'lado (?:referral|involvement|investigation|meeting|strategy meeting)s?',
  // "Had the LADO on the phone most of the afternoon about a colleague"
  "(?:had|got|been on the phone to|on the phone (?:to|with)|spoke to|speaking to|spoken to|a call (?:from|with)|called|rang|phoned) the lado",
  // "…on leave while a parent's complaint against her is investigated"
  "(?:complaint|allegation)s? (?:made )?against (?:him|her|them|a colleague|a teacher|the teacher|a member of staff) (?:is|are|was|were|has been|have been|is being|are being|was being) (?:still )?(?:investigated|looked into|under investigation)",
  "(?:it's|it is|they're|this is|that's) (?:now )?(?:with|gone to) the lado",
  "lado's (?:been )?(?:called|involved|contacted|informed|brought)(?: in)?",
  'lado (?:(?:has|have|had|was|were|is|are|got)(?: been)? )?(?:called|involved|contacted|informed|brought|in)(?: in)?',
  '(?:on|onto) gardening leave',
  // A colleague's sick leave and its reason: "Mrs Pickles, who's been signed off with anxiety again",
  // "has been off since October with her nerves", "signed off for six weeks with stress", "off having chemo".
  // Not the writer's own ("I've been signed off with stress") nor family's ("my husband's been off with his back").
  `(?<!(?:^|[^a-z])i )(?<!i've )(?<!(?:husband|wife|partner|hubby|mum|mam|dad|son|daughter|brother|sister|fiance|fiancee|boyfriend|girlfriend|other half)(?:'s| has| is| was)?(?: been)? )(?:(?<![a-z])(?:has|is|was|have|who's|who is|who has|she's|he's|they've|he'll be|she'll be|they'll be|he will be|she will be|they will be)|(?:mr|mrs|miss|ms|mx|dr) [a-z-]+'s|(?<!(?:husband|wife|partner|hubby|mum|mam|dad|son|daughter|brother|sister|fiance|fiancee|boyfriend|girlfriend|half|it|that|what))'s)(?: been)? (?:signed off|off sick|off work|on sick leave|off)(?: again| still)?(?: (?:until|till|for|since) (?:the )?(?:[a-z0-9]+ ){0,2}?[a-z0-9]+)? (?:with|for|because of|after|following|having|due to|recovering from|getting over) ${SICK_REASON}`,
  // "Sending love to Mrs X, signed off with stress till the end of term": after a name and a comma.
  // (Matched from the verb, with the comma looked back at, so the table is still tried only where its words begin.)
  `(?<=[a-z], (?:been |now )?)(?:signed off|off sick|off work|on sick leave|off)(?: again| still)?(?: (?:until|till|for|since) (?:the )?(?:[a-z0-9]+ ){0,2}?[a-z0-9]+)? (?:with|for|because of|after|following|having|due to|recovering from|getting over) ${SICK_REASON}`,
  'at risk of redundancy',
  // "…got a slap on the wrist after the investigation"
  '(?:got|given|received|gets|getting|off with) (?:a |an )?(?:slap on the wrist|written warning|final (?:written )?warning|verbal warning|first warning)',
  '(?:proposed|planned|upcoming|rumou?red|rumou?rs of|talk of|going to be|there will be|facing|more) (?:redundanc(?:y|ies)|restructur(?:e|ing)|job cuts|cuts to staff(?:ing)?)',
  'commercially sensitive',
]);
/** A member of staff suspended, dismissed or arrested. */
export const STAFF_KEPT_AWAY = words([
  // "the member of staff involved is not in school while that happens"
  '(?:member of staff|staff member|colleague|teacher|ta|teaching assistant|adult) (?:involved|concerned|in question) (?:is|are|has been|have been|will be|will not be|won\'t be|is not|isn\'t) (?:not )?(?:in school|working|at work|on site|away from (?:school|work)|off site|stood down|suspended|removed|absent)',
]);
export const STAFF_SUSPENDED = wordPattern(
  "(?:one of (?:the|our|my) (?:[a-z0-9]+ ){0,2}(?:teachers|tas|teaching assistants|colleagues|staff|deputies|heads of year|lunchtime staff)|head(?: ?teacher)?|deputy(?: head)?|assistant head|teacher|ta|teaching assistant|colleague|member of staff|caretaker|senco|principal|second in (?:department|dept|faculty)|head of (?:department|dept|faculty|year|[a-z]+)|hod|line manager|business manager|site manager|bursar|cover supervisor|(?:mr|mrs|ms|miss|mx|dr) [a-z'-]+)(?: (?:at|from|in) [a-z'-]+(?: [a-z'-]+){0,2})?(?: (?:has|have|had|was|were|is|are|got|gets|getting|being|been|just|now)){1,3} (?:suspended|sacked|dismissed|let go|arrested|investigated)",
);

/** Allegations and complaints against someone: a staff matter when the draft is about school. */
export const ALLEGATION = words([
  'allegations? (?:of|against|about|made|has been made|have been made|was made|were made)',
  'accused of',
  '(?:complaints?|allegations?) (?:made )?against (?:a|the|one of|our|my) (?:teacher|member of staff|colleague|ta|head|deputy|staff)',
]);

/** An inspection outcome… */
/** A grade said as a move or a riddle: an inspection outcome even without the word "Ofsted". */
const INSPECTION_GRADE_WORDS = [
  '(?:gone|going|moved|moving|jumped|risen|gone straight|went|go) (?:up|down) (?:a grade|to (?:an? )?(?:outstanding|good|requires improvement|inadequate|ri)\\b)',
  '(?:starts|begins) with (?:an? )?[gori],? (?:and )?ends (?:in|with)',
];
export const INSPECTION_GRADE = words(INSPECTION_GRADE_WORDS);
export const INSPECTION = words(['ofsted', 'inspections?', 'inspectors?', 'siams', 'special measures', '(?:inspection |ofsted )?feedback call', '(?:we |they )?(?:had|got|took) the (?:ofsted |inspection )?call']);
export const INSPECTION_RESULT = words([
  'outcome',
  'results?',
  'grades?',
  'judge?ments?',
  'ratings?',
  'verdict',
  // "it's going to be a drop", "we've been downgraded"
  "(?:going to be|it's|it is|it'll be|will be) a (?:drop|downgrade)",
  '(?:been |being |getting |got )downgraded',
  'dropped (?:a grade|to (?:requires improvement|ri|inadequate))',
  "(?:got|get|achieved|kept|keep|retained|maintained|stayed|held on to|hung on to|hang on to|kept hold of|are|were|been|be|was|is|we're|they're|it's|we've|judged|rated|graded)(?: (?:judged|rated|graded|still))?(?: us| the school| our school)?(?: an?)? (?:outstanding|good|requires improvement|inadequate|ri|special measures)",
  "(?:came|come|coming|come's) out (?:of (?:the |our )?(?:inspection|ofsted|visit) )?(?:as|with) (?:an? )?(?:outstanding|good|requires improvement|inadequate|ri)",
  // "Ofsted gave us Good with Outstanding for personal development"
  "(?:gave|given|give|gives|awarded|handed) (?:us|the school|our school|the college|the academy|them)(?: an?)? (?:outstanding|good|requires improvement|inadequate|ri)\\b",
  '(?:into|in) special measures',
  'over the moon',
  // "we've been told Hollybank's gone up to Good", "the word starts with G, ends in OOD"
  ...INSPECTION_GRADE_WORDS,
  // The grade said alone, a sentence of its own: "We had Ofsted last week. Outstanding!"
  '(?<=(?:^|[.!?]\\s{1,3}|\\n\\s{0,3}))(?:outstanding|good|requires improvement|inadequate)(?=\\s*(?:[!.]|$))',
  // "Good in every area!!", "outstanding across the board"
  '(?:outstanding|good|requires improvement|inadequate) (?:in|across|for) (?:every|all|each|the) (?:areas?|categor(?:y|ies)|judge?ments?|board|strands?|key judge?ments?)',
]);
/** …known before it is published, said outright (no inspection word needed beside a grade). */
const NOT_YET_PUBLISHED_OUTRIGHT = [
  'not (?:yet )?(?:been )?(?:published|public|out|official)',
  'ahead of (?:publication|the report|it being published|the official)',
  "(?:report|it)(?:'s| is| will be)? (?:out|published|due|coming)(?: out)? (?:in|next|soon|after|within)",
  "(?:report|it)(?: isn't| is not| won't be| will not be| hasn't been| has not been)(?: out| published| public| released)(?: yet)?(?: (?:until|till|for))?",
  "(?:once|until|till|til|when|before) (?:the report|it)(?:'s| is| has been| gets)? (?:published|out|comes out)",
  "(?:can't|cannot) (?:say|tell|share|reveal)",
  'not allowed to',
  'embargo(?:ed)?',
  'under wraps',
  'yet to be published',
];
export const NOT_YET_PUBLISHED_STRICT = words(NOT_YET_PUBLISHED_OUTRIGHT);
/** …known before it is published. */
export const NOT_YET_PUBLISHED = words([
  ...NOT_YET_PUBLISHED_OUTRIGHT,
  'unofficial(?:ly)?',
  'provisional(?:ly)?',
  'draft report',
  "(?:don't|do not|dont) share",
  'between us',
  'keep (?:it|this) (?:quiet|to yourselves)',
  '(?:is|are) in',
  'came in',
  'just had',
  'this week',
  'yesterday',
  'today',
  'last week',
  'feedback',
  'hush',
]);
export const PUBLISHED = words([
  'published (?:today|this week|yesterday|on|online|last)',
  // "Ofsted report for my school came out today"
  "(?:report|it)(?: (?:for|on|about) (?:my|our|the) [a-z']+)? (?:came|has come|comes) out (?:today|this week|yesterday|this morning|on)",
  '(?:now|just been|has been|have been) (?:published|live|available|out)',
  'read the (?:full )?report',
  'report is (?:now )?(?:out|available|published|live|on)',
  'on the ofsted website',
  'ofsted website',
  'link (?:in bio|below)',
]);

/** Prisons by name, as staff hear them: "because he's in Maghaberry". */
const PRISONS = '(?:hmp [a-z]+|maghaberry|magilligan|hydebank|barlinnie|polmont|saughton|strangeways|belmarsh|pentonville|wandsworth|wormwood scrubs|armley|winson green|the scrubs)';

/** Private family news about a child: the serious kind. */
export const FAMILY_NEWS = words([
  // "his daddy won't be home for Christmas because he's in Maghaberry", "…cos she's inside"
  `(?:daddy|dad|da|mum|mummy|mam|mammy|father|mother|parent)[^.!?\\n]{0,60}? (?:because|as|cos|coz|since) (?:he's|she's|he is|she is|they're|they are) (?:in (?:prison|jail|custody|${PRISONS})|inside|locked up)\\b`,
  // "…dad is in prison", "the dad of one of my class has been arrested", "a parent at our school was evicted"
  `(?:parents?|mum|mam|mom|dad|mother|father|step-?(?:mum|dad)|nan|gran|grandma|grandad|brother|sister)(?: (?:of|from|at|in) (?:one of )?(?:my|our|a|the) (?:[a-z0-9]+ ){0,2}?(?:class|kids|pupils|children|boys|girls|lads|form|little ones|school|year \\d{1,2}s?)(?: (?:in|from) (?:my|our|the) (?:class|form|school|year group))?)?(?:'s| is| are| was| were| has| have| had| just| been| got| getting| now| who's| who is| who has| who was| who had){0,3} (?:divorc(?:ed|ing|e)|separat(?:ed|ing)|split(?:ting)? up|in prison|in jail|in ${PRISONS}|(?:gone|sent|going|went) to (?:prison|jail)|arrested|jailed|sent down|locked up|in hospital|terminally ill|died|passed away|evicted|in rehab|overdosed|moved out|walked out)`,
  'getting divorced',
  '(?:taken|put|placed|going) into care',
  'being fostered',
  'young carer',
  // A sixth-former's university offer withdrawn, coursework flagged for malpractice
  '(?:offer|place) (?:was |has been |had been |got |gets )?(?:withdrawn|pulled|rescinded)',
  '(?:flagged|reported|investigated|caught) (?:[a-z]+ ){0,3}for malpractice',
  'malpractice (?:case|investigation|allegation|panel|hearing)s?',
  // A family without a safe home: "living in a refuge with mum", "in temporary accommodation"
  "(?:living|staying|moved|moving|placed|housed|are|is|now|gone|went|fled|have gone|has gone) (?:in|into|to) (?:a )?(?:women's )?(?:refuge|temporary accommodation|emergency accommodation|homeless hostel)",
  '(?:family|they|mum|dad|he|she) (?:are|is|were|was|have been|has been|been made|made) homeless',
  // "The family's been in a B&B since the eviction"
  "(?:family|family's|they|they've|mum|dad|he|she|he's|she's) (?:are |is |were |was |have |has |had )?(?:been |now |still )?(?:living |staying |housed |put |placed )?in (?:a |one )?(?:b ?& ?b|b and b|bed and breakfast|hostel)",
  '(?:since|after|before|facing|threatened with|an|the) eviction',
  '(?:on|gets|claims|eligible for) free school meals',
  'pupil premium (?:child|pupil|kid|boy|girl)',
  '(?:lost|losing) (?:his|her|their) (?:mum|dad|mother|father|parent|nan|gran|brother|sister)',
  'bereave(?:d|ment)',
  'domestic (?:violence|abuse|incident)',
  '(?:uses?|using|used|relies on|relying on|going to|went to|referred to|needs?|needed|visits?|visiting) (?:the |a )?food ?bank',
  'custody (?:battle|hearing|case)',
  'family court',
]);
/** News a family shares with a teacher, passed on: "moving schools next term". */
export const CHILD_NEWS = words([
  'moving (?:schools?|away|to (?:a new|another) school|abroad|up north)',
  'changing schools',
  '(?:is|are) leaving (?:us|the school|school|our school)',
  "(?:won't|will not|not) be (?:back|coming back|returning) (?:next|after|in)",
]);
/** Passed on from the family: "her mum told me". */
export const HEARSAY = wordPattern(
  "(?:his|her|their|the (?:child|boy|girl|kid)'s|[a-z]+'s) (?:mum|mam|mom|mother|dad|father|parents?|carers?|nan|nana|nanny|gran|granny|grandma|grandad|grandparents?|step-?(?:mum|dad)|foster (?:mum|dad|carers?)|aunt(?:ie)?|uncle)(?: (?:just|has|had|actually))? (?:told|tells|mentioned|confided|let slip|let on|said|says|admitted|revealed|informed|messaged|texted|rang)",
);

/** "Childline is free and confidential", "applications are treated in the strictest confidence": a service, not a secret. */
const SERVICE_WORDS: Vocabulary = [
  'applications?', 'your ', 'enquir', 'calls?', 'helpline', 'service', 'counsell', 'childline', 'nspcc', 'samaritans', 'we will treat',
  'treated', 'handled', 'anonymous',
];
export const SERVICE_BEFORE = new RegExp(anyOf(...SERVICE_WORDS), 'u');
