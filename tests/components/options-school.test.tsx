// @vitest-environment happy-dom
import { cleanup, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountsSection } from '../../components/options/AccountsSection';
import { SchoolSection } from '../../components/options/SchoolSection';
import { EXAMPLE_SETTINGS } from '../../lib/settings/defaults';
import { settingsItem } from '../../utils/storage';
import { fakeExtension } from './extension-fakes';
import { renderSection } from './options-render';

beforeEach(async () => {
  fakeExtension();
  await settingsItem.setValue(EXAMPLE_SETTINGS);
});
afterEach(cleanup);

describe('settings: school', () => {
  it('shows the school as set, and saves changed names, trust, website, hashtags, contacts and who to ask', async () => {
    const { within } = await renderSection(<SchoolSection />, 'school');
    expect(within.getByLabelText('School name')).toHaveProperty('value', 'St Stephens Community Academy');
    const name = within.getByLabelText('School name');
    await userEvent.clear(name);
    await userEvent.type(name, 'Hillside Primary');
    await userEvent.clear(within.getByLabelText('Other names for the school'));
    await userEvent.type(within.getByLabelText('Other names for the school'), 'Hillside{enter}HPS{enter}{enter}');
    await userEvent.clear(within.getByLabelText('Trust name'));
    await userEvent.clear(within.getByLabelText('Other names for the trust'));
    await userEvent.type(within.getByLabelText('School website'), 'https://www.hillside.sch.uk/welcome');
    await userEvent.type(within.getByLabelText('School hashtags'), 'HillsideHeroes{enter}#HPS');
    await userEvent.type(within.getByLabelText('Public contact details'), '01632 960000{enter}office@hillside.sch.uk');
    await userEvent.type(within.getByLabelText("Senior leader's email"), 'head@hillside.sch.uk');
    // Leaving the field saves the section: there is no Save button to forget.
    await userEvent.tab();
    await waitFor(() => expect(settingsItem.getValue()).resolves.toMatchObject({ contacts: { slt: 'head@hillside.sch.uk' } }));
    await waitFor(() => expect(within.getByRole('status').textContent).toBe('School details saved.'));
    const saved = await settingsItem.getValue();
    expect(saved.school).toEqual({
      name: 'Hillside Primary',
      aliases: ['Hillside', 'HPS'],
      website: 'hillside.sch.uk',
      publicContacts: ['01632 960000', 'office@hillside.sch.uk'],
    });
    expect(saved.hashtags).toEqual(['#HillsideHeroes', '#HPS']);
    expect(saved.contacts).toEqual({ slt: 'head@hillside.sch.uk' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it.each([
    ['School name', '   ', /Enter the school's name/],
    ['School website', 'our website', /doesn't look like a website address/],
    ['School hashtags', 'Team Hillside', /Hashtags: Line 1, “Team Hillside”/],
    ['Public contact details', 'Reception desk', /Public contact details: Line 1, “Reception desk”, isn't a phone number or an email address/],
    ["Senior leader's email", 'the head', /“the head” isn't an email address/],
  ])('refuses %s when it is wrong, says why, marks the field and saves nothing', async (label, typed, message) => {
    const { within } = await renderSection(<SchoolSection />, 'school');
    if (label === 'School name') await userEvent.clear(within.getByLabelText(label));
    await userEvent.type(within.getByLabelText(label), typed);
    await userEvent.tab();
    const alert = await within.findByRole('alert');
    expect(alert.textContent).toMatch(/^Not saved\./);
    expect(alert.textContent).toMatch(message);
    expect(within.getByLabelText(label).getAttribute('aria-invalid')).toBe('true');
    expect(await settingsItem.getValue()).toEqual(EXAMPLE_SETTINGS);
    expect(within.queryByRole('status')).toBeNull();
    // What was typed stays, to be put right.
    expect((within.getByLabelText(label) as HTMLInputElement).value).toContain(typed.trim());
  });

  it('asks for the trust name when only the trust aliases are given', async () => {
    const { within } = await renderSection(<SchoolSection />, 'school');
    await userEvent.clear(within.getByLabelText('Trust name'));
    await userEvent.tab();
    await waitFor(() => expect(within.getByRole('alert').textContent).toContain("Enter the trust's name"));
  });

  it('shows settings changed elsewhere (another settings tab, an import)', async () => {
    const { within } = await renderSection(<SchoolSection />, 'school');
    await settingsItem.setValue({ ...EXAMPLE_SETTINGS, school: { ...EXAMPLE_SETTINGS.school, name: 'Hillside Primary' } });
    await waitFor(() => expect(within.getByLabelText('School name')).toHaveProperty('value', 'Hillside Primary'));
  });
});

describe('settings: official accounts', () => {
  it('saves the accounts per site, adding the @ to X handles', async () => {
    const { within } = await renderSection(<AccountsSection />, 'accounts');
    await userEvent.type(within.getByLabelText('On X'), 'StStephensCA');
    await userEvent.type(within.getByLabelText('On Facebook'), 'St Stephens Community Academy');
    await userEvent.tab();
    await waitFor(async () => expect((await settingsItem.getValue()).officialAccounts).toHaveLength(2));
    await waitFor(() => expect(within.getByRole('status').textContent).toBe('Official accounts saved: 2 accounts.'));
    expect((await settingsItem.getValue()).officialAccounts).toEqual([
      { site: 'x', handle: '@StStephensCA' },
      { site: 'facebook', handle: 'St Stephens Community Academy' },
    ]);
  });

  it('refuses an X handle with a space and saves nothing', async () => {
    const { within } = await renderSection(<AccountsSection />, 'accounts');
    await userEvent.type(within.getByLabelText('On X'), 'St Stephens');
    await userEvent.tab();
    await waitFor(() => expect(within.getByRole('alert').textContent).toMatch(/^Not saved\. X: Line 1, “St Stephens”/));
    expect((await settingsItem.getValue()).officialAccounts).toEqual([]);
  });
});
