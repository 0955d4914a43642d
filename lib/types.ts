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
  rule: RuleId;
  severity: Severity;
  /** UTF-16 offsets into the draft text, `[start, end)`; absent for whole-draft findings. */
  start?: number;
  end?: number;
  /** What to do, in plain British English. Never contains roster data the draft did not contain. */
  message: string;
  /** The policy sentence, quoted, with its section: `Section: "…"`. */
  policy: string;
  fix?: FixId;
}
