// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComposeStatus, type ComposeStatusProps } from '../../components/ComposeStatus';
import type { Finding } from '../../lib/types';

const pupilName: Finding = { rule: 'pupil-name', severity: 'block', start: 10, end: 22, message: "Pupils' full names can't go on a personal account.", policy: 'Legal considerations: “…”' };
const disclaimer: Finding = { rule: 'disclaimer-missing', severity: 'warn', message: 'Add a disclaimer.', policy: 'Scope: “…”', fix: 'insert-disclaimer', about: [{ start: 26, end: 38 }] };
const grievanceA: Finding = { rule: 'internal-grievance', severity: 'warn', start: 0, end: 9, message: 'Raise concerns at work through the proper channels.', policy: 'Do’s: “…”' };
const grievanceB: Finding = { ...grievanceA, start: 40, end: 52 };

const CHECKED: ComposeStatusProps['state'] = { kind: 'checked', findings: [disclaimer, pupilName], words: [["St Stephen's"], ['Grace Okafor']] };

/** The component with its panel's open state kept as the watcher keeps it. */
function Harness(props: ComposeStatusProps) {
  const [open, setOpen] = useState(props.panelOpen);
  return (
    <ComposeStatus
      {...props}
      panelOpen={open}
      onTogglePanel={(next) => {
        setOpen(next);
        props.onTogglePanel(next);
      }}
      onClose={() => {
        setOpen(false);
        props.onClose();
      }}
    />
  );
}

function setup(overrides: Partial<ComposeStatusProps> = {}) {
  const props: ComposeStatusProps = {
    state: CHECKED,
    account: 'personal',
    siteName: 'X',
    confirm: null,
    panelOpen: false,
    theme: 'light',
    shortcut: 'Alt+Shift+K',
    onTogglePanel: vi.fn(),
    onAccountChange: vi.fn(),
    onFix: vi.fn(),
    onShowInText: vi.fn(),
    onDismiss: vi.fn(),
    onRestoreDismissed: vi.fn(),
    onReview: vi.fn(),
    onPostAnyway: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  const view = render(<Harness {...props} />);
  return { props, view, rerender: (next: Partial<ComposeStatusProps>) => view.rerender(<Harness {...props} {...next} />) };
}

afterEach(cleanup);

describe('the inline status and panel', () => {
  it('shows the count, the worst severity in words and the account kind', () => {
    setup();
    const status = screen.getByTestId('post-check-status');
    expect(status.dataset.count).toBe('2');
    expect(status.dataset.account).toBe('personal');
    expect(status.textContent).toContain('2 things to look at');
    expect(status.textContent).toContain('Must fix');
    expect(status.textContent).toContain('Personal account');
  });

  it('names no severity "Check", the product\'s own name', async () => {
    const user = userEvent.setup();
    setup({ panelOpen: true });
    const panel = screen.getByTestId('post-check-panel');
    const words = [...panel.querySelectorAll('.severity')].map((p) => p.textContent?.trim());
    expect(words).toEqual(['Must fix', 'Should fix']);
    expect(screen.getByTestId('post-check-status').textContent).not.toMatch(/\bCheck\)/);
    await user.click(screen.getByTestId('post-check-status'));
  });

  it('says "Looks good" when a checked post has nothing to change', () => {
    setup({ state: { kind: 'checked', findings: [], words: [] }, panelOpen: true });
    expect(screen.getByTestId('post-check-status').textContent).toContain('Looks good');
    expect(screen.getByTestId('post-check-panel').textContent).toContain('Looks good');
    expect(screen.getByTestId('post-check-status').textContent).not.toContain('Nothing to check');
  });

  it('is a small icon with the count when compact, and its name still says everything', () => {
    setup({ compact: true });
    const status = screen.getByTestId('post-check-status');
    expect(status.dataset.compact).toBe('true');
    expect(status.querySelector('.count')?.textContent).toBe('2');
    expect(status.querySelector('.account')).toBeNull();
    // The accessible name is the button's text: the hidden sentence (the visible count is hidden from it).
    const hidden = status.querySelector('.visually-hidden')!.textContent;
    expect(hidden).toBe('Post Check: 2 things to look at (Must fix). Personal account.');
    expect(screen.getByRole('button', { name: 'Post Check: 2 things to look at (Must fix). Personal account.' })).toBe(status);
  });

  it('opens with the keyboard, lists findings worst first with the words at fault, and Escape closes and returns to the editor', async () => {
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
    // The words that mention the school, behind the missing disclaimer.
    expect(within(items[1] as HTMLElement).getByText("St Stephen's")).toBeTruthy();
    expect(panel.textContent).toContain('Alt+Shift+K opens this panel from any post box');
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('post-check-panel')).toBeNull();
    expect(props.onClose).toHaveBeenCalled();
  });

  it('merges findings that say the same thing, quoting every place once', () => {
    setup({ state: { kind: 'checked', findings: [grievanceA, grievanceB], words: [['Head says'], ['the office']] }, panelOpen: true });
    const panel = screen.getByTestId('post-check-panel');
    expect(panel.querySelectorAll('[data-rule="internal-grievance"]')).toHaveLength(1);
    expect([...panel.querySelectorAll('.message')].map((m) => m.textContent)).toEqual(['Raise concerns at work through the proper channels.']);
    expect(within(panel).getByText('Head says')).toBeTruthy();
    expect(within(panel).getByText('the office')).toBeTruthy();
    expect(screen.getByTestId('post-check-status').dataset.count).toBe('1');
  });

  it('offers the disclaimer fix, the account switch and "Not a problem here"', async () => {
    const user = userEvent.setup();
    const { props } = setup();
    await user.click(screen.getByTestId('post-check-status'));
    await user.click(screen.getByRole('button', { name: 'Add the disclaimer' }));
    expect(props.onFix).toHaveBeenCalledWith(disclaimer);
    await user.selectOptions(screen.getByTestId('post-check-account'), 'school');
    expect(props.onAccountChange).toHaveBeenCalledWith('school');
    const pupil = screen.getByTestId('post-check-panel').querySelector('[data-rule="pupil-name"]') as HTMLElement;
    await user.click(within(pupil).getByRole('button', { name: /Not a problem here/ }));
    expect(props.onDismiss).toHaveBeenCalledWith([pupilName]);
  });

  it('says how many findings were set aside, and brings them back', async () => {
    const user = userEvent.setup();
    const { props } = setup({ state: { kind: 'checked', findings: [disclaimer], words: [[]] }, dismissedCount: 1, panelOpen: true });
    const panel = screen.getByTestId('post-check-panel');
    expect(panel.textContent).toContain('1 finding set aside as “Not a problem here” for this post.');
    expect(screen.getByTestId('post-check-status').dataset.count).toBe('1');
    await user.click(within(panel).getByRole('button', { name: 'Show it again' }));
    expect(props.onRestoreDismissed).toHaveBeenCalled();
  });

  it('says pupils’ names are not checked until there is a pupil list', () => {
    setup({ noPupilList: true, panelOpen: true });
    expect(screen.getByTestId('post-check-panel').textContent).toContain("Pupils' names are not checked yet: there is no pupil list in Post Check's settings.");
  });

  it('asks for a second opinion with the draft only when ticked, and says when the school has named no one', async () => {
    const user = userEvent.setup();
    const ask = vi.fn().mockResolvedValueOnce('opened').mockResolvedValueOnce('no-contact');
    setup({ onSecondOpinion: ask, panelOpen: true });
    await user.click(screen.getByRole('button', { name: 'Write the email' }));
    expect(ask).toHaveBeenLastCalledWith(false);
    expect((await screen.findByText(/Your email program opens/)).textContent).toContain('never the words of your post');
    await user.click(screen.getByRole('checkbox', { name: /Put my post in the email/ }));
    await user.click(screen.getByRole('button', { name: 'Write the email' }));
    expect(ask).toHaveBeenLastCalledWith(true);
    expect(await screen.findByText(/Your school hasn't said who to ask yet/)).toBeTruthy();
  });

  it('announces a new blocking finding politely, once', () => {
    const { rerender } = setup({ state: { kind: 'checked', findings: [disclaimer], words: [[]] } });
    const live = screen.getByRole('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('');
    rerender({ state: CHECKED });
    expect(live.textContent).toContain("Pupils' full names");
  });

  it("says when it can't read a box rather than going quiet", () => {
    setup({ state: { kind: 'unreadable' } });
    expect(screen.getByTestId('post-check-status').textContent).toContain("Can't read this box");
  });

  it('dresses every control for a dark page', () => {
    setup({ theme: 'dark', panelOpen: true });
    expect(screen.getByTestId('post-check-status').closest('.post-check')?.getAttribute('data-theme')).toBe('dark');
  });
});

describe('the confirmation before posting', () => {
  it('is a modal alertdialog quoting the words at fault, with "Go back and fix" focused', () => {
    setup({ confirm: { groups: [{ findings: [pupilName], words: [['Grace Okafor']] }], lateNight: false } });
    const dialog = screen.getByTestId('post-check-confirm');
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.querySelector('[data-rule="pupil-name"]')?.textContent).toContain('“Grace Okafor”'.slice(1, -1));
    expect(within(dialog).getByText('Grace Okafor').tagName).toBe('Q');
    expect(document.activeElement?.getAttribute('data-action')).toBe('review');
    expect(document.activeElement?.textContent).toBe('Go back and fix');
    expect(within(dialog).getByRole('button', { name: 'Post anyway' })).toBeTruthy();
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const user = userEvent.setup();
    setup({ confirm: { groups: [{ findings: [pupilName] }], lateNight: false } });
    expect(document.activeElement?.getAttribute('data-action')).toBe('review');
    await user.tab();
    expect(document.activeElement?.getAttribute('data-action')).toBe('post-anyway');
    await user.tab();
    expect(document.activeElement?.getAttribute('data-action')).toBe('review');
    await user.tab({ shift: true });
    expect(document.activeElement?.getAttribute('data-action')).toBe('post-anyway');
  });

  it('"Go back and fix" and "Post anyway" hand the choice back; Escape is "Go back"', async () => {
    const user = userEvent.setup();
    const { props } = setup({ confirm: { groups: [{ findings: [pupilName] }], lateNight: false } });
    await act(async () => fireEvent.click(screen.getByText('Go back and fix')));
    expect(props.onReview).toHaveBeenCalled();
    fireEvent.click(screen.getByText('Post anyway'));
    expect(props.onPostAnyway).toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(props.onClose).toHaveBeenCalled();
  });

  it('lists a thread’s findings under each post, naming it', () => {
    setup({ confirm: { groups: [{ label: 'Post 2 of 3', findings: [pupilName] }], lateNight: false } });
    const dialog = screen.getByTestId('post-check-confirm');
    const group = dialog.querySelector('[data-post="Post 2 of 3"]')!;
    expect(group.textContent).toContain('Post 2 of 3');
    expect(group.querySelector('[data-rule="pupil-name"]')).not.toBeNull();
  });

  it("says when Post Check couldn't check the post, and still offers to post anyway", () => {
    const { props } = setup({ confirm: { groups: [{ findings: [], failed: true }], lateNight: false } });
    const dialog = screen.getByTestId('post-check-confirm');
    expect(dialog.textContent).toContain("Post Check couldn't check this post");
    fireEvent.click(within(dialog).getByText('Post anyway'));
    expect(props.onPostAnyway).toHaveBeenCalled();
  });

  it('asks the late-night question on its own, or as part of the "Must fix" confirmation', () => {
    const { props, rerender } = setup({ confirm: { groups: [], lateNight: true } });
    const alone = screen.getByTestId('post-check-late-night');
    expect(alone.getAttribute('role')).toBe('alertdialog');
    expect(alone.textContent).toContain("It's late.");
    expect(alone.textContent).toContain('Read it again in the morning?');
    expect(screen.queryByTestId('post-check-confirm')).toBeNull();
    fireEvent.click(within(alone).getByRole('button', { name: 'Keep it for the morning' }));
    expect(props.onReview).toHaveBeenCalled();
    fireEvent.click(within(alone).getByRole('button', { name: 'Post now' }));
    expect(props.onPostAnyway).toHaveBeenCalled();

    rerender({ confirm: { groups: [{ findings: [pupilName] }], lateNight: true } });
    expect(screen.queryByTestId('post-check-late-night')).toBeNull();
    const both = screen.getByTestId('post-check-confirm');
    expect(both.querySelector('[data-late-night]')?.textContent).toContain('Read it again in the morning?');
    expect(screen.getAllByRole('alertdialog')).toHaveLength(1);
  });

  it('acts only on events the person made: a scripted click or change does nothing', async () => {
    const user = userEvent.setup();
    // Stands in for `event.isTrusted`, which a test's own events never have.
    let fromPerson = false;
    const { props } = setup({ confirm: { groups: [{ findings: [pupilName] }], lateNight: false }, acceptEvent: () => fromPerson });
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
    fireEvent.click(screen.getByTestId('post-check-panel').querySelector('[data-action="dismiss"]')!);
    expect(props.onDismiss).not.toHaveBeenCalled();
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
