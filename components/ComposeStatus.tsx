/**
 * The inline UI beside a compose box: a quiet status control with the count and the
 * account kind, a panel listing each finding (what to do, the words it is about, the
 * policy sentence, the fix), and the "Are you sure?" confirmation before posting.
 * Stable test hooks: docs/ui-contract.md.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { AccountKind, Finding } from '../lib/types';
import { SEVERITY_LABEL, SEVERITY_ORDER, worstSeverity } from './severity';
import { SeverityIcon } from './SeverityIcon';

export type ComposeStatusState =
  /** Found, and nothing typed in it yet: checking starts with the user's own typing. */
  | { kind: 'waiting' }
  | { kind: 'checking' }
  | { kind: 'unreadable' }
  /** The check failed (an error, no answer in time): the post is held until the user decides. */
  | { kind: 'failed' }
  | { kind: 'paused' }
  | { kind: 'checked'; findings: Finding[]; quotes: string[] };

/** One post's part of the confirmation: a thread lists each post ("Post 2 of 3") with its own findings. */
export interface ConfirmGroup {
  /** "Post 2 of 3" when several boxes go out together; absent for a single box. */
  label?: string;
  findings: Finding[];
  /** Post Check could not check this post, or not all of it. */
  failed?: boolean;
  /** Why, when the background said (the post is longer than is checked, checking is busy). */
  note?: string;
}

export interface ComposeStatusProps {
  state: ComposeStatusState;
  account: AccountKind;
  siteName: string;
  /** What is held before posting and why, or null. */
  confirm: ConfirmGroup[] | null;
  /** Plain sentences about what Post Check cannot tell or has not checked in this box. */
  notes?: string[];
  /** A few words in the status control itself, for what matters most about this box (e.g. a box Post Check does not know). */
  statusHint?: string;
  /**
   * Whether an event on one of Post Check's own controls comes from the person. The page
   * can reach the open shadow root and fire events; only the person's own clicks and
   * keys may post anyway, switch the account, apply a fix or review. Defaults to all.
   */
  acceptEvent?(event: Event): boolean;
  /** Theme of the page the box sits on. */
  theme: 'light' | 'dark';
  onAccountChange(kind: 'personal' | 'school'): void;
  onFix(finding: Finding): void;
  onShowInText(finding: Finding): void;
  onReview(): void;
  onPostAnyway(): void;
  /** Escape: close and give focus back to the editor. */
  onClose(): void;
}

const ACCOUNT_WORDS: Record<AccountKind, string> = {
  personal: 'Personal account',
  school: 'School account',
  unknown: 'Which account?',
};

function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

function summary(state: ComposeStatusState, siteName: string): string {
  if (state.kind === 'waiting') return 'Checks what you type';
  if (state.kind === 'checking') return 'Checking…';
  if (state.kind === 'unreadable') return "Post Check can't read this box";
  if (state.kind === 'failed') return "Couldn't check this post";
  if (state.kind === 'paused') return `Paused on ${siteName}`;
  const n = state.findings.length;
  if (n === 0) return 'Nothing to check';
  return `${n} ${n === 1 ? 'thing' : 'things'} to check`;
}

export function ComposeStatus(props: ComposeStatusProps) {
  const { state, account, confirm, theme } = props;
  /** Runs `action` only for an event the person made (see `acceptEvent`). */
  const fromPerson =
    <E extends SyntheticEvent>(action: (event: E) => void) =>
    (event: E) => {
      if (props.acceptEvent && !props.acceptEvent(event.nativeEvent)) {
        event.preventDefault();
        return;
      }
      action(event);
    };
  const confirmFindings = confirm?.flatMap((g) => g.findings) ?? [];
  const allFailed = !!confirm && confirm.length > 0 && confirm.every((g) => g.failed);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const statusButton = useRef<HTMLButtonElement>(null);
  const reviewButton = useRef<HTMLButtonElement>(null);
  const firstFinding = useRef<HTMLLIElement>(null);
  const [focusFirst, setFocusFirst] = useState(false);
  const findings = state.kind === 'checked' ? sortFindings(state.findings) : [];
  const quotes = state.kind === 'checked' ? state.quotes : [];
  const worst = worstSeverity(findings.map((f) => f.severity));
  const announcement = useBlockingAnnouncement(findings);

  useEffect(() => {
    if (confirm) reviewButton.current?.focus();
  }, [confirm]);

  useEffect(() => {
    if (focusFirst && open) {
      firstFinding.current?.focus();
      setFocusFirst(false);
    }
  }, [focusFirst, open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && (open || confirm)) {
      event.stopPropagation();
      setOpen(false);
      props.onClose();
    }
  };

  return (
    <div className="post-check" data-theme={theme} onKeyDown={onKeyDown}>
      <div className="bar">
        <button
          ref={statusButton}
          type="button"
          className={`status ${worst ?? 'clear'}`}
          data-testid="post-check-status"
          data-count={findings.length}
          data-account={account}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={fromPerson(() => setOpen((o) => !o))}
        >
          <span className={`icon ${worst ?? 'clear'}`}>
            <SeverityIcon severity={worst ?? 'clear'} />
          </span>
          <span className="label">
            Post Check: {summary(state, props.siteName)}
            {worst ? ` (${SEVERITY_LABEL[worst]})` : ''}
          </span>
          <span className="account">{ACCOUNT_WORDS[account]}</span>
          {props.statusHint && <span className="hint">{props.statusHint}</span>}
        </button>
      </div>
      <div role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
      {open && (
        <section id={panelId} className="panel" data-testid="post-check-panel" aria-label="Post Check findings">
          <label className="account-switch">
            Posting from{' '}
            <select
              data-testid="post-check-account"
              value={account === 'unknown' ? '' : account}
              onChange={fromPerson((e) => props.onAccountChange(e.target.value as 'personal' | 'school'))}
            >
              {account === 'unknown' && (
                <option value="" disabled>
                  Choose…
                </option>
              )}
              <option value="personal">my personal account</option>
              <option value="school">the school's account</option>
            </select>
          </label>
          {props.notes?.map((note) => (
            <p key={note} className="note">
              {note}
            </p>
          ))}
          {state.kind === 'unreadable' && (
            <p className="note">Post Check can't read this box, so it can't check it. Check your post against the policy yourself.</p>
          )}
          {state.kind === 'failed' && (
            <p className="note">Post Check couldn't check this post. It will try again as you type; check your post against the policy yourself.</p>
          )}
          {state.kind === 'paused' && <p className="note">Checking is paused on {props.siteName}. Turn it back on from the toolbar button.</p>}
          {state.kind === 'checked' && findings.length === 0 && <p className="note">Nothing to check in this post.</p>}
          {findings.length > 0 && (
            <ul className="findings">
              {findings.map((finding, index) => {
                const quote = quotes[state.kind === 'checked' ? state.findings.indexOf(finding) : -1];
                return (
                  <li
                    key={`${finding.rule}-${finding.start ?? 'all'}-${finding.end ?? ''}`}
                    ref={index === 0 ? firstFinding : undefined}
                    tabIndex={-1}
                    data-rule={finding.rule} data-severity={finding.severity} className={`finding ${finding.severity}`}>
                    <p className="severity">
                      <SeverityIcon severity={finding.severity} /> {SEVERITY_LABEL[finding.severity]}
                    </p>
                    <p className="message">{finding.message}</p>
                    {quote && <q className="quote">{quote}</q>}
                    <details>
                      <summary>Why?</summary>
                      <p className="policy">{finding.policy}</p>
                    </details>
                    <div className="actions">
                      {finding.fix === 'insert-disclaimer' && (
                        <button type="button" data-fix="insert-disclaimer" onClick={fromPerson(() => props.onFix(finding))}>
                          Add the disclaimer
                        </button>
                      )}
                      {finding.start !== undefined && (
                        <button type="button" className="secondary" onClick={fromPerson(() => props.onShowInText(finding))}>
                          Show in my post
                        </button>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
      {confirm && (
        <div className="backdrop">
          <div role="alertdialog" aria-modal="true" aria-labelledby={`${panelId}-confirm-title`} aria-describedby={`${panelId}-confirm-list`} data-testid="post-check-confirm" className="confirm">
            <h2 id={`${panelId}-confirm-title`}>{allFailed ? "Post Check couldn't check this post" : 'Post this anyway?'}</h2>
            {allFailed ? (
              <p id={`${panelId}-confirm-list`}>Something went wrong while checking. Check your post against the school's policy yourself before it goes out.</p>
            ) : (
              <>
                <p>
                  {confirm.length > 1 ? 'Your posts have' : 'Your post has'} {confirmFindings.length === 1 ? 'something' : `${confirmFindings.length} things`} the school's policy says to fix first:
                </p>
                <ul id={`${panelId}-confirm-list`}>
                  {confirm.map((group, g) =>
                    group.label ? (
                      <li key={g} className="group" data-post={group.label}>
                        <p className="group-label">{group.label}</p>
                        {group.failed && group.findings.length === 0 ? (
                          <p>{group.note ?? "Post Check couldn't check this post."}</p>
                        ) : (
                          <ul>
                            {group.findings.map((finding, i) => (
                              <li key={i} data-rule={finding.rule}>
                                {finding.message}
                              </li>
                            ))}
                          </ul>
                        )}
                      </li>
                    ) : group.failed && group.findings.length === 0 ? (
                      <li key={g}>{group.note ?? "Post Check couldn't check this post."}</li>
                    ) : (
                      group.findings.map((finding, i) => (
                        <li key={`${g}-${i}`} data-rule={finding.rule}>
                          {finding.message}
                        </li>
                      ))
                    ),
                  )}
                </ul>
              </>
            )}
            <div className="actions">
              <button
                ref={reviewButton}
                type="button"
                data-action="review"
                onClick={fromPerson(() => {
                  if (!allFailed) {
                    setOpen(true);
                    setFocusFirst(true);
                  }
                  props.onReview();
                })}
              >
                {allFailed ? 'Go back' : 'Review'}
              </button>
              <button type="button" className="secondary" data-action="post-anyway" onClick={fromPerson(() => props.onPostAnyway())}>
                Post anyway
              </button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}

/** Announces newly appeared blocking findings once, politely. */
function useBlockingAnnouncement(findings: Finding[]): string {
  const seen = useRef(new Set<string>());
  const [text, setText] = useState('');
  useEffect(() => {
    const keys = findings.filter((f) => f.severity === 'block').map((f) => `${f.rule}:${f.message}`);
    const fresh = keys.filter((k) => !seen.current.has(k));
    seen.current = new Set(keys);
    if (fresh.length > 0) {
      const first = findings.find((f) => `${f.rule}:${f.message}` === fresh[0])!;
      setText(`Post Check, must fix: ${first.message}`);
    }
  }, [findings]);
  return text;
}
