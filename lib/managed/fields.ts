/**
 * What a school (its IT admin, through browser policy) can set for every member of
 * staff: the settings file's fields, one lockable field per thing the settings page
 * lets a person edit, plus the rollout mode. Names here are the ones the settings page
 * shows, so a problem with a school's value can be reported as a person sees the field.
 */
import { RULE_IDS, type RuleId } from '../types';
import type { SettingsSectionId } from '../settings/sections';

/**
 * How firmly Post Check acts on "Must fix" findings. `advise`: underlines and the
 * panel only, posts are never held (a gentle start). `hold`: also asks before a post
 * with a "Must fix" finding goes out (the default, with or without a policy).
 */
export const ROLLOUT_MODES = ['advise', 'hold'] as const;
export type RolloutMode = (typeof ROLLOUT_MODES)[number];
export const DEFAULT_ROLLOUT_MODE: RolloutMode = 'hold';


export interface ManagedField {
  /** The lock name, and the dotted path of the value in the settings file. */
  readonly id: string;
  /** The field's label on the settings page. */
  readonly label: string;
  /** The settings page's section that shows the field (sections.ts). */
  readonly section: SettingsSectionId;
}

export const MANAGED_FIELDS = [
  { id: 'school.name', label: 'School name', section: 'school' },
  { id: 'school.aliases', label: 'Other names for the school', section: 'school' },
  { id: 'school.trust', label: 'Trust name and other names for the trust', section: 'school' },
  { id: 'school.website', label: 'School website', section: 'school' },
  { id: 'school.publicContacts', label: 'Public contact details', section: 'school' },
  { id: 'hashtags', label: 'School hashtags', section: 'school' },
  { id: 'contacts', label: 'Who staff can ask for a second opinion', section: 'school' },
  { id: 'officialAccounts', label: 'Official accounts', section: 'accounts' },
  { id: 'disclaimer.text', label: 'Disclaimer text', section: 'disclaimer' },
  { id: 'disclaimer.inProfile', label: 'Profiles that already carry the disclaimer', section: 'disclaimer' },
  { id: 'staff', label: 'Staff names', section: 'staff' },
  { id: 'rules', label: 'Checks (all of them)', section: 'rules' },
  { id: 'customRules', label: "Your school's own rules", section: 'school-rules' },
  { id: 'lateNight', label: 'Late-night pause', section: 'late-night' },
] as const satisfies readonly ManagedField[];

export type ManagedFieldId = (typeof MANAGED_FIELDS)[number]['id'];

/** One check's on/off and severities: `rules.tone`. Locking `rules` locks them all. */
export function ruleFieldId(rule: RuleId): `rules.${RuleId}` {
  return `rules.${rule}`;
}

/** Every name `locked` may hold: the fields above and one per check. */
export const LOCKABLE_IDS: readonly string[] = [...MANAGED_FIELDS.map((f) => f.id), ...RULE_IDS.map(ruleFieldId)];

/** The keys a policy may have at its top level: the settings file's, `locked` and `mode`. */
export const MANAGED_KEYS = ['version', 'school', 'officialAccounts', 'hashtags', 'disclaimer', 'staff', 'contacts', 'rules', 'customRules', 'lateNight', 'locked', 'mode', 'pupilPack'] as const;
