/**
 * The inline UI beside a compose box: a quiet status control with the count and the
 * account kind; a findings panel that floats over the page beside it (what to do, the
 * words it is about, the policy sentence, the fix, "Not a problem here", a second
 * opinion); and the confirmation before posting, a modal dialog that quotes what is
 * wrong and, late at night, asks the late-night question too.
 *
 * The panel and the confirmation sit in the browser's top layer (a popover and a modal
 * `<dialog>`), so they never push the page about; the panel is placed so that it never
 * covers the site's Post button (panel-position.ts). Stable test hooks: docs/ui-contract.md.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode, type SyntheticEvent } from 'react';
import { LATE_NIGHT_WORDS } from '../lib/late-night';
import type { AccountKind, Finding } from '../lib/types';
import { placePanel, type Box } from './panel-position';
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
  /** `words[i]`: the words of the post finding i is about, as typed (its span, or what it rests on). */
  | { kind: 'checked'; findings: Finding[]; words: string[][] };

/** One post's part of the confirmation: a thread lists each post ("Post 2 of 3") with its own findings. */
export interface ConfirmGroup {
  /** "Post 2 of 3" when several boxes go out together; absent for a single box. */
  label?: string;
  findings: Finding[];
  /** The words each finding is about, as typed, to quote (parallel to `findings`). */
  words?: string[][];
  /** Post Check could not check this post, or not all of it. */
  failed?: boolean;
  /** Why, when the background said (the post is longer than is checked, checking is busy). */
  note?: string;
}

/** What is held before posting: the "Must fix" findings (or a failed check), the late-night question, or both. */
export interface ConfirmState {
  /** Empty when only the late-night question is asked. */
  groups: ConfirmGroup[];
  lateNight: boolean;
}

export type SecondOpinionOutcome = 'opened' | 'no-contact' | 'failed';

export interface ComposeStatusProps {
  state: ComposeStatusState;
  account: AccountKind;
  siteName: string;
  /** What is held before posting and why, or null. */
  confirm: ConfirmState | null;
  panelOpen: boolean;
  /** Changes when focus should move into the panel (the shortcut). */
  focusPanel?: number;
  /** A small icon with the count: narrow windows, empty boxes, message boxes. Its name still says everything. */
  compact?: boolean;
  /** The keys that open the panel from any box, as the browser has them, or '' when there are none. */
  shortcut?: string;
  /** How many findings the person set aside as "Not a problem here" for this post. */
  dismissedCount?: number;
  /** There is no pupil list yet: pupils' names are not checked. */
  noPupilList?: boolean;
  /** Post Check has not been told which school yet. */
  noSchool?: boolean;
  /** Plain sentences about what Post Check cannot tell or has not checked in this box. */
  notes?: string[];
  /** A few words in the status control itself, for what matters most about this box (e.g. a box Post Check does not know). */
  statusHint?: string;
  /**
   * Whether an event on one of Post Check's own controls comes from the person. The page
   * can reach the open shadow root and fire events; only the person's own clicks and
   * keys may post anyway, switch the account, apply a fix, dismiss or review. Defaults to all.
   */
  acceptEvent?(event: Event): boolean;
  /** Theme of the page the box sits on. */
  theme: 'light' | 'dark';
  /** Where the site's Post button is (never covered) and the text being written (covered only if need be). */
  layout?(): { avoid: Box[]; prefer: Box[] };
  onTogglePanel(open: boolean): void;
  onAccountChange(kind: 'personal' | 'school'): void;
  onFix(finding: Finding): void;
  onShowInText(finding: Finding): void;
  /** "Not a problem here": these findings no longer count for this post. */
  onDismiss(findings: Finding[]): void;
  onRestoreDismissed(): void;
  onSecondOpinion?(includeDraft: boolean): Promise<SecondOpinionOutcome>;
  /** "Go back and fix" (or "Keep it for the morning"): the send stays held, focus goes back to the post. */
  onReview(): void;
  /** "Post anyway" (or "Post now"): lets this one send through. */
  onPostAnyway(): void;
  /** Escape: close what is open and give focus back to the editor. */
  onClose(): void;
}

const ACCOUNT_WORDS: Record<AccountKind, string> = {
  personal: 'Personal account',
  school: 'School account',
  unknown: 'Which account?',
};

/** Findings that say the same thing about the same rule are one item, with every place they are about. */
interface Item {
  key: string;
  findings: Finding[];
  words: string[];
}

function sortFindings(findings: Finding[]): number[] {
  return findings.map((_, i) => i).sort((a, b) => SEVERITY_ORDER.indexOf(findings[a]!.severity) - SEVERITY_ORDER.indexOf(findings[b]!.severity) || a - b);
}

function mergeFindings(findings: Finding[], words: string[][] = []): Item[] {
  const items: Item[] = [];
  const byKey = new Map<string, Item>();
  for (const i of sortFindings(findings)) {
    const finding = findings[i]!;
    const key = `${finding.rule}\u0000${finding.severity}\u0000${finding.message}`;
    let item = byKey.get(key);
    if (!item) {
      item = { key, findings: [], words: [] };
      byKey.set(key, item);
      items.push(item);
    }
    item.findings.push(finding);
    for (const word of words[i] ?? []) if (word.trim() !== '' && !item.words.includes(word)) item.words.push(word);
  }
  return items;
}

function countWords(n: number): string {
  return `${n} ${n === 1 ? 'thing' : 'things'} to look at`;
}

function statusSummary(state: ComposeStatusState, siteName: string, count: number): string {
  if (state.kind === 'waiting') return 'Checks what you type';
  if (state.kind === 'checking') return 'Checking…';
  if (state.kind === 'unreadable') return "Can't read this box";
  if (state.kind === 'failed') return "Couldn't check this post";
  if (state.kind === 'paused') return `Paused on ${siteName}`;
  return count === 0 ? 'Looks good' : countWords(count);
}

/** "“Grace Okafor”", "“St Stephen's” and “SSCA”", at most three. */
function Quoted({ words }: { words: string[] }) {
  if (words.length === 0) return null;
  const shown = words.slice(0, 3);
  return (
    <p className="quote">
      <span className="visually-hidden">About the words: </span>
      {shown.map((word, i) => (
        <span key={word}>
          {i > 0 && (i === shown.length - 1 && words.length <= 3 ? ' and ' : ', ')}
          <q>{word.length > 80 ? `${word.slice(0, 80)}…` : word}</q>
        </span>
      ))}
      {words.length > 3 && ` and ${words.length - 3} more`}
    </p>
  );
}

export function ComposeStatus(props: ComposeStatusProps) {
  const { state, account, confirm, theme, panelOpen } = props;
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
  const panelId = useId();
  const statusButton = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const panelInner = useRef<HTMLDivElement>(null);
  const firstFinding = useRef<HTMLLIElement>(null);
  const findings = state.kind === 'checked' ? state.findings : [];
  const items = mergeFindings(findings, state.kind === 'checked' ? state.words : []);
  const worst = worstSeverity(findings.map((f) => f.severity));
  const announcement = useBlockingAnnouncement(findings);
  const summary = statusSummary(state, props.siteName, items.length);
  const name = `Post Check: ${summary}${worst ? ` (${SEVERITY_LABEL[worst]})` : ''}. ${ACCOUNT_WORDS[account]}.${props.statusHint ? ` ${props.statusHint}.` : ''}`;

  usePanelPlacement(panelOpen, panel, panelInner, statusButton, props.layout);

  // The shortcut: into the panel, on its first finding (or the panel itself).
  useEffect(() => {
    if (!props.focusPanel || !panelOpen) return;
    (firstFinding.current ?? panel.current)?.focus();
  }, [props.focusPanel, panelOpen]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && (panelOpen || confirm)) {
      event.stopPropagation();
      event.preventDefault();
      props.onClose();
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: not a control; Escape pressed on any control inside (the status button, the panel's buttons) closes the panel.
    <div className="post-check" data-theme={theme} onKeyDown={onKeyDown}>
      <div className="bar">
        <button
          ref={statusButton}
          type="button"
          className={`status ${worst ?? 'clear'}${props.compact ? ' compact' : ''}`}
          data-testid="post-check-status"
          data-count={items.length}
          data-account={account}
          data-compact={props.compact ? 'true' : undefined}
          aria-expanded={panelOpen}
          aria-controls={panelId}
          title={props.compact ? name : undefined}
          onClick={fromPerson(() => props.onTogglePanel(!panelOpen))}
        >
          <span className={`icon ${worst ?? (state.kind === 'checked' ? 'clear' : 'idle')}`}>
            <SeverityIcon severity={worst ?? 'clear'} />
          </span>
          {props.compact ? (
            <>
              {items.length > 0 && (
                <span className="count" aria-hidden="true">
                  {items.length}
                </span>
              )}
              <span className="visually-hidden">{name}</span>
            </>
          ) : (
            <>
              <span className="label">
                Post Check: {summary}
                {worst ? ` (${SEVERITY_LABEL[worst]})` : ''}
              </span>
              <span className="account">{ACCOUNT_WORDS[account]}</span>
              {props.statusHint && <span className="hint">{props.statusHint}</span>}
            </>
          )}
        </button>
      </div>
      <div role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
      {panelOpen && (
        <section
          id={panelId}
          ref={panel}
          className="panel"
          data-testid="post-check-panel"
          aria-label="Post Check findings"
          tabIndex={-1}
          // The top layer: over the page, never in its flow.
          popover="manual"
        >
          <div ref={panelInner} className="panel-inner">
            <div className="panel-head">
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
              <button type="button" className="close" onClick={fromPerson(() => props.onClose())}>
                Close<span className="visually-hidden"> the Post Check panel</span>
              </button>
            </div>
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
            {state.kind === 'waiting' && <p className="note">Post Check checks your post as you type it, against your school's social media policy.</p>}
            {state.kind === 'checked' && items.length === 0 && (
              <p className="note good">
                <SeverityIcon severity="clear" /> Looks good: Post Check found nothing in this post to change.
              </p>
            )}
            {props.noSchool && state.kind !== 'paused' && (
              <p className="note" data-note="no-school">
                Post Check doesn't know your school yet, so it can't tell when a post is about it. Set it up in Post Check's settings.
              </p>
            )}
            {props.noPupilList && state.kind !== 'paused' && (
              <p className="note" data-note="no-pupil-list">
                Pupils' names are not checked yet: there is no pupil list in Post Check's settings.
              </p>
            )}
            {items.length > 0 && (
              <ul className="findings">
                {items.map((item, index) => (
                  <FindingItem
                    key={item.key}
                    item={item}
                    itemRef={index === 0 ? firstFinding : undefined}
                    fromPerson={fromPerson}
                    onFix={props.onFix}
                    onShowInText={props.onShowInText}
                    onDismiss={props.onDismiss}
                  />
                ))}
              </ul>
            )}
            {(props.dismissedCount ?? 0) > 0 && (
              <p className="note">
                {props.dismissedCount === 1 ? '1 finding' : `${props.dismissedCount} findings`} set aside as “Not a problem here” for this post.{' '}
                <button type="button" className="link" onClick={fromPerson(() => props.onRestoreDismissed())}>
                  Show {props.dismissedCount === 1 ? 'it' : 'them'} again
                </button>
              </p>
            )}
            {state.kind === 'checked' && props.onSecondOpinion && <SecondOpinion fromPerson={fromPerson} ask={props.onSecondOpinion} />}
            <p className="shortcut hint">
              {props.shortcut ? (
                <>
                  <kbd>{props.shortcut}</kbd> opens this panel from any post box; Escape closes it.
                </>
              ) : (
                'Escape closes this panel. You can set a key to open it at chrome://extensions/shortcuts.'
              )}
            </p>
          </div>
        </section>
      )}
      {confirm && <Confirmation confirm={confirm} fromPerson={fromPerson} onReview={props.onReview} onPostAnyway={props.onPostAnyway} onClose={props.onClose} />}
    </div>
  );
}

type FromPerson = <E extends SyntheticEvent>(action: (event: E) => void) => (event: E) => void;

function FindingItem(props: {
  item: Item;
  itemRef?: React.Ref<HTMLLIElement>;
  fromPerson: FromPerson;
  onFix(finding: Finding): void;
  onShowInText(finding: Finding): void;
  onDismiss(findings: Finding[]): void;
}) {
  const { item, fromPerson } = props;
  const first = item.findings[0]!;
  const fix = item.findings.find((f) => f.fix === 'insert-disclaimer');
  const located = item.findings.find((f) => f.start !== undefined || (f.about?.length ?? 0) > 0);
  return (
    <li ref={props.itemRef} tabIndex={-1} data-rule={first.rule} data-severity={first.severity} className={`finding ${first.severity}`}>
      <p className="severity">
        <SeverityIcon severity={first.severity} /> {SEVERITY_LABEL[first.severity]}
      </p>
      <p className="message">{first.message}</p>
      <Quoted words={item.words} />
      <details>
        <summary>Why?</summary>
        <p className="policy">{first.policy}</p>
      </details>
      <div className="actions">
        {fix && (
          <button type="button" data-fix="insert-disclaimer" onClick={fromPerson(() => props.onFix(fix))}>
            Add the disclaimer
          </button>
        )}
        {located && (
          <button type="button" className="secondary" onClick={fromPerson(() => props.onShowInText(located))}>
            Show in my post
          </button>
        )}
        <button type="button" className="secondary" data-action="dismiss" onClick={fromPerson(() => props.onDismiss(item.findings))}>
          Not a problem here<span className="visually-hidden">: {SEVERITY_LABEL[first.severity]}, {first.message}</span>
        </button>
      </div>
    </li>
  );
}

function SecondOpinion({ fromPerson, ask }: { fromPerson: FromPerson; ask(includeDraft: boolean): Promise<SecondOpinionOutcome> }) {
  const [includeDraft, setIncludeDraft] = useState(false);
  const [outcome, setOutcome] = useState<SecondOpinionOutcome | null>(null);
  const id = useId();
  return (
    <fieldset className="second-opinion" aria-labelledby={`${id}-title`}>
      <p className="second-title" id={`${id}-title`}>
        Not sure? Ask for a second opinion
      </p>
      <label className="check">
        <input type="checkbox" checked={includeDraft} onChange={fromPerson((e) => setIncludeDraft((e.target as HTMLInputElement).checked))} />
        Put my post in the email (leave this off if it names pupils)
      </label>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          data-action="second-opinion"
          onClick={fromPerson(() => {
            setOutcome(null);
            void ask(includeDraft).then(setOutcome, () => setOutcome('failed'));
          })}
        >
          Write the email
        </button>
      </div>
      {outcome && (
        <p className="note" role="status">
          {outcome === 'opened'
            ? 'Your email program opens with the email ready to send. It names the checks, never the words of your post unless you ticked the box.'
            : outcome === 'no-contact'
              ? "Your school hasn't said who to ask yet: a senior leader's email goes in Post Check's settings, under School."
              : "Post Check couldn't open your email. Try again, or ask a colleague in person."}
        </p>
      )}
    </fieldset>
  );
}

function Confirmation(props: { confirm: ConfirmState; fromPerson: FromPerson; onReview(): void; onPostAnyway(): void; onClose(): void }) {
  const { confirm, fromPerson } = props;
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const groups = confirm.groups;
  const lateOnly = groups.length === 0;
  const allFailed = !lateOnly && groups.every((g) => g.failed && g.findings.length === 0);
  const count = groups.reduce((n, g) => n + mergeFindings(g.findings, g.words).length, 0);

  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // A modal dialog: the page behind is inert, the dialog is over everything.
    if (typeof element.showModal === 'function' && element.isConnected && !element.open) {
      try {
        element.showModal();
      } catch {
        element.setAttribute('open', '');
      }
    } else if (!element.open) element.setAttribute('open', '');
    first.current?.focus();
    return () => {
      if (element.open && typeof element.close === 'function') element.close();
    };
  }, []);

  /** Tab and Shift+Tab go round the dialog's own controls. */
  const trap = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !dialog.current) return;
    const controls = [...dialog.current.querySelectorAll<HTMLElement>('button, [href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')].filter((el) => !el.hasAttribute('disabled'));
    if (controls.length === 0) return;
    const active = (dialog.current.getRootNode() as Document | ShadowRoot).activeElement;
    const index = controls.indexOf(active as HTMLElement);
    const next = event.shiftKey ? (index <= 0 ? controls.length - 1 : index - 1) : index === -1 || index === controls.length - 1 ? 0 : index + 1;
    event.preventDefault();
    event.stopPropagation();
    controls[next]!.focus();
  };

  const lateNight: ReactNode = confirm.lateNight && (
    <div className="late-night" data-late-night="">
      <p className="late-title">
        <strong>{LATE_NIGHT_WORDS.title}</strong> {LATE_NIGHT_WORDS.question}
      </p>
      <p className="hint">{LATE_NIGHT_WORDS.why}</p>
    </div>
  );

  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      data-testid={lateOnly ? 'post-check-late-night' : 'post-check-confirm'}
      className="confirm"
      onKeyDown={trap}
      onCancel={(event) => {
        // Escape on the dialog: closed by Post Check itself, focus back in the post.
        event.preventDefault();
        props.onClose();
      }}
    >
      {lateOnly ? (
        <>
          <h2 id={`${id}-title`}>{LATE_NIGHT_WORDS.title}</h2>
          <div id={`${id}-body`}>
            <p>{LATE_NIGHT_WORDS.question}</p>
            <p className="hint">{LATE_NIGHT_WORDS.why}</p>
          </div>
        </>
      ) : allFailed ? (
        <>
          <h2 id={`${id}-title`}>Post Check couldn't check this post</h2>
          <div id={`${id}-body`}>
            {groups.map((g) => (
              // One group per post: a label ("Post 2 of 3") each when there are several, none when there is one.
              <p key={g.label ?? 'post'}>
                {g.label ? `${g.label}: ` : ''}
                {g.note ?? 'Something went wrong while checking.'}
              </p>
            ))}
            <p>Check your post against the school's policy yourself before it goes out.</p>
            {lateNight}
          </div>
        </>
      ) : (
        <>
          <h2 id={`${id}-title`}>{count === 1 ? 'One thing to fix before this goes out' : `${count} things to fix before this goes out`}</h2>
          <div id={`${id}-body`}>
            <p>The school's policy says to fix {count === 1 ? 'this' : 'these'} first:</p>
            <ul className="confirm-list">
              {groups.map((group) =>
                group.label ? (
                  <li key={group.label} className="group" data-post={group.label}>
                    <p className="group-label">{group.label}</p>
                    <GroupFindings group={group} />
                  </li>
                ) : (
                  <GroupFindings key="post" group={group} bare />
                ),
              )}
            </ul>
            {lateNight}
          </div>
        </>
      )}
      <div className="actions">
        <button
          ref={first}
          type="button"
          data-action={lateOnly ? 'keep' : 'review'}
          onClick={fromPerson(() => props.onReview())}
        >
          {lateOnly ? LATE_NIGHT_WORDS.keep : allFailed ? 'Go back' : 'Go back and fix'}
        </button>
        <button type="button" className="secondary" data-action={lateOnly ? 'post-now' : 'post-anyway'} onClick={fromPerson(() => props.onPostAnyway())}>
          {lateOnly ? LATE_NIGHT_WORDS.post : 'Post anyway'}
        </button>
      </div>
    </dialog>
  );
}

/** One post's findings in the confirmation, each with the words at fault quoted. */
function GroupFindings({ group, bare }: { group: ConfirmGroup; bare?: boolean }) {
  const items = mergeFindings(group.findings, group.words);
  const list =
    group.failed && items.length === 0 ? (
      <li>{group.note ?? "Post Check couldn't check this post."}</li>
    ) : (
      <>
        {items.map((item) => (
          <li key={item.key} data-rule={item.findings[0]!.rule}>
            <span className="confirm-severity">
              <SeverityIcon severity={item.findings[0]!.severity} /> {SEVERITY_LABEL[item.findings[0]!.severity]}:
            </span>{' '}
            {item.findings[0]!.message}
            <Quoted words={item.words} />
          </li>
        ))}
        {group.failed && group.note && <li>{group.note}</li>}
      </>
    );
  return bare ? list : <ul>{list}</ul>;
}

/**
 * Keeps the open panel beside its status control, inside the window and off the
 * site's Post button, as the page scrolls, the window changes size or the panel grows
 * (a "Why?" opened).
 */
function usePanelPlacement(
  open: boolean,
  panel: React.RefObject<HTMLElement | null>,
  inner: React.RefObject<HTMLDivElement | null>,
  anchor: React.RefObject<HTMLButtonElement | null>,
  layout: ComposeStatusProps['layout'],
) {
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  useLayoutEffect(() => {
    const element = panel.current;
    if (!open || !element) return;
    const view = element.ownerDocument.defaultView;
    if (!view) return;
    const pop = element as HTMLElement & { showPopover?: () => void; hidePopover?: () => void };
    if (typeof pop.showPopover === 'function') {
      try {
        if (!element.matches(':popover-open')) pop.showPopover();
      } catch {
        // Not in a document yet: placed as a fixed layer instead.
      }
    }
    let frame = 0;
    const place = () => {
      frame = 0;
      const status = anchor.current;
      if (!status || !element.isConnected) return;
      const hints = layoutRef.current?.() ?? { avoid: [], prefer: [] };
      const rect = status.getBoundingClientRect();
      const placement = placePanel({
        viewport: { width: view.innerWidth, height: view.innerHeight },
        anchor: rect,
        avoid: hints.avoid,
        prefer: hints.prefer,
        content: { height: (inner.current?.offsetHeight ?? element.scrollHeight) + 2 },
      });
      element.style.top = `${placement.top}px`;
      element.style.left = `${placement.left}px`;
      element.style.width = `${placement.width}px`;
      element.style.maxHeight = `${placement.maxHeight}px`;
      element.dataset.side = placement.side;
    };
    const soon = () => {
      if (!frame) frame = view.requestAnimationFrame(place);
    };
    place();
    view.addEventListener('scroll', soon, { capture: true, passive: true });
    view.addEventListener('resize', soon, { passive: true });
    const grows = typeof view.ResizeObserver === 'function' ? new view.ResizeObserver(soon) : null;
    if (inner.current) grows?.observe(inner.current);
    return () => {
      if (frame) view.cancelAnimationFrame(frame);
      view.removeEventListener('scroll', soon, { capture: true });
      view.removeEventListener('resize', soon);
      grows?.disconnect();
      if (typeof pop.hidePopover === 'function') {
        try {
          if (element.matches(':popover-open')) pop.hidePopover();
        } catch {
          // Already gone.
        }
      }
    };
  }, [open, panel, inner, anchor]);
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
