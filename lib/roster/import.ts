/**
 * Importing a pupil list exported from a school MIS (SIMS, Arbor, Bromcom, …).
 *
 * Only names, media consent, social handles and year/class are kept: every other
 * column (UPN, date of birth, address, …) is dropped before anything is stored, and
 * the result says which columns those were. Messages are read by the school's policy
 * lead, so they are plain English and point at lines as a spreadsheet numbers them.
 */
import Papa, { type ParseError } from 'papaparse';
import { decodeBytes, type FileBytes, type TextEncodingName } from './decode';
import type { MediaConsent, Pupil } from './types';

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

export interface RosterColumn {
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
headers('preferredForename', ['Preferred Forename', 'Preferred First Name', 'Preferred Name', 'Known As', 'Chosen Name']);
headers('preferredSurname', ['Preferred Surname', 'Preferred Last Name']);
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
headers('yearGroup', ['Year', 'Year Group', 'NC Year', 'National Curriculum Year']);
headers('className', ['Reg Group', 'Reg', 'Form', 'Class', 'Registration Group', 'Registration Form', 'Reg Form', 'Form Group', 'Tutor Group']);

// Meanings where every matching column is read; for the rest the first one wins.
const MERGED_MEANINGS: ReadonlySet<RosterColumnMeaning> = new Set(['handle']);

const CONSENT_VALUES = new Map<string, 'granted' | 'refused'>();
for (const value of ['y', 'yes', 'true', 't', '1', 'granted', 'given', 'consentgiven', 'consented', 'agreed', 'permitted', 'allowed', 'approved']) {
  CONSENT_VALUES.set(value, 'granted');
}
for (const value of [
  'n', 'no', 'false', 'f', '0', 'refused', 'withdrawn', 'notgiven', 'consentnotgiven', 'consentrefused',
  'consentwithdrawn', 'declined', 'optedout', 'optout', 'denied', 'notconsented', 'noconsent', 'notpermitted', 'none',
]) {
  CONSENT_VALUES.set(value, 'refused');
}

// Surname particles that belong with the last word in "Forename Surname" ("Anna van der Berg").
const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'le', 'la', 'ter', 'ten', 'bin', 'binti', 'ap',
]);

const DELIMITERS = [',', ';', '\t'];
// A title or export note sometimes sits above the header row.
const HEADER_SEARCH_ROWS = 10;

const NAME_COLUMNS_HINT =
  'Post Check looks for columns called Forename and Surname (or First Name/Last Name, ' +
  'Legal Forename/Legal Surname, or a single Name column).';

export function importRoster(bytes: FileBytes, options: ImportRosterOptions = {}): RosterImport {
  const { text: decoded, encoding } = decodeBytes(bytes);
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
  const seen = new Map<string, number>();
  const unnamedWithValues = new Set<number>();

  for (let index = 0; index < headerRow; index++) {
    if (!isBlankRow(rows[index]!)) {
      warnings.push({ line: lines[index]!, reason: 'above the row of column headings, so it was ignored' });
    }
  }

  for (let index = headerRow + 1; index < rows.length; index++) {
    const row = rows[index]!;
    const line = lines[index]!;
    if (isBlankRow(row)) continue;

    if (row.length > header.length && row.slice(header.length).some((cell) => cell.trim() !== '')) {
      skipped.push({
        line,
        reason:
          'this line has more cells than there are column headings, so its cells cannot be matched to columns ' +
          '(a name or class containing a comma may need quotation marks around it)',
      });
      continue;
    }
    for (const column of layout.unnamed) {
      if ((row[column] ?? '').trim() !== '') unnamedWithValues.add(column);
    }

    const outcome = readPupil(row, layout);
    if ('skip' in outcome) {
      skipped.push({ line, reason: outcome.skip });
      continue;
    }
    if (outcome.warning) warnings.push({ line, reason: outcome.warning });

    const key = pupilKey(outcome.pupil);
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      skipped.push({ line, reason: `same pupil as line ${firstLine}` });
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
      const meaning = HEADER_MEANINGS.get(normaliseHeader(cell));
      return meaning === 'forename' || meaning === 'surname' || meaning === 'fullName';
    });
  const found = candidates.find((index) => namesAPupil(rows[index]!));
  if (found !== undefined) return found;

  const first = rows[candidates[0]!]!.map(clean).filter((cell) => cell !== '');
  const recognisedAny = first.some((cell) => HEADER_MEANINGS.has(normaliseHeader(cell)));
  throw new RosterError(
    `This file has no pupil name columns. ${NAME_COLUMNS_HINT} The columns found were: ${first.join(', ')}.` +
      (recognisedAny ? '' : ' If the file has no row of column headings, add one as its first line.'),
    { line: lines[candidates[0]!]! },
  );
}

interface Layout {
  columns: RosterColumn[];
  dropped: string[];
  /** Columns with a blank heading: dropped, and listed only if they hold anything. */
  unnamed: number[];
  /** Column positions by meaning; only `handle` may have more than one. */
  at: Partial<Record<RosterColumnMeaning, number[]>>;
}

function readLayout(header: string[], headerLine: number): Layout {
  const found = new Map<RosterColumnMeaning, number[]>();
  for (const [column, heading] of header.entries()) {
    const meaning = HEADER_MEANINGS.get(normaliseHeader(heading));
    if (!meaning) continue;
    const positions = found.get(meaning) ?? [];
    if (positions.length === 0 || MERGED_MEANINGS.has(meaning)) positions.push(column);
    found.set(meaning, positions);
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
    const heading = header[(forename ?? surname)![0]!]!;
    throw new RosterError(
      `This file has a ${present} column (“${heading}”) but no ${missing} column, so pupils' full names cannot be read. ` +
        NAME_COLUMNS_HINT,
      { line: headerLine, field: heading },
    );
  }

  const used = new Map<number, RosterColumnMeaning>();
  for (const [meaning, positions] of found) for (const column of positions) used.set(column, meaning);

  const layout: Layout = { columns: [], dropped: [], unnamed: [], at: Object.fromEntries(found) };
  for (const [column, heading] of header.entries()) {
    const meaning = used.get(column);
    if (meaning) layout.columns.push({ header: heading, meaning });
    else if (heading === '') layout.unnamed.push(column);
    else layout.dropped.push(heading);
  }
  return layout;
}

type PupilOutcome = { pupil: Pupil; warning?: string } | { skip: string };

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

  let mediaConsent: MediaConsent = 'unknown';
  let warning: string | undefined;
  if (layout.at.mediaConsent) {
    const value = cell('mediaConsent');
    const consent = readConsent(value);
    // A blank cell in a consent column is no consent: permission has to be given.
    mediaConsent = consent ?? 'refused';
    if (value !== '' && consent === undefined) {
      const heading = layout.columns.find((column) => column.meaning === 'mediaConsent')!.header;
      // Echo short word values only: a shifted cell could hold a date of birth or UPN.
      const shown = value.length <= 24 && !/\d/.test(value) ? ` “${value}”` : '';
      warning = `the ${heading} value${shown} was not understood, so this pupil is treated as not having consent`;
    }
  }

  const handles: string[] = [];
  for (const column of layout.at.handle ?? []) {
    for (const handle of readHandles(clean(row[column] ?? ''))) {
      if (!handles.some((known) => known.toLowerCase() === handle.toLowerCase())) handles.push(handle);
    }
  }

  const preferredForename = cell('preferredForename');
  const preferredSurname = cell('preferredSurname');
  const yearGroup = cell('yearGroup');
  const className = cell('className');
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
  return warning ? { pupil, warning } : { pupil };
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
