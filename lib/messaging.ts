/**
 * The typed messages between the content script, the popup and the background, with
 * their zod schemas. Every message that arrives is parsed here before it is used; a
 * message that does not parse is refused.
 */
import { CHECK_LIMIT } from './limits';
import { ROLLOUT_MODES } from './managed/fields';
import { z } from './settings/zod';
import { findingSchema, ruleIdSchema, type Finding } from './finding';
import { ACCOUNT_KINDS, ACCOUNT_SOURCES, SITES, SURFACES } from './types';

const accountKind = z.enum(ACCOUNT_KINDS);
const site = z.enum(SITES);

/** What the content script knows about a draft: never more than the page itself shows. */
const draftSnapshotSchema = z.object({
  /**
   * At most one character more than is checked: the background cuts longer drafts down
   * to this before reading the message, and answers that the rest was not checked.
   */
  text: z.string().check(z.maxLength(CHECK_LIMIT + 1)),
  site,
  surface: z.enum(SURFACES),
  /** The posting account as the page shows it. */
  handle: z.optional(z.string().check(z.maxLength(200))),
  /** The page says an organisation (a Facebook Page, a LinkedIn company) is posting. */
  organisation: z.optional(z.boolean()),
  replyTo: z.optional(z.string().check(z.maxLength(200))),
  images: z.int().check(z.minimum(0), z.maximum(100)),
  /** How many of the attached images look like one of the school's logos. */
  logoMatches: z.optional(z.int().check(z.minimum(0), z.maximum(100))),
});
export type DraftSnapshot = z.output<typeof draftSnapshotSchema>;

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('check-draft'), composerId: z.string().check(z.maxLength(100)), draft: draftSnapshotSchema }),
  z.object({ type: z.literal('composer-gone'), composerId: z.string().check(z.maxLength(100)) }),
  z.object({ type: z.literal('composer-focus'), composerId: z.string().check(z.maxLength(100)) }),
  z.object({ type: z.literal('set-account-kind'), site, handle: z.string().check(z.maxLength(200)), kind: z.enum(['personal', 'school']) }),
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
  /**
   * "Ask for a second opinion" from the inline panel: the background writes the email
   * from its own settings (the contact, the rules' names) and opens it; the compose box
   * never learns the contact. `rules` are the findings still standing (not dismissed);
   * the draft goes in only when `includeDraft`.
   */
  z.object({
    type: z.literal('second-opinion'),
    composerId: z.string().check(z.maxLength(100)),
    rules: z.array(ruleIdSchema).check(z.maxLength(50)),
    includeDraft: z.boolean(),
  }),
  /** The shortcut that opens the panel, as the browser has it now (lib/shortcut.ts). */
  z.object({ type: z.literal('get-shortcut') }),
  /** Just before a post goes out: should the late-night question be asked (lib/late-night.ts)? Answered `{ask: boolean}`. */
  z.object({ type: z.literal('late-night-check'), composerId: z.string().check(z.maxLength(100)), draft: draftSnapshotSchema }),
  z.object({ type: z.literal('get-tab-state'), tabId: z.int() }),
  z.object({ type: z.literal('set-paused'), site, paused: z.boolean() }),
  z.object({
    type: z.literal('check-image'),
    // A shrunken copy of an attached image (at most 512 px a side), never stored.
    image: z
      .object({
        width: z.int().check(z.minimum(1), z.maximum(1024)),
        height: z.int().check(z.minimum(1), z.maximum(1024)),
        rgbaBase64: z.string().check(z.maxLength(6_000_000)),
      })
      .check(z.refine((i) => Math.ceil((i.width * i.height * 4) / 3) * 4 >= i.rgbaBase64.length - 4, 'size and pixels disagree')),
  }),
]);
export type Request = z.output<typeof requestSchema>;
export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

const checkResultSchema = z.object({
  findings: z.array(findingSchema),
  account: accountKind,
  /** Why the account kind is what it is: an official account, the user's choice, or not known yet. */
  accountSource: z.enum(ACCOUNT_SOURCES),
  /** The text the "insert disclaimer" fix adds. */
  disclaimer: z.string(),
  paused: z.boolean(),
  /** The school's rollout mode: `advise` never holds a post, `hold` asks before a "Must fix" goes out. */
  mode: z.enum(ROLLOUT_MODES),
  /**
   * Present when some or all of the draft was not checked. The content script holds a
   * post with this as it holds one whose check failed ("Post Check couldn't check this
   * post", with a way to post anyway), and checks again before releasing it.
   * - `too-long`: only the first CHECK_LIMIT characters were checked (`findings` are theirs);
   * - `busy`: this tab asked for too many checks at once; ask again after `retryAfterMs`;
   * - `failed`: checking went wrong (a broken pupil list, storage that cannot be read).
   */
  unchecked: z.optional(
    z.object({
      reason: z.enum(['too-long', 'busy', 'failed']),
      /** The first character not checked (0: none was). */
      from: z.int().check(z.minimum(0)),
      message: z.string(),
      retryAfterMs: z.optional(z.int().check(z.minimum(0))),
    }),
  ),
  /** Pupil findings say that pupils are named, not which words (lib/reveal-limits.ts). */
  pupilsConcealed: z.optional(z.boolean()),
  /** There is no pupil list yet, so pupils' names are not checked: the panel says so. */
  noPupilList: z.optional(z.boolean()),
  /** Post Check has not been told which school yet (a fresh install): it cannot tell a post is about it. */
  noSchool: z.optional(z.boolean()),
  /**
   * The school's late-night pause is on and this draft mentions the school or a
   * colleague: ask `late-night-check` before it goes out (the background answers from
   * its own clock and hours).
   */
  lateNightPause: z.optional(z.boolean()),
});
export type CheckResult = z.output<typeof checkResultSchema>;

export interface ComposerState {
  composerId: string;
  surface: z.output<typeof draftSnapshotSchema>['surface'];
  account: z.output<typeof accountKind>;
  findings: Finding[];
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

/** What a picture check answers: does the attached image look like one of the school's logos? */
const imageCheckResultSchema = z.object({ logo: z.boolean() });
/** Should the late-night question be asked before this post goes out? */
const lateNightAnswerSchema = z.object({ ask: z.boolean() });
/** Whether the second-opinion email was opened, and if not why: the school has named no one to ask, or it went wrong. */
const secondOpinionAnswerSchema = z.object({ opened: z.boolean(), reason: z.optional(z.enum(['no-contact', 'failed'])) });
/** The panel's shortcut as the browser has it (`Alt+Shift+P`), or '' when the person removed it. */
const shortcutAnswerSchema = z.object({ shortcut: z.string().check(z.maxLength(60)) });

/**
 * The reply to each request, so a sender gets the right type back. Every request has
 * one; `null` is "done, nothing to say".
 */
export interface Replies {
  'check-draft': CheckResult;
  'composer-gone': null;
  'composer-focus': null;
  'set-account-kind': null;
  'record-override': null;
  'record-outcome': null;
  'late-night-check': z.output<typeof lateNightAnswerSchema>;
  'second-opinion': z.output<typeof secondOpinionAnswerSchema>;
  'get-shortcut': z.output<typeof shortcutAnswerSchema>;
  'get-tab-state': TabState;
  'set-paused': null;
  'check-image': z.output<typeof imageCheckResultSchema>;
}
export type RequestType = Request['type'];
export type ReplyOf<T extends RequestType> = Replies[T];

/**
 * Replies a compose box acts on, checked when they arrive: a compose box holds a post
 * on what the background says, so it trusts nothing it has not checked. The extension
 * pages' replies come from the same background and are only typed.
 */
export const REPLY_SCHEMAS: { readonly [T in RequestType]?: z.ZodMiniType<Replies[T]> } = {
  'check-draft': checkResultSchema,
  'check-image': imageCheckResultSchema,
  'late-night-check': lateNightAnswerSchema,
  'second-opinion': secondOpinionAnswerSchema,
  'get-shortcut': shortcutAnswerSchema,
};

/** Messages from the extension (the background, the popup) to a tab's content script. */
export const tabMessageSchema = z.discriminatedUnion('type', [
  /** Settings, the pupil list, an account choice or a pause changed: check every open box again now. */
  z.object({ type: z.literal('recheck') }),
  /** The popup asks how many boxes this page's content script is checking. */
  z.object({ type: z.literal('count-boxes') }),
  /** The panel's shortcut was pressed (a browser command): open the panel of the box being written in. */
  z.object({ type: z.literal('open-panel') }),
]);
export type TabMessage = z.output<typeof tabMessageSchema>;
export type TabMessageType = TabMessage['type'];

/** How many compose boxes the content script on a tab is checking, and how many of them no adapter knows. */
const boxCountSchema = z
  .object({ boxes: z.int().check(z.minimum(0)), generic: z.int().check(z.minimum(0)) })
  .check(z.refine((count) => count.generic <= count.boxes, 'more unknown boxes than boxes'));
export type BoxCount = z.output<typeof boxCountSchema>;

/** What a content script answers to each tab message. */
export interface TabReplies {
  recheck: undefined;
  'count-boxes': BoxCount;
  'open-panel': undefined;
}
export const TAB_REPLY_SCHEMAS: { readonly [T in TabMessageType]?: z.ZodMiniType<TabReplies[T]> } = { 'count-boxes': boxCountSchema };
