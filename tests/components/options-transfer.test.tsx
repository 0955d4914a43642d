// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../components/options/Options';
import { TransferSection } from '../../components/options/TransferSection';
import { DEFAULT_SETTINGS, EXAMPLE_SETTINGS } from '../../lib/settings/defaults';
import { parseSettings } from '../../lib/settings/schema';
import { loadRoster, replacePupilList } from '../../utils/roster-db';
import { settingsItem } from '../../utils/storage';
import { setupItem } from '../../utils/ui-storage';
import { ROSTER, SCHOOL_SETTINGS } from '../helpers';
import { fakeExtension } from './extension-fakes';
import { corpusFile, fileOf, renderSection } from './options-render';

const corpusSettings = new TextDecoder().decode(corpusFile('settings.json'));
let downloads: { name: string; blob: Blob }[];

beforeEach(async () => {
  fakeExtension();
  await replacePupilList([], '');
  downloads = [];
  let made: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    made = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: made! });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const importInput = () => screen.getByTestId('import-settings') as HTMLInputElement;

describe('settings: export', () => {
  it('downloads the settings file without the pupil list unless it is chosen', async () => {
    await settingsItem.setValue(parseSettings(SCHOOL_SETTINGS));
    await replacePupilList(ROSTER, 'pupils.csv');
    const { within } = await renderSection(<TransferSection />, 'transfer');
    await userEvent.click(screen.getByTestId('export-settings'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const file = JSON.parse(await downloads[0]!.blob.text());
    expect(downloads[0]!.name).toMatch(/^post-check-settings-\d{4}-\d\d-\d\d\.json$/);
    expect(file).not.toHaveProperty('roster');
    expect(parseSettings(file)).toEqual(parseSettings(SCHOOL_SETTINGS));
    await waitFor(() => expect(within.getByRole('status').textContent).toContain('The pupil list is not in it.'));

    await userEvent.click(await within.findByRole('radio', { name: /The settings with the readable pupil list/ }));
    await userEvent.click(screen.getByTestId('export-settings'));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[1]!.name).toMatch(/^post-check-settings-with-pupils-/);
    expect(JSON.parse(await downloads[1]!.blob.text()).roster).toEqual({ source: 'pupils.csv', pupils: ROSTER });
  });

  it('cannot include a pupil list that does not exist', async () => {
    const { within } = await renderSection(<TransferSection />, 'transfer');
    expect(within.getByRole('radio', { name: /A school pack for staff \(there is no pupil list\)/ })).toHaveProperty('disabled', true);
    expect(within.getByRole('radio', { name: /The settings with the readable pupil list/ })).toHaveProperty('disabled', true);
  });

  it('makes a school pack that holds no readable name, and a colleague imports it in one go', async () => {
    await settingsItem.setValue(parseSettings(SCHOOL_SETTINGS));
    await replacePupilList(ROSTER, 'pupils.csv');
    const { within } = await renderSection(<TransferSection />, 'transfer');
    await userEvent.click(await within.findByRole('radio', { name: new RegExp(`A school pack for staff \\(${ROSTER.length} pupils\\)`) }));
    await userEvent.click(screen.getByTestId('export-settings'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toMatch(/^post-check-school-pack-\d{4}-\d\d-\d\d\.json$/);
    const text = await downloads[0]!.blob.text();
    // The settings name staff (one of them shares a pupil's surname); the pack names nobody.
    const pack = JSON.stringify(JSON.parse(text).pupilPack);
    for (const pupil of ROSTER) {
      expect(pack).not.toContain(pupil.forename);
      expect(pack).not.toContain(pupil.surname);
    }
    expect(JSON.parse(text)).not.toHaveProperty('roster');
    await waitFor(() => expect(within.getByRole('status').textContent).toContain(`a school pack of ${ROSTER.length} pupils`));

    // A colleague's computer: no pupil list until the pack is imported.
    await replacePupilList([], '');
    await userEvent.upload(importInput(), fileOf('pack.json', new TextEncoder().encode(text), 'application/json'));
    await waitFor(() => expect(within.getByRole('status').textContent).toContain(`a school pack of ${ROSTER.length} pupils`));
    const stored = await loadRoster();
    expect(stored?.pupils).toEqual([]);
    expect(stored?.pack?.pupils).toBe(ROSTER.length);
    // Only the pack can be passed on from here: the readable list is not on this computer.
    await waitFor(() => expect(within.getByRole('radio', { name: /readable pupil list \(not available/ })).toHaveProperty('disabled', true));
  });
});

describe('settings: import', () => {
  it('imports the corpus settings file and says what it holds; undo puts the old settings back', async () => {
    const { within } = await renderSection(<TransferSection />, 'transfer');
    await userEvent.upload(importInput(), fileOf('settings.json', corpusSettings, 'application/json'));
    await waitFor(() =>
      expect(within.getByRole('status').textContent).toBe(
        'Settings imported from settings.json: St Stephens Community Academy, 3 official accounts, 10 staff names.',
      ),
    );
    expect(await settingsItem.getValue()).toEqual(parseSettings(JSON.parse(corpusSettings)));
    expect(await setupItem.getValue()).toEqual({ done: true });
    await userEvent.click(within.getByRole('button', { name: 'Undo: put back the previous settings' }));
    await within.findByText('The previous settings are back.');
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['broken.json', '{"version": 1,\n  "school": {\n    "name": "Hillside",\n  }\n}', /line 4, character 3/],
    ['v2.json', JSON.stringify({ ...JSON.parse(corpusSettings), version: 2 }), /The file's version: this file is settings version 2/],
    ['aliases.json', JSON.stringify({ ...JSON.parse(corpusSettings), hashtags: ['#SSCA', 7] }), /School hashtags, line 2: should be text, not the number 7\./],
    ['rules.json', JSON.stringify({ ...JSON.parse(corpusSettings), rules: { shouting: { enabled: false } } }), /Checks, “shouting”: unknown rule/],
    ['disclaimer.json', JSON.stringify({ ...JSON.parse(corpusSettings), disclaimer: { text: 'x'.repeat(300) } }), /Disclaimer text: must fit in a post/],
    [
      'roster.json',
      JSON.stringify({ ...JSON.parse(corpusSettings), roster: { pupils: [{ forename: 'Amy', surname: 'Jones', mediaConsent: 'yes', handles: [] }] } }),
      /The pupil list in the file, pupil 1's media consent: must be "granted", "refused" or "unknown"/,
    ],
  ])('refuses %s with the field that is wrong, and changes nothing', async (name, text, message) => {
    await replacePupilList(ROSTER, 'pupils.csv');
    const { within } = await renderSection(<TransferSection />, 'transfer');
    await userEvent.upload(importInput(), fileOf(name, text, 'application/json'));
    const alert = await within.findByRole('alert');
    expect(alert.textContent).toMatch(new RegExp(`^${name.replace('.', '\\.')} wasn't imported, and nothing has been changed\\. `));
    expect(alert.textContent).toMatch(message);
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    expect((await loadRoster())?.pupils).toEqual(ROSTER);
    expect(within.queryByRole('status')).toBeNull();
  });

  it('imports a file with a misspelt top-level field, and says the field was ignored and what was meant', async () => {
    const { officialAccounts, ...rest } = JSON.parse(corpusSettings);
    const { within } = await renderSection(<TransferSection />, 'transfer');
    await userEvent.upload(importInput(), fileOf('typo.json', JSON.stringify({ ...rest, officalAccounts: officialAccounts }), 'application/json'));
    await waitFor(() =>
      expect(within.getByRole('status').textContent).toBe(
        'Settings imported from typo.json: St Stephens Community Academy, 0 official accounts, 10 staff names. One field was not understood and ignored: “officalAccounts” (did you mean “officialAccounts”?).',
      ),
    );
  });

  it('refuses a settings file that is not UTF-8 text', async () => {
    const { within } = await renderSection(<TransferSection />, 'transfer');
    const bytes = new Uint8Array([...new TextEncoder().encode('{"version": 1, "school": {"name": "St Ren'), 0xe9, ...new TextEncoder().encode('"}}')]);
    await userEvent.upload(importInput(), new File([bytes], 'latin1.json', { type: 'application/json' }));
    await waitFor(() =>
      expect(within.getByRole('alert').textContent).toBe(
        "latin1.json wasn't imported, and nothing has been changed. It is not text, as a settings file saved by Post Check is: it may be a spreadsheet or a picture.",
      ),
    );
  });

  it('says in plain words when a spreadsheet was chosen by mistake', async () => {
    const { within } = await renderSection(<TransferSection />, 'transfer');
    // A file picker's "All files" lets any file through.
    await userEvent.setup({ applyAccept: false }).upload(importInput(), fileOf('pupils.csv', 'Forename,Surname,Year\nGrace,Okafor,6\n', 'text/csv'));
    const alert = (await within.findByRole('alert')).textContent!;
    expect(alert).toContain('This looks like a spreadsheet saved as CSV, not a Post Check settings file.');
    expect(alert).not.toMatch(/line 1, character 1/);
  });

  it('replaces the pupil list too when the file carries one, and undo puts both back', async () => {
    await replacePupilList(ROSTER, 'old.csv');
    const pupils = [{ forename: 'Amy', surname: 'Jones', mediaConsent: 'granted', handles: [] }];
    const { within } = await renderSection(<TransferSection />, 'transfer');
    await userEvent.upload(importInput(), fileOf('all.json', JSON.stringify({ ...JSON.parse(corpusSettings), roster: { source: 'mis.csv', pupils } }), 'application/json'));
    await waitFor(() => expect(within.getByRole('status').textContent).toContain('10 staff names, 1 pupil.'));
    expect((await loadRoster())?.pupils).toEqual(pupils);
    await userEvent.click(within.getByRole('button', { name: 'Undo: put back the previous settings' }));
    await within.findByText('The previous settings are back.');
    expect((await loadRoster())?.pupils).toEqual(ROSTER);
  });
});

describe('the settings page', () => {
  it('has every section in the order a policy lead fills them, and the file inputs of the UI contract', async () => {
    render(<Options />);
    await screen.findByRole('region', { name: 'Set up Post Check for your school' });
    const titles = [...document.querySelectorAll('main section > h2')].map((h) => h.textContent);
    expect(titles).toEqual([
      'Set up Post Check for your school',
      'School',
      'Official accounts',
      'Disclaimer',
      'Pupils',
      'Staff',
      'Logos',
      'Checks',
      "Your school's own rules",
      'Late-night pause',
      'Import and export',
      'A new school account',
      'Privacy check-up',
      'Your history',
    ]);
    for (const id of ['import-settings', 'import-roster', 'import-staff', 'import-logo', 'disclaimer-text', 'export-settings']) {
      expect(screen.getByTestId(id), id).toBeTruthy();
    }
    // Every control has a name a screen reader can say.
    for (const control of document.querySelectorAll('input, select, textarea, button')) {
      const id = control.getAttribute('id');
      const named =
        control.getAttribute('aria-label') ||
        control.getAttribute('aria-labelledby') ||
        control.closest('label') ||
        (id && document.querySelector(`label[for="${id}"]`)) ||
        (control.tagName === 'BUTTON' && control.textContent?.trim());
      expect(named, control.outerHTML.slice(0, 120)).toBeTruthy();
    }
    // No jargon in what the user reads (the policy's own words, quoted, say "student").
    const ours = document.body.cloneNode(true) as HTMLElement;
    ours.querySelectorAll('.source, blockquote').forEach((quote) => quote.remove());
    expect(ours.textContent!.match(/.{0,60}\b(zod|schema|IndexedDB|regex|JSON|student)\b.{0,20}/gi)).toBeNull();
  });

  it('starts blank, leads with the school’s settings file, lists the steps in the page’s order, and offers the example school', async () => {
    render(<Options />);
    const setup = await screen.findByRole('region', { name: 'Set up Post Check for your school' });
    // Nothing about any school is assumed.
    expect(await screen.findByLabelText('School name')).toHaveProperty('value', '');
    expect(screen.getByTestId('disclaimer-text')).toHaveProperty('value', '');
    // The policy's own school appears once: as the example to load.
    expect(document.body.textContent!.match(/St Stephens Community Academy/g)).toHaveLength(1);
    expect(document.body.textContent).toContain('Load an example school (St Stephens Community Academy)');
    // The first thing it asks for is the school's settings file.
    const first = setup.querySelector('input, button, a')!;
    expect(first.getAttribute('type')).toBe('file');
    expect(screen.getByLabelText("Import your school's settings file")).toBe(first);
    // The steps link to the sections in the order the page shows them.
    const steps = [...setup.querySelectorAll('ol a')].map((a) => a.getAttribute('href')!.slice(1));
    const order = [...document.querySelectorAll('main > section[id]')].map((section) => section.id);
    expect(steps).toEqual([...steps].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(steps).toEqual(['school', 'accounts', 'disclaimer', 'pupils']);
    // The example is there to load.
    await userEvent.click(screen.getByRole('button', { name: 'Load an example school' }));
    await waitFor(() => expect(screen.getByLabelText('School name')).toHaveProperty('value', 'St Stephens Community Academy'));
    expect((await settingsItem.getValue()).school.name).toBe('St Stephens Community Academy');
  });

  it('imports the school’s settings file from the first step', async () => {
    render(<Options />);
    await screen.findByRole('region', { name: 'Set up Post Check for your school' });
    await userEvent.upload(screen.getByLabelText("Import your school's settings file"), fileOf('settings.json', corpusSettings, 'application/json'));
    await waitFor(() => expect(screen.getByLabelText('School name')).toHaveProperty('value', 'St Stephens Community Academy'));
    expect(await setupItem.getValue()).toEqual({ done: true });
  });

  it('shows the set-up steps until they are finished or skipped', async () => {
    render(<Options />);
    await screen.findByRole('region', { name: 'Set up Post Check for your school' });
    await userEvent.click(screen.getByRole('button', { name: 'Skip for now' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Set up Post Check for your school' })).toBeNull());
    expect(await setupItem.getValue()).toEqual({ done: true });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('has one result and one error on the page at a time, in the section acted in', async () => {
    render(<Options />);
    await screen.findByRole('region', { name: 'School' });
    await userEvent.type(screen.getByLabelText('On X'), 'StStephensCA');
    await userEvent.tab();
    await screen.findByText(/Official accounts saved/);
    await userEvent.upload(importInput(), fileOf('x.json', '[]', 'application/json'));
    await screen.findByRole('alert');
    expect(screen.queryAllByRole('status')).toHaveLength(0);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('alert').closest('section')!.id).toBe('transfer');
  });
});

describe('the settings page saves as you go and keeps unsaved edits', () => {
  it('saves a field when it is left, and Undo puts it back', async () => {
    await settingsItem.setValue(EXAMPLE_SETTINGS);
    render(<Options />);
    const name = await screen.findByLabelText('School name');
    // Wait for the page a person sees (the stored settings in the fields) before typing.
    await waitFor(() => expect(name).toHaveProperty('value', 'St Stephens Community Academy'));
    expect(screen.queryByRole('button', { name: /^Save/ })).toBeNull();
    await userEvent.clear(name);
    await userEvent.type(name, 'Hillside Primary');
    await userEvent.tab();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('School details saved.'));
    expect((await settingsItem.getValue()).school.name).toBe('Hillside Primary');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone: put back as it was before.');
    expect((await settingsItem.getValue()).school.name).toBe('St Stephens Community Academy');
    await waitFor(() => expect(name).toHaveProperty('value', 'St Stephens Community Academy'));
  });

  it('saves what is typed after a pause, without leaving the field', async () => {
    await settingsItem.setValue(EXAMPLE_SETTINGS);
    render(<Options />);
    const hashtags = await screen.findByLabelText('School hashtags');
    await waitFor(() => expect(screen.getByLabelText('School name')).toHaveProperty('value', 'St Stephens Community Academy'));
    await userEvent.type(hashtags, 'TeamSSCA');
    await waitFor(() => expect(settingsItem.getValue()).resolves.toMatchObject({ hashtags: ['#TeamSSCA'] }), { timeout: 4000 });
    // What was saved is shown as saved (the # added), and the field is no longer unsaved.
    await waitFor(() => expect(hashtags).toHaveProperty('value', '#TeamSSCA'));
  });

  it('never overwrites what a person has typed when the settings change elsewhere', async () => {
    await settingsItem.setValue(EXAMPLE_SETTINGS);
    render(<Options />);
    const name = await screen.findByLabelText('School name');
    await waitFor(() => expect(name).toHaveProperty('value', 'St Stephens Community Academy'));
    await userEvent.clear(name);
    await userEvent.type(name, 'Hillside Primary');
    // Another settings tab (or an import) changes the trust and the staff list meanwhile.
    await settingsItem.setValue({ ...EXAMPLE_SETTINGS, staff: ['Mr Tom Trewin'], school: { ...EXAMPLE_SETTINGS.school, trust: { name: 'Moorland Trust', aliases: [] } } });
    await waitFor(() => expect(screen.getByLabelText('Trust name')).toHaveProperty('value', 'Moorland Trust'));
    expect(screen.getByLabelText('Staff names')).toHaveProperty('value', 'Mr Tom Trewin');
    expect(name).toHaveProperty('value', 'Hillside Primary');
  });
});
