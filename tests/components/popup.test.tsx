// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../components/popup/Popup';
import { EXAMPLE_SETTINGS as DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import type { Finding } from '../../lib/types';
import { accountKindsItem, pausedSitesItem, settingsItem } from '../../utils/storage';
import { checklistTicksItem, setupItem } from '../../utils/ui-storage';
import { composer, fakeExtension, openTab, setComposers } from './extension-fakes';

const pupilName: Finding = { rule: 'pupil-name', severity: 'block', start: 10, end: 22, message: "Pupils' full names can't go on a personal account.", policy: 'Legal considerations: “Users must ensure…”' };
const disclaimer: Finding = { rule: 'disclaimer-missing', severity: 'warn', message: 'Add a disclaimer.', policy: 'Scope: “…”', fix: 'insert-disclaimer' };
const DRAFT = 'Well done Grace Okafor at SSCA';

beforeEach(() => {
  fakeExtension();
  vi.spyOn(window, 'close').mockImplementation(() => {});
});
afterEach(cleanup);

async function popupOn(url: string, composers = [composer({ findings: [disclaimer, pupilName], text: DRAFT })]) {
  const tabId = await openTab(url);
  await setComposers(tabId, composers);
  render(<Popup tabId={tabId} />);
  await screen.findByTestId('tab-findings');
  return tabId;
}

describe('the popup: this tab', () => {
  it('lists the findings of the post, worst first, each with its rule, severity word and the words it is about', async () => {
    await popupOn('https://x.com/home');
    const findings = screen.getByTestId('tab-findings');
    expect(within(findings).getByRole('status').textContent).toContain('2 things to look at in your post on X');
    const items = findings.querySelectorAll('[data-rule]');
    expect([...items].map((i) => i.getAttribute('data-rule'))).toEqual(['pupil-name', 'disclaimer-missing']);
    expect(items[0]!.getAttribute('data-severity')).toBe('block');
    expect(items[0]!.textContent).toContain('Must fix');
    expect(items[0]!.textContent).toContain('“Grace Okafor”');
    expect(items[1]!.textContent).toContain('Should fix');
  });

  it('opens "Why?" to the policy sentence', async () => {
    await popupOn('https://www.facebook.com/');
    const why = screen.getAllByText('Why?')[0]!;
    await userEvent.click(why);
    expect(why.closest('details')!.open).toBe(true);
    expect(why.closest('details')!.textContent).toContain('Users must ensure');
  });

  it('says there is nothing to check on a page that is not one of the three sites, calmly', async () => {
    await popupOn('https://www.bbc.co.uk/news');
    expect(screen.getByRole('status').textContent).toContain('Nothing to check on this page');
    expect(screen.getByTestId('tab-findings').querySelectorAll('[data-rule]')).toHaveLength(0);
    expect(screen.queryByText(/Pause checking/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when a post on the site has nothing to check', async () => {
    await popupOn('https://www.linkedin.com/feed/', [composer({ findings: [] })]);
    expect(screen.getByRole('status').textContent).toContain('Looks good: nothing to change in your post on LinkedIn');
  });

  it('shows nothing to check for a browser page with no tab', async () => {
    render(<Popup tabId={null} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Nothing to check on this page'));
    expect(screen.queryByRole('group', { name: 'This post is from' })).toBeNull();
  });
});

describe('the popup: pausing', () => {
  it('pauses checking on this site until it is turned back on, and says so plainly', async () => {
    await popupOn('https://x.com/home');
    await userEvent.click(screen.getByRole('button', { name: 'Pause checking on X' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Checking is paused on X'));
    expect(await pausedSitesItem.getValue()).toEqual(['x']);
    expect(screen.getByTestId('tab-findings').querySelectorAll('[data-rule]')).toHaveLength(0);
    expect(screen.getByText(/not checking anything you write on X until you turn it back on/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Turn checking back on' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('2 things to look at'));
    expect(await pausedSitesItem.getValue()).toEqual([]);
  });
});

describe('the popup: account kind', () => {
  it('shows which account the post is treated as, and why', async () => {
    await popupOn('https://x.com/home', [composer({ account: 'school', accountSource: 'official', handle: '@StStephensCA' })]);
    const group = screen.getByRole('group', { name: 'This post is from' });
    expect(within(group).getByRole('radio', { name: "The school's account" })).toHaveProperty('checked', true);
    expect(group.textContent).toContain("@StStephensCA is one of the school's official accounts");
  });

  it('asks when it cannot tell, and remembers the choice for that account', async () => {
    await popupOn('https://www.facebook.com/', [composer({ account: 'unknown', accountSource: 'unknown', handle: 'Jane Pascoe' })]);
    const group = screen.getByRole('group', { name: 'This post is from' });
    expect(group.textContent).toContain("can't tell which account");
    expect(within(group).getByRole('radio', { name: 'My personal account' })).toHaveProperty('checked', false);
    await userEvent.click(within(group).getByRole('radio', { name: 'My personal account' }));
    await waitFor(() => expect(group.textContent).toContain('Saved for Jane Pascoe'));
    expect(await accountKindsItem.getValue()).toEqual({ 'facebook:janepascoe': 'personal' });
  });
});

describe('the popup: second opinion', () => {
  beforeEach(async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, contacts: { slt: 'head@example.org', dsl: 'dsl@example.org' } });
  });

  it('opens a pre-filled email to the school contact, without the draft unless asked', async () => {
    await popupOn('https://x.com/home');
    const link = await screen.findByRole('link', { name: 'Write the email' });
    const href = () => new URL(link.getAttribute('href')!);
    expect(href().protocol).toBe('mailto:');
    expect(href().pathname).toBe('head@example.org');
    expect(href().searchParams.get('body')).toContain("Must fix: A pupil's name");
    expect(href().searchParams.get('body')).not.toContain('Grace');
    expect(href().searchParams.get('body')).not.toContain('Grace');
    const include = screen.getByRole('checkbox', { name: /Put my draft in the email/ });
    expect(include).toHaveProperty('checked', false);
    await userEvent.click(include);
    expect(href().searchParams.get('body')).toContain(DRAFT);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Who to ask' }), 'dsl');
    expect(href().pathname).toBe('dsl@example.org');
  });

  it('says when the school has not set anyone to ask', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, contacts: {} });
    await popupOn('https://x.com/home');
    expect(await screen.findByText(/hasn't said who to ask yet/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Write the email' })).toBeNull();
  });
});

describe('the popup: policy checklist', () => {
  it('groups the policy as it does, each line opening to the policy\'s own words', async () => {
    await popupOn('https://x.com/home');
    const checklist = screen.getByTestId('policy-checklist');
    const groups = [...checklist.querySelectorAll('details.checklist-group > summary')].map((s) => s.textContent);
    expect(groups).toEqual(['Before you post', 'Images', 'Personal accounts', 'School accounts: do', "School accounts: don't"]);
    const line = within(checklist).getByText('Nothing confidential');
    await userEvent.click(line);
    expect(line.closest('details')!.textContent).toContain("Don't publish confidential or commercially sensitive material");
  });

  it('flags the lines that match a finding in this post', async () => {
    await popupOn('https://x.com/home');
    const line = screen.getByText("No pupil's full name or personal details").closest('li')!;
    expect(line.textContent).toContain("see your post's findings");
    expect(screen.getByText('Nothing confidential').closest('li')!.textContent).not.toContain('see your post');
  });

  it('lets the user tick "before you post" lines for this post, and keeps them while the popup is closed', async () => {
    const tabId = await popupOn('https://x.com/home');
    const box = screen.getByRole('checkbox', { name: 'Nothing confidential' });
    await userEvent.click(box);
    expect(box).toHaveProperty('checked', true);
    expect(await checklistTicksItem.getValue()).toEqual({ [`${tabId}:c1`]: ['before-you-post/confidential'] });
    expect(screen.getByTestId('policy-checklist').textContent).toContain('1 of 13 checks ticked');
    cleanup();
    render(<Popup tabId={tabId} />);
    expect(await screen.findByRole('checkbox', { name: 'Nothing confidential' })).toHaveProperty('checked', true);
    await userEvent.click(screen.getByRole('button', { name: 'Clear the ticks' }));
    expect(await checklistTicksItem.getValue()).toEqual({});
    // Personal-account lines are reminders, not ticks.
    expect(screen.queryByRole('checkbox', { name: 'Know how to report a problem' })).toBeNull();
  });
});

describe('the popup: set-up', () => {
  it('says plainly when it does not know the school yet (a fresh install)', async () => {
    await setupItem.setValue({ done: true });
    await popupOn('https://x.com/home');
    expect(screen.getByText(/Post Check doesn't know your school yet/)).toBeTruthy();
  });

  it('offers to finish setting up until that is done', async () => {
    await settingsItem.setValue(DEFAULT_SETTINGS);
    await popupOn('https://x.com/home');
    expect(screen.getByRole('button', { name: 'Finish setting up' })).toBeTruthy();
    await setupItem.setValue({ done: true });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Finish setting up' })).toBeNull());
  });

  it('opens the settings page', async () => {
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await popupOn('https://x.com/home');
    await userEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(openOptions).toHaveBeenCalled();
  });
});

describe('first run', () => {
  it('opens the settings page when the extension is installed, not when it is updated', async () => {
    const { openSetupOnInstall } = await import('../../entrypoints/background/handlers');
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    openOptions.mockClear();
    await openSetupOnInstall({ reason: 'update' });
    expect(openOptions).not.toHaveBeenCalled();
    await openSetupOnInstall({ reason: 'install' });
    expect(openOptions).toHaveBeenCalledOnce();
  });
});

describe('the popup: boxes on this page', () => {
  it('says how many boxes the page has that Post Check is checking, and which it does not know', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ boxes: 3, generic: 1 } as never);
    await popupOn('https://www.linkedin.com/feed/');
    const line = await screen.findByTestId('boxes-checked');
    expect(line.textContent).toContain('Post Check is checking 3 boxes on this page.');
    expect(line.textContent).toContain("One of them is new to Post Check: it checks the words, but can't tell which account it goes out from or how it is sent.");
  });

  it('says when it has found no box yet, and says nothing when the page has no content script', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ boxes: 0, generic: 0 } as never);
    await popupOn('https://x.com/home');
    expect((await screen.findByTestId('boxes-checked')).textContent).toContain("hasn't found a box");
    cleanup();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await popupOn('https://x.com/home');
    expect(screen.queryByTestId('boxes-checked')).toBeNull();
  });
});
