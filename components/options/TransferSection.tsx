/**
 * Everything as one settings file (docs/check-drafts.md, version 1): the policy lead
 * exports it once and every member of staff imports it. The pupil list goes in only
 * when ticked. An import is checked whole before anything changes; a bad file is
 * refused with the field that is wrong.
 */
import { useEffect, useId, useState } from 'react';
import { makePupilPack, SALT_BYTES, type PupilPack } from '../../lib/roster/pack';
import type { Pupil } from '../../lib/roster/schema';
import { ignoredFieldsMessage, plainSettingsMessage, readSettingsFile, settingsFileName, settingsFileText, type ExportKind, type SettingsFile } from '../../lib/settings/export';
import { SettingsError, type Settings } from '../../lib/settings/schema';
import { replacePupilList } from '../../utils/page-services';
import { loadRoster, type StoredRoster } from '../../utils/roster-db';
import { rosterVersionItem } from '../../utils/storage';
import { setupItem } from '../../utils/ui-storage';
import { useAnnouncer } from '../ui/announcer';
import { Section } from './fields';
import { downloadFile, readFileBytes } from './roster-files';
import { useSettings } from './settings-context';

const MAX_SETTINGS_BYTES = 100 * 1024 * 1024;

interface Undo {
  settings: Settings;
  /** Set when the import replaced the pupil list too. */
  roster?: StoredRoster | null;
}

export function summariseImport(file: SettingsFile): string {
  const { settings, roster, pack } = file;
  const parts = [
    settings.school.name,
    `${settings.officialAccounts.length} official ${settings.officialAccounts.length === 1 ? 'account' : 'accounts'}`,
    `${settings.staff.length} staff ${settings.staff.length === 1 ? 'name' : 'names'}`,
  ];
  if (roster) parts.push(`${roster.pupils.length.toLocaleString('en-GB')} ${roster.pupils.length === 1 ? 'pupil' : 'pupils'}`);
  if (pack) parts.push(`a school pack of ${pack.pupils.toLocaleString('en-GB')} ${pack.pupils === 1 ? 'pupil' : 'pupils'}`);
  return parts.join(', ');
}

export function TransferSection() {
  const { settings, school, save } = useSettings();
  const say = useAnnouncer('transfer');
  const id = useId();
  const [kind, setKind] = useState<ExportKind>('settings');
  const [pupilCount, setPupilCount] = useState(0);
  /** The stored pupils came from a pack: they can be passed on as a pack, never as a readable list. */
  const [fromPack, setFromPack] = useState(false);
  const [undo, setUndo] = useState<Undo | null>(null);

  useEffect(() => {
    const count = () =>
      void loadRoster().then(
        (r) => {
          setPupilCount(r?.pack?.pupils ?? r?.pupils.length ?? 0);
          setFromPack(r?.pack !== undefined);
        },
        () => setPupilCount(0),
      );
    count();
    return rosterVersionItem.watch(count);
  }, []);

  const exportFile = async () => {
    const roster = kind === 'settings' ? undefined : await loadRoster().catch(() => undefined);
    let pupils: { pupils: Pupil[]; source: string } | undefined;
    let pack: PupilPack | undefined;
    if (kind === 'school-pack' && roster) pack = roster.pack ?? (roster.pupils.length > 0 ? makePupilPack(roster.pupils, crypto.getRandomValues(new Uint8Array(SALT_BYTES))) : undefined);
    if (kind === 'with-pupils' && roster && !roster.pack && roster.pupils.length > 0) pupils = { pupils: roster.pupils, source: roster.source ?? 'pupil list' };
    const written: ExportKind = pack ? 'school-pack' : pupils ? 'with-pupils' : 'settings';
    const name = settingsFileName(new Date(), written);
    downloadFile(name, 'application/json', settingsFileText(settings, pupils, pack));
    say.status(
      pack
        ? `Saved ${name}: the settings and a school pack of ${pack.pupils.toLocaleString('en-GB')} pupils, whose names can be checked against but not read. Give it to staff to import.`
        : pupils
          ? `Saved ${name}, with ${pupils.pupils.length.toLocaleString('en-GB')} pupils' names in it. Keep it on school systems and don't email it.`
          : `Saved ${name}. The pupil list is not in it.`,
    );
  };

  const importFile = async (file: File) => {
    if (file.size > MAX_SETTINGS_BYTES) return say.alert(`${file.name} wasn't imported, and nothing has been changed: it is too large to be a settings file.`);
    let parsed: SettingsFile;
    try {
      const bytes = await readFileBytes(file, () => {});
      parsed = readSettingsFile(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (error) {
      const reason =
        error instanceof SettingsError ? plainSettingsMessage(error) : error instanceof TypeError ? 'It is not UTF-8 text, as a settings file saved by Post Check is.' : 'It could not be read.';
      return say.alert(`${file.name} wasn't imported, and nothing has been changed. ${reason}`);
    }
    const before: Undo = { settings };
    try {
      // The pupil list first: if it fails, the settings are still as they were.
      if (parsed.roster || parsed.pack) {
        before.roster = (await loadRoster().catch(() => undefined)) ?? null;
        if (parsed.pack) await replacePupilList([], `the school pack in ${file.name}`, parsed.pack);
        else if (parsed.roster) await replacePupilList(parsed.roster.pupils, parsed.roster.source);
      }
      await save(parsed.settings);
      // A school's settings file is the whole set-up: the first-run steps are done.
      await setupItem.setValue({ done: true });
      setUndo(before);
      const kept = school.setsAny ? ' Your school sets some of these, so those stay as your school set them.' : '';
      const ignored = ignoredFieldsMessage(parsed.ignoredFields);
      say.status(`Settings imported from ${file.name}: ${summariseImport(parsed)}.${kept}${ignored ? ` ${ignored}` : ''}`);
    } catch {
      if (before.roster !== undefined) await replacePupilList(before.roster?.pupils ?? [], before.roster?.source ?? '', before.roster?.pack).catch(() => {});
      say.alert(`${file.name} couldn't be imported, and nothing has been changed. Try again.`);
    }
  };

  const putBack = async () => {
    if (!undo) return;
    try {
      if (undo.roster !== undefined) await replacePupilList(undo.roster?.pupils ?? [], undo.roster?.source ?? '', undo.roster?.pack);
      await save(undo.settings);
      setUndo(null);
      say.status('The previous settings are back.');
    } catch {
      say.alert("Post Check couldn't put the previous settings back. Try again.");
    }
  };

  return (
    <Section
      id="transfer"
      intro={<p className="hint">Set Post Check up once, export the settings file, and give it to colleagues to import. It holds everything on this page except the logos.</p>}
    >
      <h3>Export</h3>
      <fieldset className="choices">
        <legend>What goes in the file</legend>
        <label className="check">
          <input type="radio" name={`${id}-kind`} value="settings" checked={kind === 'settings'} onChange={() => setKind('settings')} />
          <span>The settings only, without the pupil list</span>
        </label>
        <label className="check">
          <input type="radio" name={`${id}-kind`} value="school-pack" data-testid="export-kind-pack" checked={kind === 'school-pack'} disabled={pupilCount === 0} onChange={() => setKind('school-pack')} />
          <span>
            A school pack for staff{pupilCount > 0 ? ` (${pupilCount.toLocaleString('en-GB')} pupils)` : ' (there is no pupil list)'}
            <span className="hint block">
              The settings, and the pupil list turned into codes that Post Check can check names against but nobody can read back. Staff import it in one go.
            </span>
          </span>
        </label>
        <label className="check">
          <input
            type="radio"
            name={`${id}-kind`}
            value="with-pupils"
            data-testid="export-kind-pupils"
            checked={kind === 'with-pupils'}
            disabled={pupilCount === 0 || fromPack}
            onChange={() => setKind('with-pupils')}
          />
          <span>
            The settings with the readable pupil list{fromPack ? ' (not available: this computer has a school pack, not the list)' : ''}
            <span className="hint block">For moving your own set-up to another computer. The file holds pupils' names and consent: keep it on school systems and don't email it.</span>
          </span>
        </label>
      </fieldset>
      <div className="row">
        <button type="button" data-testid="export-settings" onClick={() => void exportFile()}>
          Download the settings file
        </button>
      </div>
      <h3>Import</h3>
      <div className="field">
        <label htmlFor={id}>Import a settings file</label>
        <p className="hint" id={`${id}-hint`}>
          It replaces the settings on this page. If the file holds a pupil list or a school pack, that replaces the pupil list too. A file with a mistake in it changes nothing.
        </p>
        <input
          id={id}
          type="file"
          accept=".json,application/json"
          data-testid="import-settings"
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {undo && (
        <div className="row">
          <button type="button" className="secondary" onClick={() => void putBack()}>
            Undo: put back the previous settings
          </button>
        </div>
      )}
    </Section>
  );
}
