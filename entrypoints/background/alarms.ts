/**
 * The background's alarms: the opt-in termly privacy check-up, which opens the
 * check-up page, and a daily sweep that deletes history older than 90 days.
 */
import { browser } from 'wxt/browser';
import { nextTermReminder } from '../../lib/privacy-check';
import { pruneHistory } from '../../utils/history-db';
import { termlyReminderItem } from '../../utils/ui-storage';

export const TERMLY_ALARM = 'termly-privacy-check';
export const HISTORY_ALARM = 'history-expiry';

/** The page the reminder opens. */
export const PRIVACY_CHECK_PAGE = '/privacy-check.html';

/** Sets the termly alarm when the user has opted in (keeping one already set), clears it when not. */
export async function syncTermlyReminder(now = Date.now()): Promise<void> {
  if (!(await termlyReminderItem.getValue())) {
    await browser.alarms.clear(TERMLY_ALARM);
    return;
  }
  const existing = await browser.alarms.get(TERMLY_ALARM);
  if (existing && existing.scheduledTime > now) return;
  await browser.alarms.create(TERMLY_ALARM, { when: nextTermReminder(new Date(now)).getTime() });
}

export async function handleAlarm(alarm: { name: string }, now = Date.now()): Promise<void> {
  if (alarm.name === HISTORY_ALARM) {
    await pruneHistory(now);
    return;
  }
  if (alarm.name !== TERMLY_ALARM) return;
  if (!(await termlyReminderItem.getValue())) return;
  await browser.tabs.create({ url: browser.runtime.getURL(`${PRIVACY_CHECK_PAGE}?reminder=1`) });
  // The next term's, a day on so a late-firing alarm never sets itself for today again.
  await browser.alarms.create(TERMLY_ALARM, { when: nextTermReminder(new Date(now + 24 * 60 * 60 * 1000)).getTime() });
}

/** Wires the alarms when the background starts: a restarted service worker keeps the ones already set. */
export function setupAlarms(): void {
  browser.alarms.onAlarm.addListener((alarm) => void handleAlarm(alarm));
  void browser.alarms.get(HISTORY_ALARM).then((existing) => {
    if (!existing) return browser.alarms.create(HISTORY_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  });
  void syncTermlyReminder();
  termlyReminderItem.watch(() => void syncTermlyReminder());
}
