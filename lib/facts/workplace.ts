/**
 * Words for the workplace's internals and for the school as a whole, shared by the
 * rules that judge what a draft says about them: complaints (`internal-grievance`,
 * `staff-named`), verdicts on the school (`disrepute`) and confidential matters.
 *
 * Every table is a list of phrases written for the folded text (lower case, plain
 * letters, `'` for every apostrophe), so callers can combine them (`words(LEADERS,
 * COLLEAGUES)`). They use bounded repetition only: a 20,000-character draft is scanned
 * in a few ms.
 *
 * Why here: complaints (`complaints.ts`, a fact both `internal-grievance` and
 * `staff-named` read) and verdicts on the school (`disrepute`) share these words, so
 * they sit with the facts rather than with either rule.
 */
import { anyOf, type Vocabulary } from '../text/patterns';

/**
 * The people who run the school or the trust, as staff refer to them. "The head" is
 * a leader but "my head" is usually the one on your shoulders, so only "the"/"our".
 */
export const LEADERS: Vocabulary = [
  'slt',
  'smt',
  'senior (?:leadership|leaders?|management|managers?)(?: team)?',
  '(?:the|our|my|a|such a|this) (?:(?:toxic|awful|useless|terrible|dreadful|horrendous|bullying|incompetent|clueless|hopeless) )?senior teams?',
  // "feedback from upstairs", "nobody upstairs has noticed": the offices where leaders sit.
  '(?:from|people|those|anyone|nobody|no one|no-one|someone|them|the offices?) upstairs',
  'the powers that be',
  // "the people at the wheel are still arguing over who gets the lifeboat"
  '(?:the )?(?:people|person|ones?|those|whoever(?: is)?) at the (?:wheel|helm|top)',
  // "another crap call from on high"
  '(?:from|people|those|them) on high',
  '(?:upper|middle) management',
  'leadership(?: team)?',
  'management(?: team)?',
  'line managers?',
  '(?:my|our|the) (?:boss|bosses|manager)',
  'bosses',
  'exec(?:utive)? team',
  '(?:anyone|whoever(?: is)?|people|those|the people|the ones|the person) (?:running|leading|in charge of) (?:a|the|this|our|their|my) (?:school|trust|academy|department|place|show)',
  'head ?teachers?',
  'head ?(?:masters?|mistress(?:es)?)',
  'heads? of (?:school|department|dept|year|faculty|phase|key stage|ks ?\\d|maths|english|science|history|geography|re|pe|music|art|drama|dt|computing|languages|mfl|french|spanish|german|humanities|technology|ict|pshe|biology|chemistry|physics|business|psychology|sociology|media|send|sen|inclusion|behaviour|safeguarding|pastoral|house|sixth form|eyfs|early years|lower school|upper school|site|hr|finance|operations|curriculum|teaching and learning)',
  '(?:executive|exec|acting|interim|deputy|assistant|associate|new) heads?',
  "(?:the|our) head(?:'s)?(?! (?:of (?:the )?(?:queue|table|line|stairs|river|bed)|coach|chef|office|start|cold|lice|torch))(?!(?: is|'s)(?: still| absolutely| properly| just)? (?:banging|pounding|throbbing|splitting|spinning|thumping|killing me|hurting|aching|fried|mashed|battered|swimming|full of cotton wool)\\b)",
  '(?:the|our|my) (?:vice[- ])?principal',
  'deputies',
  '(?:the|our|my) (?:new |acting |interim |current |latest |old |assistant )?deputy(?! (?:prime|mayor|manager|leader|chief|director))',
  'hods?',
  'hoys?',
  'governors',
  '(?:the|our) governor',
  'chair of governors',
  'governing (?:body|board)',
  '(?:the )?trust (?:board|leaders?|leadership|ceo|executives?|central team|bosses|management|office)',
  'ceo',
  "(?:those|people|whoever(?: is|'s)?|nobody|no one|no-one|someone|anyone) in charge",
  'powers that be',
  '(?:them|they|those|people|nobody|no one|no-one|anyone|someone|folk|whoever is) (?:upstairs|up there|at the top)',
  '(?:phase|key stage|year group) leaders?',
  // "Executive leaders who have never taught" (not "world leaders")
  '(?:executive|exec|school|academy|central) leaders?',
  // Whoever made the decision: "whoever decided parents' evening should clash with…", "Who decided…?".
  '^who (?:on earth |in their right mind |exactly )?(?:decided|thought|signed off|approved|agreed|came up with|planned)',
  '(?:whoever|the (?:person|people|genius|bright spark)(?: who| that)?) (?:decided|thought|planned|came up with|signed off|designed|scheduled|organised|approved|agreed|put|booked|moved|chose)',
  'the (?:people|ones|person) (?:steering|running|in charge of|at the top|making (?:the )?decisions|who (?:decide|decided|run|make))(?! (?:this |the |our |that )?(?:council|country|government|club|league|railways?|trains?|nhs|bus|buses|show))',
  'head office',
  'central (?:team|office)',
  'higher[- ]ups',
  '(?:being |been |am |are |is |was )?managed by',
  "(?<!like a )boss(?! (?:it|baby|level|babe|move))",
  "(?:the|our) trust (?:has|have|'s|just|then|now|has just) (?:decided|announced|chosen|told|said|cut|scrapped|paused|frozen|imposed|refused|ordered)",
  // "the trust scrapped the leavers' budget", "the trust still won't fund a room"
  "(?:the|our) trust (?:still )?(?:cut|scrapped|axed|slashed|froze|imposed|refused|refuses|withdrew|pulled|won't|will not)",
  '(?:the|our) trust (?:says|said|claims|calls|thinks|wants|expects)',
  '(?:the )?(?:new )?(?:trust|head|management|slt|ceo|head ?teacher) (?:took over|came in|arrived|took charge)',
  '(?:two|three|four|five|six|seven|\\d+) (?:heads|head ?teachers|principals|line managers|deputies|hods|heads of department|ceos)',
  'top brass',
  // Favouritism: "the favourites always get the top sets".
  '(?:the )?(?:favourites|golden (?:boys?|girls?|child(?:ren)?)|chosen (?:ones?|few)|teacher\'s pets?|inner circle|in-crowd)',
  // "Nobody at the top will admit it."
  '(?:nobody|no one|no-one|anyone|someone|people|those|them|whoever is|the people) at the top',
  // Whoever signed it off, wherever they sit: "Whoever at WLP signed off the new system…".
  '(?:whoever|the (?:person|people|genius|bright spark))(?: (?:at|in|from) [a-z]+(?: [a-z]+)?)?(?: who| that)? (?:decided|thought|planned|came up with|signed off|designed|scheduled|approved|agreed|chose|wrote|writes|made|makes)',
  // "Head's never once finished one on time."
  "^head(?:'s| has)? (?:never|not|just|decided|announced|told|sent|cancelled|changed|moved|refused)",
];

/** Colleagues: the people a member of staff works alongside. */
export const COLLEAGUES: Vocabulary = [
  'colleagues?',
  'co-?workers?',
  'workmates?',
  '(?:some|certain|other|a few|most|half (?:of )?the|some of (?:the|my|our)|the other) (?:staff|teachers|tas|members of staff)',
  'members? of staff',
  '(?:people|someone|somebody|anyone) (?:at work|i work with)',
  "(?:the|my|our) (?:department|dept|faculty|year team|year group team|key stage team|ks ?\\d team|phase team|tas?|teaching assistants?|cover supervisors?|caretaker|site (?:manager|team)|office(?: staff| team)?|business manager|bursar|senco|dsl|it (?:guy|team|support)|mentor|team leader|phase leader|subject lead(?:er)?|key stage lead(?:er)?|year lead(?:er)?)",
  // A title and surname is how staff speak of each other ("Mr Lobb"): a colleague.
  "(?:mr|mrs|miss|ms|mx|dr) [a-z][a-z'-]+",
  // "One person in my department", "someone on my corridor".
  '(?:(?:one|a|one particular|a certain) (?:person|teacher|colleague|member of staff|ta|teaching assistant|individual)|someone|somebody|one) (?:in|from|on) (?:my|our) (?:department|dept|team|year team|phase|faculty|corridor|office|year group|staffroom)',
  'ta (?:support|hours|time)',
  // A role rather than a name: "the exams officer", "the business manager", "the trust's finance team", "IT support".
  "(?:the|our|my|their|the trust's|the school's) (?:exams? officer|data (?:manager|officer)|business manager|finance (?:team|office|officer)|hr(?: team| department)?|payroll|central team|central services|estates team|it (?:helpdesk|help desk|department|technician)|head's pa|pa|attendance officer|cover manager|network manager|site supervisor|premises (?:manager|team))",
  '(?:it|i\\.t\\.) (?:support|helpdesk|help desk|tickets?)',
  '(?:someone|somebody|whoever|they) upstairs',
  "(?:the )?trust(?:'s)? (?:it|hr|finance|payroll|estates)(?: team| department| office)?",
  '(?:the )?same (?:two|three|four|five|few|handful of|old) (?:people|faces|names|favourites)',
];

/** The work itself: marking, planning, meetings, data, initiatives. */
export const WORKLOAD: Vocabulary = [
  'workload',
  'books? to mark',
  '(?:worked|working|work|doing|did|do) (?:\\d{2}|forty|fifty|sixty|seventy)[- ]?(?:hours?|hour weeks?)',
  'seating plans?',
  '(?:\\d{2}|thirty[- ][a-z]+|forty(?:[- ][a-z]+)?) (?:in (?:the|a|one) (?:room|class)|kids in|pupils in|students in)',
  // Staff as the ones a decision falls on, not "your staff" (advice to any leader) or the staff panto.
  "(?<!your |their |the other school's )staff(?! (?:panto|quiz|party|do|night|netball|football|match|social|choir|band|bake ?off|christmas|dinner|meal|photo|room|toilets?|car park|there)(?![a-z]))",
  'training(?: sessions?| days?)?',
  'exams?',
  '(?:are|am|were|is|being|get|got) (?:now )?(?:expected|required|forced|made) to',
  'tracking(?: sheets?| systems?| grids?)?',
  'on duty',
  '(?:new )?priorities',
  '(?:record|log|input|enter|upload|track)(?:ing)? (?:every|each|all)',
  'this job',
  // "Eleven-hour days".
  '(?:\\d{2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)[- ]hour (?:days?|shifts?|weeks?)',
  'to-?do lists?',
  'work-?life balance',
  '(?:staff )?(?:wellbeing|well-being|morale|goodwill|atmosphere|culture|vibe|spirits)',
  'marking',
  'planning',
  'paperwork',
  'admin',
  'data(?: drops?| entry| collection| deadlines?| tracking)?',
  'spreadsheets?',
  '(?:learning|book|drop-?in|work) (?:walks?|looks?|scrutin(?:y|ies)|samples?)',
  'deep dives?',
  'observ(?:ations?|ed)',
  'mocks?',
  'moderation',
  'interventions? a day',
  'drop-?ins?',
  "(?:the|our) trust's (?:new )?[a-z]+ (?:system|policy|platform|software|app|portal|rules?|decision)",
  'instead of (?:year \\d+|my (?:class|group|own class|ppa|lesson))',
  'reports?',
  'report writing',
  'lesson plans?',
  'schemes? of work',
  'curricul(?:um|a)',
  'syllabus(?:es)?',
  'specifications?',
  '(?:my|our) (?:lessons|teaching|timetable)',
  'interventions?(?: groups?)?',
  'directed[- ]time',
  'restructur(?:e|es|ing)',
  'whole[- ]school (?:initiatives?|focus|priorit(?:y|ies)|approach|polic(?:y|ies))',
  "(?:subject|maths|english|science|reading|phonics|pe|computing|history|geography|music|art|dt|re|pshe|send|sen|ks\\d|eyfs|curriculum) lead(?:er)?s?",
  'lead(?:ership)? roles?',
  'responsibilit(?:y|ies)',
  'cover work',
  'displays?',
  '(?:staff |department |dept |team |slt |phase )?meetings?',
  'briefings?',
  'twilights?',
  'inset(?: days?)?',
  'cpd',
  'e-?mails?',
  'cover(?: lessons?)?',
  'covering',
  '(?:break|lunch|lunch ?time|gate|bus|playground|wet play|corridor|canteen|yard|car park) dut(?:y|ies)',
  'duties',
  'detentions?',
  "parents'? evenings?",
  'targets?',
  'performance management',
  'appraisals?',
  'initiatives?',
  '(?:new|marking|behaviour|feedback|homework|reading|assessment|uniform|rewards?|sanctions?) (?:policy|policies|system|scheme|framework|platform|tracker|approach)',
  'polic(?:y|ies)',
  'decisions?',
  '(?:new|uniform|phone|behaviour|homework|dress|marking|feedback|lanyard|corridor) rules',
  'directives?',
  'deadlines?',
  'timetables?',
  'rotas?',
  'class sizes?',
  'overtime',
  'working (?:hours|week|day|weekends?|evenings?)',
];

/** Staff pay, not "pay for the trip". */
export const PAY: Vocabulary = [
  // Where staff sit on the pay scale: "still on the bottom of the scale", "the same spine point".
  '(?:bottom|top|foot) of the (?:pay )?scale',
  'spine points?',
  'pay (?:scales?|grades?|bands?|spine)',
  'pay ?rises?',
  'pay ?slips?',
  'back ?pay',
  'pay progression',
  'on (?:m[1-6]|u[1-3]|ups ?[1-3]|mps ?[1-6]|the main scale|the upper (?:pay )?scale)',
  'pay (?:increases?|awards?|freezes?|cuts?|scales?|progression|offers?|deal|and conditions|slips?|reviews?|claims?|grades?|bands?|errors?|mistakes?|problems?|issues?|cock-?ups?)',
  'payroll',
  'salar(?:y|ies)',
  'wages?',
  'tlrs?',
  'pensions?',
  'underpaid',
  '(?:our|my|staff|teachers\'?|teacher|support staff) pay',
  '(?:being|get|getting|got) paid',
  'paid (?:nothing|peanuts|less|a pittance)',
  'minimum wage',
  '(?:for|on) £\\d[\\d,.]*k?(?: a (?:year|month|week|hour))',
];

/**
 * Working conditions. Things at home have the same names ("my heating"), so these
 * count only with "the", "our" or a school word in front.
 */
export const CONDITIONS: Vocabulary = [
  'ppa(?: time)?',
  'planning time',
  'non-contact(?: time)?',
  'free periods?',
  '(?:(?:the|our|school|staff|class ?room) )(?:heating|boiler|radiators?|air con|roof|ceilings?|toilets?|loos?|photocopiers?|printers?|building|windows|kitchen|car park|resources|stationery)',
  '(?:lunch|toilet|coffee|tea) breaks?',
  'budget cuts?',
  '(?:the|our|my|department|dept|faculty|subject|resources?|school|staffing|training|cpd|trip|trust|no|a|whose|their) budgets?',
  '(?:staff|christmas|xmas|end of term|summer) (?:do|party|social|night out|meal)',
  'funding',
  'staffing',
  'short[- ]staffed',
  'understaffed',
  'support staff',
  'contracts?',
  'staff ?room',
  'sick leave',
  'time off',
  'days? off',
  'leave request',
  'part-?time',
  'flexible working',
  'job share',
  'staff turnover',
  'photocopiers?',
  '(?:no|without(?: a| any)?) (?:tas?|teaching assistants?|support)',
  // Parts of the site: "the Year 2 block", "the science wing".
  '(?:the|our) (?:[a-z0-9]+ ){0,2}(?:block|wing|huts?)',
  '(?:year \\d+|ks ?\\d|infant|junior|science|english|maths|art|music|pe|languages|humanities|new|old|main|modular|portakabin) (?:block|wing|corridor|huts?)',
  'estates(?: team)?',
  '(?:leak(?:ing|y)?|broken|cracked|falling) (?:ceiling|roof|window|radiator|tile|pipe|ceiling tile)s?',
  '(?:midday|lunchtime|dinner) (?:jobs?|staff|supervisors?|ladies)',
  'dress code',
  'lanyards?',
  'cleaning (?:hours|staff|contract)',
  'place to work',
  'working (?:here|there)',
];

/** Anything internal a complaint can be about. */
export const WORK_TARGET: Vocabulary = [...LEADERS, ...COLLEAGUES, ...WORKLOAD, ...PAY, ...CONDITIONS];

/**
 * Bodies outside the school: a complaint about the government's pay offer or Ofsted
 * is politics (the `controversial` rule), not an internal grievance.
 */
export const EXTERNAL_ACTOR: Vocabulary = [
  'government',
  'govt',
  'gov',
  'dfe',
  'department for education',
  '(?:education )?secretary(?: of state)?',
  'ministers?',
  'westminster',
  'parliament',
  'tor(?:y|ies)',
  'conservatives?',
  'labour',
  'lib dems?',
  'reform uk',
  'the treasury',
  // The devolved governments and parliaments
  'stormont',
  'holyrood',
  'the senedd',
  '(?:the )?(?:scottish|welsh) government',
  'chancellor',
  'ofsted',
  'nationally',
  'national (?:pay|strikes?|action|offer|award|union|unions|ballot|picture|crisis|shortage|recruitment)',
  // "Whoever decided Year 4 needed a national times tables check…": statutory tests are set nationally.
  'national (?:curriculum|tests?|testing|assessments?|times tables? check|multiplication (?:tables? )?check|phonics (?:screening )?check|sats)',
  '(?:multiplication tables|times tables?|phonics screening) check',
  'across the country',
  'in this country',
  'teachers everywhere',
  '(?<!what )every teacher',
  'exam boards?',
  'aqa',
  'ocr',
  'edexcel',
  'wjec',
  // Scotland's and Northern Ireland's exam and inspection bodies
  'sqa',
  'ccea',
  'education scotland',
  'ofqual',
  'sta',
  'standards and testing agency',
  '(?:autumn|spring) (?:budget|statement)',
  '(?:watching|watched|listening to|listened to) the budget',
  'budget speech',
  '(?:in|across|all over) (?:england|the uk|britain|the country|wales|scotland)',
  'all teachers',
  'strikes?',
  'ballot',
  'unions?',
  'neu',
  'nasuwt',
  'walk(?:ing|s|ed)? out (?:on|this|next|tomorrow)',
  'union reps?',
  'takeover',
  'public meeting',
  'vote (?:them|this lot|the lot of them) out',
  'real[- ]terms',
  'naht',
];

/**
 * Someone else's school: a parent's complaint about their child's school or teacher is
 * not about the writer's workplace ("my son's school has changed the uniform again").
 */
export const CHILDS_SCHOOL: Vocabulary = [
  "(?:my )?(?:partner|husband|wife|boyfriend|girlfriend|fiance|fiancee|friend|mate|sister|brother|mum|dad|mam)'s (?:school|workplace|academy|trust|head|boss|slt)",
  "(?:my|our) (?:sons?|daughters?|kids?|child|children|boys?|girls?|little ones?|youngest|eldest|middle one|step-?(?:son|daughter)s?|nieces?|nephews?|grand(?:son|daughter|kid|child)s?|godson|goddaughter)(?:'s?|s')? (?:school|teachers?|class(?:room)?|head(?: ?teacher)?|nursery|academy|college|form tutor|tutor|secondary|primary|infants|juniors|senco|year)",
  'as a (?:parent|mum|dad|mother|father|carer)',
  '(?:the )?nursery',
  '(?:another|other|a different|the other|a local|a nearby|the local) (?:school|academy|primary|secondary|trust)s?(?! (?:trip|visit|match|game|fixture)s?)',
  "parents'? evening (?:for|with|at) (?:my|our)",
  "(?:my|our) (?:sons?|daughters?|kids?|child|children|boys?|girls?)(?:'s?|s')? (?:parents'? evening|school report|report|teacher|school)",
  '(?:school|nursery) (?:my|our) (?:kids?|children|son|daughter) (?:go|goes|attend|attends)',
];

/**
 * The writer's own work as the subject: "my marking is a disaster zone", "left my
 * planning on the bus". Running down your own work is not a complaint about the
 * workplace, so these do not count as a target.
 */
export const SELF_OWNED: Vocabulary = [
  "(?:my|our) (?:own )?(?:marking|planning|desk|classroom|room|display|displays|handwriting|filing|organisation|lanyard|bag|laptop|lesson|lessons|slides|worksheets?|resources|to-?do list|reports|report writing|teaching|cover work|coffee|lunch)(?:'s)?(?: (?:pile|piles|box|folder|cupboard))?",
];

/**
 * People outside the workplace who may be the subject of a judgement in a sentence
 * that also names staff: "Year 9 were awful…", "some parents were so rude to our office
 * staff". The judgement is about them, not the workplace.
 */
/** Professionals outside the school: "chasing the social worker for one of the children in my class". */
export const OUTSIDE_PROFESSIONALS: Vocabulary = [
  '(?:the|a|our|their|his|her) (?:social workers?|paediatricians?|ed(?:ucational)? psych(?:ologist)?s?|gps?|camhs|la officers?|council officers?|police|early help(?: team| worker)?|family support workers?)',
];

export const OUTSIDE_PEOPLE: Vocabulary = [
  '(?:year|yr|y) ?\\d{1,2}s?',
  '(?:my|our|the|this|that|some|a few|one|two|a couple of) (?:class|pupils?|students?|kids|children|parents?|families|visitors?|inspectors?|supply agency|agency)',
  '(?:pupils|students|kids|children|parents|families|visitors|inspectors)',
  '(?:a|one) (?:parent|pupil|student|child|kid|visitor|mum|dad)',
  '[0-9][a-z][0-9]?',
  // The press: "To the journalist who keeps emailing me…"
  '(?:the|a|this|that|some|one) (?:journalists?|reporters?|journos?|press)',
  ...OUTSIDE_PROFESSIONALS,
];

/** Words that place a complaint in this workplace, whatever else it mentions. */
export const LOCAL_MARKER: Vocabulary = [
  '(?:our|my|this) (?:school|academy|trust|place|department|dept)',
  'at work',
  'where i work',
  'here',
  // Getting ready for an inspection is the school's own decision: "all because Ofsted might turn up".
  '(?:because|in case|incase|for fear|all because|just because) (?:of )?(?:ofsted|an inspection|the inspectors)',
  'mocksted',
];

/**
 * Nouns that, right after "the school" or the school's name, make it a modifier of
 * something smaller: "the school trip was a shambles" is not a verdict on the school.
 */
export const SCHOOL_COMPOUND_NOUNS = [
  'trip', 'trips', 'run', 'bus', 'buses', 'coach', 'hall', 'gate', 'gates', 'office', 'fair', 'fayre', 'fete', 'play',
  'nurse', 'holiday', 'holidays', 'day', 'days', 'uniform', 'dinner', 'dinners', 'meal', 'meals', 'lunch', 'lunches',
  'photo', 'photos', 'photographer', 'disco', 'car', 'field', 'kitchen', 'year', 'term', 'website', 'newsletter',
  'council', 'choir', 'team', 'teams', 'sport', 'sports', 'report', 'reports', 'place', 'places', 'shoes', 'bag',
  'bags', 'pick', 'drop', 'match', 'panto', 'pantomime', 'concert', 'show', 'production', 'nativity', 'library',
  'playground', 'grounds', 'garden', 'pool', 'roof', 'heating', 'toilets', 'wifi', 'app', 'system', 'computers',
  'laptops', 'minibus', 'minibuses', 'kit', 'football', 'netball', 'rugby', 'cricket', 'band', 'orchestra', 'assembly',
  'parking', 'traffic', 'road', 'jumper', 'jumpers', 'tie', 'ties', 'blazer', 'milk',
];

const COMPOUND_LOOKAHEAD = `(?! ${anyOf(...SCHOOL_COMPOUND_NOUNS)}\\b)`;

/**
 * Generic references to the school or trust as a whole: "this school", "the
 * academy", "where I work". Not "the school trip", and not "a school" (some other
 * school: "we turned around a school that was going downhill").
 */
export const INSTITUTION_REF: Vocabulary = [
  `(?:this|that|the|our|my|their|your)(?: (?:whole|entire|new|current|so-called|wonderful|beloved))? (?:school|academy|(?:multi[- ]academy )?trust|mat|primary|secondary|college|sixth[- ]form(?: college)?|workplace|employer|organi[sz]ation|establishment|institution)(?:'s)?(?= itself\\b| |[^a-z]|$)(?: itself)?${COMPOUND_LOOKAHEAD}`,
  '(?:this|that|the) place',
  'where i work',
  'at work',
  'place (?:i|we) work',
  'my work ?place',
];

/**
 * Warm words. Mild complaint cues ("unbelievable", "last minute", "till midnight")
 * next to these are usually praise, relief, an apology or advice: "covering for me at
 * no notice, you're a star", "sorry for the last-minute change".
 */
export const POSITIVE: Vocabulary = [
  // A farewell: "Gutted you're leaving", "We'll miss your terrible puns."
  "(?:we'll|we will|i'll|i will|we're going to|i'm going to|gonna|going to|already) (?:really |so |all |truly )?miss (?:you|your|her|him|them)",
  "(?:gutted|sad|sorry) (?:that )?(?:you're|you are|to see you) (?:leaving|going|moving on)",
  'lucky to have (?:you|her|him|them)',
  // Praise in an idiom: "Credit where it's due, SLT listened", "Her door really is always open."
  "credit where (?:it's|it is|its) due",
  '(?:door|doors) (?:is |are )?(?:really |genuinely |honestly |truly )?(?:is |are )?(?:always|genuinely|properly) open',
  '(?:gutted|sad|sorry) to (?:be )?(?:saying goodbye|say goodbye|see (?:her|him|them|you) go|lose (?:her|him|them|you))',
  '(?:nobody|no one|no-one) (?:makes|does|bakes|cooks|runs|tells) (?:a |an |the )?(?:[a-z-]+ ){0,3}?like (?:her|him|them|you)',
  'thank(?:s|ful|ing)?',
  'grateful',
  'proud',
  'lov(?:e|ed|es|ely|ing)',
  'brilliant',
  'amazing',
  'fantastic',
  'fab(?:ulous)?',
  'wonderful',
  'superb',
  '(?:super)?stars?',
  'legends?',
  'heroe?s?',
  'kind(?:ness)?',
  'supportive',
  'delighted',
  'congratulations',
  'congrats',
  'well done',
  'happy',
  'inspir(?:ing|ation|ational)',
  'incredible',
  'appreciate[ds]?',
  'blessed',
  'lucky',
  'relief',
  'phew',
  'yay',
  'hooray',
  'woohoo',
  'excit(?:ed|ing)',
  "can't wait",
  'looking forward',
  'worth it',
  'rewarding',
  'enjoy(?:ed|ing|s)?',
  'fun',
  "w[io]n(?!')",
  'winning',
  'awards?',
  'celebrat(?:e|es|ed|ing|ion)',
  'shout ?outs?',
  'secret santa',
  'quiz',
  'karaoke',
  'bake ?off',
  'fancy dress',
  'christmas jumpers?',
  'big up',
  'hats off',
  'kudos',
  // Apologies: the writer is the one answerable, so it is a notice, not a grievance.
  'sorry',
  'apolog(?:y|ies|ise|ised|ize|ized)',
  // A notice that owns the problem: "We know the car park is a nightmare – please use the overflow".
  'please (?:use|park|remember|note|be aware|bear with|allow|come|arrive|check|contact|get in touch|let us know)',
  'we know',
  "we(?:'re| are) aware",
  'we understand',
  // Advice and training about workload or burnout.
  'tips',
  'advice',
  'how to',
  'ways to',
  'strategies',
  'game[- ]changers?',
  'changed (?:the place|everything|my life|our lives|the culture|the whole place)',
  'in a heartbeat',
  '(?:makes?|made|making) my (?:day|week|year)',
  'brutal(?:ly)? honest(?:y)?',
  "best [a-z ]{1,20}(?:i've|i have) ever (?:had|worked (?:with|for))",
  'what a (?:send-?off|day|night|way to go|celebration|service|team)',
  '(?:rubbing|rubbed|rubs) off on (?:me|us|everyone)',
  'steal (?:it|this|the idea)',
  'sensible',
  'spot on',
  'bliss',
  'hurrah',
  'gesture',
  'adore[sd]?',
  'life ?savers?',
  'saviours?',
  'gems?',
  'angels?',
  'you rock',
  'the best',
  'stuck to (?:it|her word|his word|their word|that)',
];

/**
 * Everyday things people complain about that are not the workplace: "Absolute joke
 * of a train service", "the ref is useless", the weather, the council.
 */
export const OTHER_DOMAINS: Vocabulary = [
  // Another job: "my manager at my Saturday job".
  "(?:saturday|sunday|weekend|evening|night|summer|bar|pub|shop|second|other|part-?time|old|last|previous|cleaning|retail|holiday) jobs?",
  // A former workplace: "my last school", "my old job".
  '(?:my|our|the) (?:last|old|previous|former|first) (?:school|job|workplace|employer|academy|trust|primary|secondary|comp|high school|college)',
  // Clubs and services outside work: "Management at the leisure centre have cancelled swimming lessons again."
  'leisure cent(?:re|er)s?',
  'gym',
  'swimming pool',
  '(?:football|rugby|cricket|tennis|golf|running|swimming|dance|drama) club',
  'garage',
  'vets?',
  'nursery',
  'childminders?',
  'trains?',
  'rail(?:way)?s?',
  'gwr',
  'buses',
  'traffic',
  'roadworks',
  'motorway',
  // The M5, not "still on M3" (a point on the pay scale).
  '(?<!(?:^|[^a-z])on )m\\d{1,2}',
  'council',
  'bin men',
  'bins',
  'nhs',
  'gp',
  'doctors?',
  'hospital',
  'dentists?',
  'broadband',
  'wi-?fi',
  'internet',
  'energy (?:company|companies|bills?|prices)',
  '(?:gas|electric|electricity|phone|water) (?:bills?|company|provider)',
  '(?:phone|mobile) (?:signal|network|provider|contract)',
  'tv series',
  'football (?:season|fixtures?)',
  '(?:home|away) (?:fixtures?|games?|goals?)',
  '(?:scored|conceded) (?:a |an |the |two |three |\\d+ )?(?:goals?|penalt(?:y|ies)|tries|runs)',
  'half[- ]time (?:score|whistle|team talk)',
  'full[- ]time (?:score|whistle)',
  '(?:parcel|amazon|food|grocery|supermarket) deliver(?:y|ies)',
  'amazon',
  'parcel',
  'royal mail',
  'post office',
  'bank',
  'airlines?',
  'flights?',
  'airport',
  'ryanair',
  'easyjet',
  'weather',
  '(?:printer|photocopier|laminator|laptop|computer|projector|smartboard|kettle|guillotine) (?:jammed|died|crashed|froze|ate)',
  'snow(?:ed|ing|fall)?',
  'icy',
  'fog(?:gy)?',
  'flood(?:s|ed|ing)?',
  'heat ?wave',
  'umbrella',
  'brolly',
  'the heavens open(?:ed)?',
  'rain(?:ing)?',
  'wind',
  'storm',
  'forecast',
  'ref(?:eree)?s?',
  'match',
  'defen(?:ding|ce|ders?)',
  'penalt(?:y|ies)',
  'keeper',
  'strikers?',
  'opposition',
  'umpires?',
  'football',
  'rugby',
  'cricket',
  'premier league',
  'fans',
  'tv',
  'netflix',
  'telly',
  'film',
  'restaurant',
  'hotel',
  'shop',
  'supermarket',
  'tesco',
  'sainsbury\'?s',
  'asda',
  'neighbours?',
  'landlord',
  'letting agents?',
  'at home',
  '(?:my|our) (?:house|flat|home)',
];
