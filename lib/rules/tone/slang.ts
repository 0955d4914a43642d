/**
 * Dismissive slang on the school account: orders and put-downs aimed at someone ("grow
 * up", "jog on", "ok boomer") and words for people that are innocent alone (a circus
 * clown, Where's Wally?) aimed at them ("you muppets", "bunch of clowns").
 */
import { anyOf, type Vocabulary } from '../../text/patterns';
import { matchFolded, type PreparedDraft } from '../../text/prepared';
import { tokenAt, type Span } from '../../text/tokens';

const B = String.raw`(?<![\p{L}\p{N}'])`;
const E = String.raw`(?![\p{L}\p{N}'])`;
/**
 * Where an order to someone starts: a new sentence or clause, or after "just", "oh",
 * "needs to". Keeps "when I grow up" and "get lost in a good book" out. The look-behind
 * has a bounded length so long runs of spaces cost nothing.
 */
const LEAD = String.raw`(?<=(?:^|[.!?\n:;,"(…]) {0,2}|\b(?:just|oh|please|pls|seriously|honestly|so|now|and|mate|guys|people|everyone|lol|lmao|omg|oi|needs? to|has to|have to|got to|should|must) )`;
/** Where it ends: the end of the sentence, or a word aimed at the reader ("grow up, people"). */
const TRAIL = String.raw`(?=\s*(?:$|[.!?,;:)\n"…]|(?:and|mate|pal|people|folks|lads|guys|everyone|all|you lot|then|now|already|lol|please|pls)\b))`;
/** How a word is aimed at someone: "you", "such a", "absolute", "bunch of". */
const AIM = String.raw`(?:you(?:'re| are)?(?: (?:such )?an?)?|(?:such|what)(?: an?)?|an? (?:absolute|complete|total|utter|right|proper|bloody)|(?:absolute|complete|total|utter|bloody)|(?:bunch|load|pack|set|lot|gang) of(?: (?:absolute|complete|total|utter))?) `;

/** Orders and put-downs that only work aimed at someone. */
const IMPERATIVES: Vocabulary = [
  'grow up', 'get lost', 'get a grip', 'get a life', 'get over it', 'get over yourself', 'get over yourselves', 'get real', 'jog on', 'do one',
  'wind your neck in', 'pipe down', 'give it a rest', 'suck it up', 'man up', 'deal with it', 'bore off', 'whatever',
  'talk to the hand', 'nobody cares', 'no one cares', 'as if',
  'pack it in', 'chill(?: out)?', 'calm down', 'give over', 'leave it out', 'wind it in', 'wise up', 'keep your hair on',
  'sort (?:it|yourself|yourselves|your life|your lives|your act) out', 'sort it', 'pull your finger out', 'get it together',
  'touch grass', 'cope harder', 'stay mad', 'cry about it',
];

/** Set phrases that brush someone off. */
const DISMISSALS: Vocabulary = [
  'cry me a river', 'boo hoo', 'boo-hoo', 'ok boomer', 'okay boomer', 'bye felicia', 'mind your own business', 'nobody asked you',
  'no one asked you', 'take a chill pill', 'whatever,? (?:lol|lmao|rofl)', 'nobody cares what you think',
  'no cap', 'skill issue', 'deadass', 'periodt', 'rent free', 'big yikes', 'bruh', 'bruv',
];

/**
 * Calling the reader "mate", "pal" or "hun", or "Oi!": familiar words aimed at people,
 * at the start or end of what is said to them ("Mate, we've told you", "grow up, mate",
 * "cheers pal"). "My mate" and "a pal of mine" are about someone else.
 */
const FAMILIAR = String.raw`(?:mate|pal|hun|hunny|babe|babes|bruv|fam)`;
const ADDRESS_PATTERNS: readonly string[] = [
  // "Mate, we've told you…", "Oi mate…"
  String.raw`(?<=(?:^|[.!?\n]) {0,2})(?:oi,? )?${FAMILIAR}(?=\s*[,!.?]|\s*$)`,
  // "…the form is on the website, mate.", "grow up mate!"
  String.raw`(?<=, |! )${FAMILIAR}(?=\s*(?:[.!?]|$|\p{Extended_Pictographic}))`,
  // "cheers mate", "thanks pal", "nice one hun"
  String.raw`\b(?:cheers|thanks|ta|sorry|nice one|alright|listen|look|come on|calm down|chill|relax)[, ]+${FAMILIAR}${E}`,
  // "Oi!", "Oi lads"
  String.raw`(?<=(?:^|[.!?\n]) {0,2})oi${E}`,
];

const SLANG_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`${LEAD}${anyOf(...IMPERATIVES)}${TRAIL}`, 'gu'),
  // "Shut up shop" is a figure of speech about closing.
  new RegExp(String.raw`${B}shut up${E}(?! shop)`, 'gu'),
  new RegExp(
    String.raw`${B}${anyOf(...DISMISSALS)}${E}`,
    'gu',
  ),
  new RegExp(String.raw`${B}numpt(?:y|ies)${E}`, 'gu'),
  // Familiar words for the reader: "Mate, …", "…, mate.", "Oi!"
  ...ADDRESS_PATTERNS.map((source) => new RegExp(source, 'gu')),
  // Words for people that are innocent alone: a circus clown, a snowflake craft, Where's Wally?
  new RegExp(String.raw`${B}${AIM}(?:muppets?|clowns?|wall(?:y|ies)|snowflakes?|plonkers?)${E}`, 'gu'),
];

/** "muppets" typed in lower case is an insult; "The Muppet Christmas Carol" is a film. */
const MUPPETS = new RegExp(String.raw`${B}muppets?${E}(?! (?:christmas|show|movie|film|treasure|babies|most wanted))`, 'gu');

/** Dismissive or rude slang in the draft, as spans of the draft as typed. */
export function findSlang(draft: PreparedDraft): Span[] {
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
