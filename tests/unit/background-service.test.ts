/**
 * The background's answers to compose boxes under stress (issue 8): many boxes at
 * once, storage that fails, drafts of any length, a tab that asks too often.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECK_LIMIT } from '../../lib/limits';
import type { CheckResult, TabState } from '../../lib/messaging';
import { CHECK_BURST } from '../../lib/reveal-limits';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { forgetTab, handleMessage } from '../../entrypoints/background/handlers';
import { replacePupilList } from '../../utils/roster-db';
import { forgetCompiledPolicy, warmUp, watchPolicySources } from '../../entrypoints/background/policy-cache';
import { settingsItem, tabStateItem } from '../../utils/storage';
import { pupil, SCHOOL_SETTINGS } from '../helpers';
import { parseSettings } from '../../lib/settings/schema';

let nextTab = 100;

function fromTab(tabId: number) {
  return { id: fakeBrowser.runtime.id, tab: { id: tabId, url: 'https://x.com/home' } as never, url: 'https://x.com/home' };
}
const fromPopup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

function checkRequest(composerId: string, text: string) {
  return { type: 'check-draft', composerId, draft: { text, site: 'x', surface: 'post', handle: '@MrsPascoe', images: 0 } };
}

async function check(tabId: number, composerId: string, text: string): Promise<CheckResult> {
  return (await handleMessage(checkRequest(composerId, text), fromTab(tabId))) as CheckResult;
}

async function tabState(tabId: number): Promise<TabState> {
  return (await handleMessage({ type: 'get-tab-state', tabId }, fromPopup())) as TabState;
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  await settingsItem.setValue(parseSettings(SCHOOL_SETTINGS));
  await replacePupilList([pupil('Grace', 'Okafor'), pupil('Callum', 'MacLeod', { mediaConsent: 'refused' })], 'test');
  // The background hears of a new list through the version item's watch (watchPolicySources), not set up here.
  forgetCompiledPolicy();
});

/** A fresh tab: the background's per-tab allowances live in memory, so a reused id starts clean. */
async function newTab(): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url: 'https://x.com/home' });
  const tabId = tab.id ?? nextTab++;
  await forgetTab(tabId);
  return tabId;
}

describe('a new pupil list', () => {
  it('is checked with as soon as the settings page saves it, through the version it bumps', async () => {
    watchPolicySources();
    const tabId = await newTab();
    const rules = async (text: string) => (await check(tabId, 'a', text)).findings.map((f) => f.rule);
    expect(await rules('Well done Zara Quinn')).not.toContain('pupil-name');
    await replacePupilList([pupil('Zara', 'Quinn')], 'new.csv');
    await vi.waitFor(async () => expect(await rules('Well done Zara Quinn!')).toContain('pupil-name'));
    expect(await rules('Well done Grace Okafor')).not.toContain('pupil-name');
  });
});

describe('tab state', () => {
  it('keeps every compose box when many check at once', async () => {
    const tabId = await newTab();
    const boxes = Array.from({ length: 12 }, (_, i) => `box-${i}`);
    await Promise.all(boxes.map((id) => check(tabId, id, `Well done Grace Okafor, from ${id}`)));
    const state = await tabState(tabId);
    expect(state.composers.map((c) => c.composerId).sort()).toEqual([...boxes].sort());
    for (const composer of state.composers) expect(composer.findings.map((f) => f.rule)).toContain('pupil-name');
  });

  it('keeps one tab’s boxes apart from another’s checked at the same time', async () => {
    const [a, b] = [await newTab(), await newTab()];
    await Promise.all([check(a, 'one', 'Hello'), check(b, 'two', 'Hi'), check(a, 'three', 'Hey'), check(b, 'four', 'Yo')]);
    expect((await tabState(a)).composers.map((c) => c.composerId).sort()).toEqual(['one', 'three']);
    expect((await tabState(b)).composers.map((c) => c.composerId).sort()).toEqual(['four', 'two']);
  });

  it('keeps a focus and a check that arrive together', async () => {
    const tabId = await newTab();
    await check(tabId, 'first', 'Hello');
    await Promise.all([handleMessage({ type: 'composer-focus', composerId: 'first' }, fromTab(tabId)), check(tabId, 'second', 'Hi')]);
    expect((await tabState(tabId)).composers.map((c) => c.composerId).sort()).toEqual(['first', 'second']);
  });

  it('still answers the compose box, with its findings, when storage.session cannot be written', async () => {
    const tabId = await newTab();
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const result = await check(tabId, 'box', 'Well done Callum MacLeod!');
    expect(result.unchecked).toBeUndefined();
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([['no-consent-pupil', 'block']]);
  });

  it('ignores junk in storage and starts afresh', async () => {
    const tabId = await newTab();
    await fakeBrowser.storage.session.set({ [`tabState:${tabId}`]: { not: 'a list' } });
    await check(tabId, 'box', 'Hello');
    expect((await tabState(tabId)).composers.map((c) => c.composerId)).toEqual(['box']);
    await fakeBrowser.storage.session.set({ [`tabState:${tabId}`]: [42, null, { composerId: 7 }, 'x'] });
    expect((await tabState(tabId)).composers).toEqual([]);
  });

  it('remembers only the most recent compose boxes of a tab, so a page with thousands cannot fill storage', async () => {
    const tabId = await newTab();
    for (let i = 0; i < 25; i++) await check(tabId, `box-${i}`, 'Hello');
    expect((await tabState(tabId)).composers.length).toBeLessThanOrEqual(20);
  });

  it('forgets a closed tab', async () => {
    const tabId = await newTab();
    await check(tabId, 'box', 'Hello');
    await forgetTab(tabId);
    expect(await tabStateItem(tabId).getValue()).toEqual([]);
  });
});

describe('answers that hold the post instead of passing it', () => {
  it('checks the first part of a draft of any length and says the rest was not checked', async () => {
    const tabId = await newTab();
    const text = `Well done Callum MacLeod! ${'More news. '.repeat(100_000)}`;
    const result = await check(tabId, 'box', text);
    expect(result.unchecked).toMatchObject({ reason: 'too-long', from: CHECK_LIMIT });
    expect(result.unchecked!.message).toMatch(/25,000 characters/);
    expect(result.findings.map((f) => f.rule)).toContain('no-consent-pupil');
    // What is kept for the popup is no longer than what was checked.
    expect((await tabStateItem(tabId).getValue())[0]!.text!.length).toBe(CHECK_LIMIT);
  });

  it('answers "couldn\'t check" when checking fails, instead of failing the message', async () => {
    const tabId = await newTab();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage broken'));
    const result = await check(tabId, 'box', 'Well done Callum MacLeod!');
    expect(result.unchecked).toMatchObject({ reason: 'failed', from: 0 });
    expect(result.unchecked!.message).toBe("Post Check couldn't check this post.");
  });

  it('answers "busy" to a tab that asks for more checks than anyone types, and keeps other tabs going', async () => {
    const [busy, quiet] = [await newTab(), await newTab()];
    const results: CheckResult[] = [];
    // The clock held still, so that a slow machine's checks do not earn the tab new ones as they go.
    const clock = vi.spyOn(Date, 'now').mockReturnValue(Date.now());
    try {
      for (let i = 0; i <= CHECK_BURST; i++) results.push(await check(busy, 'box', `Guess number ${i}`));
    } finally {
      clock.mockRestore();
    }
    const last = results[results.length - 1]!;
    expect(last.unchecked).toMatchObject({ reason: 'busy', from: 0 });
    expect(last.unchecked!.retryAfterMs).toBeGreaterThan(0);
    expect(last.findings).toEqual([]);
    expect((await check(quiet, 'box', 'Hello')).unchecked).toBeUndefined();
  });
});

describe('settings defaults', () => {
  it('checks with the defaults when no settings are stored', async () => {
    await settingsItem.setValue(DEFAULT_SETTINGS);
    const tabId = await newTab();
    expect((await check(tabId, 'box', 'Hello')).unchecked).toBeUndefined();
  });
});

describe('starting the worker', () => {
  it('gets the checks ready before the first draft arrives: the policy built and every rule run once', async () => {
    const check = vi.fn();
    forgetCompiledPolicy();
    warmUp(check);
    await vi.waitFor(() => expect(check).toHaveBeenCalledTimes(1));
    const [policy, text] = check.mock.calls[0]!;
    expect(policy.settings.school.name).toBeTruthy();
    expect(text).toMatch(/school/);
  });
});

describe('the inline panel asks the background (issue 15, issue 11)', () => {
  it('writes the second-opinion email itself and opens it: rule names, the draft only if asked, never to the page', async () => {
    await settingsItem.setValue(parseSettings({ ...SCHOOL_SETTINGS, contacts: { slt: 'head@example.org' } }));
    forgetCompiledPolicy();
    const tabId = await newTab();
    await check(tabId, 'box', "Well done Grace Okafor at St Stephen's");
    const opened: string[] = [];
    vi.spyOn(fakeBrowser.tabs, 'update').mockImplementation((async (_id: number, props: { url?: string }) => {
      opened.push(props.url!);
      return {};
    }) as never);
    const reply = await handleMessage({ type: 'second-opinion', composerId: 'box', rules: ['pupil-name'], includeDraft: false }, fromTab(tabId));
    // The compose box learns only that it opened: not who it went to.
    expect(reply).toEqual({ opened: true });
    const url = new URL(opened[0]!);
    expect(url.pathname).toBe('head@example.org');
    const body = url.searchParams.get('body')!;
    expect(body).toContain("- Must fix: A pupil's name");
    // Only the findings the person has not set aside.
    expect(body).not.toContain('disclaimer');
    expect(body).not.toContain('Grace');
    await handleMessage({ type: 'second-opinion', composerId: 'box', rules: ['pupil-name'], includeDraft: true }, fromTab(tabId));
    expect(new URL(opened[1]!).searchParams.get('body')).toContain("Well done Grace Okafor at St Stephen's");
  });

  it('says when the school has named no one to ask, and answers only compose boxes', async () => {
    await settingsItem.setValue(parseSettings({ ...SCHOOL_SETTINGS, contacts: {} }));
    forgetCompiledPolicy();
    const tabId = await newTab();
    expect(await handleMessage({ type: 'second-opinion', composerId: 'box', rules: [], includeDraft: false }, fromTab(tabId))).toEqual({ opened: false, reason: 'no-contact' });
    await expect(handleMessage({ type: 'second-opinion', composerId: 'box', rules: [], includeDraft: true }, fromPopup())).rejects.toThrow(/not from a compose box/);
  });

  it('tells a box when pupils’ names are not checked, when it has no school, and when the late-night pause applies', async () => {
    const tabId = await newTab();
    expect((await check(tabId, 'a', 'Hello')).noPupilList).toBeUndefined();
    await replacePupilList([], 'none');
    forgetCompiledPolicy();
    expect((await check(tabId, 'a', 'Hello')).noPupilList).toBe(true);
    await settingsItem.setValue(DEFAULT_SETTINGS);
    forgetCompiledPolicy();
    expect((await check(tabId, 'a', 'Hello again')).noSchool).toBe(true);
    await settingsItem.setValue(parseSettings({ ...SCHOOL_SETTINGS, lateNight: { enabled: true, from: '22:00', to: '06:00' } }));
    forgetCompiledPolicy();
    expect((await check(tabId, 'a', "A long day at St Stephen's")).lateNightPause).toBe(true);
    expect((await check(tabId, 'a', 'A lovely sunset')).lateNightPause).toBeUndefined();
  });

  it('points a missing disclaimer at the words that mention the school', async () => {
    const tabId = await newTab();
    const text = "Proud of everyone at St Stephen's and SSCA";
    const result = await check(tabId, 'a', text);
    const finding = result.findings.find((f) => f.rule === 'disclaimer-missing')!;
    expect(finding.about!.map((span) => text.slice(span.start, span.end))).toEqual(["St Stephen's", 'SSCA']);
  });

  it('sends the shortcut as a browser command to the tab, which opens its panel', async () => {
    const { onCommand, panelShortcut } = await import('../../entrypoints/background/handlers');
    const told = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    await onCommand('open-panel', { id: 7 });
    expect(told).toHaveBeenCalledWith(7, { type: 'open-panel' });
    await onCommand('something-else', { id: 7 });
    expect(told).toHaveBeenCalledTimes(1);
    expect(typeof (await panelShortcut())).toBe('string');
  });
});
