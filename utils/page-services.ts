/**
 * What the popup and the settings page ask of the extension, in one place: messages
 * to the background (which owns the pupil list and each tab's findings) and opening
 * pages. Components call these; tests replace the background with its real handler.
 */
import { browser } from 'wxt/browser';
import type { TabState } from '../lib/messaging';
import type { SettingsAnchor } from '../lib/settings/sections';
import type { Site } from '../lib/types';

import type { BoxCount } from '../lib/messaging';
import { ask, askTab } from './messages';

export async function getTabState(tabId: number): Promise<TabState> {
  return ask({ type: 'get-tab-state', tabId });
}

export type { BoxCount } from '../lib/messaging';

/** Asks the tab's own content script how many boxes it checks; null when there is none (another site, a browser page, not loaded yet). */
export function boxesOnPage(tabId: number): Promise<BoxCount | null> {
  return askTab(tabId, { type: 'count-boxes' });
}

export async function setPaused(site: Site, paused: boolean): Promise<void> {
  await ask({ type: 'set-paused', site, paused });
}

export async function setAccountKind(site: Site, handle: string, kind: 'personal' | 'school'): Promise<void> {
  await ask({ type: 'set-account-kind', site, handle, kind });
}

/** The tab the popup was opened on: `?tabId=` (tests open the popup in a tab of its own), else the active tab. */
export async function popupTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Opens the settings page, at a section when given one. */
export async function openSettings(section?: SettingsAnchor): Promise<void> {
  if (!section) {
    await browser.runtime.openOptionsPage();
    return;
  }
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}`) });
}
