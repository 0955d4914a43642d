// @vitest-environment happy-dom
/**
 * The settings page under a school's managed settings: the school's fields show as
 * "Set by your school" and cannot be edited, the rest still can, a bad value from the
 * school is reported in plain words, and a change of policy shows without a reload.
 */
import { act, cleanup, render, screen, waitFor, within as inside } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CustomRulesSection } from '../../components/options/CustomRulesSection';
import { DisclaimerSection } from '../../components/options/DisclaimerSection';
import { LateNightSection } from '../../components/options/LateNightSection';
import { RulesSection } from '../../components/options/RulesSection';
import { SchoolPolicySection } from '../../components/options/SchoolPolicySection';
import { SchoolSection } from '../../components/options/SchoolSection';
import { SettingsProvider } from '../../components/options/settings-context';
import { StaffSection } from '../../components/options/StaffSection';
import { AnnouncerProvider } from '../../components/ui/announcer';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { settingsItem } from '../../utils/storage';
import { fakeExtension } from './extension-fakes';
import { renderSection } from './options-render';

const SCHOOL_DISCLAIMER = 'Views are my own and not those of An Daras Multi Academy Trust.';

beforeEach(fakeExtension);
afterEach(cleanup);

describe('the settings page under a school policy', () => {
  it('shows the school’s own rules and late-night hours from the policy, not editable', async () => {
    await fakeBrowser.storage.managed.set({
      customRules: [
        {
          id: 'school-coach-times',
          title: 'Coach times before the trip',
          phrases: ['coach leaves'],
          message: 'Trip times stay off social media until the coach is back.',
          policy: "Don't publish confidential or commercially sensitive material",
          severity: { personal: 'warn' },
          examples: { flag: ['The coach leaves at 7'], pass: ['The coach was great'] },
        },
      ],
      lateNight: { enabled: true, from: '21:30', to: '06:00' },
    });
    const rules = await renderSection(<CustomRulesSection />, 'school-rules');
    expect(rules.within.getByText('Coach times before the trip')).toBeTruthy();
    expect(rules.within.getByText('Set by your school')).toBeTruthy();
    expect(rules.within.queryByRole('button', { name: /Add a rule|Edit|Remove/ })).toBeNull();
    cleanup();
    const night = await renderSection(<LateNightSection />, 'late-night');
    expect(night.within.getByText('Set by your school')).toBeTruthy();
    expect((night.within.getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
    expect((night.within.getByLabelText('From') as HTMLInputElement).value).toBe('21:30');
    expect(night.within.queryByRole('button', { name: 'Save late-night pause' })).toBeNull();
  });

  it('shows a locked disclaimer as the school’s, not editable, and saves the person’s other edits', async () => {
    await fakeBrowser.storage.managed.set({ disclaimer: { text: SCHOOL_DISCLAIMER }, locked: ['disclaimer.text'] });
    const { within } = await renderSection(<DisclaimerSection />, 'disclaimer');
    const text = screen.getByTestId('disclaimer-text') as HTMLTextAreaElement;
    expect(text.value).toBe(SCHOOL_DISCLAIMER);
    expect(text.readOnly).toBe(true);
    // Said in words, and tied to the field for screen readers.
    const note = within.getByText('Set by your school');
    expect(text.getAttribute('aria-describedby')).toContain(note.id);
    expect(within.queryByRole('button', { name: 'Save disclaimer' })).toBeNull();
    await userEvent.type(text, ' extra');
    expect(text.value).toBe(SCHOOL_DISCLAIMER);
    // Profiles are not the school's: still editable, and saving them keeps the person's own disclaimer text.
    await userEvent.type(within.getByRole('textbox', { name: 'Account' }), '@MrsPascoe');
    await userEvent.click(within.getByRole('button', { name: 'Add this account' }));
    await waitFor(() => expect(within.getByRole('status').textContent).toContain('Added @MrsPascoe on X'));
    const stored = await settingsItem.getValue();
    expect(stored.disclaimer.inProfile).toEqual([{ site: 'x', handle: '@MrsPascoe' }]);
    expect(stored.disclaimer.text).toBe(DEFAULT_SETTINGS.disclaimer.text);
  });

  it('locks only the school’s fields in a section', async () => {
    await fakeBrowser.storage.managed.set({ school: { name: 'St Stephens Community Academy' }, hashtags: ['#SSCA'] });
    const { within } = await renderSection(<SchoolSection />, 'school');
    expect((within.getByRole('textbox', { name: 'School name' }) as HTMLInputElement).readOnly).toBe(true);
    expect((within.getByRole('textbox', { name: /School hashtags/ }) as HTMLTextAreaElement).readOnly).toBe(true);
    expect((within.getByRole('textbox', { name: 'School website' }) as HTMLInputElement).readOnly).toBe(false);
    expect(within.getAllByText('Set by your school')).toHaveLength(2);
    await userEvent.type(within.getByRole('textbox', { name: 'School website' }), 'ststephens.sch.uk');
    await userEvent.tab();
    await waitFor(() => expect(within.getByRole('status').textContent).toContain('School details saved'));
    const stored = await settingsItem.getValue();
    expect(stored.school.website).toBe('ststephens.sch.uk');
    expect(stored.hashtags).toEqual([]);
  });

  it('locks a whole list: staff names cannot be typed or imported', async () => {
    await fakeBrowser.storage.managed.set({ staff: ['Mrs Jane Pascoe'], locked: ['staff'] });
    const { within } = await renderSection(<StaffSection />, 'staff');
    expect((within.getByRole('textbox', { name: 'Staff names' }) as HTMLTextAreaElement).value).toBe('Mrs Jane Pascoe');
    expect((within.getByRole('textbox', { name: 'Staff names' }) as HTMLTextAreaElement).readOnly).toBe(true);
    expect(within.queryByLabelText('Import a staff list')).toBeNull();
    expect(within.queryByRole('button', { name: 'Save staff list' })).toBeNull();
  });

  it('disables a check the school sets, and leaves the others', async () => {
    await fakeBrowser.storage.managed.set({ rules: { tone: { enabled: false } } });
    const { section } = await renderSection(<RulesSection />, 'rules');
    const tone = inside(section.querySelector<HTMLElement>('[data-rule="tone"]')!);
    expect((tone.getByRole('checkbox') as HTMLInputElement).checked).toBe(false);
    expect((tone.getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
    expect(tone.getByText('Set by your school')).toBeTruthy();
    const attribution = inside(section.querySelector<HTMLElement>('[data-rule="attribution"]')!);
    expect((attribution.getByRole('checkbox') as HTMLInputElement).disabled).toBe(false);
  });

  it('says what the school set, the rollout mode, and which of its values cannot be used', async () => {
    await fakeBrowser.storage.managed.set({ mode: 'advise', disclaimer: { text: 'x'.repeat(300) }, locked: ['colour'] });
    render(
      <AnnouncerProvider>
        <SettingsProvider fallback={<p>Loading</p>}>
          <SchoolPolicySection />
        </SettingsProvider>
      </AnnouncerProvider>,
    );
    const region = await screen.findByRole('region', { name: 'Set by your school' });
    expect(inside(region).getByTestId('rollout-mode').textContent).toMatch(/never asks you before you post/);
    const problems = inside(region).getAllByRole('listitem').map((li) => li.textContent);
    expect(problems).toEqual([
      '“Disclaimer text”, set by your school, is ignored: it must fit in a post (280 characters at most).',
      "Your school asked to lock “colour”, which isn't a Post Check setting, so that lock is ignored.",
    ]);
  });

  it('shows nothing about a school without a policy, and follows a policy that arrives', async () => {
    render(
      <AnnouncerProvider>
        <SettingsProvider fallback={<p>Loading</p>}>
          <SchoolPolicySection />
          <DisclaimerSection />
        </SettingsProvider>
      </AnnouncerProvider>,
    );
    await screen.findByRole('region', { name: 'Disclaimer' });
    expect(screen.queryByRole('region', { name: 'Set by your school' })).toBeNull();
    await act(() => fakeBrowser.storage.managed.set({ disclaimer: { text: SCHOOL_DISCLAIMER }, mode: 'hold' }));
    await screen.findByRole('region', { name: 'Set by your school' });
    expect((screen.getByTestId('disclaimer-text') as HTMLTextAreaElement).value).toBe(SCHOOL_DISCLAIMER);
    expect(screen.getByTestId('rollout-mode').textContent).toBe('Post Check asks you before a post with a “Must fix” goes out.');
  });
});
