/**
 * The extension around a page under test: fakeBrowser's storage and tabs, and the real
 * background message handler answering as it would for our own pages.
 */
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ComposerState } from '../../lib/messaging';
import { handleMessage } from '../../entrypoints/background/handlers';
import { tabStateItem } from '../../utils/storage';

// A loaded 2-core machine running the whole suite can take more than a second to save and re-render.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

/** Resets the fake browser and routes messages to the background handler, as if sent from our popup. */
export function fakeExtension(): void {
  fakeBrowser.reset();
  // fakeBrowser answers only through sendResponse; the real runtime resolves with the handler's promise.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown) =>
    handleMessage(message, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') })) as never);
}

export async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

export async function setComposers(tabId: number, composers: ComposerState[]): Promise<void> {
  await tabStateItem(tabId).setValue(composers);
}

export function composer(overrides: Partial<ComposerState> = {}): ComposerState {
  return { composerId: 'c1', surface: 'post', account: 'personal', findings: [], focusedAt: 1, handle: '@MrsPascoe', accountSource: 'page', ...overrides };
}
