/** Dates of birth: a date with a birth context, never a date on its own. */
import { DATE_SOURCE } from './dates';
import type { Found } from './items';
import { allMatches } from '../../text/patterns';

// "a date with a birth context … but a date on its own is NOT one". A birthday is a
// date of birth only when the post says what the date is ("birthday is 3 May"), not
// when it dates the party ("birthday party on 14/03").
const BIRTH_DATE = new RegExp(
  '(?:\\b(?:born|dob|date of birth|birth\\s?date)\\b|\\bd\\.\\s?o\\.\\s?b\\b\\.?)' +
    // Up to 50 characters of the same sentence between the words and the date ("date of
    // birth on the trip form is wrong: should be 14/06/2012"), never across another event.
    "(?:(?!\\b(?:started|starts|joined|moved|until|since|left|leaves|began|arrived|due|deadline|and then)\\b|[,;]\\s*(?:and|but|then)\\b)[^.!?\\n]){0,50}?" +
    `(?<![\\d/.-])\\b(${DATE_SOURCE})` +
    "|\\bbirthday(?:\\s*[:=-]|(?:'s|\\s+is|\\s+was)(?:\\s+on)?)?\\s+(?:the\\s+)?" +
    `\\b(${DATE_SOURCE})` +
    // Asked for in one sentence, given in the next: "I need Ellie's date of birth. The class list has her down as 20/12/2015."
    "|\\b(?:dob|date of birth|birth\\s?date)\\b[^.!?\\n]{0,40}[.?!]\\s+[^.!?\\n]{0,40}?\\b(?:down as|has (?:her|him|them|it) as|says|it's|its|it is|is it|should be|as)\\s+" +
    `(?<![\\d/.-])\\b(${DATE_SOURCE})`,
  'g',
);

export function birthDates(text: string): Found[] {
  const out: Found[] = [];
  for (const m of allMatches(BIRTH_DATE, text)) {
    const date = m[1] ?? m[2] ?? m[3];
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
