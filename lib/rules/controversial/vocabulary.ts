/**
 * Vocabulary of topics with "controversial implications for the school" (rules.md,
 * `controversial`): party politics and elections, strikes, religion-vs-school
 * disputes, academy/trust disputes, legal action and news stories. Patterns are
 * written for folded text and use only bounded repetition, so they stay linear.
 */
import { alternatives, anyOf, type Vocabulary } from '../../text/patterns';

/** Words of a dispute or a protest: what turns "RE lessons" or "the trust" into a row. */
export const DISPUTE = alternatives([
  String.raw`\bdisput(?:e|es|ed|ing)\b`,
  // "a row over…", not "in a row", "the front row" or "a row of chairs"
  String.raw`(?<!\b(?:a|in|front|back|each|every|first|second|third|fourth|last|middle|end|top|bottom|same|next|another|one|two|three)\s)\brows?\b(?!\s+of\b)`,
  String.raw`\bprotest(?:s|ed|ing|ers?)?\b`,
  // not the complaints procedure itself, which a school account rightly points people to
  // "If you have a complaint, please…" is the school pointing to its procedure, not a row.
  // Nor a complaint being looked into ("a complaint from a parent is being investigated"): that is a process (confidential), not a public row.
  String.raw`(?<!\b(?:have\s+a|make\s+a|raise\s+a|any|a\s+formal|your)\s)\bcomplain(?:t|ts|ed|ing|s)?\b(?!\s+(?:procedure|policy|process|form|route))(?![^.!?\n]{0,60}?\b(?:being|been|is|was)\s+(?:now\s+)?(?:investigated|looked\s+into|reviewed|dealt\s+with|handled))`,
  String.raw`\bobject(?:ed|ing|ions?)\b`,
  String.raw`\bplease\s+object\b`,
  String.raw`\babsolutely\s+not\b`,
  // "The diocese wants St Aldhelm's to drop the ethos statement"
  String.raw`\bwants?\s+(?:[a-z0-9'-]+\s+){0,3}?to\s+(?:drop|scrap|remove|ban|stop|force)\b`,
  String.raw`\bboycott(?:s|ed|ing)?\b`,
  // "parents have kicked off on the community page saying we shouldn't be teaching it"
  String.raw`\b(?:kicked|kicking|kicks)\s+off\s+(?:on|about|over|at|in)\s+(?:the|a|our|their|facebook|social)\b`,
  String.raw`\b(?:saying|say|said|says|insisting|demanding)\s+(?:that\s+)?(?:we|the\s+school|teachers|staff|schools)\s+(?:shouldn't|should\s+not|mustn't|must\s+not|can't|cannot|have\s+no\s+right\s+to)\s+(?:be\s+)?(?:teach|teaching|doing|celebrating|mentioning|covering|talking\s+about)\b`,
  // "placards at the school gates", "want the Year 5 RE unit on Islam dropped", "goes against their faith"
  // Urging people to answer a consultation one way: "please respond and say no".
  String.raw`\b(?:respond|reply|write\s+in|fill\s+it\s+in|have\s+your\s+say)\s+and\s+(?:say|vote)\s+(?:no|yes)\b`,
  String.raw`\bplacards?\b`,
  // "…dropped the Christmas service after sixty years. Political correctness gone mad."
  String.raw`\b(?:political\s+correctness|pc|wokeness|woke(?:ry|ism)?)\s+gone\s+mad\b`,
  String.raw`\bwants?\s+(?:[a-z0-9'-]+\s+){1,7}?(?:dropped|scrapped|removed|banned|stopped|cancelled|axed)\b`,
  String.raw`\b(?:goes|go|went|going)\s+against\s+(?:their|our|my|his|her)\s+(?:faith|beliefs?|religion|values)\b`,
  String.raw`\bpetition(?:s|ed|ing)?\b`,
  String.raw`\boutrage(?:d|ous)?\b`,
  String.raw`\boutcry\b`,
  String.raw`\bbacklash\b`,
  String.raw`\bcontrovers(?:y|ies|ial)\b`,
  String.raw`\bban(?:s|ned|ning)?\b`,
  String.raw`\brefus(?:e|es|ed|ing)\b`,
  String.raw`\bforbid(?:s|den)?\b`,
  String.raw`\bnot\s+allowed\b`,
  String.raw`\bwon't\s+(?:let|allow)\b`,
  String.raw`\bcampaign(?:s|ing|ed)?\s+against\b`,
  // "a campaign by a local church group to stop St Aldhelm's teaching…"
  String.raw`\bcampaign(?:s|ing|ed)?\s+(?:by\s+(?:[a-z'-]+\s+){1,4}?)?to\s+(?:stop|ban|remove|scrap|block|force|drop)\b`,
  // "a campaign to get Fenmoor to drop its RE syllabus"
  String.raw`\bcampaign(?:s|ing|ed)?\s+(?:by\s+(?:[a-z'-]+\s+){1,4}?)?to\s+(?:get|make|force|push|pressure)\s+(?:[a-z'-]+\s+){1,4}?(?:to\s+)?(?:stop|ban|remove|scrap|block|drop|change|withdraw)\b`,
  String.raw`\boppos(?:e|es|ed|ing|ition)\b`,
  String.raw`\b(?:fight|fighting|battle|battling)\s+(?:against|over|with|to\s+(?:stop|save|keep))\b`,
  String.raw`\bclash(?:es|ed)?\b`,
  String.raw`\bup\s+in\s+arms\b`,
  String.raw`\bat\s+(?:loggerheads|war|odds)\s+with\b`,
  String.raw`\bdemand(?:s|ed|ing)?\s+(?:that|the\s+school|an?\s+apology|answers|to\s+know|a\s+meeting|the\s+return|it\s+back)\b`,
  String.raw`\bnot\s+happening\b`,
  String.raw`\b(?:won't|will\s+not|not|never)\s+back(?:ing)?\s+down\b`,
  String.raw`\bstanding\s+firm\b`,
  String.raw`\bstop\s+(?:us\s+|the\s+school\s+|teachers\s+)?(?:teaching|celebrating|marking)\b`,
  String.raw`\b(?:remov(?:e|ed|ing)|pull(?:ed|ing)?|tak(?:e|en|ing)|took)\s+(?:[a-z0-9'-]+\s+){0,2}?(?:out\s+of|from)\s+(?:re|rse|collective\s+worship|assembl(?:y|ies)|the\s+nativity|sex\s+education|pshe|music|swimming|lessons?)\b`,
  String.raw`\bf(?:a|e|al)ll(?:en|ing)?\s+out\s+with\b`,
  String.raw`\bfurious\b`,
  // Withdrawing children or consent is a row; withdrawing money is a decision ("the trust withdrew the minibus budget").
  String.raw`\bwithdr(?:aw|awn|awing|ew)\b(?!\s+(?:the|its|their|our|all|any)\s+(?:[a-z-]+\s+)?(?:funding|budgets?|money|grants?|offer|support|funds|subsidy|minibus))`,
  String.raw`\bpull(?:ed|ing)?\s+(?:\w+\s+)?(?:out|children|kids)\b`,
  String.raw`\bforced\s+(?:to|on|upon|into)\b`,
  String.raw`\bunder\s+fire\b`,
  // Words of a takeover fight: "a land grab", "empire-building", "hands off", "say no to…"
  String.raw`\b(?:land|power|cash)\s+grab\b`,
  String.raw`\bempire[\s-]?build(?:ing|ers?)?\b`,
  String.raw`\bhostile\s+takeover\b`,
  String.raw`\bhands\s+off\b`,
  String.raw`\bsay\s+no\s+to\b`,
  String.raw`\b(?:keep|keeping|kept)\s+(?:[a-z0-9'-]+\s+){0,4}?out\s+of\b`,
], 'g');

/** Religion and belief, and the lessons that faith groups most often dispute with schools. */
const RELIGION_WORDS: Vocabulary = [
  'religio(?:n|ns|us)', 'faiths?', 'church(?:es)?', 'kirks?', 'c\\s+of\\s+e', 'catholic', 'anglican', 'diocese', 'diocesan', 'mosque',
  'synagogue', 'gurdwara', 'mandir', 'vicar', 'imam', 'rabbi', 'priest', 'christian(?:s|ity)?', 'muslims?', 'islam(?:ic)?',
  'jewish', 'jews', 'judaism', 'hindus?', 'hinduism', 'sikhs?', 'sikhism', 'buddhis(?:t|ts|m)', 'atheis(?:t|ts|m)',
  'humanis(?:t|ts|m)', 'prayers?', 'praying', 'worship', 'bible', "qur'?an", 'koran', 'hijabs?', 'headscarf', 'headscarves',
  'niqabs?', 'burqas?', 'turbans?', 'kirpans?', 'kippahs?', 'halal', 'kosher', 'nativity', 'ramadan', 'eid', 'diwali',
  'hanukkah', 'religious\\s+education', 're\\s+(?:lessons?|curriculum|teacher|teaching|syllabus|units?|topics?)', '(?:out\\s+of|from)\\s+re', 'collective\\s+worship', 'rse',
  'relationships\\s+(?:and\\s+sex\\s+)?education', 'relationships\\s+(?:curriculum|lessons?|units?|teaching|policy)', 'sex\\s+education', 'lgbtq?\\+?', 'pride\\s+(?:month|assembly|assemblies|week|flags?|events?|lessons?|day)', 'gender\\s+identity',
];
export const RELIGION = new RegExp(String.raw`\b${anyOf(...RELIGION_WORDS)}\b`, 'g');

/** After "joining the … trust", words that make it a thing of the trust's: "joining the trust quiz" is not changing trust. */
const TRUST_NOT_A_THING = String.raw`(?!'s|\s+as\b|\s+(?:board|conference|quiz|christmas|event|day|inset|training|team|football|netball|games|sports|choir|awards?|family|fun|meeting|office|website|newsletter|cpd|network|leadership|ceo|central|staff|partnership|run|walk|bake|party|celebration|community))`;

/** Academy and trust changes that are fights by nature: academisation, mergers, takeovers, closure plans. */
export const TRUST_CHANGE = alternatives([
  String.raw`\bacademi[sz](?:ation|e|es|ed|ing)\b`,
  String.raw`\bacademy\s+(?:conversion|order|orders|status|takeover)\b`,
  String.raw`\bconver(?:t|ts|ted|ting|sion)\s+(?:to|into)\s+(?:an?\s+)?academy\b`,
  String.raw`\bforced\s+academ\w{0,12}`,
  String.raw`\banti[\s-]?academ\w{0,12}`,
  String.raw`(?<!\b(?:since|before|after)\s+the\s+)\bmergers?\b`,
  String.raw`\bmerg(?:e|es|ed|ing)\s+(?:with|into)\b`,
  String.raw`\b(?:plans?|planning|proposals?|decision|vote|bid|consultation|wants?|wanted|going|set|trying|hopes?|hoping)\s+to\s+merge\b`,
  String.raw`\bmerg(?:e|es|ed|ing)\s+(?:[a-z0-9'-]+\s+){1,4}?with\s+(?:the|another|a|our|their)\s+(?:[a-z0-9'-]+\s+){0,3}?(?:school|academy|trust|primary|secondary)\b`,
  String.raw`\bmerg(?:e|es|ed|ing)\s+(?:the\s+|our\s+|two\s+|both\s+)?(?:schools|academies|trusts)\b`,
  String.raw`\b(?:forced|made|told|pressured|pushed)\s+(?:in)?to\s+(?:join|leave|become)\s+(?:a|an|the|another)\s+(?:new\s+|different\s+)?(?:trust|academy|mat)\b`,
  String.raw`(?<!\b(?:since|before|after)\s+the\s+)\btake-?overs?\b`,
  String.raw`\btaken\s+over\s+by\b`,
  String.raw`\btake\s+over\s+(?:the|our)\s+(?:school|academy)\b`,
  String.raw`\bre-?brokered?\b|\bre-?brokering\b|\bre-?brokerage\b`,
  String.raw`\b(?:leave|leaving|left|exit|exiting|switch|switching|transfer|transferring)\s+(?:the|our|this)\s+trust\b`,
  String.raw`\b(?:move|moving|moved|transfer|transferring|transferred)\s+to\s+(?:a|another|a\s+new|a\s+different)\s+trust\b`,
  String.raw`\bsave\s+our\s+school\b`,
  String.raw`\bmega-?trusts?\b`,
  String.raw`\b(?:where\s+i\s+stand|my\s+views?)\s+on\s+the\s+(?:[a-z'-]+\s+){0,3}?(?:transfer|takeover|merger|academisation|trust\s+move)\b`,
  String.raw`\bhands\s+off\s+our\s+school\b`,
  String.raw`\b(?:proposed|planned|threatened)\s+closure\b`,
  // "a consultation on closing the sixth form"
  String.raw`\bconsult(?:ation|ing)\s+on\s+(?:closing|shutting|merging|axing|scrapping|moving)\s+(?:down\s+)?(?:the|our|its)\s+(?:school|academy|sixth\s+form|nursery|unit|base|site|resource\s+base|provision)\b`,
  String.raw`\b(?:plans?|proposals?|decision|wants?|wanted|threat(?:en(?:s|ed|ing)?)?|bid|vote|voted|move)\s+to\s+(?:close|shut|axe|scrap|merge)\s+(?:down\s+)?(?:the|our|this|its)\s+(?:school|academy|sixth\s+form|nursery|unit|base|site|resource\s+base)\b`,
  String.raw`\b(?:plans?|bid|proposals?|attempt|move|decision|vote|want(?:s|ed)?|trying|tries|tried)\s+to\s+take\s+over\b`,
  String.raw`\b(?:absorbed|swallowed(?:\s+up)?|gobbled\s+up)\s+(?:into|by)\b`,
  String.raw`\b(?:forced|pushed|pressured|bullied|dragged|shoved)\s+into\s+(?:a|an|the|another)\s+(?:new\s+|different\s+|bigger\s+)?(?:trust|mat|academy\s+chain)\b`,
  String.raw`\b(?:hand|hands|handed|handing|give|gives|giving|gave|given|pass|passes|passing|passed|sell|selling|sold)\s+(?:[a-z0-9'-]+\s+){0,3}?(?:over\s+|off\s+)?to\s+(?:another|a\s+new|a\s+different|a\s+bigger|the\s+new)\s+(?:trust|mat|academy\s+chain|sponsor)\b`,
], 'g');

/**
 * A school changing trust or becoming an academy, which is a live question only with a
 * plan, a meeting or a fight beside it (`TRUST_PROPOSAL`): "a public meeting about
 * joining Calder Learning Trust", not "since joining the trust in 2019".
 */
export const TRUST_MOVE = alternatives([
  String.raw`\bchang(?:e|es|ed|ing)\s+(?:of\s+)?trusts?\b`,
  String.raw`\b(?:join|joining|joins|move|moving|moves|transfer|transferring|switch|switching)\s+(?:to\s+|into\s+)?(?:the\s+|a\s+|an\s+|another\s+)?(?:[a-z0-9'-]+\s+){0,4}?(?:trusts?|mats?|multi[\s-]academy\s+trusts?|(?:learning\s+)?partnership|federation)\b${TRUST_NOT_A_THING}`,
  // "the petition against St Winnie's joining the new super-trust"
  String.raw`\b(?:join|joining|joins|move|moving|moves)\s+(?:to\s+|into\s+)?(?:the\s+|a\s+|an\s+)?(?:[a-z0-9'-]+\s+){0,2}?(?:super|mega|giant|national)-?trusts?\b`,
  // "the county's two-tier consultation", "the plan to go two-tier"
  String.raw`\b(?:go(?:ing)?|move|moving|switch(?:ing)?|chang(?:e|ing))\s+(?:to\s+)?(?:a\s+)?(?:two|three)[\s-]tier\b|\b(?:two|three)[\s-]tier\s+(?:system|consultation|plans?|proposals?|model|review|reorganisation|change)\b`,
  String.raw`\b(?:closing|shutting|scrapping|axing|losing)\s+(?:the\s+|our\s+|its\s+)?(?:middle|first|village|rural|small|infant|junior)\s+schools\b`,
  // "…wants to shut weekly boarding at Wolds Hall", "plans to close the sixth form"
  String.raw`\b(?:close|shut|closing|shutting|scrap|scrapping|axe|axing|end|ending)\s+(?:the\s+|our\s+|its\s+)?(?:weekly\s+|flexi\s+)?(?:boarding(?:\s+house)?|sixth\s+form|nursery|resource\s+base|unit|site)\b`,
  String.raw`\btake\s+over\s+(?:more\s+|two\s+|three\s+|another\s+|other\s+|local\s+|village\s+)*(?:schools|academies|primaries)\b`,
  // "the consultation on Pennine Ridge taking over the nursery at Ashworth Fold"
  String.raw`\b(?:tak(?:e|es|ing)|took)\s+over\s+(?:the|our|its)\s+(?:nursery|sixth\s+form|primary|infants?|juniors?|school|academy|site|provision)\b`,
  // "the proposed move from Wessex Vale to the diocesan trust"
  String.raw`\b(?:move|moves|moving|switch|switches|switching|transfer|transfers|transferring)\s+(?:away\s+)?from\s+(?:[a-z0-9'-]+\s+){1,5}?(?:to|into)\s+(?:the\s+|a\s+|an\s+|another\s+)?(?:[a-z0-9'-]+\s+){0,3}?(?:trusts?|mats?|federation|diocese)\b`,
  // "plan to fold St Aldhelm's into a hub with the Bridgwater schools"
  String.raw`\b(?:fold|folding|absorb|absorbing|swallow|swallowing|merge|merging)\s+(?:[a-z0-9'-]+\s+){1,4}?(?:into|with)\s+(?:a|an|the|another)\s+(?:[a-z0-9'-]+\s+){0,3}?(?:hub|trust|federation|cluster|partnership|academy|mat)\b`,
  // "If Trentside gets folded into the KLP hub at Longton"
  String.raw`\b(?:folded|absorbed|swallowed|merged)\s+(?:up\s+)?(?:into|with)\s+(?:a|an|the|another)\s+(?:[a-z0-9'-]+\s+){0,3}?(?:hub|trust|federation|cluster|partnership|mat)\b`,
  // "…and now it's after Ruckholt Primary": a trust going after another school
  String.raw`\b(?:eyeing(?:\s+up)?|has\s+(?:its|their)\s+eyes?\s+on|set\s+its\s+sights\s+on|coming\s+for|going\s+after|(?:it's|it\s+is|they're|they\s+are)\s+(?:now\s+)?after)\s+(?:[a-z0-9'-]+\s+){1,3}?(?:primary|academy|school|infants|juniors|high|college|nursery)\b`,
  String.raw`\b(?:becom(?:e|es|ing)|turn(?:s|ed|ing)?\s+into)\s+an\s+academy\b`,
  // "making the case for the trust move", "voting no at the staff consultation"
  String.raw`\btrust\s+(?:move|transfer|switch)\b`,
  String.raw`\bvot(?:e|ing)\s+(?:yes|no)\s+(?:at|in)\s+the\s+(?:[a-z]+\s+)?consultation\b`,
  // "the proposed transfer of Larkfield Brook to Northern Lights Education Trust", "moving St Aldhelm's to a new trust"
  String.raw`\btransfer\s+of\s+(?:[a-z0-9'-]+\s+){1,5}?(?:to|into)\s+(?:the\s+|a\s+|an\s+|another\s+)?(?:[a-z0-9'-]+\s+){0,4}?(?:trusts?|mats?|federation|partnership)\b`,
  String.raw`\b(?:move|moves|moving|moved|transfer|transfers|transferring|transferred)\s+(?:[a-z0-9'-]+\s+){1,4}?(?:to|into)\s+(?:a\s+new|another|a\s+different|a\s+bigger|a\s+larger|a\s+national)\s+(?:trust|mat)\b`,
  // "the proposal to move St Bede's to the new diocesan trust"
  String.raw`\b(?:move|moves|moving|moved|transfer|transfers|transferring|transferred)\s+(?:[a-z0-9'-]+\s+){1,4}?(?:to|into)\s+(?:the|a|an)\s+(?:new|different|bigger|larger|national|diocesan|catholic|church|other|neighbouring)\s+(?:[a-z'-]+\s+){0,2}?(?:trust|mat)\b`,
  // "welcoming Brookvale Primary into our family of schools"
  String.raw`\b(?:welcom(?:e|es|ed|ing)|bring(?:s|ing)?|brought)\s+(?:[a-z0-9'-]+\s+){1,4}?into\s+(?:our|the|their|its)\s+(?:family|group|trust|partnership)(?:\s+of\s+schools)?\b`,
  // "…if we want St Bede's to stay where it is": the other side of a live question.
  String.raw`\b(?:stay|stays|staying|remain|remains|remaining)\s+(?:where\s+(?:it|we|they)\s+(?:is|are)|as\s+(?:it|we|they)\s+(?:is|are)|put|independent|with\s+(?:the\s+)?diocese)\b`,
  // "staying with our current trust is the right future": the other side of the same question.
  String.raw`\bstay(?:s|ing)?\s+(?:with|in)\s+(?:our|the|its|their)\s+(?:current|existing|present)\s+trust\b`,
  String.raw`\b(?:becom(?:e|es|ing)|made|make|being\s+made)\s+(?:a\s+)?part\s+of\s+(?:the\s+|a\s+|an\s+|another\s+)?(?:[a-z0-9'-]+\s+){0,4}?(?:trust|mat|multi[\s-]academy\s+trust)\b${TRUST_NOT_A_THING}`,
], 'g');

/**
 * Words that make a change of trust a live question rather than history: a plan, a
 * proposal, a consultation, a public meeting, a vote, a campaign against it.
 * "Calder Vale Primary joined the trust in 2019" is history.
 */
export const TRUST_PROPOSAL = alternatives([
  String.raw`\bplan(?:s|ned)?\b`, String.raw`\bpropos(?:al|als|ed|e|es|ing)\b`, String.raw`\bconsult(?:ation|ations|ing)\b`, String.raw`\bmeetings?\b`,
  String.raw`\bvot(?:e|es|ed|ing)\b`, String.raw`\bballot\b`, String.raw`\bdecision\b`, String.raw`\bbid\b`, String.raw`\btalks\b`,
  String.raw`\bconsider(?:s|ed|ing)?\b`, String.raw`\b(?:could|may|might)\s+(?:be\s+)?(?:join|joining|move|moving|leave|leaving|become|forced|made)\b`,
  String.raw`\bset\s+to\b`, String.raw`\bwant(?:s|ed)?\s+to\b`, String.raw`\bgoing\s+to\b`, String.raw`\bforced\b`, String.raw`\bpush(?:ed|ing)?\b`,
  String.raw`\bpressure\b`, String.raw`\bhave\s+your\s+say\b`, String.raw`\bpetition\b`, String.raw`\bcampaign\w*`, String.raw`\bagainst\b`,
  String.raw`\bfuture\s+of\b`, String.raw`\bconcern(?:s|ed)?\b`, String.raw`\bworr(?:y|ied|ies)\b`, String.raw`\bsave\b`, String.raw`\bfight\w*`,
  String.raw`\bstop\b`, String.raw`\bwrong\s+(?:answer|decision|move|choice|direction)\b`, String.raw`\b(?:nobody|no\s+one|no-one)\s+(?:asked|consulted|told)\b`, String.raw`\bwithout\s+(?:asking|consulting)\b`, String.raw`\?\?`,
], 'g');

/** A notice of a consultation's dates, which takes no side: "the consultation closes on 14 March". */
export const CONSULTATION_NOTICE = /\bconsultation\b[^.!?\n]{0,80}?\b(?:closes|closing\s+date|deadline|ends|runs\s+(?:until|till)|open\s+(?:until|till)|is\s+open)\b/;
/** What a public meeting must be about to be part of a fight: a change of trust, academisation, a closure, a merger. */
export const MEETING_ABOUT = /\b(?:(?:national|academy|bigger|larger)\s+chain|academ(?:isation|ization|is(?:e|ing)|iz(?:e|ing)|y\s+(?:conversion|order|status))|merg(?:er|ers|e|ing)|closure|take-?over|(?:new|another|different)\s+trust|chang\w*\s+trusts?|join(?:s|ing)?\s+(?:[a-z0-9'-]+\s+){0,4}?trust|(?:mov(?:e|es|ing)|relocat(?:e|es|ing|ion))\s+(?:[a-z0-9'-]+\s+){0,3}?(?:out\s+)?(?:to|from)\s+(?:the\s+)?(?:[a-z0-9'-]+\s+){0,3}?(?:site|building|premises|campus)|(?:two|three)[\s-]tier|(?:plans?|proposals?|bid)\s+to\s+(?:close|shut|merge|move|relocate|academise|convert|expand|add|open|amalgamate|federate)\b|(?:clos|shut)(?:e|es|ing|s|ting)?\s+(?:the\s+|our\s+|its\s+)?(?:[a-z0-9'-]+\s+){0,3}?(?:site|school|primary|academy|nursery|sixth\s+form|boarding(?:\s+house)?|unit|base|provision)|(?:add|adding|open|opening)\s+(?:a\s+)?(?:new\s+|mixed\s+|co-ed\s+)?sixth\s+form|(?:one|two|three|four|1|2|3|4)[\s-]forms?\s+of\s+entry)\b/;
/** A public meeting: about a change of trust, a closure or a merger, part of the fight over it. */
export const PUBLIC_MEETING = /\b(?:public|parents'?|open|community|village|protest)\s+meetings?\b|\bmeeting\s+(?:at|in)\s+(?:the\s+)?(?:[a-z'-]+\s+){0,2}?(?:village|church|community|town|parish|memorial)\s+hall\b|\bmeetings?\s+(?:on|about|over|to\s+discuss)\s+(?:the\s+)?(?:[a-z0-9'-]+\s+){0,3}?(?:plans?|proposals?|closure|merger|future)\b/g;
/** Words before the trust's own name that change the school's trust: "joining Pennine Ridge", "taken over by Wessex Vale". */
export const JOIN_BEFORE = /\b(?:bring(?:s|ing)?\s+(?:[a-z'-]+\s+){0,6}?into|join|joins|joining|move\s+to|moving\s+to|moves\s+to|transfer(?:ring)?\s+to|switch(?:ing)?\s+to|taken\s+over\s+by|take-?over\s+by|absorbed\s+(?:into|by)|swallowed\s+(?:up\s+)?by|handed\s+(?:over\s+)?to|merg(?:e|es|ed|ing)\s+with|leav(?:e|es|ing)|quit(?:ting)?|out\s+of)\s+(?:the\s+)?$/;

/** A trust in general words (the configured trust's own name is found by the school matcher). */
export const TRUST_WORDS = alternatives([
  String.raw`\b(?:the|our|this|a|another|academy|multi[\s-]academy)\s+(?:new\s+|proposed\s+|different\s+|bigger\s+|larger\s+|national\s+|local\s+)?trust(?:'s)?\b(?!\s+(?:fund|website|office|conference|newsletter|inset|training|quiz|awards?|policy|policies|family|email))`,
  String.raw`\btrust\s+board\b`,
  String.raw`\btrustees\b`,
  String.raw`\bthe\s+mat\b`,
]);

/** Legal action and the courts, but not a netball court or a legal guardian. */
export const LEGAL = alternatives([
  String.raw`\blegal\s+(?:challenges?|action|actions|case|cases|proceedings|battle|fight|dispute|threats?|claims?|letters?|route)\b`,
  String.raw`\bjudicial\s+review\b`,
  String.raw`\b(?:employment\s+)?tribunals?\b`,
  String.raw`\b(?:our|the|academy's|school's|trust's|its)\s+solicitors?\s+(?:are|is|have|has|will)\b`,
  String.raw`\blaw\s?suits?\b`,
  String.raw`\blitigation\b`,
  String.raw`\binjunctions?\b`,
  String.raw`\bcourt\s+(?:case|cases|action|hearing|hearings|order|ruling|date|battle)\b`,
  String.raw`\b(?:high|crown|magistrates'?|county|supreme|family)\s+court\b`,
  String.raw`\b(?:taking|take|took|taken|going|go|went|dragged|drag)\s+(?:[\w'-]+\s+){0,12}?to\s+court\b`,
  String.raw`\b(?:dragg(?:ed|ing)|drag|drags|taking|take|took|taken)\s+(?:[\w'-]+\s+){0,3}?through\s+the\s+courts?\b`,
  String.raw`\bsu(?:ed|ing)\b`,
  String.raw`\b(?:instruct(?:ed|ing|s)?|hired|hiring|appointed|consult(?:ed|ing)|got|getting)\s+(?:a\s+|their\s+|our\s+)?(?:solicitors?|lawyers?|barristers?|legal\s+team)\b`,
  String.raw`\b(?:solicitors?|lawyers?)\s+(?:are\s+|have\s+been\s+|now\s+)?(?:involved|acting|instructed)\b`,
  String.raw`\b(?:to|will|could|would|might|threaten(?:s|ed|ing)?\s+to)\s+sue\b`,
  String.raw`\bsolicitors?'?\s+letters?\b`,
  String.raw`\bacas\b`,
  String.raw`\b(?:claim|claims|case|complaint)\s+against\s+(?:the|our|this)\s+(?:school|academy|trust|council|head)\b`,
]);

/** Law as a lesson or a game: "a mock trial in citizenship", "Year 9 put the Big Bad Wolf on trial". */
export const LEGAL_LESSON = /\b(?:mock\s+trials?|citizenship|role[\s-]?play|drama|big\s+bad\s+wolf|goldilocks|fairy\s+tales?|law\s+(?:club|day|week)|debate)\b/;

/** Party politics: a party or a side taken ("vote Labour", "Tory cuts", "the Lib Dems"). */
export const PARTY_POLITICS = alternatives([
  // "Whoever you vote for on Thursday, remember which party closed the children's centre."
  String.raw`\bremember\s+which\s+(?:party|parties|councillors?|mps?|candidates?|side)\s+(?:closed|cut|voted|shut|scrapped|promised|did|is|was)\b`,
  String.raw`\btor(?:y|ies)\b`,
  // "She's out of her depth and should go at the next election."
  String.raw`\b(?:should|must|needs?\s+to|ought\s+to|deserves?\s+to)\s+(?:go|be\s+(?:voted|kicked|booted)\s+out|lose\s+(?:her|his|their)\s+seats?)\s+at\s+the\s+(?:next\s+)?(?:election|ballot\s+box|polls)\b`,
  // Telling people how to vote without naming the party: "you know which way to vote", "I know which box I won't be ticking".
  String.raw`\b(?:you|we|i)\s+know\s+(?:which\s+way\s+to\s+vote|who\s+(?:to|not\s+to)\s+vote\s+for|which\s+box\s+(?:to|not\s+to|i\s+(?:won't|will\s+not|will|shan't)(?:\s+be)?)\s+tick(?:ing)?|which\s+box\s+i\s+(?:ticked|'ll\s+tick|tick))\b`,
  // "Not telling anyone how to vote… one candidate has been in three times and the other couldn't find Somerset."
  String.raw`\bone\s+candidate\b[^.!?\n]{0,80}?\bthe\s+other\b`,
  String.raw`\bwhich\s+box\s+i\s+(?:ticked|'ll\s+be\s+ticking|will\s+be\s+ticking|am\s+ticking)\b`,
  String.raw`\bvote\s+(?:for|against)\s+the\s+amendment\b`,
  String.raw`\b(?:handing\s+out|hand\s+out|delivering|deliver)\s+leaflets\s+(?:for|against)\s+(?:his|her|their|the)\s+(?:opponent|rival|candidate|party)\b`,
  String.raw`\bsnp\b|\bukip\b|\bplaid\s+cymru\b|\bmebyon\s+kernow\b|\bsinn\s+fein\b`,
  String.raw`\blib\s?dems?\b|\bliberal\s+democrats?\b`,
  String.raw`\b(?:labour|conservative|green|brexit|reform)\s+party\b|\breform\s+uk\b`,
  String.raw`\bthe\s+(?:greens|conservatives)\b`,
  String.raw`\b(?:labour|conservative|green|reform)\s+(?:government|mps?|candidates?|councillors?|leader|leadership|manifesto|voters?|supporters?|members?|policy|policies|cuts|ministers?|win|victory|landslide|majority|gain|gains)\b`,
  String.raw`\bvot(?:e|ed|ing)\s+(?:for\s+)?(?:labour|conservatives?|tor(?:y|ies)|lib\s?dems?|liberal|green|reform|snp|plaid|ukip|mebyon\s+kernow)\b`,
  String.raw`\b(?:tory|government|austerity|education|school\s+funding)\s+cuts\b|\bausterity\b`,
  // "knows exactly which party has cut our budgets"
  String.raw`\bwhich\s+(?:political\s+)?party\s+(?:has|have|cut|keeps?|is)\b`,
  // "another five years of this lot"
  String.raw`\b(?:another|five\s+more|four\s+more|more)\s+(?:[a-z]+\s+)?years?\s+of\s+(?:this\s+lot|this\s+government|them\s+in\s+power|the\s+tories|tory\s+rule|labour)\b`,
  String.raw`\b(?:this|the|our|current)\s+government(?:'s)?\s+(?:has|have|is|are|should|must|needs?|keeps?|don't|doesn't|won't|can't|failed|failing|cuts|betrayed|abandoned|ignored|ignoring|underfund\w*|lies|lied|thinks?|expects?|wants?|said|says|promised|claims?|clearly|still|just|really|seriously)\b`,
  String.raw`\b(?:left|right)[\s-]wing\b`,
  String.raw`\b(?:vote|voting|kick|get|boot|turf|chuck)\s+(?:them|the\s+(?:tories|conservatives|government|lot\s+of\s+them)|this\s+government|this\s+lot|labour|reform|him|her)\s+out\b`,
  String.raw`\bgeneral\s+election\s+now\b`,
  String.raw`\b(?:our|my|the\s+local|your|local)\s+mps?\s+(?:voted|has\s+voted|votes|voting)\b`,
  String.raw`\bmps?\s+(?:voted|vote)\s+(?:against|to\s+(?:cut|scrap|end|block))\b`,
  String.raw`\b(?:tory|labour|reform|conservative|lib\s?dem|green)[\s-](?:led|run|controlled)\b`,
  String.raw`\b(?:tories|labour|reform|starmer|badenoch|farage|sunak)\s+out\b`,
  String.raw`\b(?:see\s+the\s+back\s+of|get\s+rid\s+of|sick\s+of|fed\s+up\s+with|done\s+with)\s+(?:this|the)\s+(?:government|tories|conservatives|labour\s+government|tory\s+government)\b`,
  String.raw`\b(?:don't|do\s+not|never)\s+vote\s+(?:for\s+)?(?:the\s+party|them|anyone\s+who|this\s+lot|any\s+party)\b`,
  String.raw`\bvote\s+for\s+(?:the\s+)?(?:candidate|party|person|people)\s+(?:who|that)\b`,
]);

/** Politicians known by name: partisan only beside a judgement or a vote ("Starmer has failed teachers"). */
const POLITICIAN_NAMES: Vocabulary = [
  'keir starmer', 'starmer', 'kemi badenoch', 'badenoch', 'nigel farage', 'farage', 'rishi sunak', 'sunak', 'ed davey', 'zack polanski', 'polanski',
  'carla denyer', 'bridget phillipson', 'phillipson', 'rachel reeves', 'angela rayner', 'john swinney', 'boris johnson', 'liz truss', 'gillian keegan',
  'michael gove', 'nadhim zahawi', 'jeremy hunt', 'suella braverman', 'robert jenrick', 'jenrick', 'jeremy corbyn', 'corbyn', 'ed miliband',
  'wes streeting', 'yvette cooper', 'lee anderson', 'richard tice', 'zia yusuf', 'david cameron',
  'the prime minister', 'the pm', 'the education secretary', 'the chancellor', 'the home secretary', 'brexit',
  // Local politicians by their role: partisan only beside a judgement, like the names.
  '(?:our|the|my|a)\\s+local\\s+(?:mp|councillors?)', '(?:our|the|my)\\s+mp',
  // By name: "Matthew Garvey MP", "Cllr Dawson", "Councillor Ann Pye".
  "[a-z'-]+\\s+[a-z'-]+\\s+mp", "(?:cllr|councillor)\\s+[a-z'-]+",
];
export const POLITICIANS = new RegExp(String.raw`\b${anyOf(...POLITICIAN_NAMES)}(?:'s)?\b`, 'g');
/** Words that take a side about a politician or a party. */
export const POLITICAL_JUDGEMENT = new RegExp(
  String.raw`\b${anyOf('vot(?:e|ed|ing)(?! age| at 16)', 'resign\\w*', 'fail(?:ed|ing|ure)?', 'cuts?', 'blame[sd]?', 'shame(?:ful)?', 'disgrace(?:ful)?', 'useless', 'liars?', 'lies', 'lied', 'betray\\w*', 'clueless', 'hopeless', 'joke', 'rubbish', 'sack(?:ed)?', 'get rid', "can't stand", 'hate', 'landslide', 'u-?turns?', 'broken promises', 'abandon(?:ed|ing)?', 'ignor(?:e|ed|es|ing)', 'let (?:us|teachers|schools|kids|children) down', 'must go', 'has to go', 'out now', 'disaster\\w*', 'shambles', 'wreck(?:ed|ing|s)?', 'ruin(?:ed|ing|s)?', 'destroy(?:ed|ing|s)?', 'gutted', 'slashed', 'cut', 'nightmare', 'catastroph\\w*', 'awful', 'terrible', 'appalling', 'dreadful', 'photo[ -]?ops?', 'photo opportunit(?:y|ies)', "didn't (?:pay|fund)", 'never (?:paid|funded)', 'out(?=\\s*(?:[.!#]|$))')}\b`,
);

/**
 * Campaigning on funding, pay or cuts (politics by other means): "join us at the rally",
 * "fight for fair funding", "write to your MP". A summer fair or a sponsored walk is not.
 */
export const CAMPAIGN = alternatives([
  String.raw`\b(?:be|come|get\s+down|see\s+you)\s+(?:at|to)\s+the\s+(?:[a-z]+\s+)?(?:rally|march|demo|demonstration|protest|picket|vigil|lobby)\b`,
  String.raw`\b(?:send|sen|school|education)\s+funding\s+(?:is|has\s+been)\s+(?:broken|a\s+disgrace|in\s+crisis|on\s+its\s+knees|a\s+scandal)\b`,
  String.raw`\b(?:fight|fighting|fought|campaign(?:ing|ed|s)?|battle|battling|march(?:ing)?|rally(?:ing)?|lobby(?:ing)?|stand(?:s|ing)?\s+(?:up\s+)?(?:with\s+[a-z0-9'-]+(?:\s+[a-z0-9'-]+)?\s+(?:in\s+their\s+fight\s+)?|for)|demand(?:s|ing)?|call(?:s|ing)?\s+for|push(?:ing)?\s+for)\s*(?:for\s+)?(?:[a-z0-9'-]+\s+){0,3}?(?:fair\s+(?:funding|pay|deal)|(?:proper|better|more|school|education|send|sen)\s+funding|funding\s+for\s+(?:our\s+)?schools|pay\s+rises?|better\s+pay|fully[\s-]funded\s+pay)\b`,
  String.raw`\bjoin\s+(?:us|me|them|the\s+[a-z0-9'-]+)\s+(?:at|on|for)\s+(?:the\s+|a\s+|our\s+|[a-z]+day's\s+|today's\s+|tomorrow's\s+)?(?:[a-z0-9'-]+\s+)?(?:rally|march|demo|demonstration|protest|picket|vigil|lobby)\b`,
  String.raw`\b(?:please\s+)?(?:write|email|e-mail|contact|lobby|tell|message)\s+(?:to\s+)?(?:your|their|our)\s+(?:local\s+)?(?:mps?|mlas?|msps?|mss)\b`,
  // "a letter to your MP takes ten minutes", "I've written mine"
  String.raw`\b(?:an?\s+)?(?:letter|email|e-mail)\s+to\s+(?:your|their|our)\s+(?:local\s+)?(?:mps?|mlas?|msps?|mss)\b`,
  // A pay offer to be fought: "are we really going to let this pay offer through without a fight?"
  String.raw`\b(?:let|accept|reject|fight|vote\s+(?:down|against|to\s+reject))\s+(?:this|the|that)\s+(?:latest\s+|new\s+)?pay\s+offer\b`,
  String.raw`\bfair\s+funding\s+(?:for\s+(?:all|our|every)|now)\b`,
  String.raw`\b(?:fund|save)\s+our\s+schools\b`,
  // "the fair funding rally in Westminster"
  String.raw`\bfair\s+funding\s+(?:rally|march|campaign|protest|demo|lobby)\b`,
  String.raw`\b(?:rally|march|protest|demo|lobby)\s+(?:in|at|outside)\s+(?:westminster|parliament|downing\s+street|whitehall)\b`,
  // "Rally outside the town hall Saturday at 11… bring a placard": a rally called, and what to bring to it
  String.raw`\b(?:rally|march|demo|demonstration|protest|vigil|lobby)\s+(?:outside|at|on\s+the\s+steps\s+of|in\s+front\s+of)\s+(?:the\s+)?(?:[a-z'-]+\s+){0,3}?(?:town\s+hall|city\s+hall|civic\s+centre|council\s+(?:offices|house|chamber)|parliament|downing\s+street|the\s+dfe|county\s+hall|trust\s+(?:offices|hq|headquarters))\b`,
  String.raw`\b(?:bring|grab|make)\s+(?:a|your|the)\s+(?:placards?|banners?)\b`,
  String.raw`\b(?:school|education|send|sen|council)\s+cuts\b`,
  String.raw`\bpetition\s+(?:to|against)\s+(?:[a-z0-9'-]+\s+){0,8}?(?:merg\w*|clos\w*|cuts?|funding|pay|academ\w+|merger|closure|trusts?|takeover)\b`,
], 'g');

/** Fundraising and sport, where a march or a rally is not a campaign: "sponsored march", "car rally". */
export const NOT_A_CAMPAIGN = /\b(?:sponsor(?:ed|ship)?|charity|children\s+in\s+need|comic\s+relief|red\s+nose|fundrais\w*|rais(?:e|ing)\s+(?:money|funds)|(?:car|motor|tennis|stage)\s+rall(?:y|ies))\b/;

/** Hashtags of campaigns: elections, parties, strikes. */
const CAMPAIGN_TAGS: Vocabulary = [
  'vote\\w{1,30}', 'ge\\d{2,4}', 'generalelection\\w{0,10}', 'localelections?\\w{0,10}', 'electionday\\w{0,10}',
  'tor(?:y|ies)\\w{0,20}', '\\w{0,10}toriesout\\w{0,10}', 'labour\\w{0,20}', '\\w{0,20}strike\\w{0,20}', '\\w{0,10}ballot\\w{0,10}', 'picketline\\w{0,10}', 'handsoff\\w{1,30}',
  'fairpay\\w{0,20}', 'payup\\w{0,10}', 'fundourschools\\w{0,10}', 'saveourschool\\w{0,10}', 'fairfunding\\w{0,10}',
  'schoolcuts\\w{0,10}', 'sendcrisis\\w{0,10}', 'fundsend\\w{0,10}', 'generalelection\\w{0,10}', 'reformuk\\w{0,10}', 'ge20\\d\\d',
];
export const CAMPAIGN_HASHTAG = new RegExp(String.raw`#${anyOf(...CAMPAIGN_TAGS)}\b`, 'g');

/** Elections: soft on their own, as a notice that the school is a polling station is not campaigning. */
export const ELECTION = alternatives([
  String.raw`\b(?:general|local|council|county|mayoral|by|snap|european|parliamentary)[\s-]*elections?\b`,
  String.raw`\belection\s+(?:day|campaign|campaigns|leaflets?|results?|night|promises?|pledges?)\b`,
  // "Remember it at the next election."
  String.raw`\bremember\s+(?:this|that|it|them|him|her)\s+(?:at|come|in)\s+the\s+(?:next\s+)?(?:general\s+|local\s+)?(?:election|polls|ballot\s+box)\b`,
  String.raw`\bpolling\s+(?:day|booths?|cards?)\b`,
  String.raw`\bballot\s+(?:box|papers?)\b`,
  String.raw`\bcanvass(?:ing|ed|ers?)?\b`,
  String.raw`\bhustings\b`,
  String.raw`\breferendums?\b`,
  String.raw`\bcampaign(?:ing|ed)?\s+(?:for|against)\s+(?:the\s+)?(?:candidate|mp|councillor|election|mayor)\b`,
  String.raw`\b(?:parliamentary|mp|council|councillor|mayoral)\s+candidates?\b`,
  String.raw`\bstand(?:s|ing)?\s+(?:as\s+(?:a|an|the)\s+[a-z]+\s+candidate|for\s+(?:the\s+)?(?:council|parliament|mayor|election|re-?election|mp))\b`,
], 'g');

/** Neutral encouragement to vote, which takes no side. */
export const NEUTRAL_VOTING = alternatives([
  String.raw`\bwhoever\s+you\s+vote\s+for\b`,
  String.raw`\b(?:please|remember\s+to|don't\s+forget\s+to|go\s+and|get\s+out\s+and|make\s+sure\s+you|register\s+to|just)\s+vote\b`,
  String.raw`\buse\s+your\s+vote\b`,
], '');

/** Elections inside school: school council, house captains, mock elections. Never party politics. */
export const SCHOOL_ELECTION = alternatives([
  String.raw`\b(?:school|student|pupil|eco|class|junior|youth|sports?|house|year|form)\s+(?:council(?:lors?)?|parliament|captains?|reps?|representatives?|mayor|prefects?|ambassadors?|leaders?|president|voice)\b`,
  String.raw`\bhead\s+(?:boy|girl|pupil|student)s?\b`,
  String.raw`\b(?:parent|staff|foundation|community|co-?opted|local)\s+governors?\b`,
  String.raw`\byear\s+\d{1,2}\s+(?:council|reps?|representatives?|captains?|ambassadors?|prefects?)\b`,
  String.raw`\bprefects?\b`,
  String.raw`\bmock\s+(?:general\s+)?elections?\b`,
  String.raw`\bhouse\s+captains?\b`,
  // A lesson in democracy: "Year 6 held their own general election", "democracy in action"
  String.raw`\bown\s+(?:general\s+|mock\s+|class\s+)?elections?\b`,
  String.raw`\b(?:democracy\s+(?:in\s+action|week|day|lessons?)|parliament\s+week|uk\s+parliament\s+week)\b`,
  // "Year 12 politics students hosted a hustings": a hustings the pupils run.
  String.raw`\b(?:pupils|students|sixth[\s-]form(?:ers)?|year\s+\d{1,2}s?|school\s+council)\b[^.!?\n]{0,50}?\b(?:held|hosted|ran|organised|staged|chaired)\s+(?:a|an|the|their)\s+(?:[a-z]+\s+)?hustings\b`,
  String.raw`\bcitizenship\b`,
  String.raw`\b(?:year\s+\d{1,2}|reception|our\s+(?:pupils|students|class|children)|the\s+(?:pupils|students|children|kids|class))\s+(?:held|had|ran|organised|staged|voted\s+in)\s+(?:a|an|their)\b`,
], '');

/** Taking part in or backing strike action: controversial whatever else the sentence says. */
export const STRIKE_FIRM = alternatives([
  String.raw`\bpicket(?:s|ing|ed|ers)?(?:\s+lines?)?\b`,
  // "Out with INTO on Thursday", "out with the EIS again": on strike with the union
  String.raw`\bout\s+with\s+(?:the\s+)?(?:union|neu|nasuwt|naht|into|eis|utu|unison|gmb|unite)\s+(?:on|again|today|tomorrow|this|next)\b`,
  String.raw`\b(?:i'm|i\s+am|im|we're|we\s+are|i'll\s+be|we'll\s+be|i\s+will\s+be|we\s+will\s+be)\s+(?:on\s+strike|striking)\b`,
  String.raw`\bstrike\s+(?:fund|rally|rallies|march|pay)\b`,
  String.raw`\b(?:support|supporting|back|backing|join|joining)\s+(?:the|our|this|today's|tomorrow's)\s+(?:strikes?|walk-?outs?|industrial\s+action|union|ballot)\b`,
  // "Solidarity with every school out on the 4th"
  String.raw`\bsolidarity\b[^.!?\n]{0,60}?\bout\s+(?:on|today|tomorrow|this|next)\b`,
  String.raw`\bwalk-?outs?\b`,
  String.raw`\bstag(?:e|ed|ing)\s+a\s+walk\s?out\b`,
  String.raw`\bwork(?:ing)?\s+to\s+rule\b`,
  String.raw`\bstrike\s+ballots?\b`,
  // "Every vote for action counts."
  String.raw`\bvot(?:e|es|ing)\s+for\s+(?:strike\s+|industrial\s+)?action\b`,
  // "We stand with our teachers taking action on Thursday."
  String.raw`\b(?:teachers|staff|colleagues|members|tas|we|we're|union)\b[^.!?\n]{0,40}?\btaking\s+(?:strike\s+|industrial\s+)?action\s+(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|this\s+week|tomorrow|today|next\s+week|again)\b`,
  String.raw`\bballot(?:ed|ing)?\s+(?:for|on)\s+(?:strikes?|(?:industrial\s+)?action)\b`,
  String.raw`\bsee\s+you\s+on\s+the\s+(?:picket\s+)?line\b`,
  // "Our union rep says we're out on the 12th."
  String.raw`\bunion\b[^.!?\n]{0,60}?\b(?:we're|we\s+are|we'll\s+be|we\s+will\s+be|staff\s+are|teachers\s+are)\s+out\b`,
  String.raw`\baction\s+short\s+of\s+(?:a\s+)?strike(?:\s+action)?\b`,
  // "Support staff are out on the 12th."
  String.raw`\b(?:staff|teachers|assistants|tas|colleagues|members|cleaners|cooks|caretakers|we)\s+(?:(?:at|from|in)\s+(?:[a-z0-9'-]+\s+){1,4}?)?(?:are|will\s+be|'re)\s+out\s+(?:again\s+)?on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b`,
  String.raw`\bsolidarity\s+with\s+(?:[a-z0-9'-]+\s+){0,3}?(?:striking|strikers|on\s+strike|pickets?)\b`,
  String.raw`\bdown(?:ing)?\s+tools\b`,
  String.raw`\b(?:staff|teachers|we|we're|they're|colleagues|members)(?:\s+are|\s+will\s+be)?\s+walking\s+out\s+(?:on|this|next|tomorrow|again)\b`,
  String.raw`\bwalk(?:ing|ed|s)?\s+out\s+(?:[a-z]+\s+){0,3}?(?:over\s+(?:pay|funding|conditions|cuts|workload|staffing|the\s+pay\s+offer)|in\s+protest)\b`,
  String.raw`\bvot(?:e|ed|es|ing)\s+yes\s+(?:for|in|to)\s+(?:the\s+)?(?:[a-z0-9'-]+\s+){0,2}?(?:strikes?|industrial\s+action|action|ballot)\b`,
  // Getting the vote out, or urging it one way: "vote in this ballot", "vote yes… make the turnout count", "urge colleagues to vote against action".
  String.raw`\bvote\s+in\s+(?:this|the|our|your|next\s+week's|the\s+upcoming)\s+(?:[a-z]+\s+)?ballot\b`,
  String.raw`\bvot(?:e|ing)\s+(?:yes|no)\b[^.!?\n]{0,60}?\bturnout\b`,
  String.raw`\b(?:urge|urges|urging|ask|asks|asking|encourage|encourages|encouraging)\s+(?:[a-z'-]+\s+){0,3}?to\s+vote\s+(?:yes|no|for|against)\s+(?:(?:strike|industrial|further|any)\s+)?(?:action|strikes?)\b`,
  String.raw`\bdecision\s+to\s+ballot\b`,
  // "Not crossing the line on Wednesday", "we fully support our staff's decision to strike", "vote to reject".
  String.raw`\b(?:not|won't|will\s+not|never|refus(?:e|ed|ing)\s+to)\s+cross(?:ing)?\s+(?:the|a|any)\s+(?:picket\s+)?line\b`,
  String.raw`\b(?:decision|right|vote|votes|voted|voting)\s+to\s+(?:strike|walk\s+out|take\s+(?:strike|industrial)\s+action)\b`,
  String.raw`\bvote\s+to\s+reject\b`,
  String.raw`\bballot\s+over\s+the\s+line\b|\b(?:every|each)\s+vote\b[^.!?\n]{0,40}?\bballot\b|\b(?:strike|union|indicative|formal|industrial\s+action)\s+ballot\s+results?\s+(?:is|are)\s+in\b|\b\d{1,3}%\s+(?:voted\s+)?yes\b`,
  String.raw`\bvot(?:e|es|ing)\s+on\s+(?:local|industrial|strike|national|further)\s+action\b`,
  // Getting the vote out: "the indicative ballot closes on Friday", "turnout is what makes action lawful".
  String.raw`\b(?:indicative|strike|union|formal|industrial\s+action)\s+ballot\s+(?:closes|opens|ends|is\s+open|deadline)\b`,
  String.raw`\bturnout\b[^.!?\n]{0,40}?\b(?:action|lawful|threshold|strike)\b`,
], 'g');

/** Strike action named: soft, as a closure notice may give it as the reason. */
export const STRIKE_SOFT = alternatives([
  String.raw`\bstrikes?\s+(?:action|day|days|dates?|vote)\b`,
  String.raw`\b(?:for|because\s+of|due\s+to)\s+(?:the|this|today's|tomorrow's|\w+day's)\s+strike\b`,
  String.raw`\bon\s+strike\b`,
  String.raw`\bindustrial\s+action\b`,
  String.raw`\b(?:national|teachers'?|teacher|neu|nasuwt|naht|into|eis|utu|unison|gmb|unite|union|staff|nationwide|regional|planned|proposed|upcoming|today's|tomorrow's|week's)\s+strikes?\b`,
  String.raw`\bstriking\s+(?:teachers|staff|colleagues|members|workers)\b`,
  String.raw`\bpay\s+(?:dispute|strikes?)\b`,
  String.raw`\b(?:government|ministers?|employers?|the\s+trust|unions?|dfe)\s+(?:to\s+)?(?:come|comes|coming|get|gets|go|goes)\s+back\s+to\s+the\s+(?:negotiating\s+)?table\b`,
  String.raw`\btrade\s+dispute\b`,
  String.raw`\bstriking\s+(?:today|tomorrow|on\s+\w+day|this\s+week|next\s+week|again)\b`,
  String.raw`\b(?:the|this|today's|tomorrow's|next\s+week's|\w+day's)\s+strike\s+(?:is|goes|went|will|has|was|action|day|vote)\b`,
  String.raw`\b(?:neu|nasuwt|naht|union|unison|gmb|unite)\s+ballot\b`,
  String.raw`\b(?:strike|union|neu|nasuwt|naht|into|eis|utu|unison|gmb|industrial\s+action)\s+ballot\s+(?:result|results|turnout)\b`,
  String.raw`\bballot(?:ed|ing)\s+(?:over|on|about)\b`,
]);

/** A notice about arrangements: opening, closing, who attends. */
const ARRANGEMENT_WORDS: Vocabulary = [
  'closed?', 'closes', 'closure', 'closing', 'open', 'opens', 'opening', 'reopen(?:s|ing)?', 'arrangements?', 'timetable',
  'partial(?:ly)?', 'packed\\s+lunch(?:es)?', 'childcare', 'inconvenience', 'polling\\s+station', 'shut', 'remote\\s+learning',
  'home\\s+learning', 'attend', 'attending', 'as\\s+(?:normal|usual)', '(?:learn|learning|work|working)\\s+(?:from\\s+home|remotely)',
  'combined', 'merged', '(?:families|parents|pupils|classes)\\s+affected', 'contacted\\s+directly',
];
export const ARRANGEMENT_NOTICE = new RegExp(String.raw`\b${anyOf(...ARRANGEMENT_WORDS)}\b`);

/** Words that make a sentence an opinion or a call to act rather than a notice. */
const OPINION_WORDS: Vocabulary = [
  'proud', 'support(?:ing)?', 'solidarity', 'stand(?:ing)?\\s+(?:with|together|up)', 'fair\\s+(?:pay|funding|deal)',
  'deserve[sd]?', 'shame(?:ful)?', 'disgrace(?:ful)?', 'fight(?:ing)?', 'right\\s+to', 'enough\\s+is\\s+enough',
  'join\\s+(?:us|me)', 'unfair', 'betray(?:ed|al)?', 'cuts', 'scandal(?:ous)?', 'pathetic', 'useless', 'vote\\s+(?:for|against)',
  'object', 'oppose', 'terrible\\s+idea', 'absolutely\\s+not', 'in\\s+my\\s+view', 'say\\s+no',
  'petition', 'sign\\s+and\\s+share', "(?:this\\s+)?isn't\\s+over", 'hands\\s+off',
  'saying\\s+no', '(?:ticking|voting)\\s+(?:yes|no)', 'anywhere\\s+near\\s+(?:fair|enough)', 'not\\s+sorry', 'backing', 'right\\s+call', 'best\\s+thing\\s+to\\s+happen', "(?:i'm|i\\s+am|we're|we\\s+are)\\s+(?:firmly\\s+|completely\\s+|totally\\s+)?against", 'urge', 'urging',
  'wrong\\s+(?:answer|decision|move|choice|direction)', 'right\\s+(?:future|answer|choice|decision)\\s+for',
];
export const OPINION = new RegExp(String.raw`\b${anyOf(...OPINION_WORDS)}\b`);

/** A holding statement or reply about a story, claims or legal action concerning the school. */
export const HOLDING_STATEMENT = alternatives([
  String.raw`\bwe(?:\s+(?:are|were|have\s+been)|'re)\s+(?:now\s+)?(?:made\s+)?aware\s+of\s+(?:[a-z0-9'-]+\s+){0,4}?(?:stor(?:y|ies)|articles?|pieces?|reports?|coverage|(?<!social\s)media|press|legal|challenges?|petition|protests?)\b`,
  String.raw`\bsome\s+of\s+you\s+(?:will|may|might)\s+(?:have\s+)?(?:seen|read|heard)\s+(?:[a-z0-9'-]+\s+){0,6}?(?:stor(?:y|ies)|articles?|reports?|coverage|news|papers?|press|(?<!social\s)media)\b`,
  String.raw`\b(?:write|writing|written|update|updating|letter|contact|contacting|email|emailing)\s+(?:to\s+)?(?:all\s+)?(?:[a-z0-9'-]+\s+){0,3}?with\s+the\s+(?:full\s+)?facts\b`,
  String.raw`\b(?:the\s+(?:school|academy|trust|governors|governing\s+body|head(?:teacher)?)|we)\s+(?:is|are|has\s+been|have\s+been|was|were)\s+(?:now\s+)?(?:made\s+)?aware\s+(?:of\s+|that\s+)(?:[a-z0-9'-]+\s+){0,6}?(?:stor(?:y|ies)|articles?|reports?|coverage|(?<!social\s)media|press|legal|challenges?|petition|protests?|judicial\s+review|tribunal|solicitors?|claim\s+against)\b`,
  String.raw`\bset(?:ting)?\s+the\s+record\s+straight\b`,
  String.raw`\bcontrary\s+to\s+(?:what|recent|some|reports|claims|rumou?rs)\b`,
  String.raw`\b(?:we|the\s+school|the\s+trust|the\s+academy|i)\s+(?:cannot|can't|can\s+not|will\s+not|won't|are\s+unable\s+to|is\s+unable\s+to|am\s+unable\s+to|are\s+not\s+able\s+to|is\s+not\s+able\s+to)\s+(?:be\s+)?(?:comment(?:ing)?|mak(?:e|ing)\s+(?:any\s+)?(?:further\s+)?comments?)\b`,
  String.raw`\b(?:(?:will|shall)\s+(?:be\s+)?mak(?:e|ing)|there\s+will\s+be|we\s+have|have|with)\s+no\s+further\s+comment\b|\bnot\s+be\s+making\s+any\s+(?:further\s+)?comments?\b`,
  String.raw`\bno\s+comment\b`,
  String.raw`\b(?:will\s+not|won't|shan't)\s+be\s+(?:commenting|discussing\s+(?:it|this|the\s+matter))\s+further\b`,
  String.raw`\bpublished\s+(?:claims|allegations|a\s+story|an\s+article|a\s+report)\s+about\s+(?:our|the)\b`,
  String.raw`\bholding\s+statement\b`,
  String.raw`\b(?:following|after|in\s+light\s+of|in\s+response\s+to|regarding)\s+(?:the\s+)?(?:recent\s+|today's\s+|yesterday's\s+|this\s+week's\s+|last\s+week's\s+)?(?:press|media|news|newspaper)\s+(?:reports?|coverage|articles?|stor(?:y|ies)|speculation|claims|interest)\b`,
  String.raw`\b(?:despite|ignore)\s+what\s+you\s+(?:may\s+)?(?:have\s+)?(?:read|heard|seen)\b`,
], 'g');

/**
 * What a statement says it is aware of, which makes it a holding statement only when the
 * press is in the same sentence: "we are aware of rumours in the local press", not
 * "we are aware of rumours online about an incident on the bus; please don't share names".
 */
export const HOLDING_SOFT = alternatives([
  String.raw`\bwe(?:\s+(?:are|were|have\s+been)|'re)\s+(?:now\s+)?(?:made\s+)?aware\s+of\s+(?:[a-z0-9'-]+\s+){0,4}?(?:comments?|posts?|speculation|rumou?rs?|claims?|allegations?)\b`,
  String.raw`\bsome\s+of\s+you\s+(?:will|may|might)\s+(?:have\s+)?(?:seen|read|heard)\s+(?:[a-z0-9'-]+\s+){0,6}?(?:comments?|posts?|speculation|rumou?rs?|claims?|allegations?)\b`,
], 'g');

/** After an outlet's name, words that report a story: "what the Herald printed", "the Echo claims". */
export const REPORTED_BY = /^(?:'s)?\s+(?:has\s+|have\s+|had\s+|just\s+|has\s+just\s+)?(?:printed|published|wrote|written|ran|run|reported|said|says|claims?|claimed|aired|broadcast|splashed|put\s+out|is\s+saying|are\s+saying|is\s+reporting|are\s+reporting|got\s+it\s+(?:all\s+|so\s+|completely\s+)?wrong|twisted|made\s+up|got\s+(?:their|the|its)\s+facts\s+wrong|got\s+(?:the|this|that|our|their|its)\s+(?:[a-z&'-]+\s+){0,3}?stor(?:y|ies)\s+(?:(?:badly|completely|totally|so|all|very|quite|utterly)\s+)?wrong)\b/;

/** Good-news words: a story about the school's choir in the paper has no controversial implications. */
const GOOD_NEWS_WORDS: Vocabulary = [
  'proud', 'lov(?:e|ed|ing)', 'delighted', 'thrilled', 'congratulations', 'congrats', 'well\\s+done', 'lovely', 'fantastic', 'brilliant', 'amazing',
  'wonderful', 'great\\s+to\\s+see', 'celebrat\\w{0,6}', 'featured', 'awards?', 'won', 'winners?', 'shout[\\s-]?out',
  'thank\\s+you', 'thanks', 'good\\s+news', 'featuring', 'thrilled',
  'look\\s+out\\s+for', 'copies', 'pick\\s+up\\s+a\\s+copy',
];
export const GOOD_NEWS = new RegExp(String.raw`\b${anyOf(...GOOD_NEWS_WORDS)}\b`);

/** Bad-news words: a story with any of these is not simply good news. */
const BAD_NEWS_WORDS: Vocabulary = [
  'concerns?', 'criticis\\w{0,6}', 'allegations?', 'alleged', 'claims?', 'scandal', 'upset', 'wrong', 'lies', 'lying', 'untrue',
  'inaccurate', 'misleading', 'rumou?rs?', 'speculation', 'facts', 'truth', 'really\\s+happened', 'parking', 'investigation',
  'problems?', 'issues?', 'failing', 'failed', 'statement', 'response', 'respond', 'hatchet\\s+job', 'hit\\s+piece', 'one-sided',
];
export const BAD_NEWS = new RegExp(String.raw`\b${anyOf(...BAD_NEWS_WORDS)}\b`);

/** Words after a capitalised "Labour" at the start of a sentence that make it the party. */
export const PARTY_FOLLOWERS = new Set([
  'have', 'has', 'group', 'are', 'is', 'will', 'would', 'should', 'won', 'win', 'wins', 'party', 'government', 'mp', 'mps', 'leader', 'voters', 'councillor',
  'councillors', 'candidate', 'policy', 'manifesto', 'gain', 'gains', 'promised', 'pledged', 'said', 'says', 'want', 'wants', 'need', 'needs',
  'must', 'cant', 'wont', 'did', 'didnt', 'does', 'doesnt', 'keep', 'keeps', 'could', 'might', 'council', 'councils', 'led', 'run', 'voter',
]);
/** Words after a capitalised "Labour" that make it work, not the party. */
export const NOT_THE_PARTY = new Set(['of', 'day', 'ward', 'suite', 'pains', 'market', 'exchange']);
/** Words after "vote for" that are not a candidate, even when capitalised. */
export const NOT_A_CANDIDATE = new Set(['year', 'class', 'house', 'team', 'reception', 'our', 'your', 'the', 'their', 'my', 'a', 'an', 'it', 'this', 'that', 'them', 'us', 'me', 'him', 'her', 'form', 'group', 'best', 'favourite', 'change']);
/**
 * A local paper by the last word of its name, in lower case as people type it: "in the
 * Courier again", "front page of the Echo". Not "in the post" or "star of the week".
 */
export const IN_THE_PAPER = /\b(?:(?:in|on|by|from)\s+(?:today's\s+|this\s+week's\s+|yesterday's\s+)?the|front\s+page\s+of\s+the)\s+(?:[a-z]+\s+)?(?:courier|echo|herald|gazette|chronicle|argus|advertiser|examiner|observer|telegraph|mirror|guardian|express|sentinel|packet|briton|bugle)\b(?!\s+of\b)/g;

export const ABOUT_THE_SCHOOL = /\b(?:the|our|this)\s+(?:school|academy|trust)\b|\bus\b/;
// "the story on our school's parking dispute"; "Year 2 wrote stories about our school" is not news.
export const STORY_ABOUT =
  /(?:^|\b(?:the|that|this|those|these|your|their|his|her|recent|latest|news|press|media)\s+)(?:[a-z&'-]+\s+){0,3}?(?:stor(?:y|ies)|articles?|coverage|headlines?|pieces?)\s+(?:(?:in|on|from)\s+(?:the\s+)?(?:[a-z&'-]+\s+){1,3}?)?(?:about|on|regarding|concerning|over|in)\s+(?:the\s+)?$/;
/** An outlet's coverage called wrong: "The Courier's account … is not accurate", "Courier's piece … is one-sided". */
export const COVERAGE_JUDGED = /\b(?:not\s+(?:accurate|true|fair|balanced)|inaccurate|one-sided|hatchet\s+job|hit\s+piece|misleading|untrue|twisted|(?:asked|asking)\s+(?:the\s+paper|them)\s+to\s+correct)\b/;
/** "…has made the Gazette now": an incident in the paper. */
export const MADE_THE_PAPER = /\b(?:made\s+the\s+(?:local\s+|front\s+page\s+of\s+the\s+)?|on\s+the\s+front\s+(?:page\s+)?of\s+the\s+(?:local\s+)?(?:[a-z]+\s+)?)(?:papers?|news|headlines|courier|echo|herald|gazette|chronicle|argus|advertiser|telegraph|mirror|guardian|express|sentinel|post|times|journal|star|mail)\b/g;
/** Coverage judged where no outlet is named: "read the whole article… half of it is wrong", "lazy reporting", "Pulitzer incoming". */
export const COVERAGE_MOCKED = alternatives([
  String.raw`\b(?:the|that|this)\s+(?:whole\s+)?(?:article|story|piece|coverage|report|segment|clip|write-?up)\b[^.!?\n]{0,60}?\b(?:is\s+wrong|got\s+it\s+wrong|inaccurate|not\s+accurate|one-sided|leaves?\s+out|left\s+out|misleading|twisted|hatchet\s+job)\b`,
  String.raw`\b(?:lazy|shoddy|sloppy|biased|one-sided|selective)(?:,?\s+(?:and\s+)?(?:lazy|shoddy|sloppy|biased|one-sided|selective))?\s+(?:reporting|journalism|coverage)\b`,
  // "this article is missing half the story"
  String.raw`\b(?:the|that|this|your)\s+(?:whole\s+)?(?:article|story|piece|coverage|report|headline)\s+(?:[a-z']+\s+){0,3}?(?:is\s+missing|misses|leaves\s+out|only\s+tells)\s+(?:half|most|part)\s+(?:of\s+)?the\s+(?:story|facts|picture)\b`,
  String.raw`\bpulitzer\b`,
  String.raw`\bcrack\s+(?:investigative\s+)?(?:team|reporters?)\b`,
  String.raw`\bcamera\s+crew\b`,
  String.raw`\bpicked\s+up\s+by\s+(?:the\s+)?(?:local\s+|national\s+)?(?:press|media|papers?|news)\b`,
  String.raw`\bread\s+the\s+(?:whole\s+|full\s+)?(?:article|story|piece|report)\b`,
], 'g');
/** A story named by the school it is about, "the Ashworth Fold story", when the press is in the sentence. */
export const STORY_AFTER = /^(?:'s)?\s+(?:stor(?:y|ies)|articles?|coverage|headlines?)\b/;
