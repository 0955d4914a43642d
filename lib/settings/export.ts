/**
 * The settings file as the options page exports and imports it: the version 1 format
 * of docs/check-drafts.md, plus, only when the user asks for it, the pupil list under
 * `roster` (a field check-drafts ignores). Reading a file validates all of it (settings
 * and pupil list) before anything is used, and names the first bad field.
 */
import { MAX_PUPILS } from '../limits';
import { pupilPackSchema, type PupilPack } from '../roster/pack';
import { pupilSchema, type Pupil } from '../roster/schema';
import { firstJsonError } from './json-position';
import { LATE_NIGHT_DEFAULTS } from './late-night';
import { formatPath, parseSettings, SettingsError, unknownSettingsFields, type Settings } from './schema';
import { z } from './zod';

export interface ExportedRoster {
  pupils: Pupil[];
  /** Where the list came from (the imported file's name), for the options page. */
  source: string;
}

export interface SettingsFile {
  settings: Settings;
  /** Present only when the file carries a pupil list. */
  roster?: ExportedRoster;
  /** Top-level fields this version does not read, ignored (a misspelling, or a later version's field). */
  ignoredFields: { field: string; suggestion?: string }[];
  /** Present only in a school pack: the pupil list as hashed name forms staff can check with but not read. */
  pack?: PupilPack;
}

/** Only this many pupils in one file: far more than any school has. */
export const MAX_FILE_PUPILS = MAX_PUPILS;

const rosterSchema = z.object({
  source: z._default(z.string().check(z.maxLength(300)), 'settings file'),
  pupils: z.array(pupilSchema).check(z.maxLength(MAX_FILE_PUPILS)),
});

/** The file's text: settings in the order docs/check-drafts.md shows them, the roster last. */
export function settingsFileText(settings: Settings, roster?: ExportedRoster, pack?: PupilPack): string {
  const file: Record<string, unknown> = {
    version: 1,
    school: settings.school,
    officialAccounts: settings.officialAccounts,
    hashtags: settings.hashtags,
    disclaimer: settings.disclaimer,
    staff: settings.staff,
    contacts: settings.contacts,
    rules: settings.rules,
  };
  // Only when the school has some, so a file without them reads as it always did.
  if (settings.customRules.length > 0) file.customRules = settings.customRules;
  const { enabled, from, to } = settings.lateNight;
  if (enabled || from !== LATE_NIGHT_DEFAULTS.from || to !== LATE_NIGHT_DEFAULTS.to) file.lateNight = settings.lateNight;
  if (roster) file.roster = { source: roster.source, pupils: roster.pupils.map(pupilForFile) };
  if (pack) file.pupilPack = pack;
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Only the fields a pupil is kept with, in a fixed order, without empty ones. */
function pupilForFile(pupil: Pupil): Pupil {
  const out: Pupil = { forename: pupil.forename, surname: pupil.surname, mediaConsent: pupil.mediaConsent, handles: pupil.handles };
  if (pupil.preferredForename) out.preferredForename = pupil.preferredForename;
  if (pupil.preferredSurname) out.preferredSurname = pupil.preferredSurname;
  if (pupil.yearGroup) out.yearGroup = pupil.yearGroup;
  if (pupil.className) out.className = pupil.className;
  return out;
}

/** What an exported file carries besides the settings. */
export type ExportKind = 'settings' | 'with-pupils' | 'school-pack';

/** A name for the exported file: `post-check-settings-2026-03-14.json`, `post-check-school-pack-2026-03-14.json`. */
export function settingsFileName(now: Date, kind: ExportKind): string {
  const day = now.toISOString().slice(0, 10);
  const name = { settings: 'post-check-settings', 'with-pupils': 'post-check-settings-with-pupils', 'school-pack': 'post-check-school-pack' }[kind];
  return `${name}-${day}.json`;
}

/**
 * Reads a settings file's text. Throws a SettingsError naming the first bad field
 * (`school.aliases[1]`, `roster.pupils[3].surname`) and returns nothing half-read.
 */
export function readSettingsFile(text: string): SettingsFile {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new SettingsError(jsonProblem(text.replace(/^\uFEFF/, '')), '');
  }
  const settings = parseSettings(value);
  const ignoredFields = unknownSettingsFields(value);
  const raw = (value as Record<string, unknown>).roster;
  const rawPack = (value as Record<string, unknown>).pupilPack;
  if (raw !== undefined && rawPack !== undefined) throw new SettingsError('This file holds both a pupil list and a school pack: export it again with one of them.', 'pupilPack');
  if (rawPack !== undefined) {
    const pack = pupilPackSchema.safeParse(rawPack);
    if (!pack.success) {
      const issue = pack.error.issues[0]!;
      const path = formatPath(['pupilPack', ...issue.path]);
      throw new SettingsError(`${path}: ${describeIssue(issue)}`, path);
    }
    return { settings, pack: pack.data, ignoredFields };
  }
  if (raw === undefined) return { settings, ignoredFields };
  const result = rosterSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = formatPath(['roster', ...issue.path]);
    throw new SettingsError(`${path}: ${describeIssue(issue)}`, path);
  }
  return { settings, roster: result.data, ignoredFields };
}

function jsonProblem(text: string): string {
  if (text.trim() === '') return 'This file is empty.';
  const where = firstJsonError(text);
  if (!where) return 'This file is not a Post Check settings file.';
  if (where.offset >= text.trimEnd().length) return 'This file is not a Post Check settings file: it stops part of the way through.';
  return `This file is not a Post Check settings file: the text goes wrong at line ${where.line}, character ${where.column}.`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'is missing' : `expected ${issue.expected}`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'too_big') return issue.origin === 'array' ? `has more than ${String(issue.maximum)} entries` : `is longer than ${String(issue.maximum)} characters`;
  if (issue.code === 'too_small') return 'must not be empty';
  return issue.message;
}

const PLAIN_TYPES: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a group of fields',
  boolean: 'true or false',
  number: 'a number',
};

/**
 * The error as the options page shows it: the field's path stays (a policy lead can
 * find it in the file), the type names become plain words.
 */
export function plainSettingsMessage(error: SettingsError): string {
  return error.message.replace(/expected (string|array|object|boolean|number)\b/g, (_, type: string) => `expected ${PLAIN_TYPES[type]}`);
}

/** A sentence about fields a settings file had that were ignored, or '' when there were none. */
export function ignoredFieldsMessage(ignored: SettingsFile['ignoredFields']): string {
  if (ignored.length === 0) return '';
  const each = ignored.slice(0, 5).map((f) => `“${f.field.length > 40 ? `${f.field.slice(0, 40)}…` : f.field}”${f.suggestion ? ` (did you mean “${f.suggestion}”?)` : ''}`);
  const more = ignored.length > 5 ? ` and ${ignored.length - 5} more` : '';
  return `${ignored.length === 1 ? 'One field was' : `${ignored.length} fields were`} not understood and ignored: ${each.join(', ')}${more}.`;
}
