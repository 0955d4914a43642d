/**
 * The disclaimer: the words "Add the disclaimer" puts at the end of a post, checked as
 * they are typed (not empty, fits a post, says whose views they are), shown in a sample
 * post, and the accounts whose profile already carries it (their posts need none).
 */
import { useId, useState } from 'react';
import { DISCLAIMER_MAX_LENGTH } from '../../lib/limits';
import { saysViewsArePersonal } from '../../lib/school/disclaimer';
import { disclaimerProblem, normaliseHandles } from '../../lib/settings/form';
import { SettingsError, type AccountRef } from '../../lib/settings/schema';
import { plainSettingsMessage } from '../../lib/settings/export';
import { type Site, SITE_NAMES, SITES } from '../../lib/types';
import { useAnnouncer } from '../ui/announcer';
import { AutoSaveForm, savedWithUndo, useSyncedForm } from './autosave';
import { Section, SetBySchool } from './fields';
import { useSettings } from './settings-context';

export function DisclaimerSection() {
  const { settings, school, save, undo } = useSettings();
  const say = useAnnouncer('disclaimer');
  const saved = savedWithUndo(say, undo);
  const textFromSchool = school.sets('disclaimer.text');
  const profilesFromSchool = school.sets('disclaimer.inProfile');
  const id = useId();
  const { form, set, sending, dirty } = useSyncedForm({ text: settings.disclaimer.text });
  const text = form.text;
  const [site, setSite] = useState<Site>('x');
  const [handle, setHandle] = useState('');

  const problem = disclaimerProblem(text);
  const length = text.trim().length;
  // Readers must be told whose views these are; the school's name alone is not enough.
  const unclear = !problem && !saysViewsArePersonal(text);
  const sample = `So proud of everyone at ${settings.school.aliases[0] || settings.school.name || 'school'} today!`;

  const onSave = async (quiet: boolean) => {
    if (problem) return quiet ? undefined : say.alert(`Not saved. ${problem}`);
    sending();
    try {
      await save((current) => ({ ...current, disclaimer: { ...current.disclaimer, text: text.trim() } }));
      saved(
        unclear
          ? 'Disclaimer saved, but it doesn\'t say the views are your own: readers may still take the post as the school\'s. See the note under it.'
          : 'Disclaimer saved. "Add the disclaimer" in a post now adds these words.',
      );
    } catch (error) {
      say.alert(error instanceof SettingsError ? `Not saved. ${plainSettingsMessage(error)}` : "Not saved: Post Check couldn't store the settings. Try again.");
    }
  };

  const saveProfiles = async (inProfile: AccountRef[], done: string) => {
    try {
      await save((current) => ({ ...current, disclaimer: { ...current.disclaimer, inProfile } }));
      saved(done);
    } catch (error) {
      say.alert(error instanceof SettingsError ? `Not saved. ${plainSettingsMessage(error)}` : "Not saved: Post Check couldn't store the settings. Try again.");
    }
  };

  const addProfile = async () => {
    const handles = normaliseHandles(site, [handle.replace(/\s+/g, ' ').trim()].filter(Boolean));
    if (!handles.ok) return say.alert(`Not added. ${handles.reason}`);
    const [value] = handles.value;
    if (!value) return say.alert('Not added. Type the account first.');
    if (settings.disclaimer.inProfile.some((a) => a.site === site && a.handle.toLowerCase() === value.toLowerCase())) {
      return say.alert(`${value} on ${SITE_NAMES[site]} is already in the list.`);
    }
    setHandle('');
    await saveProfiles([...settings.disclaimer.inProfile, { site, handle: value }], `Added ${value} on ${SITE_NAMES[site]}: posts from it need no disclaimer.`);
  };

  return (
    <Section
      id="disclaimer"
      intro={
        <p className="hint">
          The policy asks staff to make clear they are not speaking for the school when a personal post mentions it. Post Check offers to add these words.
        </p>
      }
    >
      <AutoSaveForm onSave={onSave} dirty={dirty} revision={text} enabled={!textFromSchool}>
        <div className="field">
          <label htmlFor={id}>Disclaimer text</label>
          {textFromSchool && <SetBySchool id={`${id}-school`} />}
          <textarea
            id={id}
            data-testid="disclaimer-text"
            rows={3}
            value={text}
            readOnly={textFromSchool}
            aria-describedby={[textFromSchool ? `${id}-school` : '', `${id}-count`, unclear ? `${id}-unclear` : ''].filter(Boolean).join(' ')}
            aria-invalid={problem ? true : undefined}
            onChange={(e) => set('text')(e.target.value)}
          />
          <p className="hint" id={`${id}-count`}>
            {length} of {DISCLAIMER_MAX_LENGTH} characters.{problem ? ` ${problem}` : ''}
          </p>
          {unclear && (
            <p className="notice warning" id={`${id}-unclear`} data-testid="disclaimer-unclear">
              These words don't say the views are your own, so a reader may still take the post as the school speaking. Say it plainly, for
              example: “Views are my own and not those of {settings.school.name || 'my school'}.”
            </p>
          )}
        </div>
        <h3>How it looks at the end of a post</h3>
        <p className="preview" data-testid="disclaimer-preview">
          {sample}
          <br />
          <span className="added">{text.trim() || '(no disclaimer)'}</span>
        </p>
      </AutoSaveForm>

      <h3>Profiles that already carry the disclaimer</h3>
      {profilesFromSchool && <SetBySchool id={`${id}-profiles-school`} />}
      <p className="hint">If your profile on a site already says your views are your own, posts from that account need no disclaimer.</p>
      {settings.disclaimer.inProfile.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul className="accounts-list">
          {settings.disclaimer.inProfile.map((account) => (
            <li key={`${account.site}:${account.handle}`}>
              {account.handle} on {SITE_NAMES[account.site]}{' '}
              {!profilesFromSchool && (
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    void saveProfiles(
                      settings.disclaimer.inProfile.filter((a) => a !== account),
                      `Removed ${account.handle} on ${SITE_NAMES[account.site]}.`,
                    )
                  }
                >
                  Remove<span className="visually-hidden"> {account.handle} on {SITE_NAMES[account.site]}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!profilesFromSchool && (
        <div className="row">
          <label className="check" htmlFor={`${id}-site`}>
            Site
          </label>
          <select id={`${id}-site`} value={site} onChange={(e) => setSite(e.target.value as Site)}>
            {SITES.map((s) => (
              <option key={s} value={s}>
                {SITE_NAMES[s]}
              </option>
            ))}
          </select>
          <label className="check" htmlFor={`${id}-handle`}>
            Account
          </label>
          <input id={`${id}-handle`} type="text" className="grow" value={handle} placeholder={site === 'x' ? '@yourname' : 'Your name'} onChange={(e) => setHandle(e.target.value)} />
          <button type="button" className="secondary" onClick={() => void addProfile()}>
            Add this account
          </button>
        </div>
      )}
    </Section>
  );
}
