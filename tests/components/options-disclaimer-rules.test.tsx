// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DisclaimerSection } from '../../components/options/DisclaimerSection';
import { RulesSection } from '../../components/options/RulesSection';
import { EXAMPLE_SETTINGS as DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { RULES } from '../../lib/rules';
import { settingsItem } from '../../utils/storage';
import { fakeExtension } from './extension-fakes';
import { renderSection } from './options-render';

beforeEach(async () => {
  fakeExtension();
  await settingsItem.setValue(DEFAULT_SETTINGS);
});
afterEach(cleanup);

describe('settings: disclaimer', () => {
  it('counts the characters and shows the disclaimer at the end of a sample post as it is typed', async () => {
    const { within } = await renderSection(<DisclaimerSection />, 'disclaimer');
    const text = screen.getByTestId('disclaimer-text');
    expect(within.getByText(`${DEFAULT_SETTINGS.disclaimer.text.length} of 280 characters.`)).toBeTruthy();
    await userEvent.clear(text);
    await userEvent.type(text, 'My own views, not the school’s.');
    // On a line of its own after the post, as "Add the disclaimer" puts it.
    const preview = screen.getByTestId('disclaimer-preview');
    expect(preview.textContent).toBe("So proud of everyone at St Stephen's today!My own views, not the school’s.");
    expect(preview.querySelector('br')).not.toBeNull();
    expect(within.getByText('31 of 280 characters.')).toBeTruthy();
    expect(screen.queryByTestId('disclaimer-unclear')).toBeNull();
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('warns about a disclaimer that does not say the views are the writer’s own, and still saves it', async () => {
    const { within } = await renderSection(<DisclaimerSection />, 'disclaimer');
    const text = screen.getByTestId('disclaimer-text');
    await userEvent.clear(text);
    await userEvent.type(text, 'My views, not my school');
    const warning = screen.getByTestId('disclaimer-unclear');
    expect(warning.textContent).toContain("don't say the views are your own");
    expect(text.getAttribute('aria-describedby')).toContain(warning.id);
    await userEvent.tab();
    await waitFor(() => expect(within.getByRole('status').textContent).toContain("doesn't say the views are your own"));
    expect((await settingsItem.getValue()).disclaimer.text).toBe('My views, not my school');
  });

  it('saves the new text', async () => {
    const { within } = await renderSection(<DisclaimerSection />, 'disclaimer');
    await userEvent.clear(screen.getByTestId('disclaimer-text'));
    await userEvent.type(screen.getByTestId('disclaimer-text'), '  Views my own.  ');
    await userEvent.tab();
    await waitFor(() => expect(within.getByRole('status').textContent).toContain('Disclaimer saved'));
    expect((await settingsItem.getValue()).disclaimer.text).toBe('Views my own.');
  });

  it.each([
    ['', /can't be empty/],
    ['x'.repeat(281), /281 characters long.*280 characters at most/],
  ])('refuses a disclaimer that is empty or does not fit a post (%#), and keeps the old one', async (typed, message) => {
    const { within } = await renderSection(<DisclaimerSection />, 'disclaimer');
    const text = screen.getByTestId('disclaimer-text');
    await userEvent.clear(text);
    if (typed) {
      await userEvent.click(text);
      await userEvent.paste(typed);
    }
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(within.getByText(message)).toBeTruthy();
    await userEvent.tab();
    await waitFor(() => expect(within.getByRole('alert').textContent).toMatch(message));
    expect((await settingsItem.getValue()).disclaimer.text).toBe(DEFAULT_SETTINGS.disclaimer.text);
  });

  it('keeps a list of accounts whose profile already carries the disclaimer', async () => {
    const { within } = await renderSection(<DisclaimerSection />, 'disclaimer');
    expect(within.getByText('None yet.')).toBeTruthy();
    await userEvent.type(within.getByLabelText('Account'), 'MrsPascoe');
    await userEvent.click(within.getByRole('button', { name: 'Add this account' }));
    await waitFor(() => expect(within.getByRole('status').textContent).toContain('Added @MrsPascoe on X'));
    await userEvent.selectOptions(within.getByLabelText('Site'), 'linkedin');
    await userEvent.type(within.getByLabelText('Account'), 'Jane Pascoe');
    await userEvent.click(within.getByRole('button', { name: 'Add this account' }));
    await within.findByText(/Added Jane Pascoe on LinkedIn/);
    expect((await settingsItem.getValue()).disclaimer.inProfile).toEqual([
      { site: 'x', handle: '@MrsPascoe' },
      { site: 'linkedin', handle: 'Jane Pascoe' },
    ]);
    await userEvent.type(within.getByLabelText('Account'), 'Jane Pascoe');
    await userEvent.click(within.getByRole('button', { name: 'Add this account' }));
    await waitFor(() => expect(within.getByRole('alert').textContent).toContain('already in the list'));
    await userEvent.click(within.getByRole('button', { name: 'Remove @MrsPascoe on X' }));
    await within.findByText('Removed @MrsPascoe on X.');
    expect((await settingsItem.getValue()).disclaimer.inProfile).toEqual([{ site: 'linkedin', handle: 'Jane Pascoe' }]);
  });
});

describe('settings: checks', () => {
  it('lists every rule with its policy clause, switch and severities for the accounts it applies to', async () => {
    const { section, within } = await renderSection(<RulesSection />, 'rules');
    const items = section.querySelectorAll('[data-rule]');
    expect([...items].map((i) => i.getAttribute('data-rule'))).toEqual(RULES.map((r) => r.id));
    // One table, a row a check, its columns aligned: the check, on, personal accounts, school accounts.
    expect(section.querySelectorAll('table')).toHaveLength(1);
    expect([...section.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Check', 'On', 'Personal accounts', 'School accounts']);
    for (const row of items) expect(row.children).toHaveLength(4);
    const tone = section.querySelector('[data-rule="tone"]')!;
    expect(tone.textContent).toContain('Use an appropriate and professional tone');
    expect(tone.children[2]!.textContent).toBe('Not checked');
    expect(tone.querySelectorAll('select')).toHaveLength(1);
    expect(within.getByRole('combobox', { name: /^School accounts: Shouting/ })).toBe(tone.querySelector('select'));
    expect(section.querySelector('[data-rule="pupil-name"]')!.querySelectorAll('select')).toHaveLength(2);
    // Severity words never say "Check", the product's name.
    expect([...tone.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Must fix', 'Should fix (policy)', 'Tip']);
  });

  it('turns a rule off and changes a severity, keeping only what differs from the policy', async () => {
    const { within, section } = await renderSection(<RulesSection />, 'rules');
    const tone = section.querySelector<HTMLElement>('[data-rule="tone"]')!;
    await userEvent.click(tone.querySelector('input[type="checkbox"]')!);
    await waitFor(() => expect(within.getByRole('status').textContent).toContain(': off.'));
    expect((await settingsItem.getValue()).rules).toEqual({ tone: { enabled: false } });
    await userEvent.click(tone.querySelector('input[type="checkbox"]')!);
    expect((await settingsItem.getValue()).rules).toEqual({});

    const pupilName = section.querySelector<HTMLElement>('[data-rule="pupil-name"]')!;
    const [personal, school] = pupilName.querySelectorAll('select');
    expect(personal).toHaveProperty('value', 'block');
    await userEvent.selectOptions(school!, 'block');
    expect((await settingsItem.getValue()).rules).toEqual({ 'pupil-name': { severity: { school: 'block' } } });
    await userEvent.selectOptions(school!, 'warn');
    expect((await settingsItem.getValue()).rules).toEqual({});
  });

  it('puts every check back to the defaults', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, rules: { tone: { enabled: false } } });
    const { within } = await renderSection(<RulesSection />, 'rules');
    await userEvent.click(within.getByRole('button', { name: "Put every check back to the policy's defaults" }));
    await within.findByRole('status');
    expect((await settingsItem.getValue()).rules).toEqual({});
  });
});
