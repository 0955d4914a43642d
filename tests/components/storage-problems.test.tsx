// @vitest-environment happy-dom
/**
 * A database or storage that fails is said on the page with what to do, and recorded
 * for IT (where and what kind, never words), never shown as an empty list or blank
 * settings (issue 13).
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LogosSection } from '../../components/options/LogosSection';
import { PupilsSection } from '../../components/options/PupilsSection';
import { SettingsProvider, useSettings } from '../../components/options/settings-context';
import { AnnouncerProvider } from '../../components/ui/announcer';
import { ProblemsList } from '../../components/ui/StorageProblem';
import * as logoDb from '../../utils/logo-db';
import * as managed from '../../utils/managed-settings';
import { problemsItem } from '../../utils/problems';
import * as rosterDb from '../../utils/roster-db';
import { fakeExtension } from './extension-fakes';
import { renderSection } from './options-render';

class BrokenDatabase extends Error {
  override name = 'UnknownError';
}

/** A part of the settings page that shows a setting once the settings are read. */
function School() {
  return <p>School: {useSettings().settings.school.name || 'none'}</p>;
}

beforeEach(async () => {
  fakeExtension();
  await problemsItem.setValue([]);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a store that cannot be read', () => {
  it('shows the pupil list as unreachable, not as missing, records it, and tries again on request', async () => {
    const load = vi.spyOn(rosterDb, 'loadRoster').mockRejectedValue(new BrokenDatabase('the database is corrupt: Grace Okafor'));
    const { within } = await renderSection(<PupilsSection />, 'pupils');
    const problem = await within.findByTestId('storage-problem');
    expect(problem.getAttribute('role')).toBe('alert');
    expect(problem.textContent).toMatch(/can't reach its saved pupil list/);
    expect(within.queryByText(/No pupil list yet/)).toBeNull();
    const kept = await problemsItem.getValue();
    expect(kept).toEqual([expect.objectContaining({ where: 'reading the pupil list', kind: 'UnknownError' })]);
    expect(JSON.stringify(kept)).not.toMatch(/Grace|corrupt/);

    load.mockResolvedValue(undefined);
    await userEvent.click(within.getByRole('button', { name: 'Try again' }));
    expect(await within.findByText(/No pupil list yet/)).toBeTruthy();
    expect(within.queryByTestId('storage-problem')).toBeNull();
  });

  it('shows the logos as unreachable, not as "No logos yet"', async () => {
    vi.spyOn(logoDb, 'loadLogos').mockRejectedValue(new BrokenDatabase('x'));
    const { within } = await renderSection(<LogosSection />, 'logos');
    expect((await within.findByTestId('storage-problem')).textContent).toMatch(/can't reach its saved logos/);
    expect(within.queryByText(/No logos yet/)).toBeNull();
  });

  it('shows the settings page as unable to reach its settings instead of loading for ever', async () => {
    const load = vi.spyOn(managed, 'loadEffectiveSettings').mockRejectedValue(new TypeError('storage refused'));
    render(
      <AnnouncerProvider>
        <SettingsProvider fallback={<p role="status">Loading the settings…</p>}>
          <School />
        </SettingsProvider>
        <ProblemsList />
      </AnnouncerProvider>,
    );
    expect((await screen.findByTestId('storage-problem')).textContent).toMatch(/can't reach its settings/);
    expect(screen.queryByText(/Loading the settings/)).toBeNull();
    // The list IT can read says where it failed and what kind of failure, nothing more.
    await waitFor(() => expect(screen.getByTestId('problems').textContent).toMatch(/reading the settings \(TypeError\)/));

    load.mockRestore();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/^School:/)).toBeTruthy();
  });
});
