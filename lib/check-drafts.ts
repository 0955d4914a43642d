/**
 * The `check-drafts` command's work, without the file system: parse and validate
 * every input, then check every draft. Any bad input stops everything with one
 * `InputError` naming the file, line and field; nothing is half-done.
 */
import { compilePolicy, type CompiledPolicy } from './compiled-policy';
import { draftFromLine, draftLineSchema } from './draft-line';
import { checkDraft } from './engine';
import { importRoster, RosterError } from './roster/import';
import { parseStaffList } from './roster/staff-list';
import { formatPath, parseSettings, SettingsError } from './settings/schema';
import type { Finding } from './types';

export class InputError extends Error {
  constructor(
    readonly file: string,
    detail: string,
    readonly line?: number,
    readonly field?: string,
  ) {
    super(`${file}${line !== undefined ? ` line ${line}` : ''}${field ? `, field ${field}` : ''}: ${detail}`);
    this.name = 'InputError';
  }
}

export interface NamedInput<T> {
  /** The file name, as the user gave it, for error messages. */
  name: string;
  content: T;
}

export interface CheckDraftsInputs {
  settings: NamedInput<string>;
  roster?: NamedInput<Uint8Array>;
  staff?: NamedInput<Uint8Array | string>;
}

/** JSON.parse's error, located: "Unexpected token } in JSON at position 40" → line 3. */
function jsonError(text: string, error: unknown): { line?: number; detail: string } {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column \d+/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), detail: `not valid JSON (${message})` };
  const position = /position (\d+)/.exec(message);
  if (position) {
    const line = text.slice(0, Number(position[1])).split('\n').length;
    return { line, detail: `not valid JSON (${message})` };
  }
  return { detail: `not valid JSON (${message})` };
}

/** The line of a pretty-printed JSON file where a field sits, best effort, for error messages. */
function lineOfField(text: string, path: string): number | undefined {
  const last = /([A-Za-z_][\w-]*)(?:\[\d+\])*$/.exec(path)?.[1];
  if (!last) return undefined;
  const at = text.indexOf(`"${last}"`);
  return at === -1 ? undefined : text.slice(0, at).split('\n').length;
}

export function loadPolicy(inputs: CheckDraftsInputs): CompiledPolicy {
  const { settings: settingsFile } = inputs;
  let json: unknown;
  try {
    json = JSON.parse(settingsFile.content.replace(/^\uFEFF/, ''));
  } catch (error) {
    const { line, detail } = jsonError(settingsFile.content, error);
    throw new InputError(settingsFile.name, detail, line);
  }
  let settings;
  try {
    settings = parseSettings(json);
  } catch (error) {
    if (error instanceof SettingsError) {
      const detail = error.message.slice(error.path.length + 2) || error.message;
      throw new InputError(settingsFile.name, detail, lineOfField(settingsFile.content, error.path), error.path || undefined);
    }
    throw error;
  }
  let roster;
  if (inputs.roster) {
    try {
      roster = importRoster(inputs.roster.content).pupils;
    } catch (error) {
      if (error instanceof RosterError) {
        // The options page shows the importer's message alone ("Line 2 opens a quote…"); here the prefix names the line.
        const detail = error.line !== undefined ? error.message.replace(new RegExp(`^Line ${error.line} `), 'This line ') : error.message;
        throw new InputError(inputs.roster.name, detail, error.line, error.field);
      }
      throw error;
    }
  }
  const staff = inputs.staff ? parseStaffList(inputs.staff.content).staff : [];
  return compilePolicy({ settings, roster, staff });
}

export interface DraftResult {
  id: string;
  findings: Finding[];
}

/** Validates every line of a drafts file, then checks each draft, in input order. */
export function checkDraftsFile(drafts: NamedInput<string>, policy: CompiledPolicy): DraftResult[] {
  const parsed = drafts.content.split(/\r?\n/).flatMap((raw, index) => {
    const line = index + 1;
    const text = index === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') return [];
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new InputError(drafts.name, jsonError(text, error).detail, line);
    }
    const result = draftLineSchema.safeParse(json);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const field = formatPath(issue.path);
      const detail =
        issue.code === 'invalid_type' && issue.input === undefined
          ? 'is missing'
          : issue.code === 'invalid_value'
            ? `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
            : issue.message;
      throw new InputError(drafts.name, detail, line, field || undefined);
    }
    return [result.data];
  });
  return parsed.map((line) => ({ id: line.id, findings: checkDraft(draftFromLine(line), policy) }));
}
