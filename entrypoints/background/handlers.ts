/**
 * The background's work: check drafts for content scripts, keep each tab's findings
 * for the popup and the badge, remember account-kind choices and overrides.
 */
import { browser, type Browser } from 'wxt/browser';
import { accountKey, resolveAccountKind } from '../../lib/account-kind';
import { checkDraftFully } from '../../lib/engine';
import { mentionsSchoolOrColleague, needsLateNightQuestion } from '../../lib/late-night';
import { secondOpinionContacts, secondOpinionMailto } from '../../lib/second-opinion';
import { GENERIC_DISCLAIMER } from '../../lib/settings/defaults';
import { isSetUp } from '../../lib/settings/schema';
import { OPEN_PANEL_COMMAND } from '../../lib/shortcut';
import { CHECK_LIMIT } from '../../lib/limits';
import { CheckRateLimit, PupilRevealBudget } from '../../lib/reveal-limits';
import { tellTab } from '../../utils/messages';
import { reportProblem } from '../../utils/problems';
import { requestSchema, type CheckResult, type ComposerState, type ReplyOf, type RequestOf, type RequestType } from '../../lib/messaging';
import { ADAPTERS } from '../../lib/sites';
import { SEVERITIES, type AccountKind, type AnyRuleId, type Finding, type Site } from '../../lib/types';
import { base64ToBytes } from '../../lib/images/base64';
import { findLogo } from '../../lib/images';
import { logoFingerprints } from './logo-cache';
import { compiledPolicy, noteChecked, rolloutMode } from './policy-cache';
import { watchManagedPolicy } from '../../utils/managed-settings';
import { addHistory } from '../../utils/history-db';
import { accountKindsItem, logosVersionItem, overridesItem, pausedSitesItem, rosterVersionItem, settingsItem, tabStateItem } from '../../utils/storage';
import { CONTENT_MATCHES } from '../../lib/sites';

type Sender = Browser.runtime.MessageSender;

const BADGE_COLOURS = { block: '#b3261e', warn: '#8a5a00', info: '#1f5fa8' } as const;

function siteOf(url: string | undefined): Site | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return ADAPTERS.find((a) => a.matches(parsed))?.site ?? null;
  } catch {
    return null;
  }
}

/** Messages from our own content script on one of the three sites. */
function fromContentScript(sender: Sender): sender is Sender & { tab: { id: number } } {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined && siteOf(sender.url ?? sender.tab.url) !== null;
}

/** Messages from our own pages (popup, options). */
function fromExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

/** At most this many compose boxes are remembered per tab: the most recently used. */
const MAX_COMPOSERS_PER_TAB = 20;

/**
 * Each tab's changes run one after another: two boxes checked at once must not both
 * read the old state and each write back only their own box.
 */
const tabQueues = new Map<number, Promise<unknown>>();

function oneAtATime<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const previous = tabQueues.get(tabId) ?? Promise.resolve();
  const next = previous.then(work, work);
  const settled = next.then(
    () => undefined,
    () => undefined,
  );
  tabQueues.set(tabId, settled);
  void settled.then(() => {
    if (tabQueues.get(tabId) === settled) tabQueues.delete(tabId);
  });
  return next;
}

/** What storage holds for a tab, keeping only well-formed composers (never trust it blindly). */
function composersFrom(stored: unknown): ComposerState[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (c): c is ComposerState =>
      typeof c === 'object' && c !== null && typeof c.composerId === 'string' && Array.isArray(c.findings) && typeof c.focusedAt === 'number',
  );
}

/**
 * Changes one tab's composers and saves them. A failing save (storage full, or broken)
 * leaves the popup behind but never fails the check that asked for it: the answer
 * still goes back to the compose box.
 */
function updateTabState(tabId: number, change: (composers: ComposerState[]) => ComposerState[]): Promise<ComposerState[]> {
  return oneAtATime(tabId, async () => {
    const item = tabStateItem(tabId);
    let current: ComposerState[] = [];
    try {
      current = composersFrom(await item.getValue());
    } catch (error) {
      // Unreadable: start afresh.
      void reportProblem("reading a tab's findings", error);
    }
    const next = change(current)
      .sort((a, b) => b.focusedAt - a.focusedAt)
      .slice(0, MAX_COMPOSERS_PER_TAB);
    try {
      if (next.length === 0) await item.removeValue();
      else await item.setValue(next);
    } catch (error) {
      // storage.session is full or failing: the badge below still shows this tab's findings.
      void reportProblem("keeping a tab's findings", error);
    }
    return next;
  });
}

async function showBadge(tabId: number, composers: ComposerState[]): Promise<void> {
  const focused = [...composers].sort((a, b) => b.focusedAt - a.focusedAt)[0];
  const findings = focused?.findings ?? [];
  const worst = SEVERITIES.find((s) => findings.some((f) => f.severity === s));
  try {
    await browser.action.setBadgeText({ tabId, text: findings.length > 0 ? String(findings.length) : '' });
    if (worst) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[worst] });
  } catch {
    // The tab has gone.
  }
}

/** How often each tab may check, and how many pupils' names it may be shown (lib/reveal-limits.ts). */
const rateLimit = new CheckRateLimit();
const revealBudget = new PupilRevealBudget();

const UNCHECKED_MESSAGES = {
  'too-long': `This post is longer than Post Check checks (${CHECK_LIMIT.toLocaleString('en-GB')} characters), so the rest of it wasn't checked. Shorten it, or read the rest against the policy yourself before posting.`,
  busy: 'Post Check is being asked to check this page too often, so it paused for a moment. It will check this post again before it goes out.',
  failed: "Post Check couldn't check this post.",
} as const;

async function checkForTab(request: RequestOf<'check-draft'>, tabId: number): Promise<CheckResult> {
  const { draft } = request;
  const [policy, remembered, paused, mode] = await Promise.all([compiledPolicy(), accountKindsItem.getValue(), pausedSitesItem.getValue(), rolloutMode()]);
  const { account, source } = resolveAccountKind(draft, policy.school, remembered);
  const isPaused = paused.includes(draft.site);
  // No disclaimer of the school's yet (a fresh install): the fix adds a plain one.
  const answer = { account, accountSource: source, disclaimer: policy.settings.disclaimer.text || GENERIC_DISCLAIMER, paused: isPaused, mode };
  if (isPaused) {
    await recordComposer(tabId, request, account, source, []);
    return { ...answer, findings: [] };
  }
  const allowed = rateLimit.take(tabId);
  if (!allowed.ok) {
    return { ...answer, findings: [], unchecked: { reason: 'busy', from: 0, message: UNCHECKED_MESSAGES.busy, retryAfterMs: allowed.retryAfterMs } };
  }
  const outcome = checkDraftFully(
    {
      text: draft.text,
      site: draft.site,
      account,
      surface: draft.surface,
      replyTo: draft.replyTo,
      handle: draft.handle,
      images: draft.images,
      logoMatches: draft.logoMatches,
    },
    policy,
    { revealPupils: (names) => revealBudget.admit(tabId, names) },
  );
  noteChecked();
  await recordComposer(tabId, request, account, source, outcome.findings);
  // A missing disclaimer is about the words that mention the school: the panel quotes and underlines them.
  const mentions = outcome.schoolMentions?.slice(0, 20);
  const findings = mentions?.length
    ? outcome.findings.map((f) => (f.rule === 'disclaimer-missing' && f.start === undefined ? { ...f, about: mentions } : f))
    : outcome.findings;
  const result: CheckResult = { ...answer, findings };
  if (outcome.unchecked) result.unchecked = { reason: 'too-long', from: outcome.unchecked.from, message: UNCHECKED_MESSAGES['too-long'] };
  if (outcome.pupilsConcealed) result.pupilsConcealed = true;
  if (policy.pupils.size === 0) result.noPupilList = true;
  if (!isSetUp(policy.settings)) result.noSchool = true;
  if (policy.settings.lateNight.enabled && mentionsSchoolOrColleague({ text: draft.text, site: draft.site, account, surface: draft.surface, handle: draft.handle, replyTo: draft.replyTo }, policy)) {
    result.lateNightPause = true;
  }
  return result;
}

/** Keeps a checked composer's findings for the popup and the badge. */
async function recordComposer(
  tabId: number,
  request: RequestOf<'check-draft'>,
  account: CheckResult['account'],
  source: CheckResult['accountSource'],
  findings: Finding[],
): Promise<void> {
  const { draft } = request;
  const composers = await updateTabState(tabId, (list) => {
    const others = list.filter((c) => c.composerId !== request.composerId);
    const previous = list.find((c) => c.composerId === request.composerId);
    return [
      ...others,
      {
        composerId: request.composerId,
        surface: draft.surface,
        account,
        findings,
        focusedAt: previous?.focusedAt ?? Date.now(),
        handle: draft.handle,
        accountSource: source,
        text: draft.text.slice(0, CHECK_LIMIT),
      },
    ];
  });
  await showBadge(tabId, composers);
}

/** A check that went wrong answers so, rather than failing: the post is then held, never passed. */
async function checkOrSayWhy(request: RequestOf<'check-draft'>, tabId: number): Promise<CheckResult> {
  try {
    return await checkForTab(request, tabId);
  } catch (error) {
    void reportProblem('checking a draft', error);
    return {
      findings: [],
      account: 'unknown',
      accountSource: 'unknown',
      disclaimer: '',
      paused: false,
      // A check that went wrong holds the post, whatever the rollout mode.
      mode: 'hold',
      unchecked: { reason: 'failed', from: 0, message: UNCHECKED_MESSAGES.failed },
    };
  }
}

/**
 * A draft longer than is checked is cut down before the message is read, so any
 * length gets an answer (`too-long`) instead of a refused message.
 */
function withDraftCut(message: unknown): unknown {
  if (typeof message !== 'object' || message === null) return message;
  const { type, draft } = message as { type?: unknown; draft?: unknown };
  if (type !== 'check-draft' || typeof draft !== 'object' || draft === null) return message;
  const text = (draft as { text?: unknown }).text;
  if (typeof text !== 'string' || text.length <= CHECK_LIMIT + 1) return message;
  return { ...message, draft: { ...draft, text: text.slice(0, CHECK_LIMIT + 1) } };
}

type Handler<T extends RequestType> = (request: RequestOf<T>, sender: Sender) => Promise<ReplyOf<T>>;

function onlyFromContentScript(sender: Sender): asserts sender is Sender & { tab: { id: number } } {
  if (!fromContentScript(sender)) throw new Error('Post Check: not from a compose box');
}

function onlyFromExtensionPage(sender: Sender): void {
  if (!fromExtensionPage(sender)) throw new Error('Post Check: not allowed');
}

/** What the background does for each request, and who may ask: compose boxes, the extension's own pages, or both. */
const HANDLERS: { readonly [T in RequestType]: Handler<T> } = {
  'check-draft': async (request, sender) => {
    onlyFromContentScript(sender);
    return checkOrSayWhy(request, sender.tab.id);
  },
  'composer-focus': async (request, sender) => {
    onlyFromContentScript(sender);
    const composers = await updateTabState(sender.tab.id, (list) => list.map((c) => (c.composerId === request.composerId ? { ...c, focusedAt: Date.now() } : c)));
    await showBadge(sender.tab.id, composers);
    return null;
  },
  'composer-gone': async (request, sender) => {
    onlyFromContentScript(sender);
    const composers = await updateTabState(sender.tab.id, (list) => list.filter((c) => c.composerId !== request.composerId));
    await showBadge(sender.tab.id, composers);
    return null;
  },
  'set-account-kind': async (request, sender) => {
    if (!fromContentScript(sender)) onlyFromExtensionPage(sender);
    const remembered = await accountKindsItem.getValue();
    await accountKindsItem.setValue({ ...remembered, [accountKey(request.site, request.handle)]: request.kind });
    return null;
  },
  'record-override': async (request, sender) => {
    onlyFromContentScript(sender);
    const records = await overridesItem.getValue();
    // Rule IDs, site and time only: never the draft.
    await overridesItem.setValue([...records.slice(-199), { rules: request.rules, site: request.site, at: Date.now() }]);
    if (request.rules.length > 0) await recordHistory(sender.tab.id, request.site, request.rules, 'posted-anyway');
    return null;
  },
  'late-night-check': async (request, sender) => {
    onlyFromContentScript(sender);
    const { draft } = request;
    const [policy, remembered, paused] = await Promise.all([compiledPolicy(), accountKindsItem.getValue(), pausedSitesItem.getValue()]);
    if (paused.includes(draft.site)) return { ask: false };
    const { account } = resolveAccountKind(draft, policy.school, remembered);
    const ask = needsLateNightQuestion({ text: draft.text, site: draft.site, account, surface: draft.surface, handle: draft.handle, replyTo: draft.replyTo }, policy, now());
    return { ask };
  },
  'second-opinion': async (request, sender) => {
    onlyFromContentScript(sender);
    return openSecondOpinion(sender.tab.id, request);
  },
  'get-shortcut': async (_request, sender) => {
    onlyFromContentScript(sender);
    return { shortcut: await panelShortcut() };
  },
  'record-outcome': async (request, sender) => {
    onlyFromContentScript(sender);
    await recordHistory(sender.tab.id, request.site, request.rules, request.outcome, request.composerId);
    return null;
  },
  'set-paused': async (request, sender) => {
    onlyFromExtensionPage(sender);
    const paused = new Set(await pausedSitesItem.getValue());
    if (request.paused) paused.add(request.site);
    else paused.delete(request.site);
    await pausedSitesItem.setValue([...paused]);
    return null;
  },
  'check-image': async (request, sender) => {
    onlyFromContentScript(sender);
    const logos = await logoFingerprints();
    if (logos.length === 0) return { logo: false };
    const { width, height, rgbaBase64 } = request.image;
    const data = base64ToBytes(rgbaBase64);
    if (data.length !== width * height * 4) throw new Error('Post Check: image size and pixels disagree');
    return { logo: findLogo({ width, height, data }, logos) !== null };
  },
  'get-tab-state': async (request, sender) => {
    onlyFromExtensionPage(sender);
    const [tab, stored, paused] = await Promise.all([
      browser.tabs.get(request.tabId).catch(() => undefined),
      tabStateItem(request.tabId)
        .getValue()
        .catch(() => []),
      pausedSitesItem.getValue(),
    ]);
    const site = siteOf(tab?.url);
    const composers = composersFrom(stored).sort((a, b) => b.focusedAt - a.focusedAt);
    return { site, paused: site !== null && paused.includes(site), composers: site ? composers : [] };
  },
};

/**
 * The background's clock. End-to-end tests set `postCheckTestClock` (milliseconds) in
 * the service worker to ask the late-night question at a fixed time; nothing else can
 * reach the service worker's globals.
 */
function now(): Date {
  const fixed = (globalThis as { postCheckTestClock?: unknown }).postCheckTestClock;
  return typeof fixed === 'number' ? new Date(fixed) : new Date();
}

/** The panel's shortcut as the browser has it now, or '' (none set, or no commands API). */
export async function panelShortcut(): Promise<string> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === OPEN_PANEL_COMMAND)?.shortcut ?? '';
  } catch {
    return '';
  }
}

/** The browser command for the shortcut: the tab's content script opens the panel of the box being written in. */
export async function onCommand(command: string, tab?: { id?: number }): Promise<void> {
  if (command !== OPEN_PANEL_COMMAND) return;
  const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []))[0]?.id;
  if (id !== undefined) await tellTab(id, { type: 'open-panel' });
}

/**
 * The inline panel's "Ask for a second opinion": the email is written here from the
 * settings (the first contact with an email address, senior leader first) and the
 * checked findings this tab's box holds (rule names, never their words), with the
 * draft only when asked, and opened in the person's email program. The compose box
 * never learns who it goes to.
 */
async function openSecondOpinion(tabId: number, request: RequestOf<'second-opinion'>): Promise<ReplyOf<'second-opinion'>> {
  const policy = await compiledPolicy();
  const [contact] = secondOpinionContacts(policy.settings.contacts);
  if (!contact) return { opened: false, reason: 'no-contact' };
  const stored = composersFrom(await tabStateItem(tabId).getValue().catch(() => []));
  const composer = stored.find((c) => c.composerId === request.composerId);
  const site = siteOf((await browser.tabs.get(tabId).catch(() => undefined))?.url);
  const wanted = new Set<string>(request.rules);
  const findings = (composer?.findings ?? []).filter((f) => wanted.has(f.rule));
  const href = secondOpinionMailto({
    to: contact.email,
    site,
    findings,
    customRules: policy.settings.customRules,
    draft: request.includeDraft ? composer?.text : undefined,
  });
  if (!href) return { opened: false, reason: 'failed' };
  try {
    const hooks = (globalThis as { postCheckTestEmails?: unknown }).postCheckTestEmails;
    // End-to-end tests read what would have opened; nothing else can set this.
    if (Array.isArray(hooks)) hooks.push(href);
    else await browser.tabs.update(tabId, { url: href });
    return { opened: true };
  } catch {
    return { opened: false, reason: 'failed' };
  }
}

/** Every message that reaches the background: checked against the request schemas, then handled by its type. */
export async function handleMessage(message: unknown, sender: Sender): Promise<unknown> {
  const parsed = requestSchema.safeParse(withDraftCut(message));
  if (!parsed.success) throw new Error('Post Check: unrecognised message');
  const request = parsed.data;
  // TypeScript cannot tie the handler's type to the request's through a union; the map's type does.
  const handler = HANDLERS[request.type] as Handler<typeof request.type>;
  return handler(request as never, sender);
}

/**
 * One entry in the private history: rule IDs, site, account kind, time and outcome.
 * The account kind is the one the box was last checked as (the named box, else the box
 * in this tab whose findings hold these rules, the one last in use first).
 */
async function recordHistory(
  tabId: number,
  site: Site,
  rules: AnyRuleId[],
  outcome: 'fixed' | 'dismissed' | 'posted-anyway',
  composerId?: string,
): Promise<void> {
  const composers = [...(await tabStateItem(tabId).getValue())].sort((a, b) => b.focusedAt - a.focusedAt);
  const composer =
    composers.find((c) => c.composerId === composerId) ?? composers.find((c) => rules.some((rule) => c.findings.some((f) => f.rule === rule)));
  const account: AccountKind = composer?.account ?? 'unknown';
  await addHistory({ at: Date.now(), site, account, rules: [...new Set(rules)], outcome });
}

export async function forgetTab(tabId: number): Promise<void> {
  rateLimit.forget(tabId);
  revealBudget.forget(tabId);
  await updateTabState(tabId, () => []);
}

/** First run (docs/ux.md): installing opens the settings page, whose top shows the three set-up steps. */
export async function openSetupOnInstall(details: { reason: string }): Promise<void> {
  if (details.reason === 'install') await browser.runtime.openOptionsPage();
}

/**
 * When the settings, the pupil list, an account choice or a pause changes, every open
 * compose box checks again at once, instead of on its next keystroke. Only a "check
 * again" signal goes to the tabs: never the settings themselves (they hold staff names).
 */
export function recheckOpenTabsOnChange(): void {
  const recheck = async () => {
    const tabs = await browser.tabs.query({ url: [...CONTENT_MATCHES] }).catch(() => []);
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : tellTab(tab.id, { type: 'recheck' }))));
  };
  for (const item of [settingsItem, rosterVersionItem, accountKindsItem, pausedSitesItem, logosVersionItem]) item.watch(() => void recheck());
  // The school's managed settings (browser policy) changed.
  watchManagedPolicy(() => void recheck());
}
