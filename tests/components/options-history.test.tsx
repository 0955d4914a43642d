// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within as inside } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HistorySection } from '../../components/options/HistorySection';
import { SettingsProvider } from '../../components/options/settings-context';
import { AnnouncerProvider } from '../../components/ui/announcer';
import type { CheckResult } from '../../lib/messaging';
import { ruleById } from '../../lib/rules';
import { EXAMPLE_SETTINGS as DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { handleMessage } from '../../entrypoints/background/handlers';
import { addHistory, clearHistory, loadHistory } from '../../utils/history-db';
import { database, replacePupilList } from '../../utils/roster-db';
import { overridesItem, settingsItem } from '../../utils/storage';
import { ROSTER } from '../helpers';
import { fakeExtension } from './extension-fakes';

const DAY = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  fakeExtension();
  await clearHistory();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const rawHistory = async () => (await database()).getAll('history');

async function contentScriptOn(url: string) {
  const tab = await fakeBrowser.tabs.create({ url });
  return { id: fakeBrowser.runtime.id, url, tab: { id: tab.id!, url } } as never;
}

const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') } as never;

describe('the private history: what is kept', () => {
  it('records "posted anyway" and "not a problem here" with rule IDs, site, account kind and time, and no words or names', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, staff: ['Mrs Jane Pascoe'] });
    await replacePupilList(ROSTER, 'pupils.csv');
    const sender = await contentScriptOn('https://www.facebook.com/');
    const text = "Well done Grace Okafor, Mrs Pascoe says you were a star at St Stephen's! Call 07700 900123";
    const result = (await handleMessage(
      { type: 'check-draft', composerId: 'c1', draft: { text, site: 'facebook', surface: 'post', images: 0, handle: 'Jane Pascoe' } },
      sender,
    )) as CheckResult;
    const rules = [...new Set(result.findings.map((f) => f.rule))];
    expect(rules).toEqual(expect.arrayContaining(['pupil-name', 'personal-data', 'disclaimer-missing']));
    const before = Date.now();
    await handleMessage({ type: 'record-outcome', site: 'facebook', composerId: 'c1', rules: ['staff-named'], outcome: 'dismissed' }, sender);
    await handleMessage({ type: 'record-override', site: 'facebook', rules: rules.filter((r) => result.findings.some((f) => f.rule === r && f.severity === 'block')) }, sender);

    const stored = await rawHistory();
    expect(stored).toHaveLength(2);
    for (const record of stored) {
      expect(Object.keys(record).sort()).toEqual(['account', 'at', 'id', 'outcome', 'rules', 'site']);
      expect(record.at).toBeGreaterThanOrEqual(before);
      expect(record.site).toBe('facebook');
      expect(record.account).toBe('personal');
    }
    expect(stored.map((r) => r.outcome)).toEqual(['dismissed', 'posted-anyway']);
    expect(stored[0]!.rules).toEqual(['staff-named']);
    expect(stored[1]!.rules).toEqual(expect.arrayContaining(['pupil-name', 'personal-data']));
    const everything = JSON.stringify(stored);
    for (const word of ['Grace', 'Okafor', 'Pascoe', 'Jane', 'Well done', '07700', 'star']) expect(everything).not.toContain(word);
    // The older "Post anyway" record is still kept as before.
    expect((await overridesItem.getValue()).at(-1)!.site).toBe('facebook');
  });

  it('takes history only from its own content script, and only rule IDs', async () => {
    await expect(handleMessage({ type: 'record-outcome', site: 'x', rules: ['pupil-name'], outcome: 'dismissed' }, page)).rejects.toThrow(/not from a compose box/);
    const sender = await contentScriptOn('https://x.com/home');
    await expect(handleMessage({ type: 'record-outcome', site: 'x', rules: ['Grace Okafor'], outcome: 'dismissed' }, sender)).rejects.toThrow(/unrecognised/);
    await expect(handleMessage({ type: 'record-outcome', site: 'x', rules: ['pupil-name'], outcome: 'dismissed', text: 'hi' }, sender)).resolves.toBeNull();
    expect(JSON.stringify(await rawHistory())).not.toContain('hi"');
    expect((await rawHistory())[0]!.account).toBe('unknown');
  });

  it('deletes what is older than 90 days, from the database itself', async () => {
    const now = Date.now();
    await addHistory({ at: now - 91 * DAY, site: 'x', account: 'school', rules: ['tone'], outcome: 'fixed' }, now - 91 * DAY);
    await addHistory({ at: now - 89 * DAY, site: 'x', account: 'school', rules: ['tone'], outcome: 'fixed' }, now - 89 * DAY);
    expect(await rawHistory()).toHaveLength(2);
    const kept = await loadHistory(now);
    expect(kept.map((e) => Math.round((now - e.at) / DAY))).toEqual([89]);
    expect((await rawHistory()).map((e) => Math.round((now - e.at) / DAY))).toEqual([89]);
    // Writing prunes too.
    await addHistory({ at: now, site: 'linkedin', account: 'personal', rules: ['tone'], outcome: 'fixed' }, now + 2 * DAY);
    expect((await rawHistory()).map((e) => e.site)).toEqual(['linkedin']);
  });
});

async function renderHistory() {
  render(
    <AnnouncerProvider>
      <SettingsProvider fallback={<p>Loading</p>}>
        <HistorySection />
      </SettingsProvider>
    </AnnouncerProvider>,
  );
  return inside(await screen.findByRole('region', { name: 'Your history' }));
}

describe('the private history on the settings page', () => {
  beforeEach(async () => {
    const now = Date.now();
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      customRules: [
        {
          id: 'school-ofsted-embargo',
          title: 'Inspection results before they are published',
          phrases: ['ofsted grade'],
          message: 'Not yet.',
          policy: 'Keep it private.',
          severity: { personal: 'block' },
          examples: { flag: [], pass: [] },
        },
      ],
    });
    await addHistory({ at: now - 2 * DAY, site: 'x', account: 'personal', rules: ['pupil-name', 'school-ofsted-embargo'], outcome: 'posted-anyway' });
    await addHistory({ at: now - 1 * DAY, site: 'linkedin', account: 'school', rules: ['tone'], outcome: 'fixed' });
    await addHistory({ at: now - 15 * DAY, site: 'facebook', account: 'unknown', rules: ['confidential'], outcome: 'dismissed' });
  });

  it('shows a chart of recent weeks and a table, newest first, with rule names', async () => {
    const within = await renderHistory();
    const table = await within.findByTestId('history-table');
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent));
    expect(rows).toEqual([
      ['LinkedIn', 'School', ruleById('tone')!.title, 'Fixed'],
      ['X', 'Personal', `${ruleById('pupil-name')!.title}; Inspection results before they are published`, 'Posted anyway'],
      ['Facebook', 'Not known', ruleById('confidential')!.title, 'Not a problem here'],
    ]);
    expect(table.querySelector('[data-rule="school-ofsted-embargo"]')).not.toBeNull();
    const chart = within.getByTestId('history-chart');
    const weeks = [...chart.querySelectorAll('g[data-week]')];
    expect(weeks).toHaveLength(12);
    expect(weeks.reduce((n, g) => n + Number(g.getAttribute('data-total')), 0)).toBe(3);
    expect(chart.querySelectorAll('rect[data-outcome="posted-anyway"]')).toHaveLength(1);
    expect(within.getByRole('img', { name: /The last 12 weeks: 3 times something was flagged \(fixed 1, not a problem here 1, posted anyway 1\)/ })).toBe(chart);
  });

  it('shows a new entry at once while the page is open', async () => {
    const within = await renderHistory();
    const table = await within.findByTestId('history-table');
    expect(table.querySelectorAll('tbody tr')).toHaveLength(3);
    await addHistory({ at: Date.now(), site: 'facebook', account: 'personal', rules: ['disrepute'], outcome: 'posted-anyway' });
    await waitFor(() => expect(within.getByTestId('history-table').querySelectorAll('tbody tr')).toHaveLength(4));
  });

  it('downloads the history as CSV', async () => {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:history';
    });
    const within = await renderHistory();
    await within.findByTestId('history-table');
    await userEvent.click(within.getByRole('button', { name: 'Download as CSV' }));
    await waitFor(() => expect(within.getByRole('status').textContent).toBe('Downloaded 3 entries as CSV.'));
    const lines = (await blob!.text()).trim().split('\r\n');
    expect(lines[0]).toBe('date,time,site,account,rules,outcome');
    expect(lines.slice(1).map((l) => l.split(',').slice(2).join(','))).toEqual([
      'facebook,unknown,confidential,dismissed',
      'x,personal,pupil-name school-ofsted-embargo,posted-anyway',
      'linkedin,school,tone,fixed',
    ]);
  });

  it('deletes the whole history in one click', async () => {
    const within = await renderHistory();
    await within.findByTestId('history-table');
    await userEvent.click(within.getByRole('button', { name: 'Delete my history' }));
    await waitFor(() => expect(within.getByRole('status').textContent).toBe('Your history is deleted.'));
    expect(await rawHistory()).toEqual([]);
    expect(within.getByText(/Nothing yet/)).toBeTruthy();
    await waitFor(() => expect(within.getByRole('button', { name: 'Delete my history' })).toHaveProperty('disabled', true));
  });
});
