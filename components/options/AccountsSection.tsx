/** The school's official accounts on each site: posts from these are checked as the school's. */
import { useState } from 'react';
import { normaliseHandles } from '../../lib/settings/form';
import type { Settings } from '../../lib/settings/schema';
import { type Site, SITE_NAMES, SITES } from '../../lib/types';
import { useAnnouncer } from '../ui/announcer';
import { AutoSaveForm, savedWithUndo, useSyncedForm } from './autosave';
import { linesOf, LinesField, Section } from './fields';
import { useSettings } from './settings-context';

const HINTS: Record<Site, string> = {
  x: 'Handles, like @StStephensCA.',
  facebook: 'Page names, as Facebook shows them.',
  linkedin: 'Page names, as LinkedIn shows them.',
};

function formOf(settings: Settings): Record<Site, string> {
  const form = { x: '', facebook: '', linkedin: '' };
  for (const site of SITES) form[site] = settings.officialAccounts.filter((a) => a.site === site).map((a) => a.handle).join('\n');
  return form;
}

export function AccountsSection() {
  const { settings, school, save, undo } = useSettings();
  const say = useAnnouncer('accounts');
  const saved = savedWithUndo(say, undo);
  const fromSchool = school.sets('officialAccounts');
  const { form, set, sending, dirty } = useSyncedForm(formOf(settings));
  const [invalid, setInvalid] = useState<Site | null>(null);

  const onSave = async (quiet: boolean) => {
    const accounts: { site: Site; handle: string }[] = [];
    for (const site of SITES) {
      const handles = normaliseHandles(site, linesOf(form[site]));
      if (!handles.ok) {
        if (quiet) return;
        setInvalid(site);
        return say.alert(`Not saved. ${SITE_NAMES[site]}: ${handles.reason}`);
      }
      accounts.push(...handles.value.map((handle) => ({ site, handle })));
    }
    setInvalid(null);
    sending();
    try {
      await save((current) => ({ ...current, officialAccounts: accounts }));
      saved(`Official accounts saved: ${accounts.length} ${accounts.length === 1 ? 'account' : 'accounts'}.`);
    } catch {
      say.alert("Not saved: Post Check couldn't store the settings. Try again.");
    }
  };

  return (
    <Section
      id="accounts"
      intro={<p className="hint">Posts from these accounts are checked as the school's. Every other account is checked as a personal one.</p>}
    >
      <AutoSaveForm onSave={onSave} dirty={dirty} revision={JSON.stringify(form)} enabled={!fromSchool}>
        {SITES.map((site) => (
          <LinesField
            key={site}
            label={`On ${SITE_NAMES[site]}`}
            hint={HINTS[site]}
            rows={2}
            value={form[site]}
            invalid={invalid === site}
            setBySchool={fromSchool}
            onChange={set(site)}
          />
        ))}
      </AutoSaveForm>
    </Section>
  );
}
