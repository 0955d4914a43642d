/** The school: its names, its trust, hashtags, published contacts, and who staff ask for a second opinion. */
import { useState } from 'react';
import { checkPublicContacts, normaliseHashtags, normaliseWebsite } from '../../lib/settings/form';
import { isEmailAddress } from '../../lib/settings/form';
import { SettingsError, type Settings } from '../../lib/settings/schema';
import { plainSettingsMessage } from '../../lib/settings/export';
import { useAnnouncer } from '../ui/announcer';
import { AutoSaveForm, savedWithUndo, useSyncedForm } from './autosave';
import { linesOf, LinesField, Section, TextField } from './fields';
import { useSettings } from './settings-context';

type Field = 'name' | 'aliases' | 'trustName' | 'trustAliases' | 'website' | 'hashtags' | 'publicContacts' | 'slt' | 'dsl';

/** Which managed setting (lib/managed/fields.ts) each field shows. */
const FIELD_IDS: Record<Field, string> = {
  name: 'school.name',
  aliases: 'school.aliases',
  trustName: 'school.trust',
  trustAliases: 'school.trust',
  website: 'school.website',
  hashtags: 'hashtags',
  publicContacts: 'school.publicContacts',
  slt: 'contacts',
  dsl: 'contacts',
};

function formOf(settings: Settings): Record<Field, string> {
  return {
    name: settings.school.name,
    aliases: settings.school.aliases.join('\n'),
    trustName: settings.school.trust?.name ?? '',
    trustAliases: settings.school.trust?.aliases.join('\n') ?? '',
    website: settings.school.website ?? '',
    hashtags: settings.hashtags.join('\n'),
    publicContacts: settings.school.publicContacts.join('\n'),
    slt: settings.contacts.slt ?? '',
    dsl: settings.contacts.dsl ?? '',
  };
}

export function SchoolSection() {
  const { settings, school: policy, save, undo } = useSettings();
  const say = useAnnouncer('school');
  const saved = savedWithUndo(say, undo);
  const fromSchool = (field: Field) => policy.sets(FIELD_IDS[field]);
  const allFromSchool = (Object.keys(FIELD_IDS) as Field[]).every(fromSchool);
  const { form, set, sending, dirty } = useSyncedForm(formOf(settings));
  const [invalid, setInvalid] = useState<Field | null>(null);

  const onSave = async (quiet: boolean) => {
    const refuse = (field: Field, reason: string) => {
      if (quiet) return;
      setInvalid(field);
      say.alert(`Not saved. ${reason}`);
    };
    if (form.name.trim() === '') return refuse('name', "Enter the school's name.");
    const trustAliases = linesOf(form.trustAliases);
    if (form.trustName.trim() === '' && trustAliases.length > 0) return refuse('trustName', "Enter the trust's name, or clear its other names.");
    const website = normaliseWebsite(form.website);
    if (!website.ok) return refuse('website', website.reason);
    const hashtags = normaliseHashtags(linesOf(form.hashtags));
    if (!hashtags.ok) return refuse('hashtags', `Hashtags: ${hashtags.reason}`);
    const contacts = checkPublicContacts(linesOf(form.publicContacts));
    if (!contacts.ok) return refuse('publicContacts', `Public contact details: ${contacts.reason}`);
    for (const field of ['slt', 'dsl'] as const) {
      if (form[field].trim() !== '' && !isEmailAddress(form[field])) return refuse(field, `“${form[field].trim()}” isn't an email address.`);
    }
    setInvalid(null);
    const school: Record<string, unknown> = {
      name: form.name.trim(),
      aliases: linesOf(form.aliases),
      publicContacts: contacts.value,
    };
    if (form.trustName.trim() !== '') school.trust = { name: form.trustName.trim(), aliases: trustAliases };
    if (website.value) school.website = website.value;
    sending();
    try {
      await save((current) => {
        const people = { ...current.contacts };
        for (const field of ['slt', 'dsl'] as const) {
          if (form[field].trim() === '') delete people[field];
          else people[field] = form[field].trim();
        }
        return { ...current, school, hashtags: hashtags.value, contacts: people };
      });
      saved('School details saved.');
    } catch (error) {
      if (error instanceof SettingsError) say.alert(`Not saved. ${plainSettingsMessage(error)}`);
      else say.alert("Not saved: Post Check couldn't store the settings. Try again.");
    }
  };

  return (
    <Section id="school" intro={<p className="hint">Post Check uses these to tell when a post is about your school.</p>}>
      <AutoSaveForm onSave={onSave} dirty={dirty} revision={JSON.stringify(form)} enabled={!allFromSchool}>
        <TextField label="School name" value={form.name} onChange={set('name')} invalid={invalid === 'name'} autoComplete="organization" setBySchool={fromSchool('name')} />
        <LinesField label="Other names for the school" hint="Short names and spellings people use, like SSCA or St Stephen's." value={form.aliases} onChange={set('aliases')} setBySchool={fromSchool('aliases')} />
        <TextField label="Trust name" hint="Leave empty if the school is not in a trust." value={form.trustName} onChange={set('trustName')} invalid={invalid === 'trustName'} setBySchool={fromSchool('trustName')} />
        <LinesField label="Other names for the trust" value={form.trustAliases} onChange={set('trustAliases')} setBySchool={fromSchool('trustAliases')} />
        <TextField label="School website" hint="Links to it need no credit." value={form.website} onChange={set('website')} invalid={invalid === 'website'} setBySchool={fromSchool('website')} />
        <LinesField label="School hashtags" value={form.hashtags} onChange={set('hashtags')} invalid={invalid === 'hashtags'} setBySchool={fromSchool('hashtags')} />
        <LinesField
          label="Public contact details"
          hint="The school's published phone numbers and email addresses: posts may give these."
          value={form.publicContacts}
          onChange={set('publicContacts')}
          invalid={invalid === 'publicContacts'}
          setBySchool={fromSchool('publicContacts')}
        />
        <h3>Who staff can ask for a second opinion</h3>
        <TextField label="Senior leader's email" type="email" value={form.slt} onChange={set('slt')} invalid={invalid === 'slt'} setBySchool={fromSchool('slt')} />
        <TextField label="Designated safeguarding lead's email" type="email" value={form.dsl} onChange={set('dsl')} invalid={invalid === 'dsl'} setBySchool={fromSchool('dsl')} />
      </AutoSaveForm>
    </Section>
  );
}
