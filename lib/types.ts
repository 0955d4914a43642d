/** Shared vocabulary of the policy engine. Pure types: no browser API, no Node API. */

export const SITES = ['x', 'facebook', 'linkedin'] as const;
export type Site = (typeof SITES)[number];
/** Each site's name as people write it. */
export const SITE_NAMES: Readonly<Record<Site, string>> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' };

export const ACCOUNT_KINDS = ['personal', 'school', 'unknown'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];
/** The account kinds a rule can be configured for; `unknown` is treated as `personal`. */
export type RuleAccountKind = Exclude<AccountKind, 'unknown'>;
/**
 * Why an account is the kind it is: an official account in the settings, the user's
 * choice, what the page says (a Facebook Page, a LinkedIn company), or not known yet.
 */
export const ACCOUNT_SOURCES = ['official', 'user', 'page', 'unknown'] as const;
export type AccountSource = (typeof ACCOUNT_SOURCES)[number];

export const SURFACES = ['post', 'reply', 'comment', 'message'] as const;
export type Surface = (typeof SURFACES)[number];

/** Severities, strongest first: the one order every list, sort and badge follows. */
export const SEVERITIES = ['block', 'warn', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** How strong a severity is (block 3, warn 2, info 1), from its place in SEVERITIES. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = Object.fromEntries(
  SEVERITIES.map((severity, i) => [severity, SEVERITIES.length - i]),
) as Record<Severity, number>;
/** For sorting, strongest first. */
export function strongestFirst(a: Severity, b: Severity): number {
  return SEVERITY_RANK[b] - SEVERITY_RANK[a];
}
/** The three words for severity people see (docs/ux.md), in the panel, the popup and emails. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { block: 'Must fix', warn: 'Should fix', info: 'Tip' };

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

/** The fixes a finding can offer (`fix` in finding.ts). */
export type FixId = 'insert-disclaimer';

/** What the engine reports about a draft: one declaration, the zod schema in finding.ts. */
export type { Finding } from './finding';
