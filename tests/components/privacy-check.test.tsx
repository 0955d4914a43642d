// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrivacyCheckSection } from '../../components/options/PrivacyCheckSection';
import { AnnouncerProvider } from '../../components/ui/announcer';
import { PrivacyCheck } from '../../components/privacy/PrivacyCheck';
import { nextTermReminder, PRIVACY_LINKS } from '../../lib/privacy-check';
import { handleAlarm, HISTORY_ALARM, setupAlarms, syncTermlyReminder, TERMLY_ALARM } from '../../entrypoints/background/alarms';
import { addHistory, clearHistory, loadHistory } from '../../utils/history-db';
import { termlyReminderItem } from '../../utils/ui-storage';
import { fakeExtension } from './extension-fakes';

beforeEach(fakeExtension);
afterEach(cleanup);

const DAY = 24 * 60 * 60 * 1000;

describe('when the termly reminder comes', () => {
  it.each([
    [new Date(2026, 2, 14, 12, 0), new Date(2026, 3, 27, 16, 0)], // mid-March: the Monday on or after 22 April
    [new Date(2026, 3, 27, 16, 0), new Date(2026, 8, 14, 16, 0)], // the moment it fires: the next one, in September
    [new Date(2026, 10, 1), new Date(2027, 0, 11, 16, 0)], // November: next January
    [new Date(2026, 0, 1), new Date(2026, 0, 12, 16, 0)],
  ])('after %s is %s', (now, expected) => {
    expect(nextTermReminder(now)).toEqual(expected);
    expect(nextTermReminder(now).getDay()).toBe(1);
  });
});

describe('the termly reminder alarm', () => {
  it('is set only when the user opts in, and cleared when they opt out', async () => {
    const now = new Date(2026, 2, 14, 12, 0).getTime();
    await syncTermlyReminder(now);
    expect(await fakeBrowser.alarms.get(TERMLY_ALARM)).toBeUndefined();
    await termlyReminderItem.setValue(true);
    await syncTermlyReminder(now);
    expect((await fakeBrowser.alarms.get(TERMLY_ALARM))?.scheduledTime).toBe(new Date(2026, 3, 27, 16, 0).getTime());
    // A restarted background keeps the alarm it already has.
    await syncTermlyReminder(now + DAY);
    expect((await fakeBrowser.alarms.get(TERMLY_ALARM))?.scheduledTime).toBe(new Date(2026, 3, 27, 16, 0).getTime());
    await termlyReminderItem.setValue(false);
    await syncTermlyReminder(now);
    expect(await fakeBrowser.alarms.get(TERMLY_ALARM)).toBeUndefined();
  });

  it('opens the check-up when it fires, and sets the next term’s', async () => {
    setupAlarms();
    await termlyReminderItem.setValue(true);
    const fired = new Date(2026, 3, 27, 16, 0).getTime();
    await handleAlarm({ name: TERMLY_ALARM }, fired);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/privacy-check.html?reminder=1'));
    expect((await fakeBrowser.alarms.get(TERMLY_ALARM))?.scheduledTime).toBe(new Date(2026, 8, 14, 16, 0).getTime());
  });

  it('fires through the browser’s alarm event, and does nothing once the user has opted out', async () => {
    setupAlarms();
    await termlyReminderItem.setValue(false);
    await fakeBrowser.alarms.onAlarm.trigger({ name: TERMLY_ALARM, scheduledTime: Date.now() });
    expect((await fakeBrowser.tabs.query({})).some((t) => t.url?.includes('privacy-check'))).toBe(false);
    await termlyReminderItem.setValue(true);
    await fakeBrowser.alarms.onAlarm.trigger({ name: TERMLY_ALARM, scheduledTime: Date.now() });
    await expect.poll(async () => (await fakeBrowser.tabs.query({})).some((t) => t.url?.includes('privacy-check.html'))).toBe(true);
  });

  it('sweeps history older than 90 days once a day', async () => {
    setupAlarms();
    await expect.poll(async () => (await fakeBrowser.alarms.get(HISTORY_ALARM))?.periodInMinutes).toBe(24 * 60);
    await clearHistory();
    const now = Date.now();
    await addHistory({ at: now - 100 * DAY, site: 'x', account: 'personal', rules: ['tone'], outcome: 'fixed' }, now - 100 * DAY);
    await handleAlarm({ name: HISTORY_ALARM }, now);
    expect(await loadHistory(now - 100 * DAY)).toEqual([]);
  });
});

describe('the privacy check-up page', () => {
  it("links to each site's privacy settings and lists the policy's advice for personal accounts", async () => {
    render(<PrivacyCheck fromReminder />);
    expect(screen.getByRole('heading', { level: 1, name: 'Your privacy check-up' })).toBeTruthy();
    expect(screen.getByText(/A new term, and time for your check-up/)).toBeTruthy();
    for (const links of Object.values(PRIVACY_LINKS)) {
      for (const link of links) {
        const a = screen.getByRole('link', { name: new RegExp(`^${link.label}`) });
        expect(a.getAttribute('href')).toBe(link.url);
        expect(a.getAttribute('rel')).toBe('noreferrer');
      }
    }
    const advice = screen.getByRole('region', { name: "3. Go through the policy's advice" });
    expect(within(advice).getByRole('checkbox', { name: 'Check your privacy settings regularly' })).toBeTruthy();
    expect(advice.textContent).toContain('Appendix: “Check your settings regularly and test your privacy”');
    await userEvent.click(within(advice).getByRole('checkbox', { name: 'Review your connections' }));
    expect(advice.textContent).toContain('1 of 10 ticked');
  });

  it('turns the reminder on from the settings page and says when it comes', async () => {
    render(
      <AnnouncerProvider>
        <PrivacyCheckSection />
      </AnnouncerProvider>,
    );
    const box = await screen.findByRole('checkbox', { name: 'Open the check-up for me at the start of each term' });
    expect(box).toHaveProperty('checked', false);
    await userEvent.click(box);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Termly reminder on\. The first is on Monday, \d+ \w+ \d{4}, after school\.$/));
    expect(await termlyReminderItem.getValue()).toBe(true);
    expect(screen.getByRole('link', { name: 'Do the privacy check-up now' }).getAttribute('href')).toBe(fakeBrowser.runtime.getURL('/privacy-check.html'));
  });
});
