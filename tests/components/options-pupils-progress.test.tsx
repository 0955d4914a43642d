// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RosterParse } from '../../components/options/roster-files';
import { PupilsSection } from '../../components/options/PupilsSection';
import { importRoster } from '../../lib/roster/import';
import { loadRoster } from '../../utils/roster-db';
import { fakeExtension } from './extension-fakes';
import { fileOf, renderSection } from './options-render';

// Holds the parse back so the page can be seen mid-import, as with a large file.
let release: (() => void) | null = null;
vi.mock('../../components/options/roster-files', async (original) => ({
  ...(await original<typeof import('../../components/options/roster-files')>()),
  parseRoster: (bytes: ArrayBuffer) =>
    new Promise<RosterParse>((resolve) => {
      release = () => resolve({ ok: true, result: importRoster(bytes) });
    }),
}));

beforeEach(fakeExtension);
afterEach(cleanup);

describe('settings: a large pupil list', () => {
  it('shows progress while the file is read, and does not take a second file meanwhile', async () => {
    const { within } = await renderSection(<PupilsSection />, 'pupils');
    const rows = Array.from({ length: 5000 }, (_, i) => `Pupil${i},Surname${i},Y`).join('\n');
    await userEvent.upload(screen.getByTestId('import-roster'), fileOf('big.csv', `Forename,Surname,Media Consent\n${rows}\n`));
    const progress = await screen.findByTestId('roster-progress');
    expect(progress.textContent).toContain('Finding the pupils in the file…');
    expect(progress.querySelector('progress')).toBeTruthy();
    expect(screen.getByTestId('import-roster')).toHaveProperty('disabled', true);
    release!();
    expect(await within.findByText(/imported from big\.csv: 5,000 pupils/)).toBeTruthy();
    expect(screen.queryByTestId('roster-progress')).toBeNull();
    expect((await loadRoster())?.pupils).toHaveLength(5000);
  });
});
