/**
 * The background's work: check drafts for content scripts, keep each tab's findings
 * for the popup and the badge, remember account-kind choices and overrides.
 */
import { browser, type Browser } from 'wxt/browser';
import { accountKey, resolveAccountKind } from '../lib/account-kind';
import { checkDraft } from '../lib/engine';
import { needsLateNightQuestion } from '../lib/late-night';
import { requestSchema, type CheckResult, type ComposerState, type Request, type RequestOf, type TabState } from '../lib/messaging';
import type { Pupil } from '../lib/roster/types';
import { ADAPTERS } from '../lib/sites';
import type { AccountKind, AnyRuleId, Finding, Site } from '../lib/types';
import { base64ToBytes } from '../lib/images/base64';
import { findLogo } from '../lib/images';
import { logoFingerprints } from './logo-cache';
import { compiledPolicy, forgetCompiledPolicy, nameTableOf, rolloutMode } from './policy-cache';
import { watchManagedPolicy } from './managed-settings';
import { saveRoster, type StoredRoster } from './roster-db';
import { addHistory } from './history-db';
import { compactNameTable } from '../lib/roster/name-index';
import type { PupilPack } from '../lib/roster/pack';
import { accountKindsItem, logosVersionItem, overridesItem, pausedSitesItem, rosterVersionItem, settingsItem, tabStatesItem } from './storage';

type Sender = Browser.runtime.MessageSender;

const SEVERITY_ORDER = ['block', 'warn', 'info'] as const;
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

async function updateTabState(tabId: number, change: (composers: ComposerState[]) => ComposerState[]): Promise<ComposerState[]> {
  const states = await tabStatesItem.getValue();
  const next = change(states[tabId] ?? []);
  if (next.length === 0) delete states[tabId];
  else states[tabId] = next;
  await tabStatesItem.setValue(states);
  return next;
}

async function showBadge(tabId: number, composers: ComposerState[]): Promise<void> {
  const focused = [...composers].sort((a, b) => b.focusedAt - a.focusedAt)[0];
  const findings = focused?.findings ?? [];
  const worst = SEVERITY_ORDER.find((s) => findings.some((f) => f.severity === s));
  await browser.action.setBadgeText({ tabId, text: findings.length > 0 ? String(findings.length) : '' });
  if (worst) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[worst] });
}

async function checkForTab(request: RequestOf<'check-draft'>, tabId: number): Promise<CheckResult> {
  const { draft } = request;
  const [policy, remembered, paused, mode] = await Promise.all([compiledPolicy(), accountKindsItem.getValue(), pausedSitesItem.getValue(), rolloutMode()]);
  const { account, source } = resolveAccountKind(draft, policy.school, remembered);
  const isPaused = paused.includes(draft.site);
  const findings: Finding[] = isPaused
    ? []
    : checkDraft(
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
      );
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
        text: draft.text,
      },
    ];
  });
  await showBadge(tabId, composers);
  return { findings, account, accountSource: source, disclaimer: policy.settings.disclaimer.text, paused: isPaused, mode };
}

export async function handleMessage(message: unknown, sender: Sender): Promise<unknown> {
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) throw new Error('Post Check: unrecognised message');
  const request: Request = parsed.data;
  switch (request.type) {
    case 'check-draft':
      if (!fromContentScript(sender)) throw new Error('Post Check: drafts are checked only for its own content script');
      return checkForTab(request, sender.tab.id);
    case 'composer-focus':
    case 'composer-gone': {
      if (!fromContentScript(sender)) throw new Error('Post Check: not from a compose box');
      const tabId = sender.tab.id;
      const composers = await updateTabState(tabId, (list) =>
        request.type === 'composer-gone'
          ? list.filter((c) => c.composerId !== request.composerId)
          : list.map((c) => (c.composerId === request.composerId ? { ...c, focusedAt: Date.now() } : c)),
      );
      await showBadge(tabId, composers);
      return null;
    }
    case 'set-account-kind': {
      if (!fromContentScript(sender) && !fromExtensionPage(sender)) throw new Error('Post Check: not allowed');
      const remembered = await accountKindsItem.getValue();
      await accountKindsItem.setValue({ ...remembered, [accountKey(request.site, request.handle)]: request.kind });
      return null;
    }
    case 'record-override': {
      if (!fromContentScript(sender)) throw new Error('Post Check: not from a compose box');
      const records = await overridesItem.getValue();
      // Rule IDs, site and time only: never the draft.
      await overridesItem.setValue([...records.slice(-199), { rules: request.rules, site: request.site, at: Date.now() }]);
      if (request.rules.length > 0) await recordHistory(sender.tab.id, request.site, request.rules, 'posted-anyway');
      return null;
    }
    case 'late-night-check': {
      if (!fromContentScript(sender)) throw new Error('Post Check: not from a compose box');
      const { draft } = request;
      const [policy, remembered, paused] = await Promise.all([compiledPolicy(), accountKindsItem.getValue(), pausedSitesItem.getValue()]);
      if (paused.includes(draft.site)) return { ask: false };
      const { account } = resolveAccountKind(draft, policy.school, remembered);
      const ask = needsLateNightQuestion({ text: draft.text, site: draft.site, account, surface: draft.surface, handle: draft.handle, replyTo: draft.replyTo }, policy, new Date());
      return { ask };
    }
    case 'record-outcome': {
      if (!fromContentScript(sender)) throw new Error('Post Check: not from a compose box');
      await recordHistory(sender.tab.id, request.site, request.rules, request.outcome, request.composerId);
      return null;
    }
    case 'set-paused': {
      if (!fromExtensionPage(sender)) throw new Error('Post Check: not allowed');
      const paused = new Set(await pausedSitesItem.getValue());
      if (request.paused) paused.add(request.site);
      else paused.delete(request.site);
      await pausedSitesItem.setValue([...paused]);
      return null;
    }
    case 'check-image': {
      if (!fromContentScript(sender)) throw new Error('Post Check: not from a compose box');
      const logos = await logoFingerprints();
      if (logos.length === 0) return { logo: false };
      const { width, height, rgbaBase64 } = request.image;
      const data = base64ToBytes(rgbaBase64);
      if (data.length !== width * height * 4) throw new Error('Post Check: image size and pixels disagree');
      return { logo: findLogo({ width, height, data }, logos) !== null };
    }
    case 'replace-roster': {
      if (!fromExtensionPage(sender)) throw new Error('Post Check: not allowed');
      await replaceRoster(request.pupils, request.source, request.pack);
      return null;
    }
    case 'get-tab-state': {
      if (!fromExtensionPage(sender)) throw new Error('Post Check: not allowed');
      const [tab, states, paused] = await Promise.all([
        browser.tabs.get(request.tabId).catch(() => undefined),
        tabStatesItem.getValue(),
        pausedSitesItem.getValue(),
      ]);
      const site = siteOf(tab?.url);
      const composers = [...(states[request.tabId] ?? [])].sort((a, b) => b.focusedAt - a.focusedAt);
      const state: TabState = { site, paused: site !== null && paused.includes(site), composers: site ? composers : [] };
      return state;
    }
  }
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
  const composers = [...((await tabStatesItem.getValue())[tabId] ?? [])].sort((a, b) => b.focusedAt - a.focusedAt);
  const composer =
    composers.find((c) => c.composerId === composerId) ?? composers.find((c) => rules.some((rule) => c.findings.some((f) => f.rule === rule)));
  const account: AccountKind = composer?.account ?? 'unknown';
  await addHistory({ at: Date.now(), site, account, rules: [...new Set(rules)], outcome });
}

/** Extension pages replace the pupil list through here, so the index is rebuilt at once. */
export async function replaceRoster(pupils: Pupil[], source: string, pack?: PupilPack): Promise<void> {
  const stored: StoredRoster = pack ? { pupils: [], importedAt: Date.now(), source, pack } : { pupils, importedAt: Date.now(), source };
  // The name table is worked out once here, so a restarted background checks at once.
  stored.table = compactNameTable(nameTableOf(stored));
  await saveRoster(stored);
  await rosterVersionItem.setValue((await rosterVersionItem.getValue()) + 1);
  forgetCompiledPolicy();
}

export async function forgetTab(tabId: number): Promise<void> {
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
    const states = await tabStatesItem.getValue();
    await Promise.all(Object.keys(states).map((tabId) => browser.tabs.sendMessage(Number(tabId), { type: 'recheck' }).catch(() => {})));
  };
  for (const item of [settingsItem, rosterVersionItem, accountKindsItem, pausedSitesItem, logosVersionItem]) item.watch(() => void recheck());
  // The school's managed settings (browser policy) changed.
  watchManagedPolicy(() => void recheck());
}
