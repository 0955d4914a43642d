// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PupilsSection } from '../../components/options/PupilsSection';
import { makePupilPack, SALT_BYTES } from '../../lib/roster/pack';
import { loadRoster, replacePupilList } from '../../utils/roster-db';
import { rosterVersionItem } from '../../utils/storage';
import { ROSTER } from '../helpers';
import { fakeExtension } from './extension-fakes';
import { corpusFile, fileOf, renderSection } from './options-render';

const corpusCsv = corpusFile('pupils.csv');

beforeEach(async () => {
  fakeExtension();
  await replacePupilList([], '');
});
afterEach(cleanup);

const input = () => screen.getByTestId('import-roster') as HTMLInputElement;

describe('settings: pupil list', () => {
  it('says plainly that the list stays on this computer, and that there is none yet', async () => {
    const { within } = await renderSection(<PupilsSection />, 'pupils');
    expect(within.getByText(/The pupil list stays on this computer\. Post Check never sends anything anywhere\./)).toBeTruthy();
    expect(await within.findByText(/No pupil list yet/)).toBeTruthy();
  });

  it('describes a school pack by its counts, and says the names cannot be read', async () => {
    await replacePupilList([], 'the school pack in pack.json', makePupilPack(ROSTER, new Uint8Array(SALT_BYTES).fill(3)));
    const { within } = await renderSection(<PupilsSection />, 'pupils');
    await waitFor(() => expect(screen.getByTestId('roster-current').textContent).toMatch(new RegExp(`From the school pack in pack\\.json.*${ROSTER.length} pupils.*2 without media consent.*1 with social media handles`)));
    expect(within.getByTestId('roster-pack').textContent).toMatch(/nobody can read them back/);
  });

  it('imports the MIS export: counts, columns read and dropped, saved in one go', async () => {
    const { within } = await renderSection(<PupilsSection />, 'pupils');
    const version = await rosterVersionItem.getValue();
    await userEvent.upload(input(), fileOf('pupils.csv', corpusCsv));
    await waitFor(() => expect(within.getByRole('status').textContent).toBe('Pupil list imported from pupils.csv: 90 pupils, 10 pupils without media consent, 0 pupils with social media handles.'));
    const report = screen.getByTestId('roster-report');
    expect([...report.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent))).toEqual([
      ['Legal Surname', 'Surname'],
      ['Legal Forename', 'Forename'],
      ['Preferred Forename', 'Preferred forename'],
      ['Year', 'Year group'],
      ['Reg Group', 'Class'],
      ['Media Consent', 'Media consent'],
    ]);
    expect(screen.getByTestId('roster-dropped').textContent).toBe('Dropped, never saved: UPN, DOB.');
    const stored = await loadRoster();
    expect(stored?.pupils).toHaveLength(90);
    expect(stored?.source).toBe('pupils.csv');
    expect(JSON.stringify(stored)).not.toMatch(/908204518|\/2014/);
    expect(await rosterVersionItem.getValue()).toBe(version + 1);
    expect(screen.getByTestId('roster-current').textContent).toMatch(/From pupils\.csv.*90 pupils.*10 without media consent.*0 with social media handles/);
  });

  it('imports the good rows of a file with a 5 MB name, skipping that row without repeating it', async () => {
    const { within } = await renderSection(<PupilsSection />, 'pupils');
    const csv = `Surname,Forename,Media Consent\nOkafor,Grace,Y\n${'A'.repeat(5_000_000)},Huge,Y\nPenrose,Jowan,N\n`;
    await userEvent.upload(input(), fileOf('pupils.csv', csv));
    await waitFor(() =>
      expect(within.getByRole('status').textContent).toBe(
        'Pupil list imported from pupils.csv: 2 pupils, 1 pupil without media consent, 0 pupils with social media handles. 1 line skipped: see below.',
      ),
    );
    expect(within.queryByRole('alert')).toBeNull();
    expect((await loadRoster())?.pupils.map((p) => p.forename)).toEqual(['Grace', 'Jowan']);
    const report = screen.getByTestId('roster-report');
    expect(report.textContent).toContain('Line 3: the surname is 5,000,000 characters long, more than the 100 a name can have');
    expect(report.textContent!.length).toBeLessThan(5_000);
  });

  it('refuses a file with no name columns, says why, and leaves the list as it was', async () => {
    await replacePupilList(ROSTER, 'old.csv');
    const { within } = await renderSection(<PupilsSection />, 'pupils');
    await within.findByText(/From old\.csv/);
    await userEvent.upload(input(), fileOf('staff.csv', 'Title,Initial,Role\nMrs,J,Teacher\n'));
    const alert = await within.findByRole('alert');
    expect(alert.textContent).toMatch(/^staff\.csv wasn't imported, and the pupil list is unchanged\. This file has no pupil name columns/);
    expect((await loadRoster())?.pupils).toEqual(ROSTER);
    expect(screen.queryByTestId('roster-report')).toBeNull();
  });

  it('explains what to do with a spreadsheet workbook', async () => {
    const { within } = await renderSection(<PupilsSection />, 'pupils');
    fireEvent.change(input(), { target: { files: [fileOf('pupils.xlsx', new Uint8Array([0x50, 0x4b, 3, 4]), 'application/vnd.ms-excel')] } });
    await waitFor(() => expect(within.getByRole('alert').textContent).toMatch(/spreadsheet workbook\. Save it as CSV/));
  });

  it('refuses a file with a header row but no pupils', async () => {
    const { within } = await renderSection(<PupilsSection />, 'pupils');
    await userEvent.upload(input(), fileOf('empty.csv', 'Forename,Surname\n,Smith\n'));
    await waitFor(() => expect(within.getByRole('alert').textContent).toMatch(/has no pupils in it, so the pupil list is unchanged\. Line 2: no forename\./));
  });

  it('lists the lines it skipped and why', async () => {
    const { within } = await renderSection(<PupilsSection />, 'pupils');
    await userEvent.upload(input(), fileOf('list.csv', 'Forename,Surname,Photo Consent\nAmy,Jones,Y\nBen,,N\nAmy,Jones,Y\nCara,Price,perhaps\n'));
    await within.findByText(/imported from list\.csv/);
    const report = screen.getByTestId('roster-report');
    expect(report.textContent).toContain('Lines skipped: 2');
    expect(report.textContent).toContain('Line 3: no surname');
    expect(report.textContent).toContain('Line 4: same pupil as line 2');
    expect(report.textContent).toContain('Lines to look at: 1');
    expect(report.textContent).toContain('Line 5: the Photo Consent value “perhaps” was not understood');
  });

  it('takes a file dropped on the drop area', async () => {
    const { within } = await renderSection(<PupilsSection />, 'pupils');
    fireEvent.drop(screen.getByTestId('roster-drop'), { dataTransfer: { files: [fileOf('pupils.csv', corpusCsv)] } });
    expect(await within.findByText(/imported from pupils\.csv: 90 pupils/)).toBeTruthy();
  });

  it('puts the previous list back on undo', async () => {
    await replacePupilList(ROSTER, 'old.csv');
    const { within } = await renderSection(<PupilsSection />, 'pupils');
    await within.findByText(/From old\.csv/);
    await userEvent.upload(input(), fileOf('pupils.csv', corpusCsv));
    await within.findByText(/imported from pupils\.csv/);
    await userEvent.click(within.getByRole('button', { name: `Undo: put back the previous list (${ROSTER.length} pupils)` }));
    await within.findByText(`The previous pupil list is back: ${ROSTER.length} pupils.`);
    expect((await loadRoster())?.pupils).toEqual(ROSTER);
  });

  it('clears the list only after asking', async () => {
    await replacePupilList(ROSTER, 'old.csv');
    const { within } = await renderSection(<PupilsSection />, 'pupils');
    await userEvent.click(await within.findByRole('button', { name: 'Clear the pupil list' }));
    expect(within.getByText(`Remove all ${ROSTER.length} pupils from Post Check on this computer?`)).toBeTruthy();
    await userEvent.click(within.getByRole('button', { name: 'Keep the list' }));
    expect((await loadRoster())?.pupils).toEqual(ROSTER);
    await userEvent.click(within.getByRole('button', { name: 'Clear the pupil list' }));
    await userEvent.click(within.getByRole('button', { name: 'Remove them' }));
    await within.findByText(/The pupil list is cleared/);
    expect((await loadRoster())?.pupils).toEqual([]);
    expect(within.getByText(/No pupil list yet/)).toBeTruthy();
  });

  it('says when the export has no media consent column', async () => {
    const { within } = await renderSection(<PupilsSection />, 'pupils');
    await userEvent.upload(input(), fileOf('names.csv', 'First Name,Last Name\nAmy,Jones\n'));
    await within.findByText(/imported from names\.csv/);
    expect(screen.getByTestId('roster-report').textContent).toContain("There is no media consent column, so Post Check can't tell who is on the no-photo list");
  });
});
