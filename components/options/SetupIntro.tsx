/**
 * First run (docs/ux.md, issue 15): the settings page starts blank and asks which
 * school. It leads with the school's settings file (one import sets everything up);
 * otherwise the steps follow the page's own order. St Stephens Community Academy, the
 * policy's own school, is an example to load, never assumed. Skippable; gone once done.
 */
import { useEffect, useId, useState } from 'react';
import { EXAMPLE_SETTINGS } from '../../lib/settings/defaults';
import { setupItem } from '../../utils/ui-storage';
import { useAnnouncer, Announcements } from '../ui/announcer';
import { savedWithUndo } from './autosave';
import { useSettings } from './settings-context';
import { useSettingsImport } from './settings-import';

const SECTION = 'setup';

export function SetupIntro() {
  const [done, setDone] = useState<boolean | null>(null);
  const { save, undo } = useSettings();
  const say = useAnnouncer(SECTION);
  const saved = savedWithUndo(say, undo);
  const { importFile } = useSettingsImport(SECTION);
  const id = useId();
  useEffect(() => {
    void setupItem.getValue().then((s) => setDone(s.done));
    return setupItem.watch((s) => setDone(s.done));
  }, []);
  if (done !== false) return null;
  const finish = () => void setupItem.setValue({ done: true });
  const loadExample = async () => {
    try {
      await save(EXAMPLE_SETTINGS);
      saved(`Example loaded: ${EXAMPLE_SETTINGS.school.name}, the school the policy was written for. Put your own school's details in before you rely on Post Check.`);
    } catch {
      say.alert("Post Check couldn't load the example. Try again.");
    }
  };
  return (
    <section id="setup" aria-labelledby="setup-title" className="notice setup" tabIndex={-1}>
      <h2 id="setup-title">Set up Post Check for your school</h2>
      <div className="field">
        <label htmlFor={`${id}-file`}>Import your school's settings file</label>
        <p className="hint" id={`${id}-file-hint`}>
          If your school has given you a Post Check settings file, this sets everything up in one go.
        </p>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          data-testid="setup-import-settings"
          aria-describedby={`${id}-file-hint`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      <p>No settings file? Set Post Check up yourself, in the order of this page:</p>
      <ol className="setup-steps">
        <li>
          <a href="#school">Your school</a>: its name and the other names people use for it.
        </li>
        <li>
          <a href="#accounts">Its official accounts</a> on X, Facebook and LinkedIn, so Post Check knows which posts are the school's.
        </li>
        <li>
          <a href="#disclaimer">Your disclaimer</a>: the words that show a personal post is not the school speaking.
        </li>
        <li>
          <a href="#pupils">The pupil list</a> (optional): an export from your MIS, so Post Check can spot pupils' names. Until there is one, pupils' names are not checked.
        </li>
      </ol>
      <p>
        Just looking?{' '}
        <button type="button" className="link" onClick={() => void loadExample()}>
          Load an example school
        </button>{' '}
        ({EXAMPLE_SETTINGS.school.name}) to see Post Check at work.
      </p>
      <Announcements section={SECTION} />
      <div className="row">
        <button type="button" onClick={finish}>
          I've finished setting up
        </button>
        <button type="button" className="secondary" onClick={finish}>
          Skip for now
        </button>
      </div>
    </section>
  );
}
