/**
 * The settings file as the options page exports and imports it: the version 1 format
 * of docs/check-drafts.md, plus, only when the user asks for it, the pupil list under
 * `roster` (a field check-drafts ignores). Reading a file validates all of it (settings
 * and pupil list) before anything is used, and names the first bad field.
 */
import { base64ToBytes, bytesToBase64 } from '../images/base64';
import { MAX_PUPILS } from '../limits';
import { RULES } from '../rules';
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
  /** The school's logos, when the file carries them (the image checks look for them in photos). */
  logos?: FileLogo[];
}

/** A logo as a settings file carries it: the image file itself, base64. */
export interface FileLogo {
  name: string;
  type: (typeof LOGO_TYPES)[number];
  bytes: Uint8Array;
}

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
const MAX_LOGO_BYTES = 5 * 1024 * 1024;
const MAX_LOGOS = 20;

const logoSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  type: z.enum(LOGO_TYPES),
  // base64 of at most MAX_LOGO_BYTES.
  data: z.string().check(z.maxLength(Math.ceil(MAX_LOGO_BYTES / 3) * 4), z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not an image encoded as base64')),
});
const logosSchema = z.array(logoSchema).check(z.maxLength(MAX_LOGOS));

/** Only this many pupils in one file: far more than any school has. */
const MAX_FILE_PUPILS = MAX_PUPILS;

const rosterSchema = z.object({
  source: z._default(z.string().check(z.maxLength(300)), 'settings file'),
  pupils: z.array(pupilSchema).check(z.maxLength(MAX_FILE_PUPILS)),
});

/** The file's text: settings in the order docs/check-drafts.md shows them, the roster last. */
export function settingsFileText(settings: Settings, roster?: ExportedRoster, pack?: PupilPack, logos?: readonly FileLogo[]): string {
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
  if (logos && logos.length > 0) file.logos = logos.map((logo) => ({ name: logo.name, type: logo.type, data: bytesToBase64(logo.bytes) }));
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
  const logos = readLogos((value as Record<string, unknown>).logos);
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
    return { settings, pack: pack.data, ignoredFields, ...logos };
  }
  if (raw === undefined) return { settings, ignoredFields, ...logos };
  const result = rosterSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = formatPath(['roster', ...issue.path]);
    throw new SettingsError(`${path}: ${describeIssue(issue)}`, path);
  }
  return { settings, roster: result.data, ignoredFields, ...logos };
}

function readLogos(raw: unknown): { logos?: FileLogo[] } {
  if (raw === undefined) return {};
  const result = logosSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = formatPath(['logos', ...issue.path]);
    throw new SettingsError(`${path}: ${describeIssue(issue)}`, path);
  }
  const logos = result.data.map((logo, i) => {
    const bytes = base64ToBytes(logo.data);
    if (bytes.length === 0 || bytes.length > MAX_LOGO_BYTES) throw new SettingsError(`logos[${i}].data: is not an image of at most 5 MB`, `logos[${i}].data`);
    return { name: logo.name, type: logo.type, bytes };
  });
  return { logos };
}

function jsonProblem(text: string): string {
  if (text.trim() === '') return 'This file is empty.';
  const first = text.trimStart();
  if (first.startsWith('PK')) return 'This is a spreadsheet workbook or another zipped file, not a Post Check settings file. A settings file is a .json file that Post Check exported.';
  const firstLine = first.split(/\r?\n/, 1)[0] ?? '';
  if (!/^[{[]/.test(first) && /[,;\t]/.test(firstLine)) {
    return "This looks like a spreadsheet saved as CSV, not a Post Check settings file. A pupil list goes in under Pupils; a settings file is a .json file that Post Check exported.";
  }
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

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const nth = (index: number) => ORDINALS[index] ?? `${index + 1}th`;
const RULE_TITLES = new Map<string, string>(RULES.map((rule) => [rule.id, rule.title]));

/** What each part of a settings file is called on the settings page. */
const PLACES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^version$/, () => "The file's version"],
  [/^school$/, () => 'School'],
  [/^school\.name$/, () => 'School name'],
  [/^school\.aliases\[(\d+)\]$/, (m) => `Other names for the school, line ${Number(m[1]) + 1}`],
  [/^school\.aliases$/, () => 'Other names for the school'],
  [/^school\.trust\.name$/, () => 'Trust name'],
  [/^school\.trust\.aliases\[(\d+)\]$/, (m) => `Other names for the trust, line ${Number(m[1]) + 1}`],
  [/^school\.trust(\..*)?$/, () => 'Trust'],
  [/^school\.website$/, () => 'School website'],
  [/^school\.publicContacts\[(\d+)\]$/, (m) => `Public contact details, line ${Number(m[1]) + 1}`],
  [/^school\.publicContacts$/, () => 'Public contact details'],
  [/^officialAccounts\[(\d+)\]\.site$/, (m) => `Official accounts, the ${nth(Number(m[1]))} account's site`],
  [/^officialAccounts\[(\d+)\]\.handle$/, (m) => `Official accounts, the ${nth(Number(m[1]))} account's name`],
  [/^officialAccounts.*$/, () => 'Official accounts'],
  [/^hashtags\[(\d+)\]$/, (m) => `School hashtags, line ${Number(m[1]) + 1}`],
  [/^hashtags$/, () => 'School hashtags'],
  [/^disclaimer\.text$/, () => 'Disclaimer text'],
  [/^disclaimer\.inProfile\[(\d+)\]\.site$/, (m) => `Profiles that already carry the disclaimer, the ${nth(Number(m[1]))} one's site`],
  [/^disclaimer\.inProfile\[(\d+)\]\.handle$/, (m) => `Profiles that already carry the disclaimer, the ${nth(Number(m[1]))} one's name`],
  [/^disclaimer.*$/, () => 'Disclaimer'],
  [/^staff\[(\d+)\]$/, (m) => `Staff names, line ${Number(m[1]) + 1}`],
  [/^staff$/, () => 'Staff names'],
  [/^contacts.*$/, () => 'Who staff can ask for a second opinion'],
  [/^rules\.([a-z-]+)\.severity\.(personal|school)$/, (m) => `Checks, “${RULE_TITLES.get(m[1]!) ?? m[1]}” on ${m[2]} accounts`],
  [/^rules\.([a-z-]+)(\..*)?$/, (m) => (RULE_TITLES.has(m[1]!) ? `Checks, “${RULE_TITLES.get(m[1]!)}”` : `Checks, “${m[1]}”`)],
  [/^rules$/, () => 'Checks'],
  [/^customRules\[(\d+)\](\..*)?$/, (m) => `Your school's own rules, the ${nth(Number(m[1]))} rule`],
  [/^customRules$/, () => "Your school's own rules"],
  [/^lateNight\.from$/, () => 'Late-night pause, From'],
  [/^lateNight\.to$/, () => 'Late-night pause, Until'],
  [/^lateNight.*$/, () => 'Late-night pause'],
  [/^roster\.pupils\[(\d+)\]\.(\w+)$/, (m) => `The pupil list in the file, pupil ${Number(m[1]) + 1}'s ${PUPIL_FIELDS[m[2]!] ?? m[2]}`],
  [/^roster.*$/, () => 'The pupil list in the file'],
  [/^pupilPack.*$/, () => 'The school pack in the file'],
  [/^logos\[(\d+)\].*$/, (m) => `Logos in the file, the ${nth(Number(m[1]))} logo`],
  [/^logos$/, () => 'Logos in the file'],
];

const PUPIL_FIELDS: Record<string, string> = {
  forename: 'first name',
  surname: 'surname',
  preferredForename: 'preferred first name',
  preferredSurname: 'preferred surname',
  mediaConsent: 'media consent',
  handles: 'social media accounts',
  yearGroup: 'year group',
  className: 'class',
};

const SITE_WORDS: Record<string, string> = { '"x"': 'X ("x")', '"facebook"': 'Facebook ("facebook")', '"linkedin"': 'LinkedIn ("linkedin")' };
const SEVERITY_WORDS: Record<string, string> = { '"block"': 'Must fix ("block")', '"warn"': 'Should fix ("warn")', '"info"': 'Tip ("info")' };

function listWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The problem in plain words: "must be X, Facebook or LinkedIn", "should be text, not the number 7". */
function plainProblem(problem: string): string {
  return problem
    .replace(/^must be one of (.+)$/, (_, values: string) => {
      const items = values.split(', ');
      return `must be ${listWords(items.map((v) => SITE_WORDS[v] ?? SEVERITY_WORDS[v] ?? v))}`;
    })
    .replace(/^is missing \(expected \w+\)$/, 'is missing')
    .replace(/^expected (string|array|object|boolean|number), got (.+)$/, (_, type: string, got: string) => `should be ${PLAIN_TYPES[type]}, not ${got.replace(/^(string|number|boolean) /, (t: string) => `the ${t}`).replace(/^an object$/, 'a group of fields')}`)
    .replace(/^expected (string|array|object|boolean|number)\b/, (_, type: string) => `should be ${PLAIN_TYPES[type]}`)
    .replace(/^must not be empty$/, "can't be empty")
    .replace(/^unknown field$/, "isn't a field Post Check knows");
}

/**
 * The error as the settings page shows it: where in the settings it is, named as the
 * page names it ("Official accounts, the first account's site"), and what is wrong in
 * plain words, keeping the value the file must hold where that helps someone edit it.
 */
export function plainSettingsMessage(error: SettingsError): string {
  if (!error.path) return error.message.charAt(0).toUpperCase() + error.message.slice(1);
  const prefix = `${error.path}: `;
  const problem = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  const place = PLACES.find(([pattern]) => pattern.test(error.path));
  const where = place ? place[1](error.path.match(place[0])!) : error.path;
  return `${where}: ${plainProblem(problem)}.`.replace(/\.\.$/, '.');
}

/** A sentence about fields a settings file had that were ignored, or '' when there were none. */
export function ignoredFieldsMessage(ignored: SettingsFile['ignoredFields']): string {
  if (ignored.length === 0) return '';
  const each = ignored.slice(0, 5).map((f) => `“${f.field.length > 40 ? `${f.field.slice(0, 40)}…` : f.field}”${f.suggestion ? ` (did you mean “${f.suggestion}”?)` : ''}`);
  const more = ignored.length > 5 ? ` and ${ignored.length - 5} more` : '';
  return `${ignored.length === 1 ? 'One field was' : `${ignored.length} fields were`} not understood and ignored: ${each.join(', ')}${more}.`;
}
