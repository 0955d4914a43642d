/**
 * "Ask for a second opinion" (the policy's Do's: "when in doubt, get a second
 * opinion"): a pre-filled email to a contact the school set in its settings. It names
 * the rules that were flagged, never the words a finding is about (a finding's message
 * may quote a pupil's name); the draft goes in only when the user asks for it. Pure:
 * builds a `mailto:` address, sends nothing. The popup and, through the background, the
 * inline panel both use it.
 */
import { RULES } from './rules';
import { isEmailAddress } from './settings/form';
import { SEVERITY_LABELS, SITE_NAMES, strongestFirst, type AnyRuleId, type Finding, type Site } from './types';

export interface SecondOpinionContact {
  /** The key in settings' `contacts`, e.g. `slt`. */
  key: string;
  /** How the popup names the contact. */
  label: string;
  email: string;
}

/** Contacts the settings file names by convention, in the order they are offered. */
const KNOWN_CONTACTS: Record<string, string> = {
  slt: 'Senior leader',
  secondOpinion: 'Second opinion',
  comms: 'Communications lead',
  dsl: 'Designated safeguarding lead',
};

/** The contacts that have an email address, the school's usual ones first. */
export function secondOpinionContacts(contacts: Readonly<Record<string, string>>): SecondOpinionContact[] {
  const known = Object.keys(KNOWN_CONTACTS);
  return Object.entries(contacts)
    .filter(([, email]) => isEmailAddress(email))
    .sort(([a], [b]) => rank(a, known) - rank(b, known) || a.localeCompare(b))
    .map(([key, email]) => ({ key, label: KNOWN_CONTACTS[key] ?? labelFor(key), email: email.trim() }));
}

function rank(key: string, known: string[]): number {
  const index = known.indexOf(key);
  return index === -1 ? known.length : index;
}

/** `headOfYear6` → `Head of year 6`, `pastoral_lead` → `Pastoral lead`. */
function labelFor(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const BUILT_IN_TITLES = new Map<string, string>(RULES.map((rule) => [rule.id, rule.title]));

/** A rule's name as the settings page shows it: a built-in rule's title, or the school's own rule's. */
function ruleTitle(rule: AnyRuleId, customRules: readonly { id: string; title: string }[] = []): string {
  return BUILT_IN_TITLES.get(rule) ?? customRules.find((r) => r.id === rule)?.title ?? "One of your school's own rules";
}

/** Mail programs and operating systems cut long mailto addresses; keep the draft well inside. */
export const MAX_DRAFT_IN_EMAIL = 1500;

export interface SecondOpinionRequest {
  to: string;
  /** The site the post is for, or null when the popup is not on one. */
  site: Site | null;
  findings: readonly Pick<Finding, 'rule' | 'severity'>[];
  /** The school's own rules, for their names. */
  customRules?: readonly { id: string; title: string }[];
  /** The draft, only when the user ticked "include my draft". */
  draft?: string;
}

export function secondOpinionEmail(request: SecondOpinionRequest): { subject: string; body: string } {
  const where = request.site ? ` on ${SITE_NAMES[request.site]}` : '';
  const subject = `Second opinion on a post${where}, please`;
  const lines = ['Hello,', '', `Could you give me a second opinion on a post before I put it${where}?`, ''];
  const findings = [...request.findings].sort((a, b) => strongestFirst(a.severity, b.severity));
  // One line a rule (the strongest it was flagged at): the rule's name, never the words it was about.
  const seen = new Set<string>();
  const lines2: string[] = [];
  for (const finding of findings) {
    if (seen.has(finding.rule)) continue;
    seen.add(finding.rule);
    lines2.push(`- ${SEVERITY_LABELS[finding.severity]}: ${ruleTitle(finding.rule, request.customRules)}`);
  }
  if (lines2.length > 0) lines.push('Post Check pointed out:', ...lines2, '');
  const draft = request.draft?.trim();
  if (draft) {
    const cut = draft.length > MAX_DRAFT_IN_EMAIL;
    lines.push('My draft:', '', cut ? `${draft.slice(0, MAX_DRAFT_IN_EMAIL)}…` : draft, '');
    if (cut) lines.push(`(The draft is ${draft.length} characters long; this is the first ${MAX_DRAFT_IN_EMAIL}.)`, '');
  } else {
    lines.push("I haven't put the draft in this email. I can show it to you.", '');
  }
  lines.push('Thank you');
  return { subject, body: lines.join('\n') };
}

/**
 * The `mailto:` address (RFC 6068): subject and body percent-encoded, line breaks as
 * CRLF. Returns null for an address that is not an email address.
 */
export function secondOpinionMailto(request: SecondOpinionRequest): string | null {
  const to = request.to.trim();
  if (!isEmailAddress(to)) return null;
  const { subject, body } = secondOpinionEmail(request);
  const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encode(subject)}&body=${encode(body)}`;
}
