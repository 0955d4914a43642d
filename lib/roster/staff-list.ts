/**
 * Reading a staff list: one name a line, as typed into a text file or pasted into
 * the options page. Titles such as "Mrs" are kept; the staff-name rule decides how
 * to match them.
 */
import { MAX_NAME_LENGTH } from '../limits';
import { decodeBytes, type FileBytes } from './decode';
import { MAX_NOTES, quoted, type RosterLineNote } from './import';

export interface StaffList {
  staff: string[];
  /** Lines that were not taken as a name, with why. Blank lines and # comments are not listed. */
  skipped: RosterLineNote[];
  /** Names taken that deserve a look (a line in a different text encoding from the rest). */
  warnings: RosterLineNote[];
  /** Skipped lines beyond the first MAX_NOTES, counted. */
  skippedLeftOut: number;
  /**
   * The file holds NUL bytes: it is not a text file (a spreadsheet workbook, a PDF, an
   * image). Its lines are skipped as not names; callers refuse it as a whole.
   */
  binary: boolean;
}

// More words than this is a sentence or a pasted paragraph, not one person's name.
const MAX_NAME_WORDS = 6;
/** Title, forenames and surname together: a line longer than this is not one name. */
const MAX_LINE_LENGTH = 3 * MAX_NAME_LENGTH;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

export function parseStaffList(input: string | FileBytes): StaffList {
  const decoded = typeof input === 'string' ? { text: input, mixedLines: undefined } : decodeBytes(input);
  const text = decoded.text;
  const otherEncoding = new Set(decoded.mixedLines ?? []);
  const binary = text.includes('\u0000');
  const staff: string[] = [];
  const skipped: RosterLineNote[] = [];
  const warnings: RosterLineNote[] = [];
  let skippedLeftOut = 0;
  const skip = (line: number, reason: string) => {
    if (skipped.length < MAX_NOTES) skipped.push({ line, reason });
    else skippedLeftOut++;
  };
  const firstLineOf = new Map<string, number>();

  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      const name = raw.replace(/\s+/g, ' ').trim().normalize('NFC');
      if (name === '' || name.startsWith('#')) return;

      const reason = notANameBecause(name);
      if (reason) {
        skip(line, reason);
        return;
      }
      const key = name.toLowerCase();
      const firstLine = firstLineOf.get(key);
      if (firstLine !== undefined) {
        skip(line, `same name as line ${firstLine}`);
        return;
      }
      firstLineOf.set(key, line);
      staff.push(name);
      if (otherEncoding.has(line) && warnings.length < MAX_NOTES) {
        warnings.push({ line, reason: 'is in a different text encoding from the rest of the file (Windows-1252, not UTF-8), so check the name looks right' });
      }
    });

  return { staff, skipped, warnings, skippedLeftOut, binary };
}

function notANameBecause(name: string): string | undefined {
  if (CONTROL.test(name)) return 'contains control characters (such as NUL), which no name has, so the file may not be a text file';
  if (name.length > MAX_LINE_LENGTH) return `is ${name.length.toLocaleString('en-GB')} characters long, too long to be one name`;
  if (name.includes('@')) return 'looks like an email address or social media handle, not a name';
  if (/\p{N}/u.test(name)) return 'contains numbers, so it does not look like a name';
  if (name.split(' ').length > MAX_NAME_WORDS) return `has more than ${MAX_NAME_WORDS} words, so it does not look like one name`;
  if (!/\p{L}/u.test(name)) return `${quoted(name)} has no letters in it`;
  return undefined;
}
