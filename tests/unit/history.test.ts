import { describe, expect, it } from 'vitest';
import { historyCsv, historyEntrySchema, isExpired, weeklyCounts, weekStart, type HistoryEntry } from '../../lib/history';

const DAY = 24 * 60 * 60 * 1000;
// Wednesday 11 March 2026, 16:30 local time.
const NOW = new Date(2026, 2, 11, 16, 30).getTime();

const entry = (at: number, outcome: HistoryEntry['outcome'] = 'fixed', rules: HistoryEntry['rules'] = ['pupil-name']): HistoryEntry => ({
  at,
  site: 'x',
  account: 'personal',
  rules,
  outcome,
});

describe('the private history', () => {
  it('keeps 90 days', () => {
    expect(isExpired(entry(NOW - 89 * DAY), NOW)).toBe(false);
    expect(isExpired(entry(NOW - 90 * DAY), NOW)).toBe(false);
    expect(isExpired(entry(NOW - 90 * DAY - 1), NOW)).toBe(true);
  });

  it('counts each outcome by week, Monday to Sunday, the current week last', () => {
    const monday = new Date(2026, 2, 9).getTime();
    expect(weekStart(NOW)).toBe(monday);
    const weeks = weeklyCounts(
      [
        entry(monday + 1000, 'fixed'),
        entry(NOW, 'posted-anyway'),
        entry(monday - 1000, 'dismissed'), // Sunday: the week before
        entry(NOW - 200 * DAY, 'fixed'), // too old for the chart
      ],
      NOW,
      4,
    );
    expect(weeks.map((w) => w.total)).toEqual([0, 0, 1, 2]);
    expect(weeks[3]!.counts).toEqual({ fixed: 1, dismissed: 0, 'posted-anyway': 1 });
    expect(weeks[2]!.counts.dismissed).toBe(1);
    expect(new Date(weeks[0]!.start).getDay()).toBe(1);
  });

  it('exports CSV oldest first with one line an event, rule IDs and nothing else', () => {
    const csv = historyCsv([entry(NOW, 'posted-anyway', ['pupil-name', 'school-ofsted-embargo']), entry(new Date(2026, 0, 5, 9, 7).getTime(), 'dismissed')]);
    expect(csv).toBe(
      'date,time,site,account,rules,outcome\r\n' +
        '2026-01-05,09:07,x,personal,pupil-name,dismissed\r\n' +
        '2026-03-11,16:30,x,personal,pupil-name school-ofsted-embargo,posted-anyway\r\n',
    );
  });

  it('accepts exactly its fields: a draft or a name cannot ride along', () => {
    expect(historyEntrySchema.safeParse(entry(NOW)).success).toBe(true);
    expect(historyEntrySchema.safeParse({ ...entry(NOW), text: 'Well done Grace Okafor' }).success).toBe(false);
    expect(historyEntrySchema.safeParse({ ...entry(NOW), rules: ['Grace Okafor'] }).success).toBe(false);
    expect(historyEntrySchema.safeParse({ ...entry(NOW), outcome: 'ignored' }).success).toBe(false);
    expect(historyEntrySchema.safeParse({ ...entry(NOW), outcome: 'dismissed' }).success).toBe(true);
  });
});
