/**
 * One watched compose box: checks the draft after the person's own input (debounced),
 * underlines the findings, renders the inline UI beside the box, and answers the send
 * guard: is what the box holds now what was checked, and may it go?
 *
 * The page is untrusted (issue 8): it can build a box, fill it and fire events. So a
 * box is checked only after trusted input in it (the person's keys, paste, drop,
 * composition, their own undo); text the page changes by itself is not checked and the
 * status says so. At send time the box is checked again if it changed, whoever changed
 * it, because then the person is posting it.
 */
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { ComposeStatus, type ComposeStatusState, type ConfirmGroup, type ConfirmState, type SecondOpinionOutcome } from '../../components/ComposeStatus';
import { COMPOSE_STATUS_CSS } from '../../components/compose-status-style';
import type { CheckResult, DraftSnapshot, Request } from '../../lib/messaging';
import { rangeFor, readEditorText, type EditorText } from '../../lib/sites/editor-text';
import type { Composer, SiteAdapter } from '../../lib/sites/types';
import type { AccountKind, Finding } from '../../lib/types';
import { clearHighlights, ensureHighlightStyle, setHighlights } from './highlights';
import { appendToDraft } from './insert-text';
import { bytesToBase64 } from '../../lib/images/base64';
import { pixelsOf } from '../../utils/image-pixels';
import { reportProblem } from '../../utils/problems';

/** Long enough that typing never waits, short enough that the underline feels immediate. */
export const CHECK_DELAY_MS = 100;
/** A check with no answer by then has failed: the post is held and the status says so. */
export const CHECK_TIMEOUT_MS = 10_000;
/**
 * A failed check is tried once more after this long, if the box still holds what failed:
 * the background may only have been waking up. Typing checks again anyway.
 */
export const RETRY_FAILED_CHECK_MS = 2_000;
/**
 * The first input after this long without a word to the background wakes it at once, so
 * a stopped service worker loads the school's settings and pupil list during the pause
 * before the check rather than after it.
 */
export const WAKE_AFTER_QUIET_MS = 500;
/** Text that changes this long after the person's last input in the box was changed by the page. */
const OWN_INPUT_WINDOW_MS = 1_500;
const SITE_NAMES = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' } as const;

const NOTE_GENERIC =
  "Post Check doesn't know this box, so it checks the words as if they were a post. It can't tell which account this goes out from, or how it is sent, so it may not be able to stop it: check before you send.";
const NOTE_PAGE_TEXT = "This box has text you didn't type here. Post Check checks what you type, and checks everything when you post.";
const NOTE_PAGE_CHANGE = 'The page changed the text in this box by itself. Post Check checks it again when you post.';
const NOTE_SCRIPT_SEND = 'The page tried to send this box by itself before Post Check had checked it, so Post Check stopped it.';

let nextId = 0;

/** Below this width (the window's or the box's) the status is a small icon with the count. */
const COMPACT_BELOW_PX = 520;

/** What the watcher needs from the content script: the way to the background, and the shared check budget. */
export interface WatcherContext {
  send(request: Request): Promise<unknown>;
  /** Waits for the tab's check budget (one tab cannot check without limit). */
  budget(): Promise<void>;
  /** Is this event the person's own (see ComposeStatus `acceptEvent`)? */
  isTrusted(event: Event): boolean;
  /** The keys that open the panel, as the browser has them ('' when none). */
  shortcut(): string;
}

type Rect = { left: number; top: number; right: number; bottom: number };

/** Where an element is on screen, or null when it is not shown. */
function visibleRect(element: Element | null): Rect | null {
  if (!element || !element.isConnected) return null;
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return null;
  return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
}

function pageTheme(element: Element): 'light' | 'dark' {
  const doc = element.ownerDocument;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = doc.defaultView?.getComputedStyle(node).backgroundColor ?? '';
    const rgb = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(colour);
    if (rgb && (rgb[4] === undefined || Number(rgb[4]) > 0.5)) {
      const [r, g, b] = [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110 ? 'dark' : 'light';
    }
  }
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Where the UI host goes: after the adapter's anchor, unless that sits in a row (a flex
 * or grid row, as comment fields are: editor, then send button), where a block would
 * squeeze the editor; then after the nearest ancestor that does not, inside the box's
 * own container (or right after the container itself when that is a row, unless it is
 * a dialog: the host never leaves a dialog).
 */
function placementFor(composer: Composer): Element {
  let current = composer.anchor;
  const view = current.ownerDocument.defaultView;
  const { container } = composer;
  for (let level = 0; level < 6 && view; level++) {
    const parent = current.parentElement;
    if (!parent || (parent !== container && !container.contains(parent))) break;
    const style = view.getComputedStyle(parent);
    const inRow = (/flex/.test(style.display) && !/column/.test(style.flexDirection)) || /grid/.test(style.display);
    if (!inRow) break;
    if (parent === container) {
      if (!container.matches('dialog, [role="dialog"]') && container.parentElement) current = container;
      break;
    }
    current = parent;
  }
  return current;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Post Check: no answer in time')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** A draft's identity for "is this what was checked?": its text and everything else the check used. */
function keyOf(draft: DraftSnapshot): string {
  return JSON.stringify([draft.text, draft.surface, draft.handle ?? null, draft.organisation ?? null, draft.replyTo ?? null, draft.images, draft.logoMatches ?? 0]);
}

export class ComposerWatcher {
  readonly id = `composer-${++nextId}-${Date.now().toString(36)}`;
  readonly host: HTMLElement;
  /** The element the host sits after (see `placementFor`). */
  private readonly placeAfter: Element;
  private readonly root: Root;
  private readonly abort = new AbortController();
  private readonly mutations: MutationObserver | null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pageChangeTimer: ReturnType<typeof setTimeout> | undefined;
  private state: ComposeStatusState = { kind: 'waiting' };
  private result: CheckResult | null = null;
  /** The draft the current result is about (`keyOf`), and its text. */
  private checkedKey: string | null = null;
  private checkedText: string | null = null;
  private editorText: EditorText | null = null;
  private confirm: ConfirmState | null = null;
  private panelOpen = false;
  /** Bumped to move focus into the panel. */
  private focusPanel = 0;
  /**
   * Findings the person set aside as "Not a problem here", by rule and the words they
   * are about: for this post only (forgotten when the box is emptied, as after posting).
   */
  private dismissed = new Set<string>();
  /** The draft (`keyOf`) the late-night question was asked about: asked once. */
  private lateNightAskedKey: string | null = null;
  private account: AccountKind = 'unknown';
  private handle: string | undefined;
  private inFlight: Promise<void> | null = null;
  /** The last check failed (an error, a refusal, no answer in time). */
  private failed = false;
  /** A failed check has been tried again since the last one that worked. */
  private retriedFailure = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the person last typed, pasted, dropped or undid in this box. */
  private lastOwnInputAt = 0;
  /** When this box last sent the background anything (a check, or a wake-up). */
  private lastContactAt = 0;
  /** The person has given input since the last check: the next scheduled check may run. */
  private armed = false;
  /** The text as of the person's last input or check: a change from it with no input of theirs is the page's. */
  private knownText: string;
  private pageText = false;
  private pageChanged = false;
  private scriptSendBlocked = false;
  /** "Post anyway" was chosen for exactly this draft (`keyOf`): it may go out as it is. */
  private overrideKey: string | null = null;
  private onReview: (() => void) | null = null;
  private onPostAnyway: (() => void) | null = null;
  /** Images attached through this box's file inputs, paste or drop: whether each looks like the school's logo. */
  private attached: { logo: boolean }[] = [];
  private previewsSeen = false;
  private destroyed = false;
  /** The page's light or dark theme, read once (reading styles is not free on a big page) and again on focus. */
  private theme: 'light' | 'dark';

  constructor(
    readonly composer: Composer,
    private readonly adapter: SiteAdapter,
    private readonly context: WatcherContext,
  ) {
    const doc = composer.editor.ownerDocument;
    this.host = doc.createElement('div');
    this.host.setAttribute('data-post-check', '');
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = COMPOSE_STATUS_CSS;
    const mount = doc.createElement('div');
    shadow.append(style, mount);
    this.root = createRoot(mount);
    this.placeAfter = placementFor(composer);
    this.placeHost();
    const { signal } = this.abort;
    // Keys pressed in Post Check's own controls are Post Check's: the site's shortcuts
    // (Escape closing its dialog, Enter sending) never hear them.
    for (const type of ['keydown', 'keyup', 'keypress'] as const) this.host.addEventListener(type, (event) => event.stopPropagation(), { signal });
    this.theme = pageTheme(composer.anchor);
    this.styleHighlights();
    composer.editor.addEventListener(
      'focus',
      () => {
        this.wake();
        const theme = pageTheme(this.composer.anchor);
        if (theme !== this.theme) {
          this.theme = theme;
          this.render();
        }
        this.styleHighlights();
      },
      { signal },
    );
    this.knownText = this.currentText() ?? '';
    this.pageText = this.knownText.trim().length > 0;
    // Text the page puts in a contenteditable box shows as DOM changes; a textarea's value does not (it is compared at send time).
    const View = doc.defaultView as (Window & { MutationObserver?: typeof MutationObserver }) | null;
    this.mutations = composer.editor.tagName === 'TEXTAREA' || !View?.MutationObserver ? null : new View.MutationObserver(() => this.notePossiblePageChange());
    this.mutations?.observe(composer.editor, { childList: true, characterData: true, subtree: true });
    this.render();
  }

  /** The underlines' colours follow this box's page theme. */
  private styleHighlights(): void {
    const editorRoot = this.composer.editor.getRootNode();
    ensureHighlightStyle(editorRoot.nodeType === 11 ? (editorRoot as ShadowRoot) : this.composer.editor.ownerDocument, this.theme);
  }

  /** Puts the UI host beside the box again if the site's re-render dropped it. */
  placeHost(): void {
    if (this.host.isConnected && this.host.previousElementSibling === this.placeAfter) return;
    if (this.placeAfter.isConnected) this.placeAfter.after(this.host);
    else this.composer.anchor.after(this.host);
  }

  get isConnected(): boolean {
    return this.composer.editor.isConnected;
  }

  get generic(): boolean {
    return this.composer.generic === true;
  }

  /** The person typed, pasted, dropped, composed or undid in this box: check what it holds now, soon. */
  noteOwnInput(): void {
    this.lastOwnInputAt = Date.now();
    if (this.lastOwnInputAt - this.lastContactAt >= WAKE_AFTER_QUIET_MS) this.wake();
    this.armed = true;
    this.schedule();
  }

  /** The DOM of the box changed: if the person did not just give input, the page changed it. */
  private notePossiblePageChange(): void {
    if (Date.now() - this.lastOwnInputAt < OWN_INPUT_WINDOW_MS) return;
    if (this.pageChangeTimer !== undefined) return;
    this.pageChangeTimer = setTimeout(() => {
      this.pageChangeTimer = undefined;
      if (this.destroyed || Date.now() - this.lastOwnInputAt < OWN_INPUT_WINDOW_MS) return;
      const text = this.currentText();
      if (text === null || text === this.knownText) return;
      this.knownText = text;
      this.pageChanged = true;
      this.render();
    }, 250);
  }

  /** A check soon (after the debounce), if the person has given input since the last one, or if `force`d. */
  schedule(delay = CHECK_DELAY_MS, force = false): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.armed || force) void this.check();
    }, delay);
  }

  /**
   * Settings, the pupil list or a choice changed: check again what was checked, if the
   * box still holds exactly that (never text the page put there since).
   */
  recheck(): void {
    if (this.checkedText === null || this.currentText() !== this.checkedText) return;
    this.schedule(0, true);
  }

  private currentText(): string | null {
    try {
      return readEditorText(this.composer.editor).text;
    } catch {
      return null;
    }
  }

  /** The current draft as the page shows it, or null when it cannot be read. */
  private snapshot(): DraftSnapshot | null {
    try {
      this.editorText = readEditorText(this.composer.editor);
    } catch {
      return null;
    }
    const doc = this.composer.editor.ownerDocument;
    const who = this.adapter.postingAccount(this.composer, doc);
    this.handle = who?.handle ?? who?.name;
    // Once the site shows previews they are the truth (they also go when an image is removed).
    const previews = this.adapter.attachedImages(this.composer).length;
    if (previews > 0) this.previewsSeen = true;
    if (this.previewsSeen && previews === 0) this.attached = [];
    const images = Math.min(100, this.previewsSeen ? previews : this.attached.length);
    const logoMatches = Math.min(images, this.attached.filter((a) => a.logo).length);
    return {
      text: this.editorText.text,
      site: this.adapter.site,
      surface: this.composer.surface,
      handle: this.handle,
      organisation: who?.organisation,
      replyTo: this.adapter.replyTo?.(this.composer),
      images,
      logoMatches,
    };
  }

  /** Is there anything in the box to check (text or attachments)? */
  private isEmpty(draft: DraftSnapshot | null): boolean {
    return draft !== null && draft.text.trim() === '' && draft.images === 0;
  }

  /** Is the last result about exactly what the box would send now, with no check running and none failed? */
  isUpToDate(): boolean {
    if (this.inFlight !== null || this.failed) return false;
    const draft = this.snapshot();
    return draft !== null && this.checkedKey !== null && keyOf(draft) === this.checkedKey;
  }

  /**
   * May this box go out as it is, without asking? Yes when it is empty, or when its
   * last check is about what it holds now and found nothing blocking (or the person
   * chose "Post anyway" for exactly this draft).
   */
  mayGo(): boolean {
    const draft = this.snapshot();
    if (draft === null) return false;
    if (this.isEmpty(draft) && this.inFlight === null) return true;
    const key = keyOf(draft);
    if (this.overrideKey !== null && key === this.overrideKey) return true;
    // Some of the post was not checked (too long, or the background was busy): ask first.
    if (this.result?.unchecked) return false;
    // The school's rollout mode is `advise`: findings are shown, the post is never held.
    return this.isUpToDate() && (this.blockingFindings().length === 0 || this.advisesOnly);
  }

  /** Checks until the last result is about what the box holds now (text typed during a check is checked too). */
  async checkCurrent(): Promise<'ok' | 'failed'> {
    for (let round = 0; round < 4; round++) {
      if (this.inFlight) await this.inFlight;
      // The background asked this tab to wait a moment: wait, then check again, before deciding.
      const busy = this.result?.unchecked?.reason === 'busy' ? this.result.unchecked : undefined;
      if (busy && round < 3) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(busy.retryAfterMs ?? 250, 2_000)));
        await this.check();
        continue;
      }
      if (this.isUpToDate()) return 'ok';
      const draft = this.snapshot();
      if (draft !== null && this.isEmpty(draft)) return 'ok';
      await this.check();
      if (this.failed) return 'failed';
    }
    return this.isUpToDate() ? 'ok' : 'failed';
  }

  /**
   * Images the user attached: each is shrunk by the browser and compared with the
   * school's logos in the background. Nothing is uploaded or kept.
   */
  async addImages(files: File[]): Promise<void> {
    const checked = await Promise.all(
      files.map(async (file) => {
        const pixels = await pixelsOf(file);
        if (!pixels) return { logo: false };
        const answer = (await this.context
          .send({
            type: 'check-image',
            image: { width: pixels.width, height: pixels.height, rgbaBase64: bytesToBase64(new Uint8Array(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength)) },
          })
          .catch(() => null)) as { logo?: boolean } | null;
        return { logo: answer?.logo === true };
      }),
    );
    this.attached.push(...checked);
    // Attachments change what goes out; in a box the person has written in, check again now.
    // Elsewhere (a box the page made and filled) they are only counted, and checked at sending.
    if (this.lastOwnInputAt > 0) {
      this.armed = true;
      this.schedule(0);
    }
  }

  /** The school's rollout mode is `advise`: underline and explain, never hold the post. */
  get advisesOnly(): boolean {
    return this.result?.mode === 'advise';
  }

  /** The key a dismissal is kept under: the rule and the words (or, for the whole post, the message). */
  private dismissKey(finding: Finding): string {
    const text = this.checkedText ?? '';
    const spans = finding.start !== undefined && finding.end !== undefined ? [{ start: finding.start, end: finding.end }] : (finding.about ?? []);
    const words = spans.map((span) => text.slice(span.start, span.end).trim().toLowerCase()).join('\u0001');
    return `${finding.rule}\u0000${words || finding.message}`;
  }

  /** The findings that still stand: not set aside as "Not a problem here". */
  activeFindings(): Finding[] {
    return this.result?.findings.filter((f) => !this.dismissed.has(this.dismissKey(f))) ?? [];
  }

  blockingFindings(): Finding[] {
    return this.activeFindings().filter((f) => f.severity === 'block');
  }

  /** The words of the post each finding is about, as typed: its span, or what it rests on. */
  wordsFor(findings: Finding[]): string[][] {
    const text = this.checkedText ?? '';
    return findings.map((f) => {
      const spans = f.start !== undefined && f.end !== undefined ? [{ start: f.start, end: f.end }] : (f.about ?? []);
      return spans.map((span) => text.slice(span.start, span.end)).filter((w) => w.trim() !== '');
    });
  }

  /** The school's late-night pause applies to this draft and the question has not been asked about it yet. */
  needsLateNightQuestion(): boolean {
    if (!this.result?.lateNightPause || this.result.paused) return false;
    const draft = this.snapshot();
    return draft !== null && keyOf(draft) !== this.lateNightAskedKey;
  }

  /** The question was asked about the draft as it is now: not again for it. */
  markLateNightAsked(): void {
    const draft = this.snapshot();
    this.lateNightAskedKey = draft ? keyOf(draft) : null;
  }

  /** Asks the background whether to ask the late-night question now (its clock, its hours). False when it cannot say. */
  async lateNightNow(): Promise<boolean> {
    const draft = this.snapshot();
    if (!draft) return false;
    const answer = (await withTimeout(this.context.send({ type: 'late-night-check', composerId: this.id, draft }), CHECK_TIMEOUT_MS).catch(() => null)) as { ask?: boolean } | null;
    return answer?.ask === true;
  }

  get checkFailed(): boolean {
    return this.failed;
  }

  /** What of the post the last check could not look at, and why, in the background's words. */
  get unchecked(): CheckResult['unchecked'] {
    return this.result?.unchecked;
  }

  check(): Promise<void> {
    clearTimeout(this.timer);
    this.armed = false;
    const run = async () => {
      await this.context.budget();
      const draft = this.snapshot();
      if (!draft) {
        this.state = { kind: 'unreadable' };
        this.failed = true;
        this.render();
        return;
      }
      try {
        this.lastContactAt = Date.now();
        const response = (await withTimeout(this.context.send({ type: 'check-draft', composerId: this.id, draft }), CHECK_TIMEOUT_MS)) as CheckResult | undefined;
        if (!response || !Array.isArray(response.findings)) throw new Error('Post Check: no answer from the background');
        this.failed = false;
        this.retriedFailure = false;
        this.apply(response, draft);
      } catch (error) {
        // An error, a refusal or no answer: say so, and hold the post until the person decides.
        void reportProblem('checking a draft', error);
        this.failed = true;
        this.state = { kind: 'failed' };
        this.result = null;
        this.checkedKey = null;
        clearHighlights(this.id);
        this.render();
        this.retryOnce(draft.text);
      }
    };
    const previous = this.inFlight ?? Promise.resolve();
    const current = previous.then(run).finally(() => {
      if (this.inFlight === current) this.inFlight = null;
    });
    this.inFlight = current;
    return current;
  }

  /** Tells the background this box is in use: a stopped service worker starts and gets the checks ready. */
  private wake(): void {
    this.lastContactAt = Date.now();
    void this.context.send({ type: 'composer-focus', composerId: this.id }).catch((error) => void reportProblem('waking the background', error));
  }

  /** Tries a failed check once more, soon, if the box still holds the person's text that failed (never text the page put there since). */
  private retryOnce(failedText: string): void {
    if (this.retriedFailure) return;
    this.retriedFailure = true;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      if (this.destroyed || !this.failed || this.inFlight !== null || this.currentText() !== failedText) return;
      void this.check();
    }, RETRY_FAILED_CHECK_MS);
  }

  private apply(result: CheckResult, draft: DraftSnapshot): void {
    const key = keyOf(draft);
    if (this.overrideKey !== null && this.overrideKey !== key) this.overrideKey = null;
    this.result = result;
    this.checkedKey = key;
    this.checkedText = draft.text;
    this.knownText = draft.text;
    this.pageText = false;
    this.pageChanged = false;
    this.scriptSendBlocked = false;
    this.account = result.account;
    // "Not a problem here" is for this post: an emptied box (a post sent, or cleared) starts afresh.
    if (draft.text.trim() === '') this.dismissed.clear();
    if (result.paused) {
      this.state = { kind: 'paused' };
      clearHighlights(this.id);
      this.render();
      return;
    }
    this.showFindings();
  }

  /** Shows the findings that stand, underlined, with the words each is about. */
  private showFindings(): void {
    const findings = this.activeFindings();
    this.state = { kind: 'checked', findings, words: this.wordsFor(findings) };
    this.underline();
    this.render();
  }

  private underline(): void {
    const editorText = this.editorText;
    if (!this.result || !editorText || editorText.text !== this.checkedText) return;
    const items = this.activeFindings().flatMap((finding) => {
      const spans = finding.start !== undefined && finding.end !== undefined ? [{ start: finding.start, end: finding.end }] : (finding.about ?? []);
      return spans.flatMap((span) => {
        const range = rangeFor(editorText, span.start, span.end);
        return range ? [{ severity: finding.severity, range }] : [];
      });
    });
    setHighlights(this.id, items);
  }

  /** The page tried to send this box by itself while it was not cleared: it was stopped. */
  noteScriptSendBlocked(): void {
    this.scriptSendBlocked = true;
    this.render();
  }

  /**
   * Holds a send: shows the confirmation for `groups` (this box's findings, or every
   * post of a thread), with the late-night question when `lateNight`; with no groups,
   * the late-night question alone. `onPostAnyway` releases it; `onReview` goes back to
   * the post.
   */
  holdPost(groups: ConfirmGroup[], handlers: { onPostAnyway(): void; onReview(): void; lateNight?: boolean }): void {
    // A confirmation already open here is replaced: whoever waited on it keeps the post held.
    const previous = this.onReview;
    this.onReview = null;
    previous?.();
    this.confirm = { groups, lateNight: handlers.lateNight === true };
    this.onPostAnyway = handlers.onPostAnyway;
    this.onReview = handlers.onReview;
    this.render();
  }

  /** "Post anyway" was chosen: this exact draft may go out without asking again. */
  acceptAsItIs(): void {
    const draft = this.snapshot();
    this.overrideKey = draft ? keyOf(draft) : null;
  }

  /**
   * Closes the confirmation (the send was let through, or the person went back). Whoever
   * waits on it learns the send stays held, unless a choice was made first (`finishConfirm`).
   */
  closeConfirm(): void {
    if (!this.confirm) return;
    const keep = this.onReview;
    this.confirm = null;
    this.onPostAnyway = null;
    this.onReview = null;
    this.render(true);
    keep?.();
  }

  /** The person chose: the send goes (`post`) or stays held (`keep`). */
  private finishConfirm(choice: 'post' | 'keep'): void {
    const handler = choice === 'post' ? this.onPostAnyway : this.onReview;
    this.onPostAnyway = null;
    this.onReview = null;
    this.closeConfirm();
    handler?.();
  }

  private notes(): string[] {
    const notes: string[] = [];
    if (this.generic) notes.push(NOTE_GENERIC);
    if (this.pageText) notes.push(NOTE_PAGE_TEXT);
    else if (this.pageChanged) notes.push(NOTE_PAGE_CHANGE);
    if (this.scriptSendBlocked) notes.push(NOTE_SCRIPT_SEND);
    return notes;
  }

  private statusHint(): string | undefined {
    if (this.generic) return "Can't tell the account or how it's sent";
    if (this.pageText && this.state.kind === 'waiting') return 'Text here not checked yet';
    if (this.pageChanged) return 'Changed by the page: not checked yet';
    return undefined;
  }

  /** A small status: a narrow window or box, an empty box, a message box. */
  private compact(): boolean {
    if (this.composer.surface === 'message') return true;
    const view = this.composer.editor.ownerDocument.defaultView;
    if (view && view.innerWidth < COMPACT_BELOW_PX) return true;
    const width = this.composer.container.getBoundingClientRect().width;
    if (width > 0 && width < COMPACT_BELOW_PX - 100) return true;
    return this.state.kind === 'waiting' || (this.state.kind === 'checked' && this.state.findings.length === 0 && (this.checkedText ?? '').trim() === '');
  }

  /** The site's Post button is never covered; the text is covered only when there is nowhere else. */
  private layout(): { avoid: Rect[]; prefer: Rect[] } {
    const button = visibleRect(this.adapter.postButton(this.composer));
    const editor = visibleRect(this.composer.editor);
    return { avoid: button ? [button] : [], prefer: editor ? [editor] : [] };
  }

  /** Draws the UI; `now` when what follows needs it drawn (the focus goes back to the post only once the dialog has gone). */
  private render(now = false): void {
    if (this.destroyed) return;
    if (now) {
      flushSync(() => this.render());
      return;
    }
    this.root.render(
      createElement(ComposeStatus, {
        state: this.state,
        account: this.account,
        siteName: SITE_NAMES[this.adapter.site],
        confirm: this.confirm,
        panelOpen: this.panelOpen,
        focusPanel: this.focusPanel,
        compact: this.compact(),
        shortcut: this.context.shortcut(),
        dismissedCount: this.result ? this.result.findings.length - this.activeFindings().length : 0,
        noPupilList: this.result?.noPupilList === true,
        noSchool: this.result?.noSchool === true,
        notes: this.notes(),
        statusHint: this.statusHint(),
        theme: this.theme,
        layout: () => this.layout(),
        acceptEvent: (event) => this.context.isTrusted(event),
        onTogglePanel: (open) => this.setPanel(open),
        onAccountChange: (kind) => void this.changeAccount(kind),
        onFix: (finding) => void this.fix(finding),
        onShowInText: (finding) => this.select(finding),
        onDismiss: (findings) => this.dismiss(findings),
        onRestoreDismissed: () => this.restoreDismissed(),
        onSecondOpinion: (includeDraft) => this.secondOpinion(includeDraft),
        onReview: () => this.review(),
        onPostAnyway: () => {
          this.finishConfirm('post');
          this.composer.editor.focus();
        },
        onClose: () => this.escape(),
      }),
    );
  }

  /** Opens or closes the findings panel. */
  setPanel(open: boolean): void {
    if (this.panelOpen === open) return;
    this.panelOpen = open;
    this.render();
  }

  /** The shortcut: the panel opens and takes the focus, so the keyboard reaches it from any box. */
  openPanel(): void {
    this.panelOpen = true;
    this.focusPanel++;
    this.render();
  }

  get hasConfirm(): boolean {
    return this.confirm !== null;
  }

  get isPanelOpen(): boolean {
    return this.panelOpen;
  }

  /**
   * "Go back and fix" (or "Keep it for the morning"): the send stays held, the panel
   * opens on the findings (not for the late-night question alone) and the focus goes
   * back to the post.
   */
  private review(): void {
    const findings = (this.confirm?.groups ?? []).some((g) => g.findings.length > 0);
    if (findings) this.panelOpen = true;
    this.finishConfirm('keep');
    this.render(true);
    this.composer.editor.focus();
  }

  /** Escape: the confirmation closes as "Go back", or the panel closes; the focus goes back to the post. */
  escape(): void {
    if (this.confirm) this.finishConfirm('keep');
    else {
      this.panelOpen = false;
      this.render(true);
    }
    this.composer.editor.focus();
  }

  /** "Not a problem here": for this post, these findings no longer count or hold it; the private history records it. */
  private dismiss(findings: Finding[]): void {
    if (!this.result || findings.length === 0) return;
    for (const finding of findings) this.dismissed.add(this.dismissKey(finding));
    const rules = [...new Set(findings.map((f) => f.rule))];
    void this.context
      .send({ type: 'record-outcome', site: this.adapter.site, composerId: this.id, rules, outcome: 'dismissed' })
      .catch((error) => void reportProblem('recording a dismissal', error));
    this.showFindings();
  }

  private restoreDismissed(): void {
    this.dismissed.clear();
    if (this.result && this.state.kind === 'checked') this.showFindings();
  }

  /** The second-opinion email, written and opened by the background from its own settings. */
  private async secondOpinion(includeDraft: boolean): Promise<SecondOpinionOutcome> {
    const rules = [...new Set(this.activeFindings().map((f) => f.rule))];
    try {
      const answer = (await this.context.send({ type: 'second-opinion', composerId: this.id, rules, includeDraft })) as { opened: boolean; reason?: 'no-contact' | 'failed' };
      return answer.opened ? 'opened' : (answer.reason ?? 'failed');
    } catch {
      return 'failed';
    }
  }

  private async changeAccount(kind: 'personal' | 'school'): Promise<void> {
    // Without a handle the choice is remembered for the site as a whole.
    // If the choice can't be saved, the check below shows the account as it still is.
    await this.context.send({ type: 'set-account-kind', site: this.adapter.site, handle: this.handle ?? '*', kind }).catch((error) => void reportProblem('saving the account choice', error));
    // The person's own choice: check what the box holds with it.
    this.armed = true;
    await this.check();
  }

  private async fix(finding: Finding): Promise<void> {
    if (finding.fix !== 'insert-disclaimer' || !this.result) return;
    // The person asked for it: what the fix inserts is their input.
    this.lastOwnInputAt = Date.now();
    await appendToDraft(this.composer.editor, this.result.disclaimer, {
      multiLineOk: this.composer.surface === 'post',
      onProgress: () => (this.lastOwnInputAt = Date.now()),
    });
    this.lastOwnInputAt = Date.now();
    this.armed = true;
    await this.check();
  }

  /** Selects the finding's words in the post, so the user can retype or delete them. */
  private select(finding: Finding): void {
    const span = finding.start !== undefined && finding.end !== undefined ? { start: finding.start, end: finding.end } : finding.about?.[0];
    if (!span || !this.editorText) return;
    const range = rangeFor(this.editorText, span.start, span.end);
    const selection = this.composer.editor.ownerDocument.getSelection();
    if (!range || !selection) return;
    this.composer.editor.focus();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  /** Rules of the blocking findings, for the override record (rule IDs only, never the draft). */
  blockingRules(): Finding['rule'][] {
    return [...new Set(this.blockingFindings().map((f) => f.rule))];
  }

  destroy(): void {
    this.closeConfirm();
    this.destroyed = true;
    clearTimeout(this.timer);
    clearTimeout(this.retryTimer);
    clearTimeout(this.pageChangeTimer);
    this.mutations?.disconnect();
    this.abort.abort();
    clearHighlights(this.id);
    this.root.unmount();
    this.host.remove();
    void this.context.send({ type: 'composer-gone', composerId: this.id }).catch((error) => void reportProblem('telling the background a box has gone', error));
  }
}
