/**
 * A school's settings, roster and staff list turned into ready-to-use matchers. Built
 * once when any of them changes (never per keystroke) and shared by every check.
 */
import type { Pupil } from './roster/schema';
import { PupilIndex, type NameTable } from './roster/name-index';
import { DisclaimerMatcher } from './school/disclaimer';
import { SchoolMentionMatcher } from './school/mentions';
import { StaffIndex } from './school/staff';
import type { Settings } from './settings/schema';
import { phraseKeys } from './text/phrases';
import { foldPhrase } from './text/normalise';

export interface CompiledPolicy {
  readonly settings: Settings;
  readonly school: SchoolMentionMatcher;
  readonly disclaimer: DisclaimerMatcher;
  readonly pupils: PupilIndex;
  readonly staff: StaffIndex;
  /** The school's own published numbers (digits only) and emails (folded): never personal data. */
  readonly publicContacts: { readonly phoneDigits: ReadonlySet<string>; readonly emails: ReadonlySet<string> };
  /**
   * Word keys that are names or school vocabulary: pupils' and staff names, the
   * school's and trust's names. Profanity matching never flags these (Dick, Analise).
   */
  readonly protectedWords: WordSet;
}

/** A set of folded words that can only be asked about (a school pack's names are hashed). */
type WordSet = Pick<ReadonlySet<string>, 'has'>;

export interface PolicySources {
  settings: Settings;
  /** The pupil list as imported, or the name table of a school pack. */
  roster?: readonly Pupil[] | NameTable;
  /** A staff list kept apart from the settings file (one name a line). */
  staff?: readonly string[];
}

export function compilePolicy({ settings, roster = [], staff = [] }: PolicySources): CompiledPolicy {
  const staffNames = [...new Set([...settings.staff, ...staff])];
  const pupils = new PupilIndex(roster);
  const staffIndex = new StaffIndex(staffNames);
  const school = new SchoolMentionMatcher(settings);
  const phoneDigits = new Set<string>();
  const emails = new Set<string>();
  for (const contact of settings.school.publicContacts) {
    if (contact.includes('@')) emails.add(foldPhrase(contact).trim());
    else {
      const digits = contact.replace(/\D/g, '');
      if (digits.length >= 6) phoneDigits.add(nationalDigits(digits));
    }
  }
  const schoolWords = new Set<string>();
  for (const name of [...staffNames, settings.school.name, ...settings.school.aliases, settings.school.trust?.name ?? '', ...(settings.school.trust?.aliases ?? [])]) {
    for (const key of phraseKeys(name)) schoolWords.add(key);
  }
  const protectedWords: WordSet = { has: (word) => schoolWords.has(word) || pupils.isNameWord(word) };
  return {
    settings,
    school,
    disclaimer: new DisclaimerMatcher(settings),
    pupils,
    staff: staffIndex,
    publicContacts: { phoneDigits, emails },
    protectedWords,
  };
}

/** `441726000000` and `01726000000` are the same number: compare without the country code or trunk 0. */
export function nationalDigits(digits: string): string {
  if (digits.startsWith('44')) return digits.slice(2);
  if (digits.startsWith('0')) return digits.slice(1);
  return digits;
}
