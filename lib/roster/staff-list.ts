/**
 * Reading a staff list: one name a line, as typed into a text file or pasted into
 * the options page. Titles such as "Mrs" are kept; the staff-name rule decides how
 * to match them.
 */
import { decodeBytes, type FileBytes } from './decode';
import type { RosterLineNote } from './import';

export interface StaffList {
  staff: string[];
  /** Lines that were not taken as a name, with why. Blank lines and # comments are not listed. */
  skipped: RosterLineNote[];
}

// More words than this is a sentence or a pasted paragraph, not one person's name.
const MAX_NAME_WORDS = 6;

export function parseStaffList(input: string | FileBytes): StaffList {
  const text = typeof input === 'string' ? input : decodeBytes(input).text;
  const staff: string[] = [];
  const skipped: RosterLineNote[] = [];
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
        skipped.push({ line, reason });
        return;
      }
      const key = name.toLowerCase();
      const firstLine = firstLineOf.get(key);
      if (firstLine !== undefined) {
        skipped.push({ line, reason: `same name as line ${firstLine}` });
        return;
      }
      firstLineOf.set(key, line);
      staff.push(name);
    });

  return { staff, skipped };
}

function notANameBecause(name: string): string | undefined {
  if (name.includes('@')) return 'looks like an email address or social media handle, not a name';
  if (/\p{N}/u.test(name)) return 'contains numbers, so it does not look like a name';
  if (name.split(' ').length > MAX_NAME_WORDS) return `has more than ${MAX_NAME_WORDS} words, so it does not look like one name`;
  return undefined;
}
