/** Shared vocabulary of the policy engine. Pure types: no browser API, no Node API. */

export const SITES = ['x', 'facebook', 'linkedin'] as const;
export type Site = (typeof SITES)[number];

export const ACCOUNT_KINDS = ['personal', 'school', 'unknown'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];
/** The account kinds a rule can be configured for; `unknown` is treated as `personal`. */
export type RuleAccountKind = Exclude<AccountKind, 'unknown'>;

export const SURFACES = ['post', 'reply', 'comment', 'message'] as const;
export type Surface = (typeof SURFACES)[number];

export const SEVERITIES = ['block', 'warn', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The public rule IDs of docs/rules.md. Never rename. */
export const RULE_IDS = [
  'disclaimer-missing',
  'pupil-name',
  'no-consent-pupil',
  'personal-data',
  'offensive-language',
  'confidential',
  'internal-grievance',
  'staff-named',
  'pupil-contact',
  'school-branding',
  'controversial',
  'disrepute',
  'attribution',
  'tone',
  'journalist-contact',
  'pupil-image',
  'image-consent',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/**
 * A rule the school wrote for itself (`customRules` in the settings file): `school-`,
 * then lower-case letters, digits and hyphens. Never one of RULE_IDS.
 */
export type CustomRuleId = `school-${string}`;
export const CUSTOM_RULE_ID_PATTERN = /^school-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a finding's `rule` may be: a built-in rule or one of the school's own. */
export type AnyRuleId = RuleId | CustomRuleId;

export function isBuiltInRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}

/** A built-in rule ID, or an ID a school rule may have: what messages and the history accept. */
export function isAnyRuleId(id: string): id is AnyRuleId {
  return isBuiltInRuleId(id) || (id.length <= 80 && CUSTOM_RULE_ID_PATTERN.test(id));
}

export const IMAGE_RULE_IDS = ['school-branding', 'pupil-image', 'image-consent'] as const satisfies readonly RuleId[];

export interface Draft {
  text: string;
  site: Site;
  account: AccountKind;
  surface?: Surface;
  /** The posting account's handle or name, when known (for "disclaimer in my profile"). */
  handle?: string;
  /** The handle being replied to, when the site shows it. */
  replyTo?: string;
  /** Number of attached photos. */
  images?: number;
  /** How many attached images match one of the school's logos (image check done by the caller). */
  logoMatches?: number;
}

/** A sentence of the policy a rule rests on, with the heading it sits under. */
export interface PolicyClause {
  section: string;
  quote: string;
}

export type FixId = 'insert-disclaimer';

export interface Finding {
  /** A built-in rule's ID, or a school rule's own (`school-…`). */
  rule: AnyRuleId;
  severity: Severity;
  /** UTF-16 offsets into the draft text, `[start, end)`; absent for whole-draft findings. */
  start?: number;
  end?: number;
  /** What to do, in plain British English. Never contains roster data the draft did not contain. */
  message: string;
  /** The policy sentence, quoted, with its section: `Section: "…"`. */
  policy: string;
  fix?: FixId;
  /**
   * Other words the finding is about when it has no span of its own (the words that
   * mention the school, for a missing disclaimer). Set by the background for the inline
   * panel; the engine and check-drafts leave it out.
   */
  about?: { start: number; end: number }[];
}
