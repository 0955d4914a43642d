/**
 * Confidential school matters in a draft, for the `confidential` rule: safeguarding
 * and child protection cases, exclusions, a child's special educational needs,
 * disciplinary and HR matters, allegations against staff, inspection outcomes not yet
 * published, private news about a child, and requests for secrecy ("between you and
 * me", "not public yet").
 *
 * Each pattern looks for a case, not the topic: "a safeguarding concern raised this
 * week" is a case, "if you have a safeguarding concern, call our DSL" and "safeguarding
 * training" are not; "the Year 3 boy with autism" is a child, "Autism Awareness Week"
 * is not. Triggers in the same or the next sentence are one concern, reported once.
 */
import { anyOf, wordPattern } from '../../text/patterns';
import type { PreparedDraft } from '../../text/prepared';
import { findInSentences, sentenceOfToken, sentencesOf, toDraftSpan, type FoldedMatch } from '../../text/sentence-matches';
import { lastAtMost } from '../../text/spans';
import type { Span, Token } from '../../text/tokens';

export type ConfidentialKind =
  | 'safeguarding'
  | 'exclusion'
  | 'send'
  | 'staff-matter'
  | 'inspection'
  | 'child-news'
  | 'secrecy';

export interface ConfidentialMatter extends Span {
  kind: ConfidentialKind;
}

export interface ConfidentialContext {
  /** The draft mentions the school (name, handle, "our school"…). */
  mentionsSchool: boolean;
  /** Draft spans of pupils on the roster named in the draft. */
  pupils: readonly Span[];
  /** Draft spans of staff on the staff list named in the draft. */
  staff: readonly Span[];
}

// Which kind a concern is reported as when it has several triggers: the most specific.
const KIND_ORDER: readonly ConfidentialKind[] = ['safeguarding', 'send', 'exclusion', 'staff-matter', 'inspection', 'child-news', 'secrecy'];

/** A child someone could identify: "the Year 3 boy", "one of the kids in my class". Not "my son". */
const CHILD = wordPattern(
  anyOf(
    '(?:a|the|one|this|that|another)(?: (?:little|young|new|poor|lovely))?(?: (?:year|yr) ?(?:\\d{1,2}|r)| reception| nursery| y\\d{1,2}| ks ?[12])? (?:boy|girl|lad|lass|child|kid|pupil|student|learner|little one|youngster)',
    '(?:one|two|three|four|five|some|a couple) of (?:my|our|the) (?:kids|pupils|students|children|boys|girls|class|lot|learners|year \\d{1,2}s?|tutees)',
    '(?:kid|child|boy|girl|pupil|student|lad|lass)s? (?:in|from) (?:(?:my|our|the) (?:class|form|group|year|tutor group|set|reception class)|(?:year|yr) ?\\d{1,2}|reception|nursery)',
    '(?:poor|little) (?:lad|boy|girl|kid|child|lass|mite|one)',
    "(?:his|her|their|the (?:child|boy|girl|pupil|family|kid)'s) (?:mum|mam|mom|dad|parents?|mother|father|carers?|foster (?:carers?|parents?)|social worker|diagnosis|ehcp|family|home life)",
  ),
);

/** Secrecy that is unmistakable on its own. */
const SECRECY = wordPattern(
  anyOf(
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
    "keep (?:this|it|that) (?:to yourselves|to yourself|under your hats?|under wraps|hush[- ]hush|on the (?:down ?low|qt|quiet)|secret|quiet)",
    "mum's the word",
  ),
);

/** Secrecy that could be something else ("between us, we raised £500"): needs the school in the draft. */
const SECRECY_IN_SCHOOL = wordPattern(
  anyOf(
    "(?<=(?:^|[.!?\\n]\\s*|(?:but|and|so|ok|okay|honestly|anyway|well|right|now),?\\s))between us(?=\\s*(?:,|:|-|\\.\\.\\.))(?!\\s*,?\\s*(?:we|we've|we'd|we're|they|they've|all of us|everyone|the (?:staff|team|class|kids|children|pupils|parents|two of us|three of us)|our (?:team|class|staff|pupils|children))(?![a-z]))(?![^.!?\\n]{0,60}(?:raised|collected|donated|read|baked|made|walked|ran|run|cycled|swum|scored|knitted|planted) (?:over |more than |nearly |almost |about |well over )?(?:£|\\d))",
    "not (?:yet )?(?:public|official|announced)(?: yet)?",
    "(?:isn't|is not|aren't|are not|hasn't been|haven't been|not been) (?:made )?(?:public|announced|official)(?: yet)?",
    "before (?:it's|it is|it gets|they're|anything is|it's been|it has been) (?:announced|public|official|published)",
    "until (?:it's|it is|it has been|it's been) (?:announced|official|public)",
    "(?:can't|cannot|not allowed to|not supposed to|shouldn't really|shouldn't) (?:say|tell you|share|reveal) (?:much|too much|anything|more|who|what|which)(?: yet)?",
    'not supposed to (?:know|say|tell|share)',
    "shouldn't (?:really )?be (?:telling|saying|sharing|posting)",
    "(?:don't|do not|dont) share(?=\\s*(?:[!.]|$))",
    "(?:don't|do not|dont) share (?:yet|until|before|outside|with anyone|on here|anything)",
    'hush[- ]hush',
    'on the (?:down ?low|qt|quiet)',
    'confidentially',
  ),
);

/** Words that put a draft in school, for the softer secrecy phrases and allegations. */
const SCHOOL_WORDS = wordPattern(
  anyOf(
    'schools?',
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
  ),
);

/** A case being handled, not training or advice. */
const SAFEGUARDING = wordPattern(
  anyOf(
    'safeguarding (?:concerns?|issues?|incidents?|cases?|referrals?|matters?|disclosures?|reports?|investigations?|allegations?|meetings?|alerts?|worr(?:y|ies)|problems?|situations?)',
    'child protection (?:plans?|cases?|conferences?|register|referrals?|concerns?|meetings?|issues?|investigations?|matters?|medical)',
    '(?:on|onto|put on|placed on|subject to|made subject to) (?:a |an |the )?(?:cp|child protection|child in need|cin) plan',
    '(?:cp|cin) plans?',
    'section (?:17|47)(?: enquiry| investigation)?',
    'strategy (?:meeting|discussion)',
    'core group meeting',
    "(?:mash|lado|social services|social care|children's services|early help|police) (?:referral|involvement|are involved|were involved|have been (?:called|involved)|were called|came (?:in|into school)|visit(?:ed)?)",
    "referr(?:al|ed)(?: (?:him|her|them|the (?:child|family|boy|girl)))? to (?:social services|social care|children's services|the mash|mash|the lado|lado|the police|police|early help)",
    '(?:made|put in|submitted|done|did) (?:a|another|the) (?:mash |safeguarding |social care |lado |cp )?referral',
    "(?:his|her|their|the (?:child|family|boy|girl|kid)'s|a) social worker",
    'social worker (?:came|visited|is coming|meeting|called|rang)',
    '(?:taken|put|placed|going|gone) into (?:foster )?care',
    '(?:in|into) foster care',
    '(?:police|officers) (?:came|were called|turned up|arrived) (?:in|into|at|to) (?:school|class)',
  ),
);

/** Safeguarding words that are a case only when a child is in the sentence. */
const SAFEGUARDING_WITH_CHILD = wordPattern(
  anyOf(
    'disclosed',
    'made a disclosure',
    'disclosure (?:of|about|that)',
    '(?:suspected |alleged |physical |sexual |emotional |domestic )(?:abuse|neglect|violence)',
    '(?:being |been )?(?:abused|neglected|groomed)',
    'fgm',
    'forced marriage',
    'county lines',
    'criminal exploitation',
    'self[- ]harm(?:ing|ed|s)?',
    '(?:bruises?|bruising|marks|burns?|a black eye) on (?:his|her|their)',
    'came (?:in|into school) (?:with|covered in) (?:bruises|a black eye|marks|burns)',
  ),
);

/** "If you have a safeguarding concern, contact our DSL": advice, not a case. */
const ADVICE_BEFORE = /(?<![a-z])(?:if|any|all|should|how to|who to|spot|spotting|recognis\w*|recogniz\w*|respond\w*|handl\w*|dealing with|training|policy|what counts as)\s+(?:\S+\s+){0,4}$/;

const EXCLUSION = wordPattern(
  anyOf(
    '(?:exclusion|suspension) (?:meetings?|hearings?|panels?|appeals?|letters?|reviews?)',
    '(?:fixed[- ]term|permanent|temporary|internal|external|another|third|second|fourth|fifth|first|latest|nth|\\d+(?:st|nd|rd|th)) exclusions?(?: (?:meetings?|hearings?|panels?|appeals?|letters?|reviews?))?(?! zones?)',
    '(?:permanently|temporarily) excluded',
    'exclusions? (?:this|of the|so far this) (?:term|week|year|half[- ]term)',
    'reintegration meeting',
    'managed move',
  ),
);
/** "He's been excluded again": needs the school or a child in the draft (footballers are suspended too). */
const EXCLUSION_IN_SCHOOL = wordPattern(
  "(?:who (?:was|has been|had been|got|were|is being|is)|(?:he|she|they|he's|she's|they've|they're|pupil|child|boy|girl|lad|kid|student)(?: (?:has|have|had|was|were|is|are|got|gets|getting|being|been)){1,2}) (?:permanently |temporarily )?(?:excluded|suspended)(?! from (?:the )?(?:offer|deal|discount|promotion|count|competition))",
);

/** Special educational needs paperwork about one child. */
const EHCP = wordPattern(anyOf('ehcps?', 'ehc plans?', 'education,? health and care plans?', 'statements? of (?:sen|special educational needs)'));
const EHCP_CASE = wordPattern(
  anyOf(
    '(?:ehcp|ehc plan)s? (?:annual )?(?:reviews?|meetings?|applications? for|assessments? for|panels?|requests? for)',
    "(?:his|her|their|the child's) (?:ehcp|ehc plan)",
    '(?:get|gets|getting|got|granted|refused|turned down|awarded) (?:an? |his |her |their )?(?:ehcp|ehc plan)',
  ),
);
/** Diagnoses and the steps towards one: a detail of a child's needs when a child is in the sentence. */
const NEEDS = wordPattern(
  anyOf(
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
    'one[- ]to[- ]one support',
    "special (?:educational )?needs",
  ),
);
/** Awareness weeks, training, advice and guidance about children in general. */
const GENERAL_TALK = wordPattern(
  anyOf(
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
    'what to do',
    'who to (?:contact|tell|speak to)',
    'guidance',
    'advice',
    'polic(?:y|ies)',
    'tips',
    'signs of',
  ),
);

/** Disciplinary, HR and staff matters. */
const STAFF_MATTER = wordPattern(
  anyOf(
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
    '(?:being|been|is being|was|were) investigated',
    "investigation into (?:the |an? |his |her |their )?(?:allegations?|conduct|complaints?|claims?|incident|head|deputy|teacher|ta|member of staff|colleague|mr|mrs|ms|miss|dr|what happened)",
    '(?:formal )?grievance (?:against|meetings?|hearings?|procedure|process|outcome)',
    '(?:raised|raising|lodged|lodging|filed|filing|put in|putting in|submitted) a (?:formal )?grievance',
    'settlement agreement',
    'compromise agreement',
    'non-disclosure agreement',
    'nda',
    'employment tribunal',
    'whistle-?blow(?:ing|er|ers)?(?! polic(?:y|ies))',
    "(?:was|been|got|getting|being|is being) (?:sacked|let go|marched (?:out|off)|escorted (?:out|off))",
    'sickness (?:absence )?(?:meetings?|reviews?|procedure|triggers?)',
    'return[- ]to[- ]work (?:meeting|interview)',
    'occupational health (?:referral|appointment)',
    'at risk of redundancy',
    '(?:proposed|planned|upcoming|rumou?red|rumou?rs of|talk of|going to be|there will be|facing|more) (?:redundanc(?:y|ies)|restructur(?:e|ing)|job cuts|cuts to staff(?:ing)?)',
    'commercially sensitive',
  ),
);
/** A member of staff suspended, dismissed or arrested. */
const STAFF_SUSPENDED = wordPattern(
  "(?:head(?: ?teacher)?|deputy(?: head)?|assistant head|teacher|ta|teaching assistant|colleague|member of staff|caretaker|senco|principal|(?:mr|mrs|ms|miss|dr) [a-z'-]+)(?: (?:has|have|had|was|were|is|are|got|gets|getting|being|been|just|now)){1,3} (?:suspended|sacked|dismissed|let go|arrested|investigated)",
);

/** Allegations and complaints against someone: a staff matter when the draft is about school. */
const ALLEGATION = wordPattern(
  anyOf(
    'allegations? (?:of|against|about|made|has been made|have been made|was made|were made)',
    'accused of',
    '(?:complaints?|allegations?) (?:made )?against (?:a|the|one of|our|my) (?:teacher|member of staff|colleague|ta|head|deputy|staff)',
  ),
);

/** An inspection outcome… */
const INSPECTION = wordPattern(anyOf('ofsted', 'inspections?', 'inspectors?', 'siams'));
const INSPECTION_RESULT = wordPattern(
  anyOf(
    'outcome',
    'results?',
    'grades?',
    'judge?ments?',
    'ratings?',
    'verdict',
    "(?:got|get|achieved|kept|keep|retained|maintained|stayed|are|were|been|be|was|is|we're|they're|it's|we've|judged|rated|graded)(?: (?:judged|rated|graded|still))?(?: an?)? (?:outstanding|good|requires improvement|inadequate|ri|special measures)",
    '(?:into|in) special measures',
    'over the moon',
  ),
);
/** …known before it is published. */
const NOT_YET_PUBLISHED = wordPattern(
  anyOf(
    'not (?:yet )?(?:been )?(?:published|public|out|official)',
    "(?:report|it)(?:'s| is| will be)? (?:out|published|due|coming)(?: out)? (?:in|next|soon|after|within)",
    "(?:once|until|when|before) (?:the report|it)(?:'s| is| has been| gets)? (?:published|out|comes out)",
    "(?:can't|cannot) (?:say|tell|share|reveal)",
    'not allowed to',
    'embargo(?:ed)?',
    'under wraps',
    'unofficial(?:ly)?',
    'provisional(?:ly)?',
    'draft report',
    'yet to be published',
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
  ),
);
const PUBLISHED = wordPattern(
  anyOf(
    'published (?:today|this week|yesterday|on|online|last)',
    '(?:now|just been|has been|have been) (?:published|live|available|out)',
    'read the (?:full )?report',
    'report is (?:now )?(?:out|available|published|live|on)',
    'on the ofsted website',
    'ofsted website',
    'link (?:in bio|below)',
  ),
);

/** Private family news about a child: the serious kind. */
const FAMILY_NEWS = wordPattern(
  anyOf(
    "(?:parents?|mum|mam|mom|dad|mother|father|step-?(?:mum|dad)|nan|gran|grandma|grandad|brother|sister)(?:'s| is| are| was| were| has| have| had| just| been| got| getting| now){0,3} (?:divorc(?:ed|ing|e)|separat(?:ed|ing)|split(?:ting)? up|in prison|in jail|(?:gone|sent|going) to (?:prison|jail)|arrested|jailed|sent down|locked up|in hospital|terminally ill|died|passed away|evicted|in rehab|overdosed|moved out|walked out)",
    'getting divorced',
    '(?:taken|put|placed|going) into care',
    'being fostered',
    'young carer',
    '(?:on|gets|claims|eligible for) free school meals',
    'pupil premium (?:child|pupil|kid|boy|girl)',
    '(?:lost|losing) (?:his|her|their) (?:mum|dad|mother|father|parent|nan|gran|brother|sister)',
    'bereave(?:d|ment)',
    'domestic (?:violence|abuse|incident)',
    'food bank',
    'custody (?:battle|hearing|case)',
    'family court',
  ),
);
/** News a family shares with a teacher, passed on: "moving schools next term". */
const CHILD_NEWS = wordPattern(
  anyOf(
    'moving (?:schools?|away|to (?:a new|another) school|abroad|up north)',
    'changing schools',
    '(?:is|are) leaving (?:us|the school|school|our school)',
    "(?:won't|will not|not) be (?:back|coming back|returning) (?:next|after|in)",
  ),
);
/** Passed on from the family: "her mum told me". */
const HEARSAY = wordPattern(
  "(?:his|her|their|the (?:child|boy|girl|kid)'s|[a-z]+'s) (?:mum|mam|mom|mother|dad|father|parents?|carers?|nan|nana|nanny|gran|granny|grandma|grandad|grandparents?|step-?(?:mum|dad)|foster (?:mum|dad|carers?)|aunt(?:ie)?|uncle)(?: (?:just|has|had|actually))? (?:told|tells|mentioned|confided|let slip|let on|said|says|admitted|revealed|informed|messaged|texted|rang)",
);

interface Trigger {
  start: number;
  end: number;
  sentence: number;
  kind: ConfidentialKind;
}

export function findConfidentialMatters(draft: PreparedDraft, context: ConfidentialContext): ConfidentialMatter[] {
  const sentences = sentencesOf(draft);
  if (sentences.length === 0) return [];
  const text = draft.folded.text;
  const { tokens } = draft;

  const inSchool =
    context.mentionsSchool || context.pupils.length > 0 || context.staff.length > 0 || findInSentences(draft, SCHOOL_WORDS).length > 0;

  // Sentences with an identifiable child: a roster pupil or words like "the Year 3 boy".
  const childSentences = new Set(findInSentences(draft, CHILD).map((m) => m.sentence));
  for (const pupil of context.pupils) childSentences.add(sentenceOfToken(sentences, tokenAtSource(tokens, pupil.start)));
  const childNear = (sentence: number) => childSentences.has(sentence) || childSentences.has(sentence - 1) || childSentences.has(sentence + 1);
  const sentencesWith = (pattern: RegExp) => new Set(findInSentences(draft, pattern).map((m) => m.sentence));
  const near = (set: Set<number>, sentence: number) => set.has(sentence) || set.has(sentence - 1) || set.has(sentence + 1);

  const triggers: Trigger[] = [];
  const add = (m: FoldedMatch, kind: ConfidentialKind) => triggers.push({ start: m.start, end: m.end, sentence: m.sentence, kind });

  for (const m of findInSentences(draft, SECRECY)) if (!soundsLikeAService(text, m)) add(m, 'secrecy');
  if (inSchool) for (const m of findInSentences(draft, SECRECY_IN_SCHOOL)) add(m, 'secrecy');

  for (const m of findInSentences(draft, SAFEGUARDING)) {
    if (ADVICE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    add(m, 'safeguarding');
  }
  const generalTalk = sentencesWith(GENERAL_TALK);
  for (const m of findInSentences(draft, SAFEGUARDING_WITH_CHILD)) if (childNear(m.sentence) && !generalTalk.has(m.sentence)) add(m, 'safeguarding');

  for (const m of findInSentences(draft, EXCLUSION)) add(m, 'exclusion');
  for (const m of findInSentences(draft, EXCLUSION_IN_SCHOOL)) if (inSchool || childNear(m.sentence)) add(m, 'exclusion');

  for (const m of findInSentences(draft, EHCP_CASE)) if (!generalTalk.has(m.sentence)) add(m, 'send');
  for (const m of [...findInSentences(draft, EHCP), ...findInSentences(draft, NEEDS)]) {
    if (childNear(m.sentence) && !generalTalk.has(m.sentence)) add(m, 'send');
  }

  for (const m of findInSentences(draft, STAFF_MATTER)) add(m, 'staff-matter');
  for (const m of findInSentences(draft, STAFF_SUSPENDED)) add(m, 'staff-matter');
  if (inSchool) for (const m of findInSentences(draft, ALLEGATION)) add(m, 'staff-matter');

  const results = sentencesWith(INSPECTION_RESULT);
  const unpublished = sentencesWith(NOT_YET_PUBLISHED);
  const published = sentencesWith(PUBLISHED);
  for (const m of findInSentences(draft, INSPECTION)) {
    if (near(results, m.sentence) && near(unpublished, m.sentence) && !near(published, m.sentence)) add(m, 'inspection');
  }

  for (const m of findInSentences(draft, FAMILY_NEWS)) if (childNear(m.sentence)) add(m, 'child-news');
  const hearsay = sentencesWith(HEARSAY);
  const secrecy = new Set(triggers.filter((t) => t.kind === 'secrecy').map((t) => t.sentence));
  // Passed on from the family ("her mum told me", which also says whose child) or in
  // secret about a child someone could identify.
  for (const m of findInSentences(draft, CHILD_NEWS)) {
    if (near(hearsay, m.sentence) || (near(secrecy, m.sentence) && childNear(m.sentence))) add(m, 'child-news');
  }

  return groupIntoConcerns(draft, triggers);
}

/** "Childline is free and confidential", "applications are treated in the strictest confidence". */
function soundsLikeAService(text: string, m: FoldedMatch): boolean {
  const before = text.slice(Math.max(0, m.start - 50), m.start);
  return /(?:applications?|your |enquir|calls?|helpline|service|counsell|childline|nspcc|samaritans|we will treat|treated|handled|anonymous)/u.test(before);
}

/** The token a draft offset falls in (the nearest before it, between tokens). */
function tokenAtSource(tokens: readonly Token[], sourceOffset: number): number {
  return Math.max(0, lastAtMost(tokens, sourceOffset, (t) => t.sourceStart));
}

/**
 * One concern, one finding: triggers in the same or the next sentence (and the same
 * paragraph) are one matter, reported over the words from the first to the last.
 */
function groupIntoConcerns(draft: PreparedDraft, triggers: Trigger[]): ConfidentialMatter[] {
  if (triggers.length === 0) return [];
  const text = draft.folded.text;
  const sorted = [...triggers].sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: { start: number; end: number; sentence: number; kinds: Set<ConfidentialKind> }[] = [];
  for (const trigger of sorted) {
    const group = groups[groups.length - 1];
    if (group && trigger.sentence - group.sentence <= 1 && !text.slice(group.end, trigger.start).includes('\n\n')) {
      group.end = Math.max(group.end, trigger.end);
      group.sentence = trigger.sentence;
      group.kinds.add(trigger.kind);
    } else groups.push({ start: trigger.start, end: trigger.end, sentence: trigger.sentence, kinds: new Set([trigger.kind]) });
  }
  return groups.map((group) => ({
    ...toDraftSpan(draft, group),
    kind: KIND_ORDER.find((k) => group.kinds.has(k))!,
  }));
}
