/**
 * Unique pupil numbers (UPN, and Scotland's candidate numbers), NHS numbers and National Insurance numbers: each with its
 * check letter or digit, or with its label just before it ("NHS no. …").
 */
import { REFERENCE_BEFORE, type Found } from './items';
import { allMatches } from '../../text/patterns';

/** A label shortly before a number, in the same sentence: "NHS no. ", "UPN is ", "NI number: ". */
function cue(label: string, reach = 30): RegExp {
  return new RegExp(`\\b(?:${label})\\b(?:[^.!?\\n]|(?<=\\bno)\\.){0,${reach}}$`);
}

// A UPN is a check letter and twelve digits; a temporary UPN ends in a letter too.
const UPN = /(?<![\p{L}\p{N}])[a-z]\d{11}[\da-z](?![\p{L}\p{N}])/gu;
const UPN_CHECK_LETTERS = 'abcdefghjklmnpqrtuvwxyz';
// "UPN for the new lad starting Monday is …": the label may come a clause before the number.
const UPN_CUE = cue('upn|unique pupil (?:number|no)|pupil number', 50);

// Scotland's pupil number: a Scottish Candidate Number, nine digits, known only by its label.
const SCN = /(?<![\p{L}\p{N}£$€.,/+-])\d{9}(?![\p{L}\p{N}%]|[.,:/-]\d)/gu;
// (The label may be asked about a sentence before: "Can you check her candidate number? I've got …")
const SCN_CUE = /\b(?:scn|scottish candidate (?:number|no)|candidate (?:number|no))s?\b[^\n]{0,80}$/;

export function pupilNumbers(text: string): Found[] {
  const out: Found[] = [];
  for (const m of allMatches(SCN, text)) {
    if (SCN_CUE.test(text.slice(Math.max(0, m.index - 100), m.index))) out.push({ start: m.index, end: m.index + m[0].length, item: 'upn' });
  }
  for (const m of allMatches(UPN, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const permanent = /\d$/.test(m[0]);
    if (!(permanent && upnCheckLetterFits(m[0])) && !UPN_CUE.test(text.slice(Math.max(0, start - 60), start))) continue;
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

export function nhsNumbers(text: string): Found[] {
  const out: Found[] = [];
  for (const m of allMatches(NHS, text)) {
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

export function niNumbers(text: string): Found[] {
  const out: Found[] = [];
  for (const m of allMatches(NI_NUMBER, text)) {
    const prefix = m[1]!;
    const cued = NI_CUE.test(text.slice(Math.max(0, m.index - 40), m.index));
    const issuable =
      prefix === 'qq' || (!NI_BAD_FIRST.test(prefix[0]!) && !NI_BAD_SECOND.test(prefix[1]!) && !NI_BAD_PREFIXES.has(prefix));
    if (!cued && !(issuable && m[5] !== undefined)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, item: 'niNumber' });
  }
  return out;
}
