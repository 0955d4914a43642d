/**
 * Everything as one settings file (docs/check-drafts.md, version 1): the policy lead
 * exports it once and every member of staff imports it. The pupil list goes in only
 * when ticked. An import is checked whole before anything changes; a bad file is
 * refused with the field that is wrong.
 */
import { useEffect, useId, useState } from 'react';
import { makePupilPack, SALT_BYTES, type PupilPack } from '../../lib/roster/pack';
import type { Pupil } from '../../lib/roster/schema';
import { LOGO_TYPES, settingsFileName, settingsFileText, type ExportKind, type FileLogo } from '../../lib/settings/export';
import { isSetUp } from '../../lib/settings/schema';
import { loadLogos } from '../../utils/logo-db';
import { reportProblem } from '../../utils/problems';
import { loadRoster, type StoredRoster } from '../../utils/roster-db';
import { logosVersionItem, rosterVersionItem } from '../../utils/storage';
import { useAnnouncer } from '../ui/announcer';
import { Section } from './fields';
import { downloadFile } from './roster-files';
import { useSettings } from './settings-context';
import { useSettingsImport } from './settings-import';

export function TransferSection() {
  const { settings } = useSettings();
  const say = useAnnouncer('transfer');
  const { importFile } = useSettingsImport('transfer');
  const id = useId();
  const [kind, setKind] = useState<ExportKind>('settings');
  const [pupilCount, setPupilCount] = useState(0);
  /** The stored pupils came from a pack: they can be passed on as a pack, never as a readable list. */
  const [fromPack, setFromPack] = useState(false);
  const [logoCount, setLogoCount] = useState(0);
  const [withLogos, setWithLogos] = useState(true);

  useEffect(() => {
    const count = () => void loadLogos().then((logos) => setLogoCount(logos.length), () => setLogoCount(0));
    count();
    return logosVersionItem.watch(count);
  }, []);

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
    if (!isSetUp(settings)) return say.alert("There is nothing to export yet: fill in the school's name first (under School).");
    let logos: FileLogo[] | undefined;
    let roster: StoredRoster | undefined;
    try {
      logos =
        withLogos && logoCount > 0
          ? (await loadLogos()).flatMap((logo) => {
              const type = LOGO_TYPES.find((t) => t === logo.type);
              return type ? [{ name: logo.name, type, bytes: new Uint8Array(logo.bytes) }] : [];
            })
          : undefined;
      roster = kind === 'settings' ? undefined : await loadRoster();
    } catch (error) {
      // A file without what was asked for would look complete: nothing is saved instead.
      void reportProblem('reading the pupil list or logos to export', error);
      return say.alert("Post Check couldn't read the saved pupil list or logos, so no file was saved. Reload the extension and try again.");
    }
    let pupils: { pupils: Pupil[]; source: string } | undefined;
    let pack: PupilPack | undefined;
    if (kind === 'school-pack' && roster) pack = roster.pack ?? (roster.pupils.length > 0 ? makePupilPack(roster.pupils, crypto.getRandomValues(new Uint8Array(SALT_BYTES))) : undefined);
    if (kind === 'with-pupils' && roster && !roster.pack && roster.pupils.length > 0) pupils = { pupils: roster.pupils, source: roster.source ?? 'pupil list' };
    const written: ExportKind = pack ? 'school-pack' : pupils ? 'with-pupils' : 'settings';
    const name = settingsFileName(new Date(), written);
    downloadFile(name, 'application/json', settingsFileText(settings, pupils, pack, logos));
    const withWhat = logos?.length ? ` It carries ${logos.length === 1 ? 'the logo' : `the ${logos.length} logos`} too.` : '';
    say.status(
      (pack
        ? `Saved ${name}: the settings and a school pack of ${pack.pupils.toLocaleString('en-GB')} pupils, whose names can be checked against but not read. Give it to staff to import.`
        : pupils
          ? `Saved ${name}, with ${pupils.pupils.length.toLocaleString('en-GB')} pupils' names in it. Keep it on school systems and don't email it.`
          : `Saved ${name}. The pupil list is not in it.`) + withWhat,
    );
  };

  return (
    <Section
      id="transfer"
      intro={
        <p className="hint">
          Set Post Check up once, export the settings file, and give it to colleagues to import. It holds everything on this page, the logos included; the pupil list goes
          in only if you choose it below.
        </p>
      }
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
      <label className="check">
        <input type="checkbox" checked={withLogos && logoCount > 0} disabled={logoCount === 0} onChange={(e) => setWithLogos(e.target.checked)} />
        <span>
          The school's logos{logoCount > 0 ? ` (${logoCount})` : ' (there are none yet)'}
          <span className="hint block">So staff who import the file have them for the image checks without adding them one by one.</span>
        </span>
      </label>
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
    </Section>
  );
}
