/**
 * Importing a settings file, wherever the page offers it (the first-run steps and
 * "Import and export"): checked whole before anything changes, then the pupil list (or
 * school pack), the logos and the settings replaced, and put back as they were if any
 * part fails. What was understood is said; "Undo" puts the previous set-up back.
 */
import { useState } from 'react';
import { ignoredFieldsMessage, plainSettingsMessage, readSettingsFile, type SettingsFile } from '../../lib/settings/export';
import { SettingsError, type Settings } from '../../lib/settings/schema';
import { loadLogos, replaceLogos, type StoredLogo } from '../../utils/logo-db';
import { reportProblem } from '../../utils/problems';
import { loadRoster, replacePupilList, type StoredRoster } from '../../utils/roster-db';
import { setupItem } from '../../utils/ui-storage';
import { useAnnouncer } from '../ui/announcer';
import { storedLogoOf } from './logo-files';
import { readFileBytes } from './roster-files';
import { useSettings } from './settings-context';

const MAX_SETTINGS_BYTES = 100 * 1024 * 1024;

interface Undo {
  settings: Settings;
  /** Set when the import replaced the pupil list too. */
  roster?: StoredRoster | null;
  /** Set when the import replaced the logos too. */
  logos?: StoredLogo[];
}

function summariseImport(file: SettingsFile): string {
  const { settings, roster, pack, logos } = file;
  const parts = [
    settings.school.name,
    `${settings.officialAccounts.length} official ${settings.officialAccounts.length === 1 ? 'account' : 'accounts'}`,
    `${settings.staff.length} staff ${settings.staff.length === 1 ? 'name' : 'names'}`,
  ];
  if (roster) parts.push(`${roster.pupils.length.toLocaleString('en-GB')} ${roster.pupils.length === 1 ? 'pupil' : 'pupils'}`);
  if (pack) parts.push(`a school pack of ${pack.pupils.toLocaleString('en-GB')} ${pack.pupils === 1 ? 'pupil' : 'pupils'}`);
  if (logos?.length) parts.push(`${logos.length} ${logos.length === 1 ? 'logo' : 'logos'}`);
  return parts.join(', ');
}

/** Imports a settings file, announcing in `section`. */
export function useSettingsImport(section: string) {
  const { settings, school, save } = useSettings();
  const say = useAnnouncer(section);
  const [undo, setUndo] = useState<Undo | null>(null);

  const importFile = async (file: File): Promise<boolean> => {
    if (file.size > MAX_SETTINGS_BYTES) {
      say.alert(`${file.name} wasn't imported, and nothing has been changed: it is too large to be a settings file.`);
      return false;
    }
    let parsed: SettingsFile;
    try {
      const bytes = await readFileBytes(file, () => {});
      parsed = readSettingsFile(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (error) {
      const reason =
        error instanceof SettingsError
          ? plainSettingsMessage(error)
          : error instanceof TypeError
            ? 'It is not text, as a settings file saved by Post Check is: it may be a spreadsheet or a picture.'
            : 'It could not be read.';
      say.alert(`${file.name} wasn't imported, and nothing has been changed. ${reason}`);
      return false;
    }
    const before: Undo = { settings };
    try {
      // The logos are made ready first (nothing is written yet): a broken image stops the import here.
      const logos = parsed.logos ? await Promise.all(parsed.logos.map((logo, i) => storedLogoOf(logo.name, logo.type, new Uint8Array(logo.bytes).buffer, i))) : undefined;
      // The pupil list next: if it fails, the settings are still as they were.
      if (parsed.roster || parsed.pack) {
        // Unreadable, the list could not be put back: the import stops (the catch below says nothing changed).
        before.roster = (await loadRoster()) ?? null;
        if (parsed.pack) await replacePupilList([], `the school pack in ${file.name}`, parsed.pack);
        else if (parsed.roster) await replacePupilList(parsed.roster.pupils, parsed.roster.source);
      }
      if (logos) {
        before.logos = await loadLogos();
        await replaceLogos(logos);
      }
      await save(parsed.settings);
      // A school's settings file is the whole set-up: the first-run steps are done.
      await setupItem.setValue({ done: true });
      setUndo(before);
      const kept = school.setsAny ? ' Your school sets some of these, so those stay as your school set them.' : '';
      const ignored = ignoredFieldsMessage(parsed.ignoredFields);
      say.status(`Settings imported from ${file.name}: ${summariseImport(parsed)}.${kept}${ignored ? ` ${ignored}` : ''}`, {
        label: 'Undo: put back the previous settings',
        run: () => void putBack(before),
      });
      return true;
    } catch (error) {
      void reportProblem('importing a settings file', error);
      if (before.roster !== undefined) await replacePupilList(before.roster?.pupils ?? [], before.roster?.source ?? '', before.roster?.pack).catch((error: unknown) => reportProblem('putting the pupil list back after a failed import', error));
      if (before.logos) await replaceLogos(before.logos).catch((error: unknown) => reportProblem('putting the logos back after a failed import', error));
      say.alert(`${file.name} couldn't be imported, and nothing has been changed. Try again.`);
      return false;
    }
  };

  const putBack = async (previous: Undo | null = undo) => {
    if (!previous) return;
    try {
      if (previous.roster !== undefined) await replacePupilList(previous.roster?.pupils ?? [], previous.roster?.source ?? '', previous.roster?.pack);
      if (previous.logos) {
        await replaceLogos(previous.logos);
      }
      await save(previous.settings);
      setUndo(null);
      say.status('The previous settings are back.');
    } catch {
      say.alert("Post Check couldn't put the previous settings back. Try again.");
    }
  };

  return { importFile, undo, putBack };
}
