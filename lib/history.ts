/**
 * The private history (issue 11): what Post Check flagged and what the writer did, kept
 * on this computer for 90 days. An entry holds the rule IDs, the site, the kind of
 * account, the time and the outcome, and nothing else: never the draft, never a name.
 * Pure: the storage is utils/history-db.ts; the settings page draws it.
 */
import { z } from './settings/zod';
import { ACCOUNT_KINDS, isAnyRuleId, SITES, type AccountKind, type AnyRuleId, type Site } from './types';

/** What the writer did about a finding: changed the words, said it is fine here, or sent it as it was. */
export const HISTORY_OUTCOMES = ['fixed', 'dismissed', 'posted-anyway'] as const;
export type HistoryOutcome = (typeof HISTORY_OUTCOMES)[number];

export const OUTCOME_LABEL: Record<HistoryOutcome, string> = {
  fixed: 'Fixed',
  dismissed: 'Not a problem here',
  'posted-anyway': 'Posted anyway',
};

export const HISTORY_DAYS = 90;
const DAY = 24 * 60 * 60 * 1000;

export interface HistoryEntry {
  /** Milliseconds since 1970. */
  at: number;
  site: Site;
  account: AccountKind;
  rules: AnyRuleId[];
  outcome: HistoryOutcome;
}

/**
 * Exactly the fields an entry may have: a strict object, so nothing else (a draft, a
 * name) can ride along into the database.
 */
export const historyEntrySchema = z.strictObject({
  at: z.int().check(z.gte(0)),
  site: z.enum(SITES),
  account: z.enum(ACCOUNT_KINDS),
  rules: z
    .array(z.custom<AnyRuleId>((value) => typeof value === 'string' && isAnyRuleId(value), 'unknown rule'))
    .check(z.minLength(1), z.maxLength(20)),
  outcome: z.enum(HISTORY_OUTCOMES),
});

/** Entries older than this are deleted. */
export function historyCutoff(now: number): number {
  return now - HISTORY_DAYS * DAY;
}

export function isExpired(entry: Pick<HistoryEntry, 'at'>, now: number): boolean {
  return entry.at < historyCutoff(now);
}

export interface WeekCounts {
  /** Monday 00:00, local time, in milliseconds. */
  start: number;
  counts: Record<HistoryOutcome, number>;
  total: number;
}

/** Midnight at the start of the Monday of the week `time` falls in, local time. */
export function weekStart(time: number): number {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  date.setDate(date.getDate() - ((date.getDay() + 6) % 7));
  return date.getTime();
}

/** The last `weeks` weeks (this week last), with how many entries of each outcome each holds. */
export function weeklyCounts(entries: readonly HistoryEntry[], now: number, weeks = 12): WeekCounts[] {
  const out: WeekCounts[] = [];
  const current = weekStart(now);
  for (let i = weeks - 1; i >= 0; i--) {
    const date = new Date(current);
    date.setDate(date.getDate() - 7 * i);
    out.push({ start: date.getTime(), counts: { fixed: 0, dismissed: 0, 'posted-anyway': 0 }, total: 0 });
  }
  for (const entry of entries) {
    const start = weekStart(entry.at);
    const week = out.find((w) => w.start === start);
    if (!week) continue;
    week.counts[entry.outcome]++;
    week.total++;
  }
  return out;
}

/** `2026-03-14` and `16:05`, local time. */
export function localDate(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function localTime(time: number): string {
  const d = new Date(time);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The history as CSV, oldest first: date, time, site, account, rules (space-separated IDs), outcome. */
export function historyCsv(entries: readonly HistoryEntry[]): string {
  const rows = [['date', 'time', 'site', 'account', 'rules', 'outcome']];
  for (const entry of [...entries].sort((a, b) => a.at - b.at)) {
    rows.push([localDate(entry.at), localTime(entry.at), entry.site, entry.account, entry.rules.join(' '), entry.outcome]);
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
