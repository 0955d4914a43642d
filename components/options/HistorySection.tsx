/**
 * The private history on the settings page: what Post Check flagged in the last 90 days
 * and what the writer did, as a chart of recent weeks and a table. Exported as CSV,
 * deleted in one click. It holds rule IDs, sites, account kinds, dates and outcomes,
 * never words or names (lib/history.ts).
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { HISTORY_DAYS, HISTORY_OUTCOMES, historyCsv, localDate, OUTCOME_LABEL, weeklyCounts, type HistoryEntry, type HistoryOutcome } from '../../lib/history';
import { RULES } from '../../lib/rules';
import { type AccountKind, SITE_NAMES } from '../../lib/types';
import { clearHistory, loadHistory } from '../../utils/history-db';
import { historyChangedItem } from '../../utils/ui-storage';
import { distinctKeys } from '../keys';
import { useAnnouncer } from '../ui/announcer';
import { Section } from './fields';
import { downloadFile } from './roster-files';
import { useSettings } from './settings-context';

const SECTION = 'history';
const WEEKS = 12;
const TABLE_ROWS = 100;

const ACCOUNT_LABEL: Record<AccountKind, string> = { personal: 'Personal', school: 'School', unknown: 'Not known' };

/** How each outcome is drawn: a colour and a pattern, so colour is never the only difference. */
const OUTCOME_STYLE: Record<HistoryOutcome, { colour: string; pattern: 'solid' | 'stripes' | 'dots' }> = {
  fixed: { colour: 'var(--ok)', pattern: 'solid' },
  dismissed: { colour: 'var(--info)', pattern: 'stripes' },
  'posted-anyway': { colour: 'var(--warn)', pattern: 'dots' },
};

const dayMonth = (time: number) => new Date(time).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
const fullDate = (time: number) =>
  new Date(time).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function HistorySection() {
  const { settings } = useSettings();
  const say = useAnnouncer(SECTION);
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [failed, setFailed] = useState(false);

  const reload = useCallback(() => {
    loadHistory()
      .then((loaded) => {
        setEntries(loaded);
        setFailed(false);
      })
      .catch(() => setFailed(true));
  }, []);
  useEffect(() => {
    reload();
    // New entries are written by the background while this page is open.
    const onVisible = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', onVisible);
    const unwatch = historyChangedItem.watch(reload);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      unwatch();
    };
  }, [reload]);

  const ruleName = (id: string) => RULES.find((r) => r.id === id)?.title ?? settings.customRules.find((r) => r.id === id)?.title ?? id;

  const remove = async () => {
    try {
      await clearHistory();
      setEntries([]);
      say.status('Your history is deleted.');
    } catch {
      say.alert("Post Check couldn't delete the history. Try again.");
    }
  };

  const download = () => {
    if (!entries) return;
    downloadFile(`post-check-history-${localDate(Date.now())}.csv`, 'text/csv', historyCsv(entries));
    say.status(`Downloaded ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} as CSV.`);
  };

  return (
    <Section
      id={SECTION}
      intro={
        <p className="notice private">
          What Post Check flagged in the last {HISTORY_DAYS} days and what you did about it: the checks, the site, the kind of account and the date. Never your words or
          anyone's name. It stays on this computer, for you alone.
        </p>
      }
    >
      {failed ? (
        <p>Post Check couldn't read the history on this computer.</p>
      ) : entries === null ? (
        <p role="status">Reading the history…</p>
      ) : entries.length === 0 ? (
        <p>Nothing yet. When Post Check flags something and you fix it, mark it "Not a problem here" or post anyway, it appears here.</p>
      ) : (
        <>
          <WeeksChart entries={entries} />
          <HistoryTable entries={entries} ruleName={ruleName} />
        </>
      )}
      <div className="row">
        <button type="button" className="secondary" disabled={!entries || entries.length === 0} onClick={download}>
          Download as CSV
        </button>
        <button type="button" className="secondary" disabled={!entries || entries.length === 0} onClick={() => void remove()}>
          Delete my history
        </button>
      </div>
    </Section>
  );
}

function WeeksChart({ entries }: { entries: HistoryEntry[] }) {
  const id = useId().replace(/:/g, '');
  const weeks = weeklyCounts(entries, Date.now(), WEEKS);
  const max = Math.max(1, ...weeks.map((w) => w.total));
  const inWeeks = weeks.reduce((n, w) => n + w.total, 0);
  const byOutcome = HISTORY_OUTCOMES.map((o) => [o, weeks.reduce((n, w) => n + w.counts[o], 0)] as const).filter(([, n]) => n > 0);
  const summary =
    `The last ${WEEKS} weeks: ${plural(inWeeks, 'time')} something was flagged` +
    (byOutcome.length > 0 ? ` (${byOutcome.map(([o, n]) => `${OUTCOME_LABEL[o].toLowerCase()} ${n}`).join(', ')}).` : '.');
  const width = 600;
  const height = 180;
  const top = 18;
  const bottom = 28;
  const slot = width / WEEKS;
  const barWidth = slot * 0.6;
  const scale = (height - top - bottom) / max;
  const fill = (outcome: HistoryOutcome) => (OUTCOME_STYLE[outcome].pattern === 'solid' ? OUTCOME_STYLE[outcome].colour : `url(#${id}-${outcome})`);

  return (
    <figure className="history-chart">
      {/* biome-ignore lint/a11y/noSvgWithoutTitle: the chart is named by the figure's caption below it (aria-labelledby), outside the svg where the rule does not look. */}
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-caption`} data-testid="history-chart" width="100%" style={{ maxWidth: `${width}px`, display: 'block' }}>
        <defs>
          {HISTORY_OUTCOMES.filter((o) => OUTCOME_STYLE[o].pattern !== 'solid').map((outcome) => (
            <Pattern key={outcome} id={`${id}-${outcome}`} outcome={outcome} />
          ))}
        </defs>
        <line x1={0} x2={width} y1={height - bottom} y2={height - bottom} stroke="var(--border)" />
        {weeks.map((week, i) => {
          let y = height - bottom;
          const x = i * slot + (slot - barWidth) / 2;
          return (
            <g key={week.start} data-week={localDate(week.start)} data-total={week.total}>
              <title>
                {`Week of ${dayMonth(week.start)}: ${
                  week.total === 0 ? 'nothing flagged' : HISTORY_OUTCOMES.filter((o) => week.counts[o] > 0).map((o) => `${OUTCOME_LABEL[o].toLowerCase()} ${week.counts[o]}`).join(', ')
                }`}
              </title>
              {HISTORY_OUTCOMES.map((outcome) => {
                const h = week.counts[outcome] * scale;
                if (h === 0) return null;
                y -= h;
                return <rect key={outcome} x={x} y={y} width={barWidth} height={h} fill={fill(outcome)} stroke={OUTCOME_STYLE[outcome].colour} data-outcome={outcome} />;
              })}
              {week.total > 0 && (
                <text x={x + barWidth / 2} y={y - 4} textAnchor="middle" fontSize="12" fill="currentColor">
                  {week.total}
                </text>
              )}
              {i % 2 === WEEKS % 2 || i === WEEKS - 1 ? (
                <text x={x + barWidth / 2} y={height - 8} textAnchor="middle" fontSize="11" fill="currentColor">
                  {dayMonth(week.start)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption id={`${id}-caption`}>{summary}</figcaption>
      <ul className="legend" aria-label="Key">
        {HISTORY_OUTCOMES.map((outcome) => (
          <li key={outcome}>
            <svg width="14" height="14" aria-hidden="true">
              <rect x="0.5" y="0.5" width="13" height="13" fill={fill(outcome)} stroke={OUTCOME_STYLE[outcome].colour} />
            </svg>{' '}
            {OUTCOME_LABEL[outcome]}
          </li>
        ))}
      </ul>
    </figure>
  );
}

function Pattern({ id, outcome }: { id: string; outcome: HistoryOutcome }) {
  const colour = OUTCOME_STYLE[outcome].colour;
  return OUTCOME_STYLE[outcome].pattern === 'stripes' ? (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill="var(--bg)" />
      <line x1="0" y1="0" x2="0" y2="6" stroke={colour} strokeWidth="3" />
    </pattern>
  ) : (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" fill="var(--bg)" />
      <circle cx="3" cy="3" r="1.8" fill={colour} />
    </pattern>
  );
}

function HistoryTable({ entries, ruleName }: { entries: HistoryEntry[]; ruleName(id: string): string }) {
  const newest = [...entries].sort((a, b) => b.at - a.at).slice(0, TABLE_ROWS);
  const keys = distinctKeys(newest.map((entry) => String(entry.at)));
  return (
    <>
      <table data-testid="history-table">
        <caption className="visually-hidden">Your history, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Site</th>
            <th scope="col">Account</th>
            <th scope="col">Checks</th>
            <th scope="col">What happened</th>
          </tr>
        </thead>
        <tbody>
          {newest.map((entry, i) => (
            <tr key={keys[i]}>
              <td>{fullDate(entry.at)}</td>
              <td>{SITE_NAMES[entry.site]}</td>
              <td>{ACCOUNT_LABEL[entry.account]}</td>
              <td>
                {entry.rules.map((rule, j) => (
                  <span key={rule} data-rule={rule}>
                    {j > 0 ? '; ' : ''}
                    {ruleName(rule)}
                  </span>
                ))}
              </td>
              <td>{OUTCOME_LABEL[entry.outcome]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length > TABLE_ROWS && (
        <p className="hint">
          The {TABLE_ROWS} newest of {entries.length}. The CSV file has them all.
        </p>
      )}
    </>
  );
}
