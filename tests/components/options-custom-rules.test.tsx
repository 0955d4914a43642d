// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within as inside } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CustomRulesSection, ruleIdFromTitle } from '../../components/options/CustomRulesSection';
import { SettingsProvider } from '../../components/options/settings-context';
import { AnnouncerProvider } from '../../components/ui/announcer';
import type { CheckResult } from '../../lib/messaging';
import { EXAMPLE_SETTINGS as DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { parseSettings } from '../../lib/settings/schema';
import { handleMessage } from '../../entrypoints/background/handlers';
import { forgetCompiledPolicy } from '../../entrypoints/background/policy-cache';
import { settingsItem } from '../../utils/storage';
import { fakeExtension } from './extension-fakes';

beforeEach(() => {
  fakeExtension();
  // The background keeps the compiled settings in memory; a real one rebuilds them when they change.
  forgetCompiledPolicy();
});
afterEach(cleanup);

const EMBARGO = {
  id: 'school-ofsted-embargo',
  title: 'Inspection results before they are published',
  phrases: ['ofsted grade', 'inspection outcome'],
  message: 'Inspection results stay private until the report is published.',
  policy: "Don't publish confidential or commercially sensitive material",
  severity: { personal: 'block', school: 'warn' },
  examples: { flag: ['Our Ofsted grade is in!'], pass: ['Ofsted visited last week.'] },
} as const;

async function renderRules() {
  render(
    <AnnouncerProvider>
      <SettingsProvider fallback={<p>Loading</p>}>
        <CustomRulesSection />
      </SettingsProvider>
    </AnnouncerProvider>,
  );
  const section = await screen.findByRole('region', { name: "Your school's own rules" });
  return inside(section);
}

async function fillRule(
  within: Awaited<ReturnType<typeof renderRules>>,
  rule: { title: string; phrases: string; message: string; policy: string; flag: string; pass?: string; id?: string },
) {
  await userEvent.click(within.getByRole('button', { name: 'Add a rule' }));
  await userEvent.type(within.getByLabelText('What the rule is about'), rule.title);
  await userEvent.type(within.getByLabelText('Words or phrases to look for'), rule.phrases);
  await userEvent.type(within.getByLabelText('What Post Check tells the writer'), rule.message);
  await userEvent.type(within.getByLabelText('The policy sentence it rests on'), rule.policy);
  await userEvent.selectOptions(within.getByLabelText('On school accounts'), 'Not checked');
  await userEvent.selectOptions(within.getByLabelText('On personal accounts'), 'Must fix');
  if (rule.flag) await userEvent.type(within.getByLabelText('Examples it must flag'), rule.flag);
  if (rule.pass) await userEvent.type(within.getByLabelText('Examples it must let through'), rule.pass);
  if (rule.id) await userEvent.type(within.getByLabelText('Rule ID'), rule.id);
}

const TRIP = {
  title: 'Trip meeting points',
  phrases: 'coach leaves{Enter}meeting point',
  message: 'Trip times go to parents through the school app.',
  policy: 'Trips are announced to parents through the school app only.',
  flag: 'The coach leaves at 7am from the church',
  pass: 'What a brilliant trip!',
};

describe("settings: the school's own rules", () => {
  it('runs the examples, saves the rule and lists it like a built-in check', async () => {
    const within = await renderRules();
    expect(within.getByText("No rules of your school's own yet.")).toBeTruthy();
    await fillRule(within, TRIP);
    await userEvent.click(within.getByRole('button', { name: 'Check the examples and save' }));
    await waitFor(() => expect(within.getByRole('status').textContent).toBe('Rule saved: Trip meeting points. Its 2 examples did what they say.'));
    const stored = await settingsItem.getValue();
    expect(stored.customRules).toEqual([
      {
        id: 'school-trip-meeting-points',
        title: 'Trip meeting points',
        phrases: ['coach leaves', 'meeting point'],
        message: 'Trip times go to parents through the school app.',
        policy: 'Trips are announced to parents through the school app only.',
        severity: { personal: 'block' },
        examples: { flag: ['The coach leaves at 7am from the church'], pass: ['What a brilliant trip!'] },
      },
    ]);
    const item = within.getByRole('heading', { name: 'Trip meeting points' }).closest('li')!;
    expect(item.getAttribute('data-rule')).toBe('school-trip-meeting-points');
    expect(item.textContent).toContain('On personal accounts: Must fix. On school accounts: not checked.');
    expect(item.textContent).toContain('School rule: “Trips are announced to parents through the school app only.”');
  });

  it('shows an example the rule would not flag, and saves nothing', async () => {
    const within = await renderRules();
    await fillRule(within, { ...TRIP, flag: 'The coach leaves at 7am{Enter}Meet by the coaches at seven' });
    await userEvent.click(within.getByRole('button', { name: 'Check the examples and save' }));
    const alert = await within.findByRole('alert');
    expect(alert.textContent).toBe(
      "Not saved. Examples it must flag, line 2: “Meet by the coaches at seven” should be flagged, but none of the rule's words or phrases is in it.",
    );
    expect(within.getByTestId('failing-example').textContent).toBe('Meet by the coaches at seven');
    expect(within.getByLabelText('Examples it must flag').getAttribute('aria-invalid')).toBe('true');
    expect((await settingsItem.getValue()).customRules).toEqual([]);
    // The form stays open with what was typed.
    expect((within.getByLabelText('What the rule is about') as HTMLInputElement).value).toBe('Trip meeting points');
  });

  it('shows an example the rule would wrongly flag, with the words it flags', async () => {
    const within = await renderRules();
    await fillRule(within, { ...TRIP, pass: 'Our MEETING POINT for parents evening is the hall' });
    await userEvent.click(within.getByRole('button', { name: 'Check the examples and save' }));
    await waitFor(() => expect(within.getByRole('alert').textContent).toMatch(/Examples it must let through, line 1: .* should pass, but the rule flags “MEETING POINT” in it/));
    expect(within.getByTestId('failing-example').textContent).toBe('Our MEETING POINT for parents evening is the hall');
    expect((await settingsItem.getValue()).customRules).toEqual([]);
  });

  it.each([
    [{ flag: '' }, 'Examples it must flag', /give at least one post/],
    [{ phrases: 'coach leaves{Enter}!!!' }, 'Words or phrases to look for', /line 2: has no letters or digits to look for/],
    [{ id: 'trip-rule' }, 'Rule ID', /Rule ID: must begin "school-"/],
    [{ id: 'school-branding' }, 'Rule ID', /Rule ID: is the ID of one of Post Check's own checks/],
    [{ message: ' ' }, 'What Post Check tells the writer', /What Post Check tells the writer: must not be empty/],
  ])('refuses bad input, naming the field (%#)', async (change, label, message) => {
    const within = await renderRules();
    await fillRule(within, { ...TRIP, ...change });
    await userEvent.click(within.getByRole('button', { name: 'Check the examples and save' }));
    await waitFor(() => expect(within.getByRole('alert').textContent).toMatch(message));
    expect(within.getByLabelText(label).getAttribute('aria-invalid')).toBe('true');
    expect((await settingsItem.getValue()).customRules).toEqual([]);
  });

  it('edits and removes a rule', async () => {
    await settingsItem.setValue(parseSettings({ ...DEFAULT_SETTINGS, customRules: [EMBARGO] }));
    const within = await renderRules();
    await userEvent.click(within.getByRole('button', { name: 'Edit' }));
    const phrases = within.getByLabelText('Words or phrases to look for');
    expect((phrases as HTMLTextAreaElement).value).toBe('ofsted grade\ninspection outcome');
    await userEvent.type(phrases, '{Enter}inspection report');
    await userEvent.click(within.getByRole('button', { name: 'Check the examples and save' }));
    await waitFor(() => expect(within.getByRole('status').textContent).toContain('Rule saved: Inspection results before they are published.'));
    expect((await settingsItem.getValue()).customRules[0]!.phrases).toEqual(['ofsted grade', 'inspection outcome', 'inspection report']);
    expect((await settingsItem.getValue()).customRules[0]!.id).toBe('school-ofsted-embargo');
    await userEvent.click(within.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(within.getByRole('status').textContent).toBe('Rule removed: Inspection results before they are published.'));
    expect((await settingsItem.getValue()).customRules).toEqual([]);
  });

  it('makes IDs from titles, unique among the school’s rules', () => {
    expect(ruleIdFromTitle('Inspection results: embargo!', new Set())).toBe('school-inspection-results-embargo');
    expect(ruleIdFromTitle('Café trips', new Set(['school-cafe-trips']))).toBe('school-cafe-trips-2');
    expect(ruleIdFromTitle('!!!', new Set())).toBe('school-rule');
  });

  it('once saved, checks drafts in compose boxes like a built-in rule', async () => {
    const within = await renderRules();
    await fillRule(within, TRIP);
    await userEvent.click(within.getByRole('button', { name: 'Check the examples and save' }));
    await within.findByRole('status');
    const tab = await fakeBrowser.tabs.create({ url: 'https://x.com/home' });
    const sender = { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: tab.id!, url: 'https://x.com/home' } };
    const text = 'Reminder: the coach leaves at 7am sharp';
    const result = (await handleMessage(
      { type: 'check-draft', composerId: 'c1', draft: { text, site: 'x', surface: 'post', images: 0 } },
      sender as never,
    )) as CheckResult;
    expect(result.findings).toContainEqual(
      expect.objectContaining({ rule: 'school-trip-meeting-points', severity: 'block', start: text.indexOf('coach'), end: text.indexOf(' at 7am') }),
    );
  });

  it('checks drafts with settings stored before school rules existed, written without the extension’s migrations', async () => {
    const { customRules: _none, lateNight: _off, ...older } = DEFAULT_SETTINGS;
    await fakeBrowser.storage.local.set({ settings: older });
    const tab = await fakeBrowser.tabs.create({ url: 'https://x.com/home' });
    const sender = { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: tab.id!, url: 'https://x.com/home' } };
    const result = (await handleMessage(
      { type: 'check-draft', composerId: 'c1', draft: { text: "Proud of everyone at St Stephen's", site: 'x', surface: 'post', images: 0 } },
      sender as never,
    )) as CheckResult;
    expect(result.findings.map((f) => f.rule)).toEqual(['disclaimer-missing']);
  });
});
