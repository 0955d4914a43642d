/**
 * Dates and times as people write them in posts, for folded text (lower case, one
 * kind of dash and space). Rules need them both ways round: a date with a birth
 * context is personal data, and a date or a time on its own must never be mistaken
 * for a phone number or an ID ("Not: dates without a birth context, times").
 */
import { anyOf, matchSpans } from '../../text/patterns';
import type { Span } from '../../text/tokens';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';

/**
 * A calendar date, as a regular-expression source for folded text: `02/05/2014`,
 * `2.5.14`, `14/03`, `2014-05-02`, `3 May 2015`, `3rd of May`, `May 3rd, 2015`,
 * `May 2015`. Bare years and month names alone are not dates.
 */
export const DATE_SOURCE = anyOf(
  // 3-part numeric before 2-part, so `02/05/2014` is not read as `02/05`. No capture
  // groups: the source is embedded in other patterns.
  '\\d{1,2}(?:/\\d{1,2}/|\\.\\d{1,2}\\.|-\\d{1,2}-)(?:\\d{4}|\\d{2})(?!\\d)',
  '\\d{4}-\\d{1,2}-\\d{1,2}(?!\\d)',
  '\\d{1,2}/\\d{1,2}(?![\\d/])',
  `${DAY}\\s+(?:of\\s+)?${MONTH}\\b\\.?(?:,?\\s+\\d{4}(?!\\d))?`,
  `${MONTH}\\b\\.?\\s+${DAY}\\b(?:,?\\s+\\d{4}(?!\\d))?`,
  `${MONTH}\\b\\.?,?\\s+\\d{4}(?!\\d)`,
);

// A time of day: `24:37`, `07:42`, `5:30am`, `1.30 pm`, `5pm`.
const TIME = /(?<![\d.:])\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\b\.?)?(?![\d.:]\d)|(?<![\d.:])\d{1,2}\s?[ap]\.?m\b/g;
const DATE = new RegExp(`(?<![\\d/.-])\\b${DATE_SOURCE}`, 'g');

/** Every date in a folded text, with or without a birth context. */
export function findDates(text: string): Span[] {
  return matchSpans(text, DATE);
}

/** Every time of day in a folded text. */
export function findTimes(text: string): Span[] {
  return matchSpans(text, TIME);
}
