/** The school's official accounts on each site: posts from these are checked as the school's. */
import { useEffect, useState } from 'react';
import { normaliseHandles } from '../../lib/settings/form';
import type { Settings } from '../../lib/settings/schema';
import { type Site, SITE_NAMES, SITES } from '../../lib/types';
import { useAnnouncer } from '../ui/announcer';
import { linesOf, LinesField, SaveForm, Section } from './fields';
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
  const { settings, school, save } = useSettings();
  const say = useAnnouncer('accounts');
  const fromSchool = school.sets('officialAccounts');
  const [form, setForm] = useState(() => formOf(settings));
  const [invalid, setInvalid] = useState<Site | null>(null);
  // Reset to the stored values only when they change, not when another section saves.
  const stored = JSON.stringify(formOf(settings));
  useEffect(() => setForm(JSON.parse(stored) as Record<Site, string>), [stored]);

  const onSave = async () => {
    setInvalid(null);
    const accounts: { site: Site; handle: string }[] = [];
    for (const site of SITES) {
      const handles = normaliseHandles(site, linesOf(form[site]));
      if (!handles.ok) {
        setInvalid(site);
        return say.alert(`Not saved. ${SITE_NAMES[site]}: ${handles.reason}`);
      }
      accounts.push(...handles.value.map((handle) => ({ site, handle })));
    }
    try {
      await save({ ...settings, officialAccounts: accounts });
      say.status(`Official accounts saved: ${accounts.length} ${accounts.length === 1 ? 'account' : 'accounts'}.`);
    } catch {
      say.alert("Not saved: Post Check couldn't store the settings. Try again.");
    }
  };

  return (
    <Section
      id="accounts"
      intro={<p className="hint">Posts from these accounts are checked as the school's. Every other account is checked as a personal one.</p>}
    >
      <SaveForm onSave={onSave} label="Save official accounts" canSave={!fromSchool}>
        {SITES.map((site) => (
          <LinesField
            key={site}
            label={`On ${SITE_NAMES[site]}`}
            hint={HINTS[site]}
            rows={2}
            value={form[site]}
            invalid={invalid === site}
            setBySchool={fromSchool}
            onChange={(value) => setForm((f) => ({ ...f, [site]: value }))}
          />
        ))}
      </SaveForm>
    </Section>
  );
}
