/** First run (docs/ux.md): three short steps at the top of the settings page, skippable, gone once done. */
import { useEffect, useState } from 'react';
import { setupItem } from '../../utils/ui-storage';

export function SetupIntro() {
  const [done, setDone] = useState<boolean | null>(null);
  useEffect(() => {
    void setupItem.getValue().then((s) => setDone(s.done));
    return setupItem.watch((s) => setDone(s.done));
  }, []);
  if (done !== false) return null;
  const finish = () => void setupItem.setValue({ done: true });
  return (
    <section id="setup" aria-labelledby="setup-title" className="notice" tabIndex={-1}>
      <h2 id="setup-title">Set up Post Check in three steps</h2>
      <ol className="setup-steps">
        <li>
          <a href="#disclaimer">Your disclaimer</a>: the words that show a personal post is not the school speaking.
        </li>
        <li>
          <a href="#school">Your school</a> and its <a href="#accounts">official accounts</a>, so Post Check knows when a post is about it.
        </li>
        <li>
          <a href="#pupils">The pupil list</a> (optional): an export from your MIS, so Post Check can spot pupils' names. There is a sample file to show the format.
        </li>
      </ol>
      <p>
        Has your school given you a settings file? <a href="#transfer">Import it</a> and you are done.
      </p>
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
