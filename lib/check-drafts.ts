/**
 * The `check-drafts` command's work, without the file system: parse and validate
 * every input, then check every draft. Any bad input stops everything with one
 * `InputError` naming the file, line and field in a sentence; nothing is half-done.
 * Problems that do not stop the run (an unknown settings field, a skipped line of the
 * staff list) are returned as warnings, each a sentence naming the file and line.
 */
import { compilePolicy, type CompiledPolicy } from './compiled-policy';
import { draftFromLine, draftLineSchema } from './draft-line';
import { checkDraftFully } from './engine';
import { importRoster, RosterError } from './roster/import';
import type { Pupil } from './roster/schema';
import { parseStaffList } from './roster/staff-list';
import { formatPath, settingsSchema, unknownSettingsFields, type Settings } from './settings/schema';
import type { z } from './settings/zod';
import type { Finding } from './types';

export class InputError extends Error {
  /**
   * @param detail a sentence (without its first capital) saying what is wrong, naming the field if there is one
   */
  constructor(
    readonly file: string,
    detail: string,
    readonly line?: number,
    readonly field?: string,
  ) {
    super(`${file}${line !== undefined ? `, line ${line}` : ''}: ${detail}`);
    this.name = 'InputError';
  }
}

export interface NamedInput<T> {
  /** The file name, as the user gave it, for error messages. */
  name: string;
  content: T;
}

export interface CheckDraftsInputs {
  settings: NamedInput<string | Uint8Array>;
  roster?: NamedInput<Uint8Array>;
  staff?: NamedInput<Uint8Array | string>;
}

export interface LoadedPolicy {
  policy: CompiledPolicy;
  /** Sentences about what was ignored or skipped, each naming the file and line. */
  warnings: string[];
}

/** How many skipped lines of one file are reported one by one. */
const MAX_LINE_WARNINGS = 20;

/**
 * JSON files are UTF-8: anything else is refused, naming the first line that is not,
 * rather than read with replacement characters.
 */
function utf8Text(input: NamedInput<string | Uint8Array>): string {
  if (typeof input.content === 'string') return input.content;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return decoder.decode(input.content);
  } catch {
    const bytes = input.content;
    let line = 1;
    let lineStart = 0;
    for (let at = 0; at <= bytes.length; at++) {
      if (at === bytes.length || bytes[at] === 0x0a) {
        try {
          decoder.decode(bytes.subarray(lineStart, at));
        } catch {
          const bad = firstInvalidByte(bytes.subarray(lineStart, at));
          throw new InputError(
            input.name,
            `this line is not UTF-8 text (byte 0x${bad.byte.toString(16).toUpperCase().padStart(2, '0')} at character ${bad.column} is not part of a UTF-8 character); save the file as UTF-8 and try again.`,
            line,
          );
        }
        line++;
        lineStart = at + 1;
      }
    }
    throw new InputError(input.name, 'this file is not UTF-8 text; save it as UTF-8 and try again.');
  }
}

/** Where the first byte that is not part of a well-formed UTF-8 sequence is, and which character of the line it stands at. */
function firstInvalidByte(bytes: Uint8Array): { byte: number; column: number } {
  let column = 1;
  for (let i = 0; i < bytes.length; column++) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return { byte: lead, column };
    // The second byte's range depends on the first (no overlong forms, no surrogates, nothing past U+10FFFF).
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return { byte: lead, column };
    }
    // Characters beyond U+FFFF take two UTF-16 units, as an editor counting columns in JavaScript would.
    if (length === 4) column++;
    i += length;
  }
  return { byte: bytes[bytes.length - 1] ?? 0, column };
}

/** JSON.parse's error, located: "Unexpected token } in JSON at position 40" → line 3. */
function jsonError(text: string, error: unknown): { line?: number; detail: string } {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
  const detail = `this is not valid JSON (${message}).`;
  const lineColumn = /line (\d+) column \d+/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), detail };
  const position = /position (\d+)/.exec(message);
  if (position) {
    const line = text.slice(0, Number(position[1])).split('\n').length;
    return { line, detail };
  }
  return { detail };
}

/** The line of a pretty-printed JSON file where a field sits, best effort, for error messages. */
function lineOfField(text: string, path: string): number | undefined {
  const last = /([A-Za-z_][\w-]*)(?:\[\d+\])*$/.exec(path)?.[1];
  if (!last) return undefined;
  const at = text.indexOf(`"${last}"`);
  return at === -1 ? undefined : text.slice(0, at).split('\n').length;
}

const PLAIN_TYPES: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  int: 'a whole number',
};

/** A value from the file, described for a message: short text quoted, never a long one. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length <= 40 ? `the text ${JSON.stringify(value)}` : `a text ${value.length.toLocaleString('en-GB')} characters long`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return 'an object';
}

/** What is wrong with a field, as a sentence naming it. `present` says whether the field was in the file at all. */
function fieldSentence(field: string, issue: z.core.$ZodIssue, present: boolean, value: unknown): string {
  const name = `the field "${field}"`;
  switch (issue.code) {
    case 'invalid_type':
      if (!present) return `${name} is missing.`;
      return `${name} must be ${PLAIN_TYPES[issue.expected] ?? issue.expected}, but it is ${describeValue(value)}.`;
    case 'invalid_value':
      return `${name} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, but it is ${describeValue(value)}.`;
    case 'too_small':
      if (issue.origin === 'string') return `${name} must not be empty.`;
      if (issue.origin === 'array') return `${name} must have at least ${String(issue.minimum)} entries.`;
      return `${name} must be ${String(issue.minimum)} or more, but it is ${describeValue(value)}.`;
    case 'too_big':
      if (issue.origin === 'string') return `${name} must be at most ${String(issue.maximum)} characters long, but it is ${describeValue(value)}.`;
      if (issue.origin === 'array') return `${name} must have at most ${String(issue.maximum)} entries.`;
      return `${name} must be ${String(issue.maximum)} or less, but it is ${describeValue(value)}.`;
    case 'unrecognized_keys':
      return field.startsWith('rules.') ? `${name} is not a rule Post Check knows (see the rule list in Post Check's settings).` : `${name} is not a field Post Check knows.`;
    default:
      return `${name} is not valid (${issue.message}).`;
  }
}

/** The value at a path in parsed JSON, and whether it is there. */
function at(value: unknown, path: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let current: unknown = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !(key in current)) return { present: false, value: undefined };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { present: true, value: current };
}

function readSettings(file: NamedInput<string | Uint8Array>, warnings: string[]): Settings {
  const text = utf8Text(file).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new InputError(file.name, 'this file is empty; a settings file is an object with "version": 1 in it.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const { line, detail } = jsonError(text, error);
    throw new InputError(file.name, detail, line);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new InputError(file.name, `this is not a Post Check settings file: it holds ${describeValue(json)}, and a settings file is an object with "version": 1 in it.`, 1);
  }
  const version = (json as { version?: unknown }).version;
  if (version === undefined) throw new InputError(file.name, 'the field "version" is missing: a Post Check settings file has "version": 1.', 1, 'version');
  if (version !== 1) {
    throw new InputError(file.name, `the field "version" is ${describeValue(version)}, but this Post Check reads settings version 1.`, lineOfField(text, 'version'), 'version');
  }
  const result = settingsSchema.safeParse(json, { reportInput: true });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    const field = formatPath(path);
    const found = at(json, path);
    throw new InputError(file.name, fieldSentence(field, issue, found.present, found.value), lineOfField(text, field), field);
  }
  for (const unknown of unknownSettingsFields(json)) {
    warnings.push(
      `${file.name}${lineOfField(text, unknown.field) ? `, line ${lineOfField(text, unknown.field)}` : ''}: the field "${unknown.field}" is not a setting this Post Check reads, so it was ignored` +
        (unknown.suggestion ? ` (did you mean "${unknown.suggestion}"?).` : '.'),
    );
  }
  return result.data;
}

/** Skipped lines of a list, as warning sentences: the first few one by one, then a count. */
function skippedLines(file: string, notes: readonly { line: number; reason: string }[], more: number, what: string): string[] {
  const out = notes.slice(0, MAX_LINE_WARNINGS).map((note) => `${file}, line ${note.line}: ${what} ${note.reason.replace(/\.$/, '')}.`);
  const left = notes.length - Math.min(notes.length, MAX_LINE_WARNINGS) + more;
  if (left > 0) out.push(`${file}: ${left.toLocaleString('en-GB')} more ${left === 1 ? 'line was' : 'lines were'} skipped in the same way.`);
  return out;
}

export function loadPolicyWithWarnings(inputs: CheckDraftsInputs): LoadedPolicy {
  const warnings: string[] = [];
  const settings = readSettings(inputs.settings, warnings);
  let roster: Pupil[] | undefined;
  if (inputs.roster) {
    try {
      const result = importRoster(inputs.roster.content);
      roster = result.pupils;
      warnings.push(...skippedLines(inputs.roster.name, result.skipped, result.notesLeftOut.skipped, 'this line was skipped:'));
      warnings.push(...skippedLines(inputs.roster.name, result.warnings, result.notesLeftOut.warnings, 'note:'));
    } catch (error) {
      if (error instanceof RosterError) {
        // The options page shows the importer's message alone ("Line 2 opens a quote…"); here the prefix names the line.
        const detail = error.line !== undefined ? error.message.replace(new RegExp(`^Line ${error.line} `), 'this line ') : error.message;
        throw new InputError(inputs.roster.name, detail.charAt(0).toLowerCase() + detail.slice(1), error.line, error.field);
      }
      throw error;
    }
  }
  let staff: string[] = [];
  if (inputs.staff) {
    const list = parseStaffList(inputs.staff.content);
    if (list.binary) {
      throw new InputError(inputs.staff.name, 'this is not a text file (it contains NUL bytes), so it cannot be a staff list; save the list as plain text, one name a line.');
    }
    staff = list.staff;
    warnings.push(...skippedLines(inputs.staff.name, list.skipped, list.skippedLeftOut, 'this line was skipped: it'));
    warnings.push(...list.warnings.slice(0, MAX_LINE_WARNINGS).map((note) => `${inputs.staff!.name}, line ${note.line}: the name ${note.reason}.`));
  }
  return { policy: compilePolicy({ settings, roster, staff }), warnings };
}

export function loadPolicy(inputs: CheckDraftsInputs): CompiledPolicy {
  return loadPolicyWithWarnings(inputs).policy;
}

export interface DraftResult {
  id: string;
  findings: Finding[];
  /** Present when the draft is longer than is checked: characters from `from` on were not (spec: an addition to the output line). */
  unchecked?: { reason: 'too-long'; from: number };
}

/** Validates every line of a drafts file, then checks each draft, in input order. */
export function checkDraftsFile(drafts: NamedInput<string | Uint8Array>, policy: CompiledPolicy): DraftResult[] {
  const content = utf8Text(drafts);
  const parsed = content.split(/\r?\n/).flatMap((raw, index) => {
    const line = index + 1;
    const text = index === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') return [];
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new InputError(drafts.name, jsonError(text, error).detail, line);
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
      throw new InputError(drafts.name, `this line holds ${describeValue(json)}, but each line must be one draft: an object such as {"id": "d1", "site": "x", "account": "personal", "text": "…"}.`, line);
    }
    const result = draftLineSchema.safeParse(json, { reportInput: true });
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const field = formatPath(issue.path);
      const found = at(json, issue.path);
      throw new InputError(drafts.name, fieldSentence(field, issue, found.present, found.value), line, field || undefined);
    }
    return [result.data];
  });
  return parsed.map((line) => {
    const outcome = checkDraftFully(draftFromLine(line), policy);
    const result: DraftResult = { id: line.id, findings: outcome.findings };
    if (outcome.unchecked) result.unchecked = outcome.unchecked;
    return result;
  });
}
