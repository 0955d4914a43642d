// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DisclaimerSection } from '../../components/options/DisclaimerSection';
import { RulesSection } from '../../components/options/RulesSection';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { RULES } from '../../lib/rules';
import { settingsItem } from '../../utils/storage';
import { fakeExtension } from './extension-fakes';
import { renderSection } from './options-render';

beforeEach(fakeExtension);
afterEach(cleanup);

describe('settings: disclaimer', () => {
  it('counts the characters and shows the disclaimer at the end of a sample post as it is typed', async () => {
    const { within } = await renderSection(<DisclaimerSection />, 'disclaimer');
    const text = screen.getByTestId('disclaimer-text');
    expect(within.getByText(`${DEFAULT_SETTINGS.disclaimer.text.length} of 280 characters.`)).toBeTruthy();
    await userEvent.clear(text);
    await userEvent.type(text, 'My own views, not the school’s.');
    expect(screen.getByTestId('disclaimer-preview').textContent).toBe("So proud of everyone at St Stephen's today! My own views, not the school’s.");
    expect(within.getByText('31 of 280 characters.')).toBeTruthy();
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves the new text', async () => {
    const { within } = await renderSection(<DisclaimerSection />, 'disclaimer');
    await userEvent.clear(screen.getByTestId('disclaimer-text'));
    await userEvent.type(screen.getByTestId('disclaimer-text'), '  Views my own.  ');
    await userEvent.click(within.getByRole('button', { name: 'Save disclaimer' }));
    expect((await within.findByRole('status')).textContent).toContain('Disclaimer saved');
    expect((await settingsItem.getValue()).disclaimer.text).toBe('Views my own.');
  });

  it.each([
    ['', /can't be empty/],
    ['x'.repeat(281), /281 characters long.*280 characters at most/],
  ])('refuses a disclaimer that is empty or does not fit a post (%#), and keeps the old one', async (typed, message) => {
    const { within } = await renderSection(<DisclaimerSection />, 'disclaimer');
    const text = screen.getByTestId('disclaimer-text');
    await userEvent.clear(text);
    if (typed) await userEvent.click(text), await userEvent.paste(typed);
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(within.getByText(message)).toBeTruthy();
    await userEvent.click(within.getByRole('button', { name: 'Save disclaimer' }));
    expect((await within.findByRole('alert')).textContent).toMatch(message);
    expect((await settingsItem.getValue()).disclaimer.text).toBe(DEFAULT_SETTINGS.disclaimer.text);
  });

  it('keeps a list of accounts whose profile already carries the disclaimer', async () => {
    const { within } = await renderSection(<DisclaimerSection />, 'disclaimer');
    expect(within.getByText('None yet.')).toBeTruthy();
    await userEvent.type(within.getByLabelText('Account'), 'MrsPascoe');
    await userEvent.click(within.getByRole('button', { name: 'Add this account' }));
    expect((await within.findByRole('status')).textContent).toContain('Added @MrsPascoe on X');
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
    expect((await within.findByRole('alert')).textContent).toContain('already in the list');
    await userEvent.click(within.getByRole('button', { name: 'Remove @MrsPascoe on X' }));
    await within.findByText('Removed @MrsPascoe on X.');
    expect((await settingsItem.getValue()).disclaimer.inProfile).toEqual([{ site: 'linkedin', handle: 'Jane Pascoe' }]);
  });
});

describe('settings: checks', () => {
  it('lists every rule with its policy clause, switch and severities for the accounts it applies to', async () => {
    const { section } = await renderSection(<RulesSection />, 'rules');
    const items = section.querySelectorAll('[data-rule]');
    expect([...items].map((i) => i.getAttribute('data-rule'))).toEqual(RULES.map((r) => r.id));
    const tone = section.querySelector('[data-rule="tone"]')!;
    expect(tone.textContent).toContain('Use an appropriate and professional tone');
    expect(tone.textContent).toContain('Personal accounts: not checked');
    expect(tone.querySelectorAll('select')).toHaveLength(1);
    expect(section.querySelector('[data-rule="pupil-name"]')!.querySelectorAll('select')).toHaveLength(2);
  });

  it('turns a rule off and changes a severity, keeping only what differs from the policy', async () => {
    const { within, section } = await renderSection(<RulesSection />, 'rules');
    const tone = section.querySelector<HTMLElement>('[data-rule="tone"]')!;
    await userEvent.click(tone.querySelector('input[type="checkbox"]')!);
    expect((await within.findByRole('status')).textContent).toContain(': off.');
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
