/**
 * Asking for a new school social media account (the policy's "Process for creating new
 * accounts"): the business case the SLT receives, checked, as a printable page and as
 * an email. Pure: the page is components/account-request/; nothing is sent anywhere.
 */
import { isEmailAddress } from './settings/form';
import { SITE_NAMES, SITES, type PolicyClause, type Site } from './types';
import { z } from './settings/zod';

const ACCOUNT_SITES = [...SITES, 'other'] as const;
type AccountSite = (typeof ACCOUNT_SITES)[number];

export const OPENNESS = ['open', 'closed'] as const;
export type Openness = (typeof OPENNESS)[number];

export const OPENNESS_LABEL: Record<Openness, string> = {
  open: 'Open: anyone can see it',
  closed: 'Private or closed: only people the account approves',
};

/** What the form holds, as typed (and as the draft is kept on this computer). */
export interface AccountRequestDraft {
  requesterName: string;
  requesterRole: string;
  site: AccountSite | '';
  otherSite: string;
  accountName: string;
  aim: string;
  audience: string;
  promotion: string;
  /** The staff who will run the account, one a line: at least two. */
  runBy: string;
  openness: Openness | '';
  readPolicy: boolean;
  trained: boolean;
}

export const EMPTY_REQUEST: AccountRequestDraft = {
  requesterName: '',
  requesterRole: '',
  site: '',
  otherSite: '',
  accountName: '',
  aim: '',
  audience: '',
  promotion: '',
  runBy: '',
  openness: '',
  readPolicy: false,
  trained: false,
};

const text = (max: number) => z.string().check(z.maxLength(max));

/** A stored draft is read back through this: anything else in storage is dropped. */
const accountRequestDraftSchema = z.object({
  requesterName: z._default(text(200), ''),
  requesterRole: z._default(text(200), ''),
  site: z._default(z.enum([...ACCOUNT_SITES, '']), ''),
  otherSite: z._default(text(200), ''),
  accountName: z._default(text(200), ''),
  aim: z._default(text(5000), ''),
  audience: z._default(text(5000), ''),
  promotion: z._default(text(5000), ''),
  runBy: z._default(text(2000), ''),
  openness: z._default(z.enum([...OPENNESS, '']), ''),
  readPolicy: z._default(z.boolean(), false),
  trained: z._default(z.boolean(), false),
});

export function draftFromStorage(value: unknown): AccountRequestDraft {
  const parsed = accountRequestDraftSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : { ...EMPTY_REQUEST };
}

/** The business case, checked: every answer there, at least two staff. */
export interface AccountRequest {
  requester: { name: string; role?: string };
  site: string;
  accountName?: string;
  aim: string;
  audience: string;
  promotion: string;
  runBy: string[];
  openness: Openness;
  readPolicy: boolean;
  trained: boolean;
}

export type RequestField = 'requesterName' | 'site' | 'otherSite' | 'aim' | 'audience' | 'promotion' | 'runBy' | 'openness';

export type RequestCheck = { ok: true; request: AccountRequest } | { ok: false; errors: Partial<Record<RequestField, string>> };

/** The staff named to run the account: one a line (or separated by commas or semicolons), repeats taken once. */
export function staffNames(runBy: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of runBy.split(/[\n,;]+/)) {
    const name = raw.replace(/\s+/g, ' ').trim();
    if (name === '') continue;
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

const looksLikeName = (name: string) => /\p{L}.*\p{L}/u.test(name) && !/[@\d]/.test(name);

/** Every problem at once, each in words that say what to do. */
export function checkAccountRequest(draft: AccountRequestDraft): RequestCheck {
  const errors: Partial<Record<RequestField, string>> = {};
  const trimmed = (value: string) => value.trim();
  if (!trimmed(draft.requesterName)) errors.requesterName = 'Write your name, so the SLT knows who is asking.';
  if (!draft.site) errors.site = 'Choose the site the account would be on.';
  else if (draft.site === 'other' && !trimmed(draft.otherSite)) errors.otherSite = 'Say which site the account would be on.';
  if (!trimmed(draft.aim)) errors.aim = 'Say what the account is for: its aim.';
  if (!trimmed(draft.audience)) errors.audience = 'Say who the account is for: its intended audience.';
  if (!trimmed(draft.promotion)) errors.promotion = 'Say how people will find out about the account.';
  const names = staffNames(draft.runBy);
  const odd = names.find((name) => !looksLikeName(name));
  if (odd) errors.runBy = `“${odd}” doesn't look like a person's name. Put one name on each line, like “Mrs Jane Pascoe”.`;
  else if (names.length < 2) {
    errors.runBy =
      names.length === 0
        ? 'Name at least two members of staff who will run the account: the policy asks for two.'
        : 'Name a second member of staff who will run the account: the policy asks for at least two.';
  }
  if (!draft.openness) errors.openness = 'Choose whether the account will be open, or private (closed).';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const role = trimmed(draft.requesterRole);
  const accountName = trimmed(draft.accountName);
  return {
    ok: true,
    request: {
      requester: role ? { name: trimmed(draft.requesterName), role } : { name: trimmed(draft.requesterName) },
      site: draft.site === 'other' ? trimmed(draft.otherSite) : SITE_NAMES[draft.site as Site],
      ...(accountName ? { accountName } : {}),
      aim: trimmed(draft.aim),
      audience: trimmed(draft.audience),
      promotion: trimmed(draft.promotion),
      runBy: names,
      openness: draft.openness as Openness,
      readPolicy: draft.readPolicy,
      trained: draft.trained,
    },
  };
}

const PROCESS = 'Process for creating new accounts';

/** The five points the policy asks a business case to cover, word for word, in its order. */
export const BUSINESS_CASE_POINTS = {
  aim: 'The aim of the account',
  audience: 'The intended audience',
  promotion: 'How the account will be promoted',
  runBy: 'Who will run the account (at least two staff members should be named)',
  openness: 'Will the account be open or private/closed',
} as const;

/** What happens after the request, in the policy's own words (a test checks each is in the policy text). */
export const ACCOUNT_CONDITIONS: readonly PolicyClause[] = [
  { section: PROCESS, quote: 'Following consideration by the SLT an application will be approved or rejected.' },
  {
    section: PROCESS,
    quote:
      'In all cases, the SLT must be satisfied that anyone running a social media account on behalf of the school has read and understood this policy and received appropriate training.',
  },
  { section: PROCESS, quote: 'This also applies to anyone who is not directly employed by the school, including volunteers or parents.' },
  { section: 'Roles & Responsibilities', quote: 'Create the account following SLT approval' },
  { section: 'Roles & Responsibilities', quote: 'Store account details, including passwords securely' },
];

/** The conditions in plain words, one line each, for the printed page and the email. */
export const CONDITIONS_IN_SHORT = [
  'The SLT approves or rejects the request.',
  'Everyone who runs the account, volunteers and parents included, has read this policy and had training first.',
  "The school's administrator creates the account after approval and keeps its login details and passwords securely; nobody else holds them.",
] as const;

const yesNo = (value: boolean, yes: string, no: string) => (value ? yes : no);

/** The business case as lines of text, in the policy's order: the printed page and the email say the same. */
export function requestLines(request: AccountRequest): { label: string; value: string }[] {
  return [
    { label: 'Asked for by', value: request.requester.role ? `${request.requester.name}, ${request.requester.role}` : request.requester.name },
    { label: 'Site', value: request.accountName ? `${request.site}: ${request.accountName}` : request.site },
    { label: BUSINESS_CASE_POINTS.aim, value: request.aim },
    { label: BUSINESS_CASE_POINTS.audience, value: request.audience },
    { label: BUSINESS_CASE_POINTS.promotion, value: request.promotion },
    { label: 'Who will run the account', value: request.runBy.join('\n') },
    { label: 'Open or private', value: OPENNESS_LABEL[request.openness] },
    {
      label: 'Policy and training',
      value: [
        yesNo(request.readPolicy, 'Everyone named has read the social media policy.', 'Not everyone named has read the social media policy yet.'),
        yesNo(request.trained, 'Everyone named has had social media training.', 'Not everyone named has had social media training yet.'),
      ].join('\n'),
    },
  ];
}

/** Mail programs cut long mailto addresses: each long answer is shortened in the email (the printed page has it all). */
export const MAX_ANSWER_IN_EMAIL = 600;

export function accountRequestEmail(request: AccountRequest): { subject: string; body: string } {
  const subject = `Request for a new school ${request.site} account${request.accountName ? `: ${request.accountName}` : ''}`;
  let cut = false;
  const lines = ['Hello,', '', 'I would like to ask for a new school social media account. Here is the business case the policy asks for.', ''];
  for (const { label, value } of requestLines(request)) {
    const short = value.length > MAX_ANSWER_IN_EMAIL ? `${value.slice(0, MAX_ANSWER_IN_EMAIL)}…` : value;
    cut ||= short !== value;
    lines.push(`${label}:`, short, '');
  }
  if (cut) lines.push('(Some answers are shortened to fit an email; the printed business case has them in full.)', '');
  lines.push('If it is approved:');
  for (const condition of CONDITIONS_IN_SHORT) lines.push(`- ${condition}`);
  lines.push('', 'Thank you', request.requester.name);
  return { subject, body: lines.join('\n') };
}

/** `mailto:` to the SLT contact (RFC 6068), or null when the address is not an email address. */
export function accountRequestMailto(request: AccountRequest, to: string): string | null {
  if (!isEmailAddress(to)) return null;
  const { subject, body } = accountRequestEmail(request);
  const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(to.trim()).replace(/%40/g, '@')}?subject=${encode(subject)}&body=${encode(body)}`;
}
