/**
 * The typed messages between the content script, the popup and the background, with
 * their zod schemas. Every message that arrives is parsed here before it is used; a
 * message that does not parse is refused.
 */
import { CHECK_LIMIT, MAX_HANDLE_LENGTH, MAX_HANDLES, MAX_NAME_LENGTH, MAX_PUPILS, MAX_YEAR_OR_CLASS_LENGTH } from './limits';
import { pupilPackSchema } from './roster/pack';
import { z } from './settings/zod';
import { ACCOUNT_KINDS, RULE_IDS, SEVERITIES, SITES, SURFACES } from './types';

const accountKind = z.enum(ACCOUNT_KINDS);
const site = z.enum(SITES);

/** What the content script knows about a draft: never more than the page itself shows. */
export const draftSnapshotSchema = z.object({
  /**
   * At most one character more than is checked: the background cuts longer drafts down
   * to this before reading the message, and answers that the rest was not checked.
   */
  text: z.string().max(CHECK_LIMIT + 1),
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
  rule: z.enum(RULE_IDS),
  severity: z.enum(SEVERITIES),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  message: z.string(),
  policy: z.string(),
  fix: z.literal('insert-disclaimer').optional(),
});

const name = z.string().trim().min(1).max(MAX_NAME_LENGTH);
/** A pupil as stored and sent to the background. The importer checks every row against this, so it never hands over a row this refuses. */
export const pupilSchema = z.object({
  forename: name,
  surname: name,
  preferredForename: name.optional(),
  preferredSurname: name.optional(),
  mediaConsent: z.enum(['granted', 'refused', 'unknown']),
  handles: z.array(z.string().max(MAX_HANDLE_LENGTH)).max(MAX_HANDLES),
  yearGroup: z.string().max(MAX_YEAR_OR_CLASS_LENGTH).optional(),
  className: z.string().max(MAX_YEAR_OR_CLASS_LENGTH).optional(),
});

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('check-draft'), composerId: z.string().max(100), draft: draftSnapshotSchema }),
  z.object({ type: z.literal('composer-gone'), composerId: z.string().max(100) }),
  z.object({ type: z.literal('composer-focus'), composerId: z.string().max(100) }),
  z.object({ type: z.literal('set-account-kind'), site, handle: z.string().max(200), kind: z.enum(['personal', 'school']) }),
  z.object({ type: z.literal('record-override'), site, rules: z.array(z.enum(RULE_IDS)).max(20) }),
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
    pupils: z.array(pupilSchema).max(MAX_PUPILS),
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
  /**
   * Present when some or all of the draft was not checked. The content script holds a
   * post with this as it holds one whose check failed ("Post Check couldn't check this
   * post", with a way to post anyway), and checks again before releasing it.
   * - `too-long`: only the first CHECK_LIMIT characters were checked (`findings` are theirs);
   * - `busy`: this tab asked for too many checks at once; ask again after `retryAfterMs`;
   * - `failed`: checking went wrong (a broken pupil list, storage that cannot be read).
   */
  unchecked: z
    .object({
      reason: z.enum(['too-long', 'busy', 'failed']),
      /** The first character not checked (0: none was). */
      from: z.number().int().min(0),
      message: z.string(),
      retryAfterMs: z.number().int().min(0).optional(),
    })
    .optional(),
  /** Pupil findings say that pupils are named, not which words (lib/reveal-limits.ts). */
  pupilsConcealed: z.boolean().optional(),
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
