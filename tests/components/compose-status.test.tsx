// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComposeStatus, type ComposeStatusProps } from '../../components/ComposeStatus';
import type { Finding } from '../../lib/types';

const pupilName: Finding = { rule: 'pupil-name', severity: 'block', start: 10, end: 22, message: "Pupils' full names can't go on a personal account.", policy: 'Legal considerations: “…”' };
const disclaimer: Finding = { rule: 'disclaimer-missing', severity: 'warn', message: 'Add a disclaimer.', policy: 'Scope: “…”', fix: 'insert-disclaimer' };

function setup(overrides: Partial<ComposeStatusProps> = {}) {
  const props: ComposeStatusProps = {
    state: { kind: 'checked', findings: [disclaimer, pupilName], quotes: ['', 'Grace Okafor'] },
    account: 'personal',
    siteName: 'X',
    confirm: null,
    theme: 'light',
    onAccountChange: vi.fn(),
    onFix: vi.fn(),
    onShowInText: vi.fn(),
    onReview: vi.fn(),
    onPostAnyway: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  const view = render(<ComposeStatus {...props} />);
  return { props, view, rerender: (next: Partial<ComposeStatusProps>) => view.rerender(<ComposeStatus {...props} {...next} />) };
}

afterEach(cleanup);

describe('the inline status and panel', () => {
  it('shows the count, the worst severity in words and the account kind', () => {
    setup();
    const status = screen.getByTestId('post-check-status');
    expect(status.dataset.count).toBe('2');
    expect(status.dataset.account).toBe('personal');
    expect(status.textContent).toContain('2 things to check');
    expect(status.textContent).toContain('Must fix');
    expect(status.textContent).toContain('Personal account');
  });

  it('opens with the keyboard, lists findings worst first, and Escape closes and returns to the editor', async () => {
    const user = userEvent.setup();
    const { props } = setup();
    await user.tab();
    expect(screen.getByTestId('post-check-status')).toBe(document.activeElement);
    await user.keyboard('{Enter}');
    const panel = screen.getByTestId('post-check-panel');
    const items = panel.querySelectorAll('[data-rule]');
    expect([...items].map((i) => [i.getAttribute('data-rule'), i.getAttribute('data-severity')])).toEqual([
      ['pupil-name', 'block'],
      ['disclaimer-missing', 'warn'],
    ]);
    expect(within(panel).getByText('Grace Okafor')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('post-check-panel')).toBeNull();
    expect(props.onClose).toHaveBeenCalled();
  });

  it('offers the disclaimer fix and the account switch', async () => {
    const user = userEvent.setup();
    const { props } = setup();
    await user.click(screen.getByTestId('post-check-status'));
    await user.click(screen.getByRole('button', { name: 'Add the disclaimer' }));
    expect(props.onFix).toHaveBeenCalledWith(disclaimer);
    await user.selectOptions(screen.getByTestId('post-check-account'), 'school');
    expect(props.onAccountChange).toHaveBeenCalledWith('school');
  });

  it('announces a new blocking finding politely, once', () => {
    const { rerender } = setup({ state: { kind: 'checked', findings: [disclaimer], quotes: [''] } });
    const live = screen.getByRole('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('');
    rerender({ state: { kind: 'checked', findings: [disclaimer, pupilName], quotes: ['', 'Grace Okafor'] } });
    expect(live.textContent).toContain("Pupils' full names");
  });

  it("says when it can't read a box rather than going quiet", async () => {
    setup({ state: { kind: 'unreadable' } });
    expect(screen.getByTestId('post-check-status').textContent).toContain("can't read this box");
  });
});

describe('the confirmation before posting', () => {
  it('is an alertdialog listing the blocking findings with Review focused', () => {
    setup({ confirm: [{ findings: [pupilName] }] });
    const dialog = screen.getByTestId('post-check-confirm');
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(dialog.querySelector('[data-rule="pupil-name"]')).not.toBeNull();
    expect(document.activeElement?.getAttribute('data-action')).toBe('review');
  });

  it('"Review" opens the panel on the first finding; "Post anyway" hands back', async () => {
    const { props, rerender } = setup({ confirm: [{ findings: [pupilName] }] });
    await act(async () => fireEvent.click(screen.getByText('Review')));
    expect(props.onReview).toHaveBeenCalled();
    rerender({ confirm: null });
    expect(screen.getByTestId('post-check-panel')).toBeTruthy();
    expect(document.activeElement?.getAttribute('data-rule')).toBe('pupil-name');
    rerender({ confirm: [{ findings: [pupilName] }] });
    fireEvent.click(screen.getByText('Post anyway'));
    expect(props.onPostAnyway).toHaveBeenCalled();
  });

  it('lists a thread’s findings under each post, naming it', () => {
    setup({ confirm: [{ label: 'Post 2 of 3', findings: [pupilName] }] });
    const dialog = screen.getByTestId('post-check-confirm');
    const group = dialog.querySelector('[data-post="Post 2 of 3"]')!;
    expect(group.textContent).toContain('Post 2 of 3');
    expect(group.querySelector('[data-rule="pupil-name"]')).not.toBeNull();
  });

  it("says when Post Check couldn't check the post, and still offers to post anyway", () => {
    const { props } = setup({ confirm: [{ findings: [], failed: true }] });
    const dialog = screen.getByTestId('post-check-confirm');
    expect(dialog.textContent).toContain("Post Check couldn't check this post");
    fireEvent.click(within(dialog).getByText('Post anyway'));
    expect(props.onPostAnyway).toHaveBeenCalled();
  });

  it('acts only on events the person made: a scripted click or change does nothing', async () => {
    const user = userEvent.setup();
    // Stands in for `event.isTrusted`, which a test's own events never have.
    let fromPerson = false;
    const { props } = setup({ confirm: [{ findings: [pupilName] }], acceptEvent: () => fromPerson });
    const dialog = screen.getByTestId('post-check-confirm');
    (dialog.querySelector('[data-action="post-anyway"]') as HTMLElement).click();
    fireEvent.click(dialog.querySelector('[data-action="review"]')!);
    expect(props.onPostAnyway).not.toHaveBeenCalled();
    expect(props.onReview).not.toHaveBeenCalled();
    await user.click(screen.getByTestId('post-check-status'));
    expect(screen.queryByTestId('post-check-panel')).toBeNull();

    fromPerson = true;
    await user.click(screen.getByTestId('post-check-status'));
    const select = screen.getByTestId('post-check-account') as HTMLSelectElement;
    fromPerson = false;
    fireEvent.change(select, { target: { value: 'school' } });
    expect(props.onAccountChange).not.toHaveBeenCalled();
    expect(select.value).toBe('personal');
    fromPerson = true;
    await user.selectOptions(select, 'school');
    expect(props.onAccountChange).toHaveBeenCalledWith('school');
  });
});

describe('what the status says about the box', () => {
  it('waits for the person to type, and shows notes and a hint for a box Post Check does not know', async () => {
    const user = userEvent.setup();
    setup({ state: { kind: 'waiting' }, account: 'unknown', statusHint: "Can't tell the account or how it's sent", notes: ["Post Check doesn't know this box."] });
    const status = screen.getByTestId('post-check-status');
    expect(status.textContent).toContain('Checks what you type');
    expect(status.textContent).toContain("Can't tell the account or how it's sent");
    expect(status.dataset.count).toBe('0');
    await user.click(status);
    expect(screen.getByTestId('post-check-panel').textContent).toContain("Post Check doesn't know this box.");
  });

  it('says a check failed', () => {
    setup({ state: { kind: 'failed' } });
    expect(screen.getByTestId('post-check-status').textContent).toContain("Couldn't check this post");
  });
});
