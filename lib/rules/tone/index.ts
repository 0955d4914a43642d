import type { DraftFacts } from '../../facts';
import { CLAUSES } from '../../policy/clauses';
import { matchFolded, type PreparedDraft } from '../../text/prepared';
import { findShouting } from './shouting';
import { tokenAt, type Span } from '../../text/tokens';
import { defineRule, type RuleHit } from '../rule';

const SHOUTING = 'This reads as shouting. Sentence case sounds calmer on the school account.';
const MARKS = 'A run of exclamation or question marks can read as shouting or exasperation. One is enough on the school account.';
const SLANG = 'This sounds dismissive or rude. Use calm, professional wording on the school account.';

/** Three or more ! or ? in a row ("!!!", "???", "?!?"); "!!" is fine. `‼` and `⁉` fold to two marks. */
const MARK_RUN = /[!?‽]{3,}/gu;

const B = String.raw`(?<![\p{L}\p{N}'])`;
const E = String.raw`(?![\p{L}\p{N}'])`;
/**
 * Where an order to someone starts: a new sentence or clause, or after "just", "oh",
 * "needs to". Keeps "when I grow up" and "get lost in a good book" out. The look-behind
 * has a bounded length so long runs of spaces cost nothing.
 */
const LEAD = String.raw`(?<=(?:^|[.!?\n:;,"(…]) {0,2}|\b(?:just|oh|please|pls|seriously|honestly|so|now|and|mate|guys|people|everyone|needs? to|has to|have to|got to|should|must) )`;
/** Where it ends: the end of the sentence, or a word aimed at the reader ("grow up, people"). */
const TRAIL = String.raw`(?=\s*(?:$|[.!?,;:)\n"…]|(?:and|mate|pal|people|folks|lads|guys|everyone|all|you lot|then|now|already|lol|please|pls)\b))`;
/** How a word is aimed at someone: "you", "such a", "absolute", "bunch of". */
const AIM = String.raw`(?:you(?:'re| are)?(?: (?:such )?an?)?|(?:such|what)(?: an?)?|an? (?:absolute|complete|total|utter|right|proper|bloody)|(?:absolute|complete|total|utter|bloody)|(?:bunch|load|pack|set|lot|gang) of(?: (?:absolute|complete|total|utter))?) `;

/** Orders and put-downs that only work aimed at someone. */
const IMPERATIVES = [
  'grow up', 'get lost', 'get a grip', 'get a life', 'get over it', 'get over yourself', 'get over yourselves', 'get real', 'jog on', 'do one',
  'wind your neck in', 'pipe down', 'give it a rest', 'suck it up', 'man up', 'deal with it', 'bore off', 'whatever',
  'talk to the hand', 'nobody cares', 'no one cares', 'as if',
];

const SLANG_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`${LEAD}(?:${IMPERATIVES.join('|')})${TRAIL}`, 'gu'),
  // "Shut up shop" is a figure of speech about closing.
  new RegExp(String.raw`${B}shut up${E}(?! shop)`, 'gu'),
  new RegExp(
    String.raw`${B}(?:cry me a river|boo hoo|boo-hoo|ok boomer|okay boomer|bye felicia|mind your own business|nobody asked you|no one asked you|take a chill pill|whatever,? (?:lol|lmao|rofl)|nobody cares what you think)${E}`,
    'gu',
  ),
  new RegExp(String.raw`${B}numpt(?:y|ies)${E}`, 'gu'),
  // Words for people that are innocent alone: a circus clown, a snowflake craft, Where's Wally?
  new RegExp(String.raw`${B}${AIM}(?:muppets?|clowns?|wall(?:y|ies)|snowflakes?|plonkers?)${E}`, 'gu'),
];

/** "muppets" typed in lower case is an insult; "The Muppet Christmas Carol" is a film. */
const MUPPETS = new RegExp(String.raw`${B}muppets?${E}(?! (?:christmas|show|movie|film|treasure|babies|most wanted))`, 'gu');

function slang(draft: PreparedDraft): Span[] {
  const spans: Span[] = [];
  for (const pattern of SLANG_PATTERNS) {
    for (const m of matchFolded(draft, pattern)) spans.push({ start: m.start, end: m.end });
  }
  for (const m of matchFolded(draft, MUPPETS)) {
    const token = tokenAt(draft.tokens, m.match.index!);
    if (token && !token.capitalised) spans.push({ start: m.start, end: m.end });
  }
  return spans;
}

/**
 * Tokens naming the school or trust ("SSCA", "ST STEPHENS COMMUNITY ACADEMY"): a name
 * typed as on the sign is not shouting. Pupils' names are not here: "WELL DONE GRACE
 * OKAFOR" is still typed in capitals.
 */
function schoolNameTokens(facts: DraftFacts): Set<number> {
  const out = new Set<number>();
  for (const mention of facts.schoolMentions) {
    if (mention.kind !== 'school' && mention.kind !== 'trust') continue;
    for (let i = mention.first; i <= mention.last; i++) out.add(i);
  }
  return out;
}

export default defineRule({
  id: 'tone',
  title: 'Shouting, runs of !!! or ???, and dismissive slang on the school account',
  clauses: [CLAUSES.tone, CLAUSES.professional],
  severity: { school: 'warn' },
  check({ draft, facts }) {
    const hits: RuleHit[] = [];
    for (const span of findShouting(draft, schoolNameTokens(facts))) hits.push({ ...span, message: SHOUTING });
    for (const m of matchFolded(draft, MARK_RUN)) hits.push({ start: m.start, end: m.end, message: MARKS });
    for (const span of slang(draft)) hits.push({ ...span, message: SLANG });
    return hits;
  },
});
