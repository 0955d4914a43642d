/**
 * Settings a school sets for every member of staff through browser policy (Chrome's
 * and Edge's managed storage, Firefox's policies.json `3rdparty`), merged over the
 * person's own settings. The one place both the background (what the checks use) and
 * the settings page (what it shows, what it may edit) get the settings from.
 *
 * - A value the school sets wins over the person's own, and the settings page shows
 *   it as "Set by your school", not editable.
 * - `locked` fixes fields the school does not set, at Post Check's default (a lock
 *   alone: "every check as the policy says", "no extra staff names").
 * - `mode`: `advise` never holds a post; `hold` (the default) asks before a post with a
 *   "Must fix" finding goes out.
 * - Every value is checked on its own, field by field: a bad one is reported in plain
 *   words, naming the field as the settings page does, and ignored. Nothing here throws.
 */
import { RULES } from '../rules';
import { RULE_IDS, type RuleId } from '../types';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import {
  DEFAULT_ROLLOUT_MODE,
  LOCKABLE_IDS,
  MANAGED_FIELDS,
  MANAGED_KEYS,
  ROLLOUT_MODES,
  ruleFieldId,
  type ManagedFieldId,
  type RolloutMode,
} from './fields';
import { parseStoredSettings, ruleSettingSchema, settingsSchema, type RuleSetting, type Settings } from '../settings/schema';
import type { z } from '../settings/zod';
import { pupilPackSchema, type PupilPack } from '../roster/pack';

export interface ManagedProblem {
  /** The field's lock name (`disclaimer.text`), or the key as the policy has it. */
  field: string;
  /** One plain sentence for the settings page. */
  message: string;
}

/** A school's policy, every part checked. */
export interface ManagedPolicy {
  /** A policy was found (even one whose every value was refused). */
  present: boolean;
  /** Valid values, by field. */
  values: ReadonlyMap<Exclude<ManagedFieldId, 'rules'>, unknown>;
  /** Valid check settings, by check. */
  rules: Readonly<Partial<Record<RuleId, RuleSetting>>>;
  locked: ReadonlySet<string>;
  mode: RolloutMode | null;
  /** The school pack IT pushed: the pupil list as hashed names, in place of any the person imported. */
  pack?: PupilPack;
  problems: readonly ManagedProblem[];
}

export const NO_POLICY: ManagedPolicy = { present: false, values: new Map(), rules: {}, locked: new Set(), mode: null, problems: [] };

/** The settings a person works with: theirs, with the school's over them. */
export interface EffectiveSettings {
  settings: Settings;
  /** Fields whose value is the school's (set or locked): shown as "Set by your school", never edited. */
  controlled: ReadonlySet<string>;
  mode: RolloutMode;
  /** A school policy is in force. */
  managed: boolean;
  /** The school pack from the policy, which wins over a pupil list imported on this computer. */
  pack?: PupilPack;
  problems: readonly ManagedProblem[];
}

type FieldId = Exclude<ManagedFieldId, 'rules'>;
const FIELD_LABELS = new Map<string, string>(MANAGED_FIELDS.map((f) => [f.id, f.label]));
const RULE_TITLES = new Map<string, string>(RULES.map((r) => [r.id, r.title]));

const shape = settingsSchema.shape;
const FIELD_SCHEMAS: Record<FieldId, z.ZodMiniType> = {
  'school.name': shape.school.shape.name,
  'school.aliases': shape.school.shape.aliases,
  'school.trust': shape.school.shape.trust,
  'school.website': shape.school.shape.website,
  'school.publicContacts': shape.school.shape.publicContacts,
  hashtags: shape.hashtags,
  contacts: shape.contacts,
  officialAccounts: shape.officialAccounts,
  'disclaimer.text': shape.disclaimer.shape.text,
  'disclaimer.inProfile': shape.disclaimer.shape.inProfile,
  staff: shape.staff,
  customRules: shape.customRules,
  lateNight: shape.lateNight,
};
const FIELD_IDS = Object.keys(FIELD_SCHEMAS) as FieldId[];
/** Groups of fields in the settings file, and the names people know them by. */
const GROUPS: Record<string, string> = { school: 'School', disclaimer: 'Disclaimer' };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const quote = (text: string) => `“${text}”`;

function kindOf(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return 'a group of fields';
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a group of fields',
  boolean: 'true or false',
  number: 'a number',
  int: 'a whole number',
  record: 'a group of fields',
};

/** Where in a value the problem is, as a person would count: "entry 2, “site”: ". */
function where(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const part of path) {
    if (typeof part === 'number') parts.push(`entry ${part + 1}`);
    else if (parts.length > 0 && parts[parts.length - 1]!.startsWith('“')) parts[parts.length - 1] = quote(`${parts[parts.length - 1]!.slice(1, -1)}.${String(part)}`);
    else parts.push(quote(String(part)));
  }
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
}

/** One zod issue in plain words, without the words people never see ("schema", "string"). */
function plainIssue(issue: z.core.$ZodIssue): string {
  const at = where(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `${at}something is missing`
        : `${at}it should be ${EXPECTED[issue.expected] ?? issue.expected}, not ${kindOf(issue.input)}`;
    case 'invalid_value':
      return `${at}it must be one of ${issue.values.map((v) => quote(String(v))).join(', ')}`;
    case 'unrecognized_keys':
      return `${at}Post Check doesn't know ${issue.keys.map(quote).join(', ')}`;
    case 'too_small':
      return `${at}it must not be empty`;
    case 'too_big':
      return issue.message.startsWith('must') ? `${at}it ${issue.message}` : `${at}it is too long`;
    default:
      return issue.message.startsWith('must') ? `${at}it ${issue.message}` : `${at}it isn't a value Post Check can use`;
  }
}

function refused(field: string, label: string, reason: string): ManagedProblem {
  return { field, message: `${quote(label)}, set by your school, is ignored: ${reason}.` };
}

/** Checks every part of what `storage.managed.get()` returned. Never throws. */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (raw === undefined || raw === null || (isPlainObject(raw) && Object.keys(raw).length === 0)) return NO_POLICY;
  if (!isPlainObject(raw)) {
    return { ...NO_POLICY, present: true, problems: [{ field: '', message: "Your school's settings for Post Check couldn't be read, so none of them is used." }] };
  }
  const problems: ManagedProblem[] = [];
  const values = new Map<FieldId, unknown>();

  for (const key of Object.keys(raw)) {
    if (!(MANAGED_KEYS as readonly string[]).includes(key)) {
      problems.push({ field: key, message: `Your school's settings include ${quote(key)}, which this version of Post Check doesn't know, so it is ignored.` });
    }
  }
  if (raw.version !== undefined && raw.version !== 1) {
    problems.push({ field: 'version', message: `Your school's settings are for a different version of Post Check (${quote(String(raw.version))}); the parts this version understands are used.` });
  }

  const badGroups = new Set<string>();
  for (const [group, label] of Object.entries(GROUPS)) {
    const value = raw[group];
    if (value === undefined) continue;
    if (!isPlainObject(value)) {
      badGroups.add(group);
      problems.push(refused(group, label, `it should be a group of fields, not ${kindOf(value)}`));
      continue;
    }
    const known = FIELD_IDS.filter((id) => id.startsWith(`${group}.`)).map((id) => id.slice(group.length + 1));
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) problems.push({ field: `${group}.${key}`, message: `Your school's settings include ${quote(`${group}.${key}`)}, which this version of Post Check doesn't know, so it is ignored.` });
    }
  }

  for (const id of FIELD_IDS) {
    const [first, second] = id.split('.') as [string, string | undefined];
    if (badGroups.has(first)) continue;
    const value = second === undefined ? raw[first] : (raw[first] as Record<string, unknown> | undefined)?.[second];
    if (value === undefined) continue;
    const result = FIELD_SCHEMAS[id].safeParse(value, { reportInput: true });
    if (result.success) values.set(id, result.data);
    else problems.push(refused(id, FIELD_LABELS.get(id)!, plainIssue(result.error.issues[0]!)));
  }

  const rules: Partial<Record<RuleId, RuleSetting>> = {};
  if (raw.rules !== undefined) {
    if (!isPlainObject(raw.rules)) problems.push(refused('rules', 'Checks', `it should be a group of fields, not ${kindOf(raw.rules)}`));
    else {
      for (const [id, value] of Object.entries(raw.rules)) {
        if (!(RULE_IDS as readonly string[]).includes(id)) {
          problems.push({ field: `rules.${id}`, message: `Your school's settings include a check called ${quote(id)}, which Post Check doesn't have, so it is ignored.` });
          continue;
        }
        const result = ruleSettingSchema.safeParse(value, { reportInput: true });
        if (result.success) rules[id as RuleId] = result.data;
        else problems.push(refused(`rules.${id}`, `Check: ${RULE_TITLES.get(id) ?? id}`, plainIssue(result.error.issues[0]!)));
      }
    }
  }

  const locked = new Set<string>();
  if (raw.locked !== undefined) {
    if (!Array.isArray(raw.locked)) {
      problems.push({ field: 'locked', message: `Your school's list of locked settings should be a list, not ${kindOf(raw.locked)}, so nothing is locked by it.` });
    } else {
      for (const entry of raw.locked) {
        if (typeof entry === 'string' && LOCKABLE_IDS.includes(entry)) locked.add(entry);
        else problems.push({ field: 'locked', message: `Your school asked to lock ${quote(String(entry))}, which isn't a Post Check setting, so that lock is ignored.` });
      }
    }
  }

  let mode: RolloutMode | null = null;
  if (raw.mode !== undefined) {
    if ((ROLLOUT_MODES as readonly unknown[]).includes(raw.mode)) mode = raw.mode as RolloutMode;
    else {
      problems.push({
        field: 'mode',
        message: `Your school's rollout mode, ${quote(String(raw.mode))}, isn't one Post Check knows (${ROLLOUT_MODES.map(quote).join(' or ')}), so Post Check asks before a post with a “Must fix” goes out.`,
      });
    }
  }

  let pack: PupilPack | undefined;
  if (raw.pupilPack !== undefined) {
    const result = pupilPackSchema.safeParse(raw.pupilPack);
    if (result.success) pack = result.data;
    else problems.push({ field: 'pupilPack', message: "The school pack set by your school isn't one this version of Post Check can use, so it is ignored: ask your school's IT to make it again." });
  }

  return { present: true, values, rules, locked, mode, problems, ...(pack ? { pack } : {}) };
}

function fieldOf(settings: Settings, id: FieldId): unknown {
  const [first, second] = id.split('.') as [keyof Settings, string | undefined];
  const top = settings[first];
  return second === undefined ? top : (top as Record<string, unknown>)[second];
}

/** A copy of `settings` with one field replaced (undefined removes an optional one). */
function withField(settings: Settings, id: FieldId, value: unknown): Settings {
  const [first, second] = id.split('.') as [keyof Settings, string | undefined];
  if (second === undefined) return { ...settings, [first]: value };
  const group = { ...(settings[first] as Record<string, unknown>) };
  if (value === undefined) delete group[second];
  else group[second] = value;
  return { ...settings, [first]: group };
}

/**
 * The person's settings with the school's over them. Every value in a policy has
 * passed its field's check, so the result is valid; should it somehow not be, the
 * person's own settings are used and the failure reported.
 */
export function mergeSettings(user: Settings, policy: ManagedPolicy): EffectiveSettings {
  const controlled = new Set<string>();
  let settings = user;
  for (const id of FIELD_IDS) {
    const set = policy.values.has(id);
    if (!set && !policy.locked.has(id)) continue;
    controlled.add(id);
    settings = withField(settings, id, set ? policy.values.get(id) : fieldOf(DEFAULT_SETTINGS, id));
  }
  const allRules = policy.locked.has('rules');
  if (allRules) controlled.add('rules');
  const rules: Settings['rules'] = allRules ? {} : { ...user.rules };
  for (const id of RULE_IDS) {
    const fieldId = ruleFieldId(id);
    const school = policy.rules[id];
    if (school) rules[id] = school;
    else if (allRules || policy.locked.has(fieldId)) delete rules[id];
    else continue;
    controlled.add(fieldId);
  }
  settings = { ...settings, rules };
  const mode = policy.mode ?? DEFAULT_ROLLOUT_MODE;
  const pack = policy.pack ? { pack: policy.pack } : {};
  try {
    return { settings: parseStoredSettings(settings), controlled, mode, managed: policy.present, problems: policy.problems, ...pack };
  } catch {
    const problems = [...policy.problems, { field: '', message: "Your school's settings couldn't be combined with yours, so yours are used." }];
    return { settings: user, controlled: new Set(), mode, managed: policy.present, problems, ...pack };
  }
}

/**
 * What to store as the person's own settings when the settings page saves `candidate`
 * (the page's view: the school's values included). The school's fields keep the
 * person's own stored value, so nothing of the school's is copied into their settings
 * and taking the policy away gives them back what they had.
 */
export function userSettingsForSave(candidate: Settings, user: Settings, controlled: ReadonlySet<string>): Settings {
  let next = candidate;
  for (const id of FIELD_IDS) if (controlled.has(id)) next = withField(next, id, fieldOf(user, id));
  const rules: Settings['rules'] = { ...next.rules };
  for (const id of RULE_IDS) {
    if (!controlled.has(ruleFieldId(id))) continue;
    const own = user.rules[id];
    if (own) rules[id] = own;
    else delete rules[id];
  }
  return parseStoredSettings({ ...next, rules });
}
