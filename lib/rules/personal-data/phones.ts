/**
 * Phone numbers: "anything dialable in UK or international format", never a date, a
 * time, a score, a year range, an ISBN, a reference number, part of a link or the
 * school's own published number.
 */
import parsePhoneNumber from 'libphonenumber-js';
import { nationalDigits, type CompiledPolicy } from '../../compiled-policy';
import { matchSpans, allMatches } from '../../text/patterns';
import type { PreparedDraft } from '../../text/prepared';
import { SpanSet } from '../../text/spans';
import type { Span } from '../../text/tokens';
import { findDates, findTimes } from './dates';
import { REFERENCE_BEFORE, type Found } from './items';

// A digit, letter or symbol glued to a number makes it part of something else: a
// price (£), a handle, a code (AB1234567890), a path or a ratio.
const GLUED_BEFORE = /[\p{L}\p{N}£$€#@_/\\=&]$/u;
const GLUED_AFTER = /^[\p{L}\p{N}£$€#@_/\\%]/u;
// A decimal point or thousands separator joins two numbers: `3.14`, `1,200`.
const JOINED_BEFORE = /\d[.,]$/;
const JOINED_AFTER = /^[.,]\d/;


// Year ranges and scores: `2025-2026`, `2025/26`, `3-1`, `24 - 21`.
const YEAR_RANGE = /(?<![\d./-])(?:19|20)\d{2}\s?[-/]\s?(?:19|20)?\d{2}(?![\d./-])/g;
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
export function phoneNumbers(prepared: PreparedDraft, policy: CompiledPolicy): Found[] {
  const text = prepared.folded.text;
  const out: Found[] = [];
  let notPhones: SpanSet | undefined;
  let links: SpanSet | undefined;
  const budget = { parses: MAX_PARSES_PER_DRAFT };
  for (const run of allMatches(DIGIT_RUN, text)) {
    const groups = [...allMatches(DIGIT_GROUP, run[0])].map((g) => ({
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
