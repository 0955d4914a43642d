/**
 * Importing a pupil list exported from a school MIS (SIMS, Arbor, Bromcom, …).
 *
 * Only names, media consent, social handles and year/class are kept: every other
 * column (UPN, date of birth, address, …) is dropped before anything is stored, and
 * the result says which columns those were. Messages are read by the school's policy
 * lead, so they are plain English and point at lines as a spreadsheet numbers them.
 */
import Papa, { type ParseError } from 'papaparse';
import { MAX_HANDLE_LENGTH, MAX_HANDLES, MAX_NAME_LENGTH, MAX_PUPILS, MAX_YEAR_OR_CLASS_LENGTH } from '../limits';
import { decodeBytes, type FileBytes, type TextEncodingName } from './decode';
import { pupilSchema, type MediaConsent, type Pupil } from './schema';

export type RosterColumnMeaning =
  | 'forename'
  | 'surname'
  | 'preferredForename'
  | 'preferredSurname'
  | 'fullName'
  | 'mediaConsent'
  | 'handle'
  | 'yearGroup'
  | 'className';

interface RosterColumn {
  /** The heading as it appears in the file. */
  header: string;
  meaning: RosterColumnMeaning;
}

export interface RosterLineNote {
  /** 1-based line in the file, as a text editor numbers it. */
  line: number;
  reason: string;
}

export interface RosterImport {
  pupils: Pupil[];
  encoding: TextEncodingName;
  delimiter: string;
  /** Columns that were read, in file order. */
  columns: RosterColumn[];
  /** Headings of columns whose contents were not kept. */
  droppedColumns: string[];
  /** Lines that did not become a pupil. Blank lines are ignored without a note. */
  skipped: RosterLineNote[];
  /** Lines that became a pupil but deserve a look, e.g. a consent value not understood. */
  warnings: RosterLineNote[];
  /**
   * Only the first MAX_NOTES skipped lines and warnings are listed (a damaged file can
   * have a million); these count the ones left out.
   */
  notesLeftOut: { skipped: number; warnings: number };
  counts: { pupils: number; withoutConsent: number; withHandles: number };
}

export interface ImportRosterOptions {
  /** Skip detection and split cells on this character. */
  delimiter?: ',' | ';' | '\t';
}

export class RosterError extends Error {
  readonly line?: number;
  readonly field?: string;
  constructor(message: string, where: { line?: number; field?: string } = {}) {
    super(message);
    this.name = 'RosterError';
    if (where.line !== undefined) this.line = where.line;
    if (where.field !== undefined) this.field = where.field;
  }
}

// Headings are compared with case, spaces and punctuation removed, so "first_name",
// "First Name", "FIRSTNAME" and "First-Name" are one heading.
const HEADER_MEANINGS = new Map<string, RosterColumnMeaning>();
function headers(meaning: RosterColumnMeaning, names: string[]): void {
  for (const name of names) HEADER_MEANINGS.set(normaliseHeader(name), meaning);
}
headers('forename', ['Legal Forename', 'Forename', 'Forenames', 'First Name', 'Given Name', 'Legal First Name']);
headers('surname', ['Legal Surname', 'Surname', 'Last Name', 'Family Name', 'Legal Last Name']);
headers('preferredForename', ['Preferred Forename', 'Preferred First Name', 'Preferred Name', 'Known As', 'Chosen Name', 'Chosen Forename', 'Chosen First Name']);
headers('preferredSurname', ['Preferred Surname', 'Preferred Last Name', 'Chosen Surname', 'Chosen Last Name']);
headers('fullName', ['Name', 'Full Name', 'Pupil Name', 'Student Name', 'Child Name']);
headers('mediaConsent', [
  'Media Consent',
  'Photo Consent',
  'Photograph Permission',
  'Image Consent',
  'Photo Permission',
  'Photograph Consent',
  'Photography Consent',
  'Media Permission',
  'Image Permission',
]);
headers('handle', ['Social Handle', 'Handle', 'Twitter', 'Instagram', 'Social Media Handle', 'Twitter Handle', 'Instagram Handle']);
// Scotland's SEEMiS gives the year as the stage ("S1" to "S6", "P1" to "P7").
headers('yearGroup', ['Year', 'Year Group', 'NC Year', 'National Curriculum Year', 'Yr', 'Yr Group', 'Year Grp', 'Yr Grp', 'Stage', 'Year Stage']);
headers('className', ['Reg Group', 'Reg', 'Form', 'Class', 'Registration Group', 'Registration Form', 'Reg Form', 'Form Group', 'Tutor Group', 'Reg Grp', 'Registration Grp', 'Form Grp', 'Tutor Grp', 'Reg Class', 'Registration Class', 'Class Name']);

// Meanings where every matching column is read (handles merged; consent one column per use); for the rest the first one wins.
const MERGED_MEANINGS: ReadonlySet<RosterColumnMeaning> = new Set(['handle', 'mediaConsent']);

const CONSENT_VALUES = new Map<string, 'granted' | 'refused'>();
for (const value of ['y', 'yes', 'true', 't', '1', 'granted', 'given', 'consentgiven', 'consented', 'agreed', 'permitted', 'allowed', 'approved', 'optedin', 'optin', 'accepted', 'permissiongiven', 'permissiongranted']) {
  CONSENT_VALUES.set(value, 'granted');
}
for (const value of [
  'n', 'no', 'false', 'f', '0', 'refused', 'withdrawn', 'notgiven', 'consentnotgiven', 'consentrefused',
  'consentwithdrawn', 'declined', 'optedout', 'optout', 'denied', 'notconsented', 'noconsent', 'notpermitted', 'none',
  'permissionrefused', 'permissionnotgiven', 'nopermission', 'notgranted', 'consentnotgranted', 'permissionnotgranted',
  // Consent for use inside school only is no consent for a post: "In School Only".
  'inschoolonly', 'schoolonly', 'internalonly', 'internaluseonly', 'inschooluseonly',
  // No answer on record is no consent, as a blank cell is: "Not Recorded", "Not asked", "Awaiting reply".
  'notrecorded', 'norecord', 'notasked', 'notknown', 'unknown', 'pending', 'awaiting', 'awaitingreply', 'awaitingresponse',
  'noreply', 'noresponse', 'notreturned', 'formnotreturned', 'notyetreturned',
]) {
  CONSENT_VALUES.set(value, 'refused');
}

// Surname particles that belong with the last word in "Forename Surname" ("Anna van der Berg").
const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'le', 'la', 'ter', 'ten', 'bin', 'binti', 'ap',
]);

const DELIMITERS = [',', ';', '\t'];
/** How many skipped lines, and how many warnings, are listed one by one. */
export const MAX_NOTES = 1_000;
// A title or export note sometimes sits above the header row.
const HEADER_SEARCH_ROWS = 10;

const NAME_COLUMNS_HINT =
  'Post Check looks for columns called Forename and Surname (or First Name/Last Name, ' +
  'Legal Forename/Legal Surname, or a single Name column).';

export function importRoster(bytes: FileBytes, options: ImportRosterOptions = {}): RosterImport {
  const { text: decoded, encoding, mixedLines } = decodeBytes(bytes);
  // One kind of line break makes line numbers a matter of counting '\n'.
  const text = decoded.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new RosterError('This file is empty.');

  const delimiter = options.delimiter ?? detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: '\n', header: false, skipEmptyLines: false });
  throwOnBrokenQuotes(parsed.errors, text);

  const rows = parsed.data;
  const lines = rowLines(rows);
  const headerRow = findHeaderRow(rows, lines);
  const header = rows[headerRow]!.map(clean);
  const layout = readLayout(header, lines[headerRow]!);

  const pupils: Pupil[] = [];
  const skipped: RosterLineNote[] = [];
  const warnings: RosterLineNote[] = [];
  const notesLeftOut = { skipped: 0, warnings: 0 };
  const skip = (line: number, reason: string) => {
    if (skipped.length < MAX_NOTES) skipped.push({ line, reason });
    else notesLeftOut.skipped++;
  };
  const warn = (line: number, reason: string) => {
    if (warnings.length < MAX_NOTES) warnings.push({ line, reason });
    else notesLeftOut.warnings++;
  };
  const seen = new Map<string, number>();
  const unnamedWithValues = new Set<number>();
  const otherEncoding = new Set(mixedLines ?? []);

  for (let index = 0; index < headerRow; index++) {
    if (!isBlankRow(rows[index]!)) warn(lines[index]!, 'above the row of column headings, so it was ignored');
  }

  for (let index = headerRow + 1; index < rows.length; index++) {
    const row = rows[index]!;
    const line = lines[index]!;
    if (isBlankRow(row)) continue;

    if (pupils.length >= MAX_PUPILS) {
      skip(line, `the file already had ${MAX_PUPILS.toLocaleString('en-GB')} pupils, more than any school, so the lines from here on were not read`);
      notesLeftOut.skipped += rows.length - index - 1;
      break;
    }
    if (row.length > header.length && row.slice(header.length).some((cell) => cell.trim() !== '')) {
      skip(
        line,
        'this line has more cells than there are column headings, so its cells cannot be matched to columns ' +
          '(a name or class containing a comma may need quotation marks around it)',
      );
      continue;
    }
    for (const column of layout.unnamed) {
      if ((row[column] ?? '').trim() !== '') unnamedWithValues.add(column);
    }

    const outcome = readPupil(row, layout);
    if ('skip' in outcome) {
      skip(line, outcome.skip);
      continue;
    }
    for (const warning of outcome.warnings) warn(line, warning);
    if (otherEncoding.has(line)) {
      warn(
        line,
        'this line is not in the same text encoding as the rest of the file (it is Windows-1252, the rest UTF-8), so it was read as Windows-1252: check that the names on it look right',
      );
    }

    const key = pupilKey(outcome.pupil);
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      skip(line, `same pupil as line ${firstLine}`);
      continue;
    }
    seen.set(key, line);
    pupils.push(outcome.pupil);
  }

  const droppedColumns = [
    ...layout.dropped,
    ...[...unnamedWithValues].sort((a, b) => a - b).map((column) => `column ${column + 1} (no heading)`),
  ];

  return {
    pupils,
    encoding,
    delimiter,
    columns: layout.columns,
    droppedColumns,
    skipped,
    warnings,
    notesLeftOut,
    counts: {
      pupils: pupils.length,
      withoutConsent: pupils.filter((pupil) => pupil.mediaConsent === 'refused').length,
      withHandles: pupils.filter((pupil) => pupil.handles.length > 0).length,
    },
  };
}

export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

// Words an MIS puts before a pupil's own fields ("Student Forename", "Child's Surname").
// A contact's fields ("Parent Forename", "Contact Surname") keep their heading and are dropped.
const PUPIL_PREFIX = /^(?:pupil|student|child|learner)(?:'?s|s')?\s+/iu;
// Notes an export adds after a heading: "Media Consent (Y/N)", "Photo Consent [Yes/No]", "Photo Consent Y/N".
const HEADING_NOTE = /\s*(?:\([^)]*\)|\[[^\]]*\]|\b(?:y\s*\/\s*n|yes\s*\/\s*no|true\s*\/\s*false|1\s*\/\s*0)\b)\s*$/iu;

// A note that says which name it is: "First Name (Preferred)", "Surname (Legal)".
const NAME_KIND_NOTE = /^(.*?)\s*[([]\s*(preferred|known\s+as|chosen|legal)\s*[)\]]\s*$/iu;
// Any heading about consent to photographs or filming: "Photo/Video Consent", "Consent for Photography".
const CONSENT_WORDS = /\b(?:consent|consents|permission|permissions|agreed|allowed|opt[\s-]?in|opt[\s-]?out)\b/iu;
const MEDIA_WORDS = /\b(?:photos?|photographs?|photographic|photography|images?|media|videos?|filming|pictures?)\b/iu;
// …but not a column about the consent form itself: when it was signed, by whom, until when.
const ABOUT_THE_FORM = /\b(?:date|dated|signed|given\s+by|expir(?:y|es|ed)|review|notes?|comments?|source|form)\b/iu;

/** What a column heading means: the heading as written, else without a note after it or a "Pupil"/"Student" before it. */
function meaningOfHeading(heading: string): RosterColumnMeaning | undefined {
  const exact = HEADER_MEANINGS.get(normaliseHeader(heading));
  if (exact) return exact;
  const trimmed = heading.trim().replace(/[\u2018\u2019]/gu, "'");
  const kind = NAME_KIND_NOTE.exec(trimmed);
  if (kind) {
    const meaning = HEADER_MEANINGS.get(normaliseHeader(`${kind[2]} ${kind[1]!.replace(PUPIL_PREFIX, '')}`));
    if (meaning) return meaning;
  }
  const withoutNote = trimmed.replace(HEADING_NOTE, '');
  const withoutPrefix = withoutNote.replace(PUPIL_PREFIX, '');
  for (const candidate of [withoutNote, withoutPrefix]) {
    if (candidate === trimmed || candidate.trim() === '') continue;
    const meaning = HEADER_MEANINGS.get(normaliseHeader(candidate));
    if (meaning) return meaning;
  }
  const words = trimmed.replace(/[/_&+-]/g, ' ');
  if (ABOUT_THE_FORM.test(words) || !MEDIA_WORDS.test(words)) return undefined;
  // "Photo Consent", and SIMS's one column per use: "Photos - Social Media", "Photos - School Website".
  if (CONSENT_WORDS.test(words) || (PHOTO_WORDS.test(words) && CHANNEL_WORDS.test(words))) return 'mediaConsent';
  return undefined;
}

const PHOTO_WORDS = /\b(?:photos?|photographs?|photographic|photography|images?|videos?|filming|pictures?)\b/iu;
/** Where a photo may be used, in a heading of one consent column per use. */
const CHANNEL_WORDS = /\b(?:website|web|social\s+media|social|press|newspapers?|media|facebook|twitter|instagram|online|internet|publicity|marketing)\b/iu;
/** The use that decides a post: social media. */
const SOCIAL_CHANNEL = /\b(?:social|facebook|twitter|instagram|online|internet|x)\b/iu;

function detectDelimiter(text: string): string {
  // Papa's guess counts blank lines as one-cell rows and gives up on small files
  // ("a;b\n1;2\n"), so guess from the non-blank lines only.
  const guess = Papa.parse<string[]>(text, {
    delimitersToGuess: DELIMITERS,
    preview: HEADER_SEARCH_ROWS,
    skipEmptyLines: 'greedy',
    newline: '\n',
  });
  if (!guess.errors.some((error) => error.code === 'UndetectableDelimiter')) return guess.meta.delimiter;

  // It also gives up when a one-cell title line sits above the headings: then the
  // delimiter seen most often outside quotes on a single line wins.
  let best = ',';
  let bestCount = 0;
  for (const line of text.split('\n', 50).filter((candidate) => candidate.trim() !== '').slice(0, HEADER_SEARCH_ROWS)) {
    for (const delimiter of DELIMITERS) {
      const count = countOutsideQuotes(line, delimiter);
      if (count > bestCount) [best, bestCount] = [delimiter, count];
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

function throwOnBrokenQuotes(errors: ParseError[], text: string): void {
  const quoteErrors = errors.filter((error) => error.type === 'Quotes');
  if (quoteErrors.length === 0) return;
  const first = quoteErrors.reduce((a, b) => ((b.index ?? Infinity) < (a.index ?? Infinity) ? b : a));
  const line = lineAt(text, first.index ?? 0);
  const problem =
    first.code === 'MissingQuotes'
      ? 'opens a quotation mark that is never closed'
      : 'has a quotation mark in the wrong place';
  throw new RosterError(
    `Line ${line} ${problem}, so Post Check cannot tell where its cells end and cannot trust the lines after it. ` +
      'Open the file in a spreadsheet, check that line, and save it again as CSV.',
    { line },
  );
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** The file line each row starts on; a quoted cell may span several lines. */
function rowLines(rows: string[][]): number[] {
  const lines = new Array<number>(rows.length);
  let line = 1;
  for (let index = 0; index < rows.length; index++) {
    lines[index] = line;
    line += 1;
    for (const cell of rows[index]!) {
      for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) line++;
    }
  }
  return lines;
}

function isBlankRow(row: string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

function findHeaderRow(rows: string[][], lines: number[]): number {
  const candidates: number[] = [];
  for (let index = 0; index < rows.length && candidates.length < HEADER_SEARCH_ROWS; index++) {
    if (!isBlankRow(rows[index]!)) candidates.push(index);
  }
  if (candidates.length === 0) throw new RosterError('This file has no header row: every line in it is blank.');

  const namesAPupil = (row: string[]) =>
    row.some((cell) => {
      const meaning = meaningOfHeading(cell);
      return meaning === 'forename' || meaning === 'surname' || meaning === 'fullName';
    });
  const found = candidates.find((index) => namesAPupil(rows[index]!));
  if (found !== undefined) return found;

  const first = rows[candidates[0]!]!.map(clean).filter((cell) => cell !== '');
  const recognisedAny = first.some((cell) => meaningOfHeading(cell) !== undefined);
  const shown = first.slice(0, 20).map(shortHeading).join(', ') + (first.length > 20 ? ` and ${first.length - 20} more` : '');
  throw new RosterError(
    `This file has no pupil name columns. ${NAME_COLUMNS_HINT} The columns found were: ${shown}.` +
      (recognisedAny ? '' : ' If the file has no row of column headings, add one as its first line.'),
    { line: lines[candidates[0]!]! },
  );
}

interface Layout {
  columns: RosterColumn[];
  dropped: string[];
  /** Columns with a blank heading: dropped, and listed only if they hold anything. */
  unnamed: number[];
  /** Column positions by meaning; only `handle` and `mediaConsent` (one column per use) may have more than one. */
  at: Partial<Record<RosterColumnMeaning, number[]>>;
  /** The heading row, for naming a column in a message. */
  headings: string[];
}

function readLayout(header: string[], headerLine: number): Layout {
  const found = new Map<RosterColumnMeaning, number[]>();
  for (const [column, heading] of header.entries()) {
    const meaning = meaningOfHeading(heading);
    if (!meaning) continue;
    const positions = found.get(meaning) ?? [];
    if (positions.length === 0 || MERGED_MEANINGS.has(meaning)) positions.push(column);
    found.set(meaning, positions);
  }
  // Several consent columns, one per use: the social media one decides a post; with none, every use must be agreed.
  const consents = found.get('mediaConsent');
  if (consents && consents.length > 1) {
    const social = consents.find((column) => SOCIAL_CHANNEL.test(header[column]!.replace(/[/_&+-]/g, ' ')));
    if (social !== undefined) found.set('mediaConsent', [social]);
  }

  const forename = found.get('forename');
  const surname = found.get('surname');
  const fullName = found.get('fullName');
  if (forename && surname) {
    found.delete('fullName');
  } else if (fullName) {
    // A lone forename or surname column cannot be paired, so the full name is used.
    found.delete('forename');
    found.delete('surname');
  } else {
    const [present, missing] = forename ? ['forename', 'surname'] : ['surname', 'forename'];
    const heading = shortHeading(header[(forename ?? surname)![0]!]!);
    throw new RosterError(
      `This file has a ${present} column (“${heading}”) but no ${missing} column, so pupils' full names cannot be read. ` +
        NAME_COLUMNS_HINT,
      { line: headerLine, field: heading },
    );
  }

  const used = new Map<number, RosterColumnMeaning>();
  for (const [meaning, positions] of found) for (const column of positions) used.set(column, meaning);

  const layout: Layout = { columns: [], dropped: [], unnamed: [], at: Object.fromEntries(found), headings: header };
  for (const [column, heading] of header.entries()) {
    const meaning = used.get(column);
    if (meaning) layout.columns.push({ header: heading, meaning });
    else if (heading === '') layout.unnamed.push(column);
    else layout.dropped.push(shortHeading(heading));
  }
  return layout;
}

type PupilOutcome = { pupil: Pupil; warnings: string[] } | { skip: string };

const FIELD_NAMES: Record<string, string> = {
  forename: 'forename',
  surname: 'surname',
  preferredForename: 'preferred forename',
  preferredSurname: 'preferred surname',
  fullName: 'name',
};

/** Control characters (NUL and the like) never belong in a name: their presence means a damaged or binary file. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const LETTER = /\p{L}/u;

/** A heading as shown in messages: a damaged file's 5 MB "heading" is described, not echoed. */
function shortHeading(heading: string): string {
  return heading.length <= 60 && !CONTROL.test(heading) ? heading : `a heading ${heading.length.toLocaleString('en-GB')} characters long`;
}

/** A value to quote in a message: short ones as they are, long ones only by their length. Never a 5 MB cell. */
export function quoted(value: string): string {
  if (value.length <= 40 && !CONTROL.test(value)) return `“${value}”`;
  return `(${value.length.toLocaleString('en-GB')} characters long)`;
}

/** Why a name read from the file cannot be a name, if it cannot. */
function notAName(value: string, field: string): string | undefined {
  if (CONTROL.test(value)) return `the ${field} contains control characters (such as NUL), which no name has: the file may be damaged or not a text file`;
  if (value.length > MAX_NAME_LENGTH) {
    return `the ${field} is ${value.length.toLocaleString('en-GB')} characters long, more than the ${MAX_NAME_LENGTH} a name can have`;
  }
  if (!LETTER.test(value)) return `the ${field} ${quoted(value)} has no letters in it`;
  return undefined;
}

function readPupil(row: string[], layout: Layout): PupilOutcome {
  const cell = (meaning: RosterColumnMeaning): string => {
    const column = layout.at[meaning]?.[0];
    return column === undefined ? '' : clean(row[column] ?? '');
  };

  let forename: string;
  let surname: string;
  if (layout.at.fullName) {
    const fullName = cell('fullName');
    if (fullName === '') return { skip: 'no name' };
    if (CONTROL.test(fullName)) return { skip: notAName(fullName, 'name')! };
    if (fullName.length > 2 * MAX_NAME_LENGTH + 1) {
      return { skip: `the name is ${fullName.length.toLocaleString('en-GB')} characters long, more than a forename and surname of ${MAX_NAME_LENGTH} characters each` };
    }
    const split = splitFullName(fullName);
    if (!split) return { skip: 'only one name, so the forename and surname cannot be told apart' };
    ({ forename, surname } = split);
  } else {
    forename = cell('forename');
    surname = cell('surname');
  }
  if (forename === '' && surname === '') return { skip: 'no forename or surname' };
  if (forename === '') return { skip: 'no forename' };
  if (surname === '') return { skip: 'no surname' };
  const badName = notAName(forename, 'forename') ?? notAName(surname, 'surname');
  if (badName) return { skip: badName };

  const warnings: string[] = [];
  let mediaConsent: MediaConsent = 'unknown';
  for (const column of layout.at.mediaConsent ?? []) {
    const value = clean(row[column] ?? '');
    const consent = readConsent(value);
    // A blank cell in a consent column is no consent: permission has to be given. With one column per use,
    // consent is given only when every use is agreed.
    if (mediaConsent !== 'refused') mediaConsent = consent ?? 'refused';
    if (value !== '' && consent === undefined) {
      const heading = shortHeading(layout.headings[column] ?? 'consent');
      // Echo short word values only: a shifted cell could hold a date of birth or UPN.
      const shown = value.length <= 24 && !/\d/.test(value) && !CONTROL.test(value) ? ` “${value}”` : '';
      warnings.push(`the ${heading} value${shown} was not understood, so this pupil is treated as not having consent`);
    }
  }

  const handles: string[] = [];
  let longHandles = 0;
  for (const column of layout.at.handle ?? []) {
    for (const handle of readHandles(clean(row[column] ?? ''))) {
      if (handle.length > MAX_HANDLE_LENGTH) longHandles++;
      else if (!handles.some((known) => known.toLowerCase() === handle.toLowerCase())) handles.push(handle);
    }
  }
  if (longHandles > 0) warnings.push(`${longHandles === 1 ? 'a handle was' : `${longHandles} handles were`} left out for being longer than ${MAX_HANDLE_LENGTH} characters`);
  if (handles.length > MAX_HANDLES) {
    warnings.push(`only the first ${MAX_HANDLES} of this pupil's ${handles.length} handles were kept`);
    handles.length = MAX_HANDLES;
  }

  // Optional fields that cannot be kept are left out, with a note, rather than losing the pupil.
  const optional = (meaning: RosterColumnMeaning, problem: (value: string) => string | undefined) => {
    const value = cell(meaning);
    const why = value === '' ? undefined : problem(value);
    if (why) warnings.push(`${why}, so it was left out`);
    return why ? '' : value;
  };
  const preferredForename = optional('preferredForename', (v) => notAName(v, FIELD_NAMES.preferredForename!));
  const preferredSurname = optional('preferredSurname', (v) => notAName(v, FIELD_NAMES.preferredSurname!));
  const displayOnly = (label: string) => (value: string) =>
    CONTROL.test(value)
      ? `the ${label} contains control characters`
      : value.length > MAX_YEAR_OR_CLASS_LENGTH
        ? `the ${label} is ${value.length.toLocaleString('en-GB')} characters long, more than ${MAX_YEAR_OR_CLASS_LENGTH}`
        : undefined;
  const yearGroup = optional('yearGroup', displayOnly('year group'));
  const className = optional('className', displayOnly('class'));
  // A preferred name that only repeats the legal one adds nothing to match on.
  const differs = (preferred: string, legal: string) => preferred !== '' && preferred.toLowerCase() !== legal.toLowerCase();
  // Built in the order of the Pupil type, with no empty optional fields, so exported JSON reads naturally.
  const pupil: Pupil = {
    forename,
    surname,
    ...(differs(preferredForename, forename) ? { preferredForename } : {}),
    ...(differs(preferredSurname, surname) ? { preferredSurname } : {}),
    mediaConsent,
    handles,
    ...(yearGroup !== '' ? { yearGroup } : {}),
    ...(className !== '' ? { className } : {}),
  };
  // The background accepts exactly what this schema accepts: a row that passes here is never refused there.
  const valid = pupilSchema.safeParse(pupil);
  if (!valid.success) {
    const field = String(valid.error.issues[0]?.path[0] ?? 'a field');
    return { skip: `the ${FIELD_NAMES[field] ?? field} cannot be kept as it is (${valid.error.issues[0]?.message ?? 'not valid'})` };
  }
  return { pupil, warnings };
}

function readConsent(value: string): MediaConsent | undefined {
  return CONSENT_VALUES.get(value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
}

const HANDLE = /^[\p{L}\p{N}_.]+$/u;
const PROFILE_URL = /(?:twitter\.com|x\.com|instagram\.com)\/(?:#!\/)?@?([\p{L}\p{N}_.]+)/iu;
const NOT_A_HANDLE: ReadonlySet<string> = new Set(['none', 'nil', 'na', 'null']);

function readHandles(value: string): string[] {
  const handles: string[] = [];
  for (const token of value.split(/[;,\s]+/)) {
    const name = (PROFILE_URL.exec(token)?.[1] ?? token).replace(/^@+/, '');
    if (name !== '' && HANDLE.test(name) && !NOT_A_HANDLE.has(name.toLowerCase())) handles.push(`@${name}`);
  }
  return handles;
}

/**
 * "Surname, Forename" when there is a comma; otherwise "Forename Surname", where the
 * last word (with any particle such as "van der") is the surname, or "SURNAME
 * Forename" when the surname is written in capitals and the forename is not.
 */
export function splitFullName(fullName: string): { forename: string; surname: string } | undefined {
  const comma = fullName.indexOf(',');
  if (comma !== -1) {
    return { surname: clean(fullName.slice(0, comma)), forename: clean(fullName.slice(comma + 1)) };
  }
  const words = fullName.split(' ');
  if (words.length < 2) return undefined;

  let capitals = 0;
  while (capitals < words.length && isCapitalisedWord(words[capitals]!)) capitals++;
  if (capitals > 0 && capitals < words.length) {
    return { surname: words.slice(0, capitals).join(' '), forename: words.slice(capitals).join(' ') };
  }

  let surnameStart = words.length - 1;
  while (surnameStart > 1 && SURNAME_PARTICLES.has(words[surnameStart - 1]!.toLowerCase())) surnameStart--;
  return { forename: words.slice(0, surnameStart).join(' '), surname: words.slice(surnameStart).join(' ') };
}

// Three letters or more, so initials such as "JJ" or "AJ" in "AJ Smith" stay forenames.
function isCapitalisedWord(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function clean(value: string): string {
  const collapsed = value.replace(/\s+/g, ' ').trim();
  // Exports from Macs can carry decomposed accents; the rest of Post Check expects NFC.
  return /[^\x00-\x7f]/.test(collapsed) ? collapsed.normalize('NFC') : collapsed;
}

function pupilKey(pupil: Pupil): string {
  return [
    pupil.forename,
    pupil.surname,
    pupil.preferredForename ?? '',
    pupil.preferredSurname ?? '',
    pupil.mediaConsent,
    pupil.handles.join(' '),
    pupil.yearGroup ?? '',
    pupil.className ?? '',
  ]
    .join('\u0000')
    .toLowerCase();
}
