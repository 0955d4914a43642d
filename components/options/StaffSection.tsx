/** The staff list: imported from a text file (one name a line) or typed here. Kept in the settings on this computer only. */
import { useId, useState } from 'react';
import { parseStaffList } from '../../lib/roster/staff-list';
import { SettingsError } from '../../lib/settings/schema';
import { plainSettingsMessage } from '../../lib/settings/export';
import { useAnnouncer } from '../ui/announcer';
import { AutoSaveForm, savedWithUndo, useSyncedForm } from './autosave';
import { Section, SetBySchool } from './fields';
import { readFileBytes } from './roster-files';
import { useSettings } from './settings-context';

const MAX_STAFF_BYTES = 2 * 1024 * 1024;

export function StaffSection() {
  const { settings, school, save, undo } = useSettings();
  const say = useAnnouncer('staff');
  const saved = savedWithUndo(say, undo);
  const fromSchool = school.sets('staff');
  const id = useId();
  const { form, set, sending, dirty } = useSyncedForm({ text: settings.staff.join('\n') });
  const text = form.text;
  const [skipped, setSkipped] = useState<{ line: number; reason: string }[]>([]);

  const store = async (staff: string[], done: string) => {
    try {
      await save((current) => ({ ...current, staff }));
      saved(done);
    } catch (error) {
      say.alert(error instanceof SettingsError ? `Not saved. ${plainSettingsMessage(error)}` : "Not saved: Post Check couldn't store the settings. Try again.");
    }
  };

  const importFile = async (file: File) => {
    if (file.size > MAX_STAFF_BYTES) return say.alert(`${file.name} is too large to be a staff list (2 MB at most). The staff list is unchanged.`);
    const list = parseStaffList(new Uint8Array(await readFileBytes(file, () => {})));
    if (list.binary) {
      setSkipped([]);
      return say.alert(`${file.name} is not a text file, so the staff list is unchanged. Save the list as plain text, one name a line, and choose that file.`);
    }
    setSkipped(list.skipped);
    if (list.staff.length === 0) {
      return say.alert(`${file.name} has no staff names in it, so the staff list is unchanged. Put one name on each line.`);
    }
    await store(
      list.staff,
      `Staff list imported from ${file.name}: ${list.staff.length} ${list.staff.length === 1 ? 'name' : 'names'}.` +
        (list.skipped.length > 0 ? ` ${list.skipped.length + list.skippedLeftOut} ${list.skipped.length + list.skippedLeftOut === 1 ? 'line' : 'lines'} skipped: see below.` : ''),
    );
  };

  const onSave = async (quiet: boolean) => {
    const list = parseStaffList(text);
    if (list.skipped.length > 0) {
      if (quiet) return;
      setSkipped(list.skipped);
      const first = list.skipped[0]!;
      return say.alert(`Not saved. Line ${first.line} ${first.reason}.`);
    }
    setSkipped([]);
    sending();
    await store(list.staff, `Staff list saved: ${list.staff.length} ${list.staff.length === 1 ? 'name' : 'names'}.`);
  };

  return (
    <Section
      id="staff"
      intro={
        <p className="notice private">
          The staff list stays on this computer. Post Check uses it to notice a colleague named in a personal post or alongside a complaint.
        </p>
      }
    >
      <p>
        {settings.staff.length === 0 ? 'No staff names yet.' : `${settings.staff.length} ${settings.staff.length === 1 ? 'name' : 'names'} in the staff list.`}
      </p>
      {!fromSchool && (
        <div className="field">
          <label htmlFor={`${id}-file`}>Import a staff list</label>
          <p className="hint" id={`${id}-file-hint`}>
            A text file with one name a line, like “Mrs Jane Pascoe”. It replaces the list below.
          </p>
          <input
            id={`${id}-file`}
            type="file"
            accept=".txt,.csv,text/plain"
            data-testid="import-staff"
            aria-describedby={`${id}-file-hint`}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </div>
      )}
      <AutoSaveForm onSave={onSave} dirty={dirty} revision={text} enabled={!fromSchool}>
        <div className="field">
          <label htmlFor={id}>Staff names</label>
          {fromSchool && <SetBySchool id={`${id}-school`} />}
          <p className="hint" id={`${id}-hint`}>
            One a line, with a title if people use it (Mrs Pascoe).
          </p>
          <textarea
            id={id}
            rows={6}
            value={text}
            readOnly={fromSchool}
            aria-describedby={fromSchool ? `${id}-school ${id}-hint` : `${id}-hint`}
            onChange={(e) => set('text')(e.target.value)}
          />
        </div>
      </AutoSaveForm>
      {skipped.length > 0 && (
        <details open>
          <summary>Lines not taken as names: {skipped.length}</summary>
          <ul>
            {skipped.slice(0, 20).map((note) => (
              <li key={note.line}>
                Line {note.line}: {note.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </Section>
  );
}
