// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogosSection } from '../../components/options/LogosSection';
import { StaffSection } from '../../components/options/StaffSection';
import { loadLogos, removeLogo } from '../../utils/logo-db';
import { settingsItem } from '../../utils/storage';
import { fakeExtension } from './extension-fakes';
import { corpusFile, fileOf, renderSection } from './options-render';

/** The smallest PNG: one transparent pixel. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

beforeEach(async () => {
  fakeExtension();
  for (const logo of await loadLogos()) await removeLogo(logo.id);
});
afterEach(cleanup);

describe('settings: staff list', () => {
  it('imports a staff list, one name a line, and keeps it on this computer only', async () => {
    const { within } = await renderSection(<StaffSection />, 'staff');
    expect(within.getByText(/The staff list stays on this computer/)).toBeTruthy();
    await userEvent.upload(screen.getByTestId('import-staff'), fileOf('staff.txt', corpusFile('staff.txt'), 'text/plain'));
    await waitFor(() => expect(within.getByRole('status').textContent).toBe('Staff list imported from staff.txt: 10 names.'));
    expect((await settingsItem.getValue()).staff).toHaveLength(10);
    await waitFor(() => expect(within.getByLabelText('Staff names')).toHaveProperty('value', expect.stringContaining('Mrs Jane Pascoe\nMr Tom Trewin')));
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('lists lines that are not names, and undoes an import', async () => {
    const { within } = await renderSection(<StaffSection />, 'staff');
    const before = (await settingsItem.getValue()).staff;
    await userEvent.upload(screen.getByTestId('import-staff'), fileOf('staff.txt', 'Mrs Jane Pascoe\nreception@school.org\nMr Tom Trewin\nMrs Jane Pascoe\n', 'text/plain'));
    await waitFor(() => expect(within.getByRole('status').textContent).toBe('Staff list imported from staff.txt: 2 names. 2 lines skipped: see below.'));
    expect(within.getByText(/Line 2: looks like an email address/)).toBeTruthy();
    expect(within.getByText(/Line 4: same name as line 1/)).toBeTruthy();
    await userEvent.click(within.getByRole('button', { name: 'Undo' }));
    await within.findByText('Undone: put back as it was before.');
    expect((await settingsItem.getValue()).staff).toEqual(before);
  });

  it('refuses an empty file and a typed line that is not a name, and changes nothing', async () => {
    const { within } = await renderSection(<StaffSection />, 'staff');
    await userEvent.upload(screen.getByTestId('import-staff'), fileOf('blank.txt', '\n# just a comment\n', 'text/plain'));
    await waitFor(() => expect(within.getByRole('alert').textContent).toContain('has no staff names in it, so the staff list is unchanged'));
    await userEvent.type(within.getByLabelText('Staff names'), 'Mrs Jane Pascoe{enter}Room 12');
    await userEvent.tab();
    await waitFor(() => expect(within.getByRole('alert').textContent).toBe('Not saved. Line 2 contains numbers, so it does not look like a name.'));
    expect((await settingsItem.getValue()).staff).toEqual([]);
  });

  it('saves a typed list', async () => {
    const { within } = await renderSection(<StaffSection />, 'staff');
    await userEvent.type(within.getByLabelText('Staff names'), 'Mrs Jane Pascoe{enter}{enter}Mr Tom Trewin');
    await userEvent.tab();
    await waitFor(() => expect(within.getByRole('status').textContent).toBe('Staff list saved: 2 names.'));
    expect((await settingsItem.getValue()).staff).toEqual(['Mrs Jane Pascoe', 'Mr Tom Trewin']);
  });
});

describe('settings: logos', () => {
  it('keeps logo images on this computer, lists them and removes them', async () => {
    const { within } = await renderSection(<LogosSection />, 'logos');
    expect(await within.findByText('No logos yet.')).toBeTruthy();
    await userEvent.upload(screen.getByTestId('import-logo'), [fileOf('crest.png', PNG, 'image/png'), fileOf('wordmark.png', PNG, 'image/png')]);
    await waitFor(() => expect(within.getByRole('status').textContent).toBe('Added 2 logo images.'));
    const stored = await loadLogos();
    expect(stored.map((l) => [l.name, l.type, new Uint8Array(l.bytes).length])).toEqual([
      ['crest.png', 'image/png', PNG.length],
      ['wordmark.png', 'image/png', PNG.length],
    ]);
    expect(screen.getByTestId('logo-list').textContent).toContain('crest.png');
    await userEvent.click(within.getByRole('button', { name: 'Remove crest.png' }));
    await waitFor(() => expect(within.getByRole('status').textContent).toBe('Removed crest.png.'));
    expect((await loadLogos()).map((l) => l.name)).toEqual(['wordmark.png']);
  });

  it('refuses a file that is not a picture, and adds none of the files chosen with it', async () => {
    const { within } = await renderSection(<LogosSection />, 'logos');
    await within.findByText('No logos yet.');
    await userEvent.upload(screen.getByTestId('import-logo'), [fileOf('crest.png', PNG, 'image/png'), fileOf('crest.svg', '<svg/>', 'image/svg+xml')], { applyAccept: false });
    await waitFor(() => expect(within.getByRole('alert').textContent).toBe("Not added: crest.svg isn't a PNG, JPEG, WebP or GIF image. No logos were added."));
    expect(await loadLogos()).toEqual([]);
  });
});
