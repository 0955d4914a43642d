/** The settings file of docs/check-drafts.md, version 1: what the options page exports and imports. */
import { DISCLAIMER_MAX_LENGTH } from '../limits';
import { RULE_IDS, SEVERITIES, SITES } from '../types';
import { customRulesSchema } from './custom-rules';
import { LATE_NIGHT_DEFAULTS, lateNightSchema } from './late-night';
import { z } from './zod';

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

const accountRefSchema = z.object({
  site: z.enum(SITES),
  handle: text,
});

const severityByKind = z.strictObject({
  personal: z.optional(z.enum(SEVERITIES)),
  school: z.optional(z.enum(SEVERITIES)),
});

export const ruleSettingSchema = z.strictObject({
  enabled: z.optional(z.boolean()),
  severity: z.optional(severityByKind),
});

const schoolSchema = z.object({
  name: text,
  aliases: z._default(z.array(text), []),
  trust: z.optional(
    z.object({
      name: text,
      aliases: z._default(z.array(text), []),
    }),
  ),
  /** The school's own domain: links to it need no credit. */
  website: z.optional(text),
  /** Published switchboard numbers and office emails: not personal data. */
  publicContacts: z._default(z.array(text), []),
});

const DISCLAIMER_LIMIT = z.maxLength(DISCLAIMER_MAX_LENGTH, `must fit in a post (${DISCLAIMER_MAX_LENGTH} characters at most)`);

const disclaimerSchema = z.object({
  text: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), DISCLAIMER_LIMIT),
  /** Accounts whose profile already carries the disclaimer. */
  inProfile: z._default(z.array(accountRefSchema), []),
});

export const settingsSchema = z.object({
  version: z.literal(1, { error: 'this file is not a Post Check settings file of version 1' }),
  school: schoolSchema,
  officialAccounts: z._default(z.array(accountRefSchema), []),
  hashtags: z._default(z.array(text), []),
  disclaimer: disclaimerSchema,
  staff: z._default(z.array(text), []),
  contacts: z._default(z.record(z.string(), z.string()), {}),
  rules: z._default(z.partialRecord(z.enum(RULE_IDS), ruleSettingSchema), {}),
  /** The school's own rules, each with examples that are run when the file is read (custom-rules.ts). */
  customRules: z._default(customRulesSchema, []),
  /** One gentle question before a late-night post about the school or a colleague (lib/late-night.ts). Off unless the school turns it on. */
  lateNight: z._default(lateNightSchema, { ...LATE_NIGHT_DEFAULTS }),
});

/**
 * The settings as this computer keeps them: as the file, except that a fresh install
 * has no school yet (issue 15: first run is blank), so the school's name and the
 * disclaimer may be empty until someone fills them in or imports the school's file.
 */
const storedSettingsSchema = z.extend(settingsSchema, {
  school: z.extend(schoolSchema, { name: z._default(z.string().check(z.trim()), '') }),
  disclaimer: z.extend(disclaimerSchema, { text: z._default(z.string().check(z.trim(), DISCLAIMER_LIMIT), '') }),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
export type AccountRef = z.output<typeof accountRefSchema>;
export type RuleSetting = z.output<typeof ruleSettingSchema>;

export class SettingsError extends Error {
  constructor(
    message: string,
    /** The path of the first bad field, e.g. `school.aliases[1]`. */
    readonly path: string,
  ) {
    super(message);
    this.name = 'SettingsError';
  }
}

/** `['school', 'aliases', 1]` → `school.aliases[1]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** Validates parsed JSON as a settings file; throws a SettingsError naming the field. */
export function parseSettings(value: unknown): Settings {
  return parseWith(settingsSchema, value);
}

/**
 * Validates settings as kept on this computer and saved from the settings page: as a
 * file, but the school's name and the disclaimer may still be empty (not set up yet).
 */
export function parseStoredSettings(value: unknown): Settings {
  return parseWith(storedSettingsSchema, value);
}

/** Has the school been filled in (its name at least)? */
export function isSetUp(settings: Settings): boolean {
  return settings.school.name.trim() !== '';
}

function parseWith(schema: typeof settingsSchema | typeof storedSettingsSchema, value: unknown): Settings {
  if (value && typeof value === 'object' && 'version' in value && value.version !== 1) {
    throw new SettingsError(
      `version: this file is settings version ${JSON.stringify(value.version)}, but this Post Check reads version 1`,
      'version',
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SettingsError('this is not a Post Check settings file: expected an object with "version": 1', '');
  }
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data as Settings;
  const issue = result.error.issues[0]!;
  // An unknown key is named in the path itself: `rules.no-such-rule`.
  const path = formatPath(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path);
  throw new SettingsError(`${path || '(the file)'}: ${describeIssue(issue)}`, path);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    return issue.input === undefined ? `is missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${typeName(issue.input)}`;
  }
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'unrecognized_keys') {
    return issue.path[issue.path.length - 1] === 'rules' ? 'unknown rule (see the rule list in Post Check\'s settings)' : 'unknown field';
  }
  return issue.message;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

/** Top-level fields a settings file may hold: the settings, and the pupil list or school pack an export can carry. */
const KNOWN_TOP_LEVEL = [...Object.keys(settingsSchema.shape), 'roster', 'pupilPack', 'logos'];

/**
 * Top-level fields this Post Check does not read (a later version's, or a misspelling
 * such as `officalAccounts`), with the known field it most likely means. They are
 * ignored, but the person importing the file is told.
 */
export function unknownSettingsFields(value: unknown): { field: string; suggestion?: string }[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.keys(value)
    .filter((field) => !KNOWN_TOP_LEVEL.includes(field))
    .map((field) => {
      const suggestion = closest(field, KNOWN_TOP_LEVEL);
      return suggestion ? { field, suggestion } : { field };
    });
}

/** The known name within a few edits of `name` (case ignored), if there is one. */
function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
