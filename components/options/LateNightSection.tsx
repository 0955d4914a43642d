/**
 * The late-night pause (lib/late-night.ts): off unless the school turns it on; the
 * school sets the hours. A post about the school or a colleague sent in those hours
 * gets one gentle question, never a block.
 */
import { useId, useState } from 'react';
import { LATE_NIGHT_WORDS } from '../../lib/late-night';
import { SettingsError } from '../../lib/settings/schema';
import { useAnnouncer } from '../ui/announcer';
import { AutoSaveForm, savedWithUndo, useSyncedForm } from './autosave';
import { Section, SetBySchool } from './fields';
import { useSettings } from './settings-context';

const SECTION = 'late-night';

export function LateNightSection() {
  const { settings, save, school, undo } = useSettings();
  const fromSchool = school.sets('lateNight');
  const say = useAnnouncer(SECTION);
  const saved = savedWithUndo(say, undo);
  const id = useId();
  const { form, set, sending, dirty } = useSyncedForm({ enabled: settings.lateNight.enabled, from: settings.lateNight.from, to: settings.lateNight.to });
  const { enabled, from, to } = form;
  const [invalid, setInvalid] = useState<'from' | 'to' | null>(null);

  const onSave = async (quiet: boolean) => {
    setInvalid(null);
    sending();
    try {
      await save((current) => ({ ...current, lateNight: { enabled, from, to } }));
      saved(enabled ? `Late-night pause on, from ${from} until ${to}.` : 'Late-night pause off.');
    } catch (error) {
      if (quiet) return;
      if (error instanceof SettingsError) {
        const field = error.path.endsWith('.from') ? 'from' : 'to';
        setInvalid(field);
        say.alert(`Not saved. ${field === 'from' ? 'From' : 'Until'}: ${error.message.slice(error.path.length + 2)}.`);
      } else {
        say.alert("Not saved: Post Check couldn't store the settings. Try again.");
      }
    }
  };

  return (
    <Section
      id={SECTION}
      intro={
        <p className="hint">
          When this is on, a post that mentions the school or a colleague, sent late at night, gets one gentle question first: “{LATE_NIGHT_WORDS.title}{' '}
          {LATE_NIGHT_WORDS.question}” The writer can always post. Nothing is blocked.
        </p>
      }
    >
      {fromSchool && <SetBySchool id={`${id}-school`} />}
      <AutoSaveForm onSave={onSave} dirty={dirty} revision={JSON.stringify(form)} enabled={!fromSchool}>
        <label className="check">
          <input type="checkbox" checked={enabled} disabled={fromSchool} onChange={(e) => set('enabled')(e.target.checked)} />
          Ask before a late-night post about the school or a colleague
        </label>
        <div className="row">
          <div className="field">
            <label htmlFor={`${id}-from`}>From</label>
            <input id={`${id}-from`} type="time" value={from} readOnly={fromSchool} aria-invalid={invalid === 'from' || undefined} onChange={(e) => set('from')(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>Until</label>
            <input id={`${id}-to`} type="time" value={to} readOnly={fromSchool} aria-invalid={invalid === 'to' || undefined} onChange={(e) => set('to')(e.target.value)} />
          </div>
        </div>
        <p className="hint">Times on this computer's clock. Until a time earlier than From means the next morning.</p>
      </AutoSaveForm>
    </Section>
  );
}
