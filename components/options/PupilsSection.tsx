/**
 * The pupil list: import the MIS export (file picker or drag and drop), see what was
 * understood (columns kept and dropped, counts, lines skipped and why), undo or clear.
 * The list is saved through utils/roster-db.ts (one transaction, then a version bump
 * that tells the background to rebuild its checks).
 */
import { useCallback, useEffect, useId, useState, type DragEvent } from 'react';
import type { RosterColumnMeaning, RosterImport } from '../../lib/roster/import';
import { pupilSchema, type Pupil } from '../../lib/roster/schema';
import { reportProblem } from '../../utils/problems';
import { loadRoster, replacePupilList, type StoredRoster } from '../../utils/roster-db';
import { StorageProblem } from '../ui/StorageProblem';
import { rosterVersionItem } from '../../utils/storage';
import { useAnnouncer } from '../ui/announcer';
import { Section } from './fields';
import { downloadFile, MAX_ROSTER_BYTES, parseRoster, readFileBytes, SAMPLE_PUPIL_CSV } from './roster-files';

const MEANINGS: Record<RosterColumnMeaning, string> = {
  forename: 'Forename',
  surname: 'Surname',
  preferredForename: 'Preferred forename',
  preferredSurname: 'Preferred surname',
  fullName: 'Full name',
  mediaConsent: 'Media consent',
  handle: 'Social media handle',
  yearGroup: 'Year group',
  className: 'Class',
};

/** How many skipped lines and warnings to list before "and N more". */
const SHOWN_NOTES = 20;

type Stage = { step: 'reading'; fraction: number } | { step: 'finding' } | { step: 'saving' };

interface Report {
  fileName: string;
  result: RosterImport;
  /** The list this import replaced, for Undo. */
  previous: StoredRoster | null;
}

function describeCounts(pupils: readonly Pupil[]) {
  const noConsentColumn = pupils.length > 0 && pupils.every((p) => p.mediaConsent === 'unknown');
  return {
    pupils: pupils.length,
    withoutConsent: pupils.filter((p) => p.mediaConsent === 'refused').length,
    withHandles: pupils.filter((p) => p.handles.length > 0).length,
    noConsentColumn,
  };
}

/** How many pupils a stored list holds, read or packed. */
const pupilsIn = (stored: StoredRoster) => stored.pack?.pupils ?? stored.pupils.length;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function PupilsSection() {
  const say = useAnnouncer('pupils');
  const inputId = useId();
  const [current, setCurrent] = useState<StoredRoster | null | undefined>(undefined);
  const [stage, setStage] = useState<Stage | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [dragging, setDragging] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);

  /** The saved list could not be read: said as such, never as "no pupil list". */
  const [unreadable, setUnreadable] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const stored = await loadRoster();
      setUnreadable(false);
      setCurrent(stored && (stored.pupils.length > 0 || stored.pack) ? stored : null);
    } catch (error) {
      setUnreadable(true);
      void reportProblem('reading the pupil list', error);
    }
  }, []);
  useEffect(() => {
    void refresh();
    return rosterVersionItem.watch(() => void refresh());
  }, [refresh]);

  const importFile = async (file: File) => {
    if (stage) return;
    setConfirmClear(false);
    if (/\.(xlsx|xls|ods)$/i.test(file.name)) {
      return say.alert(`${file.name} is a spreadsheet workbook. Save it as CSV from your spreadsheet program (File, Save as, CSV) and choose that file.`);
    }
    if (file.size > MAX_ROSTER_BYTES) {
      return say.alert(`${file.name} is ${Math.round(file.size / 1024 / 1024)} MB, too large to be a pupil list (50 MB at most). The pupil list is unchanged.`);
    }
    try {
      setStage({ step: 'reading', fraction: 0 });
      say.status(`Importing ${file.name}…`);
      const bytes = await readFileBytes(file, (fraction) => setStage({ step: 'reading', fraction }));
      setStage({ step: 'finding' });
      const parsed = await parseRoster(bytes);
      if (!parsed.ok) return say.alert(`${file.name} wasn't imported, and the pupil list is unchanged. ${parsed.message}`);
      const { result } = parsed;
      if (result.pupils.length === 0) {
        const why = result.skipped[0] ? ` Line ${result.skipped[0].line}: ${result.skipped[0].reason}.` : '';
        return say.alert(`${file.name} has no pupils in it, so the pupil list is unchanged.${why}`);
      }
      // The importer keeps only pupils this schema accepts; should one slip through, it is left out, never the whole file.
      const pupils = result.pupils.filter((p) => pupilSchema.safeParse(p).success);
      setStage({ step: 'saving' });
      // Unreadable, the list could not be put back by Undo: the import stops here (the catch below says so).
      const previous = (await loadRoster()) ?? null;
      await replacePupilList(pupils, file.name);
      setReport({ fileName: file.name, result, previous: previous && pupilsIn(previous) > 0 ? previous : null });
      await refresh();
      const counts = result.counts;
      say.status(
        `Pupil list imported from ${file.name}: ${plural(counts.pupils, 'pupil')}, ${plural(counts.withoutConsent, 'pupil')} without media consent, ${plural(counts.withHandles, 'pupil')} with social media handles.` +
          (result.skipped.length > 0 ? ` ${plural(result.skipped.length + result.notesLeftOut.skipped, 'line')} skipped: see below.` : ''),
      );
    } catch (error) {
      void reportProblem('importing a pupil list', error);
      say.alert(`${file.name} couldn't be imported, and the pupil list is unchanged. Try again, or close and reopen this page.`);
    } finally {
      setStage(null);
    }
  };

  const undo = async () => {
    if (!report) return;
    try {
      await replacePupilList(report.previous?.pupils ?? [], report.previous?.source ?? '', report.previous?.pack);
      say.status(report.previous ? `The previous pupil list is back: ${plural(pupilsIn(report.previous), 'pupil')}.` : 'The imported list is removed. Post Check has no pupil list.');
      setReport(null);
      await refresh();
    } catch (error) {
      void reportProblem('putting the previous pupil list back', error);
      say.alert("Post Check couldn't put the previous list back. Try again.");
    }
  };

  const clear = async () => {
    try {
      await replacePupilList([], '');
      setConfirmClear(false);
      setReport(null);
      await refresh();
      say.status('The pupil list is cleared. Post Check no longer checks for pupils’ names.');
    } catch {
      say.alert("Post Check couldn't clear the pupil list. Try again.");
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void importFile(file);
  };

  const counts = current?.pack
    ? { pupils: current.pack.pupils, withoutConsent: current.pack.withoutConsent, withHandles: current.pack.withHandles, noConsentColumn: false }
    : current
      ? describeCounts(current.pupils)
      : null;

  return (
    <Section
      id="pupils"
      intro={
        <p className="notice private">
          The pupil list stays on this computer. Post Check never sends anything anywhere. It keeps only names, preferred names, media consent, social media handles and
          year or class: every other column is dropped before anything is saved.
        </p>
      }
    >
      <div data-testid="roster-current">
        {unreadable ? (
          <StorageProblem what="its saved pupil list" onRetry={() => void refresh()} />
        ) : current === undefined ? (
          <p>Looking for a saved pupil list…</p>
        ) : current === null || !counts ? (
          <p>No pupil list yet. Without one, Post Check can't spot pupils' names.</p>
        ) : (
          <>
            <p>
              {current.source ? `From ${current.source}, ` : ''}imported {new Date(current.importedAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}.
            </p>
            {current.pack && (
              <p className="hint" data-testid="roster-pack">
                This is a school pack: the names are kept as codes that Post Check checks drafts against, and nobody can read them back, on this computer or from the file.
              </p>
            )}
            <ul className="counts">
              <li>
                <strong>{counts.pupils.toLocaleString('en-GB')}</strong> {counts.pupils === 1 ? 'pupil' : 'pupils'}
              </li>
              <li>
                <strong>{counts.withoutConsent.toLocaleString('en-GB')}</strong> without media consent
              </li>
              <li>
                <strong>{counts.withHandles.toLocaleString('en-GB')}</strong> with social media handles
              </li>
            </ul>
            {counts.noConsentColumn && <p className="hint">This list has no media consent column, so Post Check can't tell who is on the no-photo list.</p>}
          </>
        )}
      </div>

      {/* biome-ignore lint/a11y/noStaticElementInteractions: a place to drop a file dragged in with the mouse; the file input inside is the way in from the keyboard. */}
      <div
        className={`drop${dragging ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="roster-drop"
      >
        <label htmlFor={inputId}>{current ? 'Replace the pupil list with a new export' : 'Import the pupil list'}</label>
        <p className="hint" id={`${inputId}-hint`}>
          A CSV export from your school's MIS (SIMS, Arbor, Bromcom or another) with forename and surname columns. Choose the file, or drag it here.
        </p>
        <input
          id={inputId}
          type="file"
          accept=".csv,.txt,.tsv,text/csv,text/plain"
          data-testid="import-roster"
          aria-describedby={`${inputId}-hint`}
          disabled={stage !== null}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <p className="hint">
          <button type="button" className="link" onClick={() => downloadFile('sample-pupil-list.csv', 'text/csv', SAMPLE_PUPIL_CSV)}>
            Download a sample file
          </button>{' '}
          to see the format.
        </p>
      </div>

      {stage && <Progress stage={stage} />}

      {report && <ImportReport report={report} onUndo={() => void undo()} />}

      {current && (
        <div className="row">
          {!confirmClear ? (
            <button type="button" className="secondary" onClick={() => setConfirmClear(true)}>
              Clear the pupil list
            </button>
          ) : (
            <fieldset className="notice" aria-label="Clear the pupil list?">
              <p>Remove all {plural(counts?.pupils ?? 0, 'pupil')} from Post Check on this computer?</p>
              <div className="row">
                <button type="button" onClick={() => void clear()}>
                  Remove them
                </button>
                <button type="button" className="secondary" onClick={() => setConfirmClear(false)}>
                  Keep the list
                </button>
              </div>
            </fieldset>
          )}
        </div>
      )}
    </Section>
  );
}

function Progress({ stage }: { stage: Stage }) {
  const label =
    stage.step === 'reading' ? `Reading the file: ${Math.round(stage.fraction * 100)}%` : stage.step === 'finding' ? 'Finding the pupils in the file…' : 'Saving the pupil list…';
  return (
    <div className="field" data-testid="roster-progress">
      <p id="roster-progress-label">{label}</p>
      {stage.step === 'reading' ? (
        <progress aria-labelledby="roster-progress-label" max={100} value={Math.round(stage.fraction * 100)} />
      ) : (
        <progress aria-labelledby="roster-progress-label" />
      )}
    </div>
  );
}

function ImportReport({ report, onUndo }: { report: Report; onUndo(): void }) {
  const { result } = report;
  return (
    <div data-testid="roster-report">
      <h3>What Post Check understood in {report.fileName}</h3>
      <table>
        <caption className="visually-hidden">Columns kept</caption>
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Read as</th>
          </tr>
        </thead>
        <tbody>
          {result.columns.map((column) => (
            <tr key={column.header} data-column={column.meaning}>
              <td>{column.header}</td>
              <td>{MEANINGS[column.meaning]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="roster-dropped">
        {result.droppedColumns.length === 0
          ? 'No columns were dropped.'
          : `Dropped, never saved: ${result.droppedColumns.join(', ')}.`}
      </p>
      {!result.columns.some((c) => c.meaning === 'mediaConsent') && (
        <p className="hint">There is no media consent column, so Post Check can't tell who is on the no-photo list. Export the consent column too if your MIS has one.</p>
      )}
      <Notes title="Lines skipped" notes={result.skipped} leftOut={result.notesLeftOut.skipped} />
      <Notes title="Lines to look at" notes={result.warnings} leftOut={result.notesLeftOut.warnings} />
      <div className="row">
        <button type="button" className="secondary" onClick={onUndo}>
          {report.previous ? `Undo: put back the previous list (${plural(pupilsIn(report.previous), 'pupil')})` : 'Undo: remove this list'}
        </button>
      </div>
    </div>
  );
}

function Notes({ title, notes, leftOut = 0 }: { title: string; notes: readonly { line: number; reason: string }[]; leftOut?: number }) {
  if (notes.length === 0) return null;
  const total = notes.length + leftOut;
  return (
    <details>
      <summary>
        {title}: {total.toLocaleString('en-GB')}
      </summary>
      <ul>
        {notes.slice(0, SHOWN_NOTES).map((note) => (
          <li key={`${note.line}-${note.reason}`}>
            Line {note.line}: {note.reason}
          </li>
        ))}
        {total > SHOWN_NOTES && <li>and {(total - SHOWN_NOTES).toLocaleString('en-GB')} more</li>}
      </ul>
    </details>
  );
}
