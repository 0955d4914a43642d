/**
 * Home addresses: a house number and a street, or a house number, a few names and a
 * postcode; never "Year 6", "3 Car Park spaces" or the school's own address.
 */
import type { CompiledPolicy } from '../../compiled-policy';
import { foldPhrase } from '../../text/normalise';
import { anyOf, type Vocabulary, allMatches } from '../../text/patterns';
import { sourceSpan, type PreparedDraft } from '../../text/prepared';
import type { Found } from './items';

// The postcode areas Royal Mail uses, so "ks2 3rd" or "y6 1st" is never a postcode.
const POSTCODE_AREAS: Vocabulary = [
  'ab', 'al', 'b', 'ba', 'bb', 'bd', 'bh', 'bl', 'bn', 'br', 'bs', 'bt', 'ca', 'cb', 'cf', 'ch', 'cm', 'co', 'cr', 'ct', 'cv', 'cw',
  'da', 'dd', 'de', 'dg', 'dh', 'dl', 'dn', 'dt', 'dy', 'e', 'ec', 'eh', 'en', 'ex', 'fk', 'fy', 'g', 'gl', 'gu', 'gy', 'ha', 'hd',
  'hg', 'hp', 'hr', 'hs', 'hu', 'hx', 'ig', 'im', 'ip', 'iv', 'je', 'ka', 'kt', 'kw', 'ky', 'l', 'la', 'ld', 'le', 'll', 'ln', 'ls',
  'lu', 'm', 'me', 'mk', 'ml', 'n', 'ne', 'ng', 'nn', 'np', 'nr', 'nw', 'ol', 'ox', 'pa', 'pe', 'ph', 'pl', 'po', 'pr', 'rg', 'rh',
  'rm', 's', 'sa', 'se', 'sg', 'sk', 'sl', 'sm', 'sn', 'so', 'sp', 'sr', 'ss', 'st', 'sw', 'sy', 'ta', 'td', 'tf', 'tn', 'tq', 'tr',
  'ts', 'tw', 'ub', 'w', 'wa', 'wc', 'wd', 'wf', 'wn', 'wr', 'ws', 'wv', 'yo', 'ze',
];
const POSTCODE_SOURCE = `(?<![\\p{L}\\p{N}])${anyOf(...POSTCODE_AREAS)}\\d[a-z\\d]?\\s?\\d[abd-hjlnp-uw-z]{2}(?![\\p{L}\\p{N}])`;
// Words that end a street's name in a UK address.
const STREET_WORDS: Vocabulary = [
  'road', 'rd', 'street', 'st', 'avenue', 'ave', 'lane', 'close', 'drive', 'way', 'crescent', 'terrace', 'gardens', 'place', 'court',
  'hill', 'park', 'grove', 'square', 'mews', 'parade', 'green', 'boulevard', 'parkway',
];
// Street words that are everyday nouns too ("3 free park passes", "a 10 minute drive"):
// they count only as a capitalised part of a capitalised name.
const COMMON_STREET_WORDS = new Set(['close', 'drive', 'way', 'place', 'court', 'hill', 'park', 'grove', 'square', 'parade', 'green', 'gardens', 'terrace']);
const STREET = new RegExp(
  '(?<![\\p{L}\\p{N}£$€.,:/-])' +
    '(?:(?:flat|apartment|apt|unit)\\s+\\d{1,4}[a-z]?\\s?,?\\s+)?' +
    '\\d{1,4}[a-z]?\\s?,?\\s+' +
    "((?:[\\p{L}][\\p{L}'-]*\\s+){1,3})" +
    `(${anyOf(...STREET_WORDS)})\\b\\.?`,
  'gu',
);
// "14 Trevanion, Launceston PL15 9BG": a house number, a few names, a postcode.
const NUMBERED_POSTCODE = new RegExp(
  "(?<![\\p{L}\\p{N}£$€.,:/-])\\d{1,4}[a-z]?\\s+((?:[\\p{L}][\\p{L}'-]*,?\\s+){1,5})" + POSTCODE_SOURCE,
  'gu',
);
// From a street to its postcode: a town or two in between, nothing else.
const TOWN_THEN_POSTCODE = new RegExp(`(?:,?\\s+[\\p{L}][\\p{L}'-]*){0,4}?,?\\s+${POSTCODE_SOURCE}`, 'uy');
// A number after these words counts something else: "Year 6", "Class 3", "Room 12".
const COUNTING_WORDS: Vocabulary = [
  'years?', 'yr', 'class', 'room', 'pages?', 'chapter', 'platform', 'gate', 'stop', 'bus', 'route', 'bay', 'pitch', 'level', 'stage',
  'ks', 'key stage', 'group', 'set', 'team', 'table', 'under', 'top', 'score', 'scored', 'won', 'lost', 'beat', 'over', 'aged?',
];
const COUNTED_BEFORE = new RegExp(String.raw`\b${anyOf(...COUNTING_WORDS)}\s*$`);
// Name words that make "N … Park" a count of things: "3 Car Park spaces", "10 Minute Walk".
const NOT_STREET_NAMES = new Set([
  'car', 'theme', 'water', 'safari', 'trampoline', 'skate', 'holiday', 'business', 'retail', 'national', 'country', 'science',
  'minute', 'minutes', 'min', 'mins', 'mile', 'miles', 'hour', 'hours', 'km', 'metre', 'metres', 'day', 'days', 'week', 'weeks',
  'month', 'months', 'year', 'years', 'times', 'points', 'goals', 'kids', 'children', 'pupils', 'people',
]);
// "address", "lives at": the writer says it is an address, so lower case is no defence.
const ADDRESS_WORDS: Vocabulary = [
  'address', 'addr', 'live', 'lives', 'living', 'lived', 'moved', 'stay', 'staying', 'house', 'home', 'ours', 'mine', 'deliver',
  'delivered', 'post it', 'send it',
];
const ADDRESS_CUE = new RegExp(String.raw`\b${anyOf(...ADDRESS_WORDS)}\b[^.!?\n]{0,20}$`);

export function addresses(prepared: PreparedDraft, policy: CompiledPolicy): Found[] {
  const text = prepared.folded.text;
  if (!/\d/.test(text)) return [];
  const out: Found[] = [];
  const found = (start: number, end: number) => {
    if (!isSchoolAddress(policy, text.slice(start, end))) out.push({ start, end, item: 'address' });
  };
  for (const m of allMatches(STREET, text)) {
    const start = m.index;
    let end = start + m[0].length;
    const names = m[1]!.trim().split(/\s+/);
    const streetWord = m[2]!;
    if (names.some((n) => NOT_STREET_NAMES.has(n))) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    if (COUNTED_BEFORE.test(before) && !ADDRESS_CUE.test(before)) continue;
    TOWN_THEN_POSTCODE.lastIndex = end;
    const postcode = TOWN_THEN_POSTCODE.exec(text);
    if (postcode) end = TOWN_THEN_POSTCODE.lastIndex;
    if (!postcode && !ADDRESS_CUE.test(before)) {
      // Without a postcode or a cue, the street's name must be written as a name.
      const nameStart = start + m[0].indexOf(m[1]!);
      const words = [...names.map((_, i) => i), ...(COMMON_STREET_WORDS.has(streetWord) ? [names.length] : [])];
      const source = sourceText(prepared, nameStart, start + m[0].length);
      const typed = source.trim().split(/\s+/);
      if (!words.every((i) => /^\p{Lu}/u.test(typed[i] ?? ''))) continue;
    }
    found(start, end);
  }
  for (const m of allMatches(NUMBERED_POSTCODE, text)) {
    const start = m.index;
    const names = m[1]!.replace(/,/g, ' ').trim().split(/\s+/);
    if (names.some((n) => NOT_STREET_NAMES.has(n))) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    if (COUNTED_BEFORE.test(before) && !ADDRESS_CUE.test(before)) continue;
    const nameStart = start + m[0].indexOf(m[1]!);
    const typed = sourceText(prepared, nameStart, nameStart + m[1]!.length).trim().split(/[\s,]+/);
    if (!ADDRESS_CUE.test(before) && !typed.every((w) => /^\p{Lu}/u.test(w))) continue;
    found(start, start + m[0].length);
  }
  return out;
}

/** The school's own address, when its settings publish one among its public contacts. */
function isSchoolAddress(policy: CompiledPolicy, address: string): boolean {
  const key = alphanumeric(address);
  return policy.settings.school.publicContacts.some((contact) => alphanumeric(foldPhrase(contact)).includes(key));
}

function alphanumeric(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

function sourceText(prepared: PreparedDraft, start: number, end: number): string {
  const span = sourceSpan(prepared, start, end);
  return prepared.draft.text.slice(span.start, span.end);
}
