// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountRequest } from '../../components/account-request/AccountRequest';
import { EXAMPLE_SETTINGS as DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { settingsItem } from '../../utils/storage';
import { accountRequestDraftItem } from '../../utils/ui-storage';
import { fakeExtension } from './extension-fakes';

beforeEach(async () => {
  fakeExtension();
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, contacts: { slt: 'head@ststephens.example' } });
});
afterEach(cleanup);

async function openPage() {
  render(<AccountRequest />);
  await screen.findByRole('heading', { name: 'Ask for a new school account' });
}

async function fillIn(runBy: string) {
  await userEvent.type(screen.getByLabelText('Your name'), 'Kerensa Rowe');
  await userEvent.click(screen.getByRole('radio', { name: 'X' }));
  await userEvent.type(screen.getByLabelText("The account's name (optional)"), '@StStephensPE');
  await userEvent.type(screen.getByLabelText('The aim of the account'), 'Share fixtures and results.');
  await userEvent.type(screen.getByLabelText('The intended audience'), 'Parents and local clubs.');
  await userEvent.type(screen.getByLabelText('How the account will be promoted'), 'The newsletter.');
  if (runBy) await userEvent.type(screen.getByLabelText('Who will run the account'), runBy);
  await userEvent.click(screen.getByRole('radio', { name: /Private or closed/ }));
}

const submit = () => userEvent.click(screen.getByRole('button', { name: 'Check my answers and make the page' }));

describe('asking for a new school account', () => {
  it('lists every missing answer, linked to its field, and makes no page', async () => {
    await openPage();
    await submit();
    const problems = await screen.findByRole('alert');
    expect(within(problems).getByRole('heading').textContent).toBe('7 answers need a look');
    const link = within(problems).getByRole('link', { name: /at least two members of staff/ });
    expect(link.getAttribute('href')).toBe('#request-run-by');
    expect(screen.getByLabelText('Who will run the account').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('The aim of the account').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('request-printable')).toBeNull();
  });

  it('needs two named members of staff', async () => {
    await openPage();
    await fillIn('Miss Kerensa Rowe');
    await submit();
    const problems = await screen.findByRole('alert');
    expect(within(problems).getByRole('heading').textContent).toBe('One answer needs a look');
    expect(problems.textContent).toContain('Name a second member of staff who will run the account');
    const field = screen.getByLabelText('Who will run the account');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain('request-run-by-error');
    expect(screen.queryByTestId('request-printable')).toBeNull();
  });

  it('makes a tidy printable page with every answer and the policy’s conditions, and an email to the SLT', async () => {
    await openPage();
    await fillIn('Miss Kerensa Rowe{Enter}Mr Jory Tregunna');
    await submit();
    const page = await screen.findByTestId('request-printable');
    const text = page.textContent!;
    for (const expected of [
      'Business case for a new school social media account',
      'Kerensa Rowe',
      'X: @StStephensPE',
      'Share fixtures and results.',
      'Parents and local clubs.',
      'The newsletter.',
      'Miss Kerensa Rowe\nMr Jory Tregunna',
      'Private or closed',
      'The SLT approves or rejects the request.',
      'the SLT must be satisfied that anyone running a social media account on behalf of the school has read and understood this policy and received appropriate training',
      'Store account details, including passwords securely',
      "The SLT's decision",
    ]) {
      expect(text).toContain(expected);
    }
    expect(document.activeElement).toBe(within(page).getByRole('heading', { level: 1 }));
    const email = new URL(screen.getByTestId('request-email').getAttribute('href')!);
    expect(email.pathname).toBe('head@ststephens.example');
    expect(email.searchParams.get('body')).toContain('Who will run the account:\r\nMiss Kerensa Rowe\r\nMr Jory Tregunna');
    await userEvent.click(screen.getByRole('button', { name: 'Change my answers' }));
    expect((screen.getByLabelText('The aim of the account') as HTMLTextAreaElement).value).toBe('Share fixtures and results.');
  });

  it('says when there is no SLT address to email', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, contacts: {} });
    await openPage();
    await fillIn('Miss Kerensa Rowe{Enter}Mr Jory Tregunna');
    await submit();
    await screen.findByTestId('request-printable');
    expect(screen.queryByTestId('request-email')).toBeNull();
    expect(screen.getByText(/hasn't put an SLT email address/)).toBeTruthy();
  });

  it('keeps the draft on this computer as it is typed, until "Start again"', async () => {
    await openPage();
    await userEvent.type(screen.getByLabelText('The aim of the account'), 'Celebrate sport');
    await waitFor(async () => expect(((await accountRequestDraftItem.getValue()) as { aim?: string } | null)?.aim).toBe('Celebrate sport'));
    cleanup();
    await openPage();
    expect((screen.getByLabelText('The aim of the account') as HTMLTextAreaElement).value).toBe('Celebrate sport');
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect((screen.getByLabelText('The aim of the account') as HTMLTextAreaElement).value).toBe('');
    await waitFor(async () => expect(((await accountRequestDraftItem.getValue()) as { aim?: string } | null)?.aim ?? '').toBe(''));
  });
});
