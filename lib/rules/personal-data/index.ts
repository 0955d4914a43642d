/**
 * `personal-data`: phone numbers, email addresses, home addresses, dates of birth,
 * UPNs, NHS numbers and National Insurance numbers in a draft.
 *
 * docs/rules.md: never dates without a birth context, times, scores, prices, years,
 * or the school's own published numbers and emails from settings. Most of
 * this file is about those negatives: each detector accepts only what a reader would
 * recognise as the item, so precision does not depend on one rule fixing another.
 */
import parsePhoneNumber from 'libphonenumber-js';
import { nationalDigits, type CompiledPolicy } from '../../compiled-policy';
import { CLAUSES } from '../../policy/clauses';
import { DATE_SOURCE, findDates, findTimes } from './dates';
import { foldPhrase } from '../../text/normalise';
import { matchSpans } from '../../text/patterns';
import { sourceSpan, type PreparedDraft } from '../../text/prepared';
import { GrowingSpanSet, SpanSet } from '../../text/spans';
import type { Span } from '../../text/tokens';
import { defineRule, type RuleHit } from '../rule';

type Item = 'email' | 'phone' | 'address' | 'birthDate' | 'upn' | 'nhs' | 'niNumber';

interface Found extends Span {
  item: Item;
}

const MESSAGES: Record<Item, string> = {
  phone: 'Remove the phone number, or share it privately with the person who needs it.',
  email: 'Remove the email address, or share it privately with the person who needs it.',
  address: 'Remove the address, or share it privately with the person who needs it.',
  birthDate: 'Remove the date of birth: it identifies a person. Keep it in school records, not in a post.',
  upn: 'Remove the unique pupil number (UPN). Pupil records stay in the school’s own systems, not in a post.',
  nhs: 'Remove the NHS number. Health details stay in the school’s own systems, not in a post.',
  niNumber: 'Remove the National Insurance number, or send it privately to the person who needs it (such as payroll).',
};

// When two detectors claim the same characters, the more specific item is reported:
// one span gets one finding (docs/rules.md).
const PRECEDENCE: readonly Item[] = ['email', 'niNumber', 'upn', 'nhs', 'birthDate', 'address', 'phone'];
const RANK = Object.fromEntries(PRECEDENCE.map((item, i) => [item, i])) as Record<Item, number>;

/* ------------------------------------------------------------------ phone numbers */

// A digit, letter or symbol glued to a number makes it part of something else: a
// price (£), a handle, a code (AB1234567890), a path or a ratio.
const GLUED_BEFORE = /[\p{L}\p{N}£$€#@_/\\=&]$/u;
const GLUED_AFTER = /^[\p{L}\p{N}£$€#@_/\\%]/u;
// A decimal point or thousands separator joins two numbers: `3.14`, `1,200`.
const JOINED_BEFORE = /\d[.,]$/;
const JOINED_AFTER = /^[.,]\d/;

// Reference numbers are not someone's contact details: "order or reference numbers".
const REFERENCE_BEFORE =
  /\b(?:isbn(?:-?1[03])?|issn|order|ref|reference|invoice|booking|tracking|receipt|serial|transaction|barcode)(?:\s*(?:no|number|num|id|code)\b)?[^\p{L}\n]{0,6}$/u;

// Year ranges and scores: `2025-2026`, `2025/26`, `3-1`, `24 - 21`.
const YEAR_RANGE = /(?<![\d.\/-])(?:19|20)\d{2}\s?[-/]\s?(?:19|20)?\d{2}(?![\d.\/-])/g;
const SCORE = /(?<![\d.-])\d{1,2}\s?-\s?\d{1,2}(?![\d.-])/g;
// An ISBN with or without its prefix, hyphens or spaces: `978-0-552-55130-4`.
const ISBN = /(?<!\d)97[89][- ]?\d{1,5}[- ]?\d{1,7}[- ]?\d{1,7}[- ]?[\dx](?!\d)/g;

// A run of digit groups as people write phone numbers: `07700 900458`, `(01726) 123456`,
// `+44 (0) 7700 900123`, `0044-7700-900123`. Single separators only, one line.
const DIGIT_RUN = /(?:\+ ?|\( ?\+? ?)?\d(?:(?: ?[-.] ?| ?\( ?| ?\) ?| )?\d)*/g;
const DIGIT_GROUP = /\d+/g;

/**
 * "Anything dialable in UK or international format". We split digit runs into numbers
 * ourselves and ask libphonenumber only whether each is possible: its text finder at
 * the "possible" leniency (which stack-notes requires, as "valid" rejects Ofcom's
 * drama ranges such as 07700 900xxx) joins neighbouring numbers ("07700 900458,
 * 07700") and slows to seconds on long runs of digits.
 */
function phoneNumbers(prepared: PreparedDraft, policy: CompiledPolicy): Found[] {
  const text = prepared.folded.text;
  const out: Found[] = [];
  let notPhones: SpanSet | undefined;
  let links: SpanSet | undefined;
  const budget = { parses: MAX_PARSES_PER_DRAFT };
  for (const run of text.matchAll(DIGIT_RUN)) {
    const groups = [...run[0].matchAll(DIGIT_GROUP)].map((g) => ({
      start: run.index + g.index,
      end: run.index + g.index + g[0].length,
      digits: g[0].length,
    }));
    if (groups.reduce((n, g) => n + g.digits, 0) < 7) continue;
    for (let i = 0; i < groups.length; i++) {
      const phone = longestPhoneFrom(text, i === 0 ? run.index : groups[i]!.start, groups, i, budget);
      if (!phone) continue;
      const start = phone.start;
      notPhones ??= new SpanSet([...findDates(text), ...findTimes(text), ...matchSpans(text, YEAR_RANGE), ...matchSpans(text, SCORE), ...matchSpans(text, ISBN)]);
      // A number inside a date, a time, a score or an ISBN is part of that; later
      // groups of the run may still start a phone number.
      if (notPhones.overlaps(start, phone.end)) continue;
      i = phone.lastGroup;
      if (!standsAlone(text, start, phone.end)) continue;
      if (REFERENCE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
      // "phone-like sequences that are parts of URLs" belong to the link, not to a person.
      links ??= new SpanSet(prepared.links);
      if (links.overlaps(start, phone.end)) continue;
      if (isPublished(policy, text.slice(start, phone.end), phone.national)) continue;
      out.push({ start, end: phone.end, item: 'phone' });
    }
  }
  return out;
}

interface Group extends Span {
  digits: number;
}

/** The longest run of whole groups from `first` that libphonenumber accepts as a possible, dialable number. */
function longestPhoneFrom(
  text: string,
  start: number,
  groups: readonly Group[],
  first: number,
  budget: { parses: number },
): { start: number; end: number; lastGroup: number; national: string } | undefined {
  const lead = text.slice(start, groups[first]!.start + 2).replace(/[ (]/g, '');
  const international = lead.startsWith('+') || lead.startsWith('00');
  // A UK number keeps its trunk 0: a bare NHS number or order number is not dialable.
  if (!international && !lead.startsWith('0')) return undefined;
  let digits = 0;
  let singles = 0;
  let last = first;
  while (last < groups.length && last - first < 7 && digits + groups[last]!.digits <= 15) {
    if (groups[last]!.digits === 1) singles++;
    digits += groups[last++]!.digits;
  }
  for (let j = last - 1; j >= first; j--) {
    // UK numbers are ten or eleven digits with the 0, so `01726 000` and `999` are not
    // numbers to flag; international ones run to fifteen digits after the `+`. Nobody
    // writes a number digit by digit: `+44 (0) 7700…` has one lone digit, a list has many.
    const fits = (international ? digits >= 8 : digits >= 10 && digits <= 11) && singles <= 2;
    const end = groups[j]!.end;
    if (fits) {
      // "(07700 900458)": brackets round the whole number are the sentence's, not the number's.
      const from = text[start] === '(' && !text.slice(start, end).includes(')') ? groups[first]!.start : start;
      // A UK number of ten or eleven digits with its trunk 0 is always possible (GB
      // numbers have nine or ten national digits), so libphonenumber, at tens of
      // microseconds a number, is asked only about international ones.
      const written = text.slice(from, end);
      const national = !international ? ukNationalDigits(written) : budget.parses-- > 0 ? possibleNationalNumber(written) : written.replace(/\D/g, '');
      if (national !== undefined) return { start: from, end, lastGroup: j, national };
    }
    digits -= groups[j]!.digits;
    if (groups[j]!.digits === 1) singles--;
  }
  return undefined;
}

/**
 * libphonenumber takes tens of microseconds a number. No post holds more than a few
 * international numbers; past this many in one draft, any run of eight to fifteen
 * digits after a + or 00 is taken as dialable, so a draft of thousands of made-up
 * numbers costs no more than a short one.
 */
const MAX_PARSES_PER_DRAFT = 100;

// Parsing costs tens of microseconds, and a long draft repeats its numbers.
const parsed = new Map<string, string | null>();

/** The national number when libphonenumber finds `written` a possible number (UK by default), else undefined. */
function possibleNationalNumber(written: string): string | undefined {
  let national = parsed.get(written);
  if (national === undefined) {
    const number = parsePhoneNumber(written, { defaultCountry: 'GB', extract: false });
    const possible = number?.isPossible() && !(number.countryCallingCode === '44' && number.nationalNumber.length < 9);
    national = possible ? number!.nationalNumber : null;
    if (parsed.size > 500) parsed.clear();
    parsed.set(written, national);
  }
  return national ?? undefined;
}

function ukNationalDigits(written: string): string {
  return written.replace(/\D/g, '').slice(1);
}

/** Not glued to a letter, a currency sign, a handle or a path, nor part of a decimal. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  return !GLUED_BEFORE.test(before) && !GLUED_AFTER.test(after) && !JOINED_BEFORE.test(before) && !JOINED_AFTER.test(after);
}

/** The school's own published number, however it is written: `01726 000000`, `+44 1726 000000`, `+44 (0)1726 000000`. */
function isPublished(policy: CompiledPolicy, written: string, national: string): boolean {
  const published = policy.publicContacts.phoneDigits;
  if (published.size === 0) return false;
  const plain = (d: string) => d.replace(/^0+/, '');
  const candidates = new Set([plain(nationalDigits(written.replace(/\D/g, ''))), plain(national)]);
  for (const entry of published) if (candidates.has(plain(entry))) return true;
  return false;
}

/* ---------------------------------------------------------------- email addresses */

// Addresses written to dodge scrapers: "sarah [at] example [dot] com", "sarah at example dot com".
// The pattern starts at the "at", and the name before it is read backwards (at most 64
// characters, the longest an address's name can be), so a long run of letters costs
// one pass, not one per letter.
const DISGUISED_EMAIL_DOMAIN =
  /(?:\s?[[(]\s*at\s*[\])]\s?|\sat\s)[\p{L}\p{N}-]{1,63}(?:\s*(?:[[(]\s*dot\s*[\])]|\sdot\s)\s*[\p{L}\p{N}-]{1,63})+/gu;
const DISGUISED_EMAIL_NAME = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}$/u;
const DISGUISE_TLD = /(?:com|org|net|uk|co|edu|gov|info|io|me|example)$/;

function emailAddresses(prepared: PreparedDraft, policy: CompiledPolicy): Found[] {
  const out: Found[] = [];
  for (const link of prepared.links) {
    if (link.kind !== 'email') continue;
    // The address pattern lets a quote or dot lead in: `'office@…'` is still the office.
    const lead = link.text.length - link.text.replace(/^[^\p{L}\p{N}]+/u, '').length;
    const address = link.text.slice(lead);
    if (policy.publicContacts.emails.has(address)) continue;
    out.push({ start: link.start + lead, end: link.end, item: 'email' });
  }
  const text = prepared.folded.text;
  for (const m of text.matchAll(DISGUISED_EMAIL_DOMAIN)) {
    const name = DISGUISED_EMAIL_NAME.exec(text.slice(Math.max(0, m.index - 64), m.index));
    if (!name) continue;
    // "look at this dot com" is a sentence: the plain-word form needs a real ending.
    if (!/[[(]\s*at\s*[\])]/.test(m[0]) && !DISGUISE_TLD.test(m[0])) continue;
    const start = m.index - name[0].length;
    const end = m.index + m[0].length;
    const plain = text
      .slice(start, end)
      .replace(/\s*[[(]?\s*\bat\b\s*[\])]?\s*/, '@')
      .replace(/\s*[[(]?\s*\bdot\b\s*[\])]?\s*/g, '.');
    if (policy.publicContacts.emails.has(plain)) continue;
    out.push({ start, end, item: 'email' });
  }
  return out;
}

/* -------------------------------------------------------------------- addresses */

// The postcode areas Royal Mail uses, so "ks2 3rd" or "y6 1st" is never a postcode.
const POSTCODE_AREAS =
  'ab|al|b|ba|bb|bd|bh|bl|bn|br|bs|bt|ca|cb|cf|ch|cm|co|cr|ct|cv|cw|da|dd|de|dg|dh|dl|dn|dt|dy|e|ec|eh|en|ex|fk|fy|g|gl|gu|gy|ha|hd|hg|hp|hr|hs|hu|hx|ig|im|ip|iv|je|ka|kt|kw|ky|l|la|ld|le|ll|ln|ls|lu|m|me|mk|ml|n|ne|ng|nn|np|nr|nw|ol|ox|pa|pe|ph|pl|po|pr|rg|rh|rm|s|sa|se|sg|sk|sl|sm|sn|so|sp|sr|ss|st|sw|sy|ta|td|tf|tn|tq|tr|ts|tw|ub|w|wa|wc|wd|wf|wn|wr|ws|wv|yo|ze';
const POSTCODE_SOURCE = `(?<![\\p{L}\\p{N}])(?:${POSTCODE_AREAS})\\d[a-z\\d]?\\s?\\d[abd-hjlnp-uw-z]{2}(?![\\p{L}\\p{N}])`;
// Words that end a street's name in a UK address.
const STREET_WORD =
  'road|rd|street|st|avenue|ave|lane|close|drive|way|crescent|terrace|gardens|place|court|hill|park|grove|square|mews|parade|green|boulevard|parkway';
// Street words that are everyday nouns too ("3 free park passes", "a 10 minute drive"):
// they count only as a capitalised part of a capitalised name.
const COMMON_STREET_WORDS = new Set(['close', 'drive', 'way', 'place', 'court', 'hill', 'park', 'grove', 'square', 'parade', 'green', 'gardens', 'terrace']);
const STREET = new RegExp(
  '(?<![\\p{L}\\p{N}£$€.,:/-])' +
    '(?:(?:flat|apartment|apt|unit)\\s+\\d{1,4}[a-z]?\\s?,?\\s+)?' +
    '\\d{1,4}[a-z]?\\s?,?\\s+' +
    "((?:[\\p{L}][\\p{L}'-]*\\s+){1,3})" +
    `(${STREET_WORD})\\b\\.?`,
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
const COUNTED_BEFORE =
  /\b(?:years?|yr|class|room|pages?|chapter|platform|gate|stop|bus|route|bay|pitch|level|stage|ks|key stage|group|set|team|table|under|top|score|scored|won|lost|beat|over|aged?)\s*$/;
// Name words that make "N … Park" a count of things: "3 Car Park spaces", "10 Minute Walk".
const NOT_STREET_NAMES = new Set([
  'car', 'theme', 'water', 'safari', 'trampoline', 'skate', 'holiday', 'business', 'retail', 'national', 'country', 'science',
  'minute', 'minutes', 'min', 'mins', 'mile', 'miles', 'hour', 'hours', 'km', 'metre', 'metres', 'day', 'days', 'week', 'weeks',
  'month', 'months', 'year', 'years', 'times', 'points', 'goals', 'kids', 'children', 'pupils', 'people',
]);
// "address", "lives at": the writer says it is an address, so lower case is no defence.
const ADDRESS_CUE = /\b(?:address|addr|live|lives|living|lived|moved|stay|staying|house|home|ours|mine|deliver|delivered|post it|send it)\b[^.!?\n]{0,20}$/;

function addresses(prepared: PreparedDraft, policy: CompiledPolicy): Found[] {
  const text = prepared.folded.text;
  if (!/\d/.test(text)) return [];
  const out: Found[] = [];
  const found = (start: number, end: number) => {
    if (!isSchoolAddress(policy, text.slice(start, end))) out.push({ start, end, item: 'address' });
  };
  for (const m of text.matchAll(STREET)) {
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
  for (const m of text.matchAll(NUMBERED_POSTCODE)) {
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

/* ---------------------------------------------------------------- dates of birth */

// "a date with a birth context … but a date on its own is NOT one". A birthday is a
// date of birth only when the post says what the date is ("birthday is 3 May"), not
// when it dates the party ("birthday party on 14/03").
const BIRTH_DATE = new RegExp(
  '(?:\\b(?:born|dob|date of birth|birth\\s?date)\\b|\\bd\\.\\s?o\\.\\s?b\\b\\.?)' +
    "[^.!?\\n]{0,30}?" +
    `(?<![\\d/.-])\\b(${DATE_SOURCE})` +
    "|\\bbirthday(?:\\s*[:=-]|(?:'s|\\s+is|\\s+was)(?:\\s+on)?)?\\s+(?:the\\s+)?" +
    `\\b(${DATE_SOURCE})`,
  'g',
);

function birthDates(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(BIRTH_DATE)) {
    const date = m[1] ?? m[2];
    if (date === undefined) continue;
    // Nobody born before 1920 is still likely to be alive for the law to protect:
    // "Roald Dahl was born on 13 September 1916" is history, not personal data.
    const year = /\d{4}/.exec(date);
    if (year && Number(year[0]) < 1920) continue;
    const end = m.index + m[0].length;
    out.push({ start: end - date.length, end, item: 'birthDate' });
  }
  return out;
}

/* ------------------------------------------------------- UPN, NHS and NI numbers */

/** A label shortly before a number, in the same sentence: "NHS no. ", "UPN is ", "NI number: ". */
function cue(label: string): RegExp {
  return new RegExp(`\\b(?:${label})\\b(?:[^.!?\\n]|(?<=\\bno)\\.){0,30}$`);
}

// A UPN is a check letter and twelve digits; a temporary UPN ends in a letter too.
const UPN = /(?<![\p{L}\p{N}])[a-z]\d{11}[\da-z](?![\p{L}\p{N}])/gu;
const UPN_CHECK_LETTERS = 'abcdefghjklmnpqrtuvwxyz';
const UPN_CUE = cue('upn|unique pupil (?:number|no)|pupil number');

function pupilNumbers(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(UPN)) {
    const start = m.index;
    const end = start + m[0].length;
    const permanent = /\d$/.test(m[0]);
    if (!(permanent && upnCheckLetterFits(m[0])) && !UPN_CUE.test(text.slice(Math.max(0, start - 40), start))) continue;
    out.push({ start, end, item: 'upn' });
  }
  return out;
}

/** The DfE check letter: digits weighted 2–13, modulo 23, into A–Z without I, O and S. */
function upnCheckLetterFits(upn: string): boolean {
  let sum = 0;
  for (let i = 1; i < 13; i++) sum += Number(upn[i]) * (i + 1);
  return UPN_CHECK_LETTERS[sum % 23] === upn[0];
}

const NHS = /(?<![\p{L}\p{N}£$€.,/+-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\p{L}\p{N}%]|[.,:/-]\d)/gu;
const NHS_CUE = cue('nhs');

function nhsNumbers(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(NHS)) {
    const start = m.index;
    const digits = m[1]! + m[3]! + m[4]!;
    const before = text.slice(Math.max(0, start - 40), start);
    const cued = NHS_CUE.test(before);
    // "fire on a valid checksum, or any 10-digit number next to NHS"; a number starting
    // with 0 is a phone number, which the phone detector judges.
    if (!cued && (digits.startsWith('0') || !nhsCheckDigitFits(digits) || REFERENCE_BEFORE.test(before))) continue;
    out.push({ start, end: start + m[0].length, item: 'nhs' });
  }
  return out;
}

/** Modulus 11: the first nine digits weighted 10 down to 2; 11 − remainder is the tenth (11 means 0, 10 is never issued). */
function nhsCheckDigitFits(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

const NI_NUMBER = /(?<![\p{L}\p{N}])([a-z]{2})[ -]?(\d{2})[ -]?(\d{2})[ -]?(\d{2})(?:[ -]?([a-d]))?(?![\p{L}\p{N}])/gu;
const NI_CUE = cue('ni|nino|national insurance');
// HMRC never issues these prefixes; QQ is its published example, used in test data and guides.
const NI_BAD_FIRST = /[dfiquv]/;
const NI_BAD_SECOND = /[dfiquvo]/;
const NI_BAD_PREFIXES = new Set(['bg', 'gb', 'nk', 'kn', 'tn', 'nt', 'zz']);

function niNumbers(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(NI_NUMBER)) {
    const prefix = m[1]!;
    const cued = NI_CUE.test(text.slice(Math.max(0, m.index - 40), m.index));
    const issuable =
      prefix === 'qq' || (!NI_BAD_FIRST.test(prefix[0]!) && !NI_BAD_SECOND.test(prefix[1]!) && !NI_BAD_PREFIXES.has(prefix));
    if (!cued && !(issuable && m[5] !== undefined)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, item: 'niNumber' });
  }
  return out;
}

/* ------------------------------------------------------------------------ rule */

export default defineRule({
  id: 'personal-data',
  title: 'Personal data: phone numbers, emails, home addresses, dates of birth, UPNs, NHS and National Insurance numbers',
  clauses: [CLAUSES.dataProtection, CLAUSES.dataProtectionDont],
  severity: { personal: 'block', school: 'block' },
  check({ draft, policy }) {
    const text = draft.folded.text;
    const found = [
      ...emailAddresses(draft, policy),
      ...niNumbers(text),
      ...pupilNumbers(text),
      ...nhsNumbers(text),
      ...birthDates(text),
      ...addresses(draft, policy),
      ...phoneNumbers(draft, policy),
    ].sort((a, b) => RANK[a.item] - RANK[b.item] || b.end - b.start - (a.end - a.start));
    const kept: Found[] = [];
    const claimed = new GrowingSpanSet(text.length);
    for (const f of found) {
      if (claimed.overlaps(f.start, f.end)) continue;
      claimed.add(f.start, f.end);
      kept.push(f);
    }
    return kept
      .sort((a, b) => a.start - b.start)
      .map((f): RuleHit => ({ ...sourceSpan(draft, f.start, f.end), message: MESSAGES[f.item] }));
  },
});
