/**
 * The typed messages between the content script, the popup and the background, with
 * their zod schemas. Every message that arrives is parsed here before it is used; a
 * message that does not parse is refused.
 */
import { pupilPackSchema } from './roster/pack';
import { z } from './settings/zod';
import { ACCOUNT_KINDS, isAnyRuleId, SEVERITIES, SITES, SURFACES, type AnyRuleId } from './types';

const accountKind = z.enum(ACCOUNT_KINDS);
const site = z.enum(SITES);

/** A built-in rule ID (docs/rules.md) or a school rule's own `school-…` ID. */
export const ruleIdSchema = z.custom<AnyRuleId>((value) => typeof value === 'string' && isAnyRuleId(value), 'unknown rule');

/** What the content script knows about a draft: never more than the page itself shows. */
export const draftSnapshotSchema = z.object({
  text: z.string().max(100_000),
  site,
  surface: z.enum(SURFACES),
  /** The posting account as the page shows it. */
  handle: z.string().max(200).optional(),
  /** The page says an organisation (a Facebook Page, a LinkedIn company) is posting. */
  organisation: z.boolean().optional(),
  replyTo: z.string().max(200).optional(),
  images: z.number().int().min(0).max(100),
  /** How many of the attached images look like one of the school's logos. */
  logoMatches: z.number().int().min(0).max(100).optional(),
});
export type DraftSnapshot = z.output<typeof draftSnapshotSchema>;

export const findingSchema = z.object({
  rule: ruleIdSchema,
  severity: z.enum(SEVERITIES),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  message: z.string(),
  policy: z.string(),
  fix: z.literal('insert-disclaimer').optional(),
});

const name = z.string().trim().min(1).max(100);
export const pupilSchema = z.object({
  forename: name,
  surname: name,
  preferredForename: name.optional(),
  preferredSurname: name.optional(),
  mediaConsent: z.enum(['granted', 'refused', 'unknown']),
  handles: z.array(z.string().max(100)).max(10),
  yearGroup: z.string().max(50).optional(),
  className: z.string().max(50).optional(),
});

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('check-draft'), composerId: z.string().max(100), draft: draftSnapshotSchema }),
  z.object({ type: z.literal('composer-gone'), composerId: z.string().max(100) }),
  z.object({ type: z.literal('composer-focus'), composerId: z.string().max(100) }),
  z.object({ type: z.literal('set-account-kind'), site, handle: z.string().max(200), kind: z.enum(['personal', 'school']) }),
  z.object({ type: z.literal('record-override'), site, rules: z.array(ruleIdSchema).check(z.maxLength(20)) }),
  /**
   * What the writer did about findings, for the private history: changed the words so
   * they went (`fixed`) or said "Not a problem here" (`dismissed`). Rule IDs only;
   * `composerId` lets the background say which kind of account the box posts from.
   */
  z.object({
    type: z.literal('record-outcome'),
    site,
    composerId: z.optional(z.string().check(z.maxLength(100))),
    rules: z.array(ruleIdSchema).check(z.minLength(1), z.maxLength(20)),
    outcome: z.enum(['fixed', 'dismissed']),
  }),
  /** Just before a post goes out: should the late-night question be asked (lib/late-night.ts)? Answered `{ask: boolean}`. */
  z.object({ type: z.literal('late-night-check'), composerId: z.string().check(z.maxLength(100)), draft: draftSnapshotSchema }),
  z.object({ type: z.literal('get-tab-state'), tabId: z.number().int() }),
  z.object({ type: z.literal('set-paused'), site, paused: z.boolean() }),
  z.object({
    type: z.literal('check-image'),
    // A shrunken copy of an attached image (at most 512 px a side), never stored.
    image: z
      .object({ width: z.number().int().min(1).max(1024), height: z.number().int().min(1).max(1024), rgbaBase64: z.string().max(6_000_000) })
      .refine((i) => Math.ceil((i.width * i.height * 4) / 3) * 4 >= i.rgbaBase64.length - 4, 'size and pixels disagree'),
  }),
  z.object({
    type: z.literal('replace-roster'),
    pupils: z.array(pupilSchema).max(200_000),
    source: z.string().max(300),
    /** A school pack instead of a readable list (`pupils` is then empty). */
    pack: pupilPackSchema.optional(),
  }),
]);
export type Request = z.output<typeof requestSchema>;
export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

export const checkResultSchema = z.object({
  findings: z.array(findingSchema),
  account: accountKind,
  /** Why the account kind is what it is: an official account, the user's choice, or not known yet. */
  accountSource: z.enum(['official', 'user', 'page', 'unknown']),
  /** The text the "insert disclaimer" fix adds. */
  disclaimer: z.string(),
  paused: z.boolean(),
});
export type CheckResult = z.output<typeof checkResultSchema>;

export interface ComposerState {
  composerId: string;
  surface: z.output<typeof draftSnapshotSchema>['surface'];
  account: z.output<typeof accountKind>;
  findings: z.output<typeof findingSchema>[];
  focusedAt: number;
  /** The posting account as the page shows it, for the popup's account switch. */
  handle?: string;
  /** Why `account` is what it is. */
  accountSource?: CheckResult['accountSource'];
  /**
   * The draft as last checked, so the popup can quote the words a finding is about and,
   * only if the user asks, put the draft in a "second opinion" email. Kept in
   * `storage.session` (memory only, extension pages only), dropped with the composer.
   */
  text?: string;
}

export interface TabState {
  site: z.output<typeof site> | null;
  paused: boolean;
  /** The composer the user was last in, first. */
  composers: ComposerState[];
}
