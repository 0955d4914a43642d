/**
 * The content script's work on one page, apart from the browser wiring (index.ts):
 *
 * - Finding boxes costs nothing while a person scrolls (issue 14 §9): a box is found
 *   where a person starts writing (focus and input events, whose composed path crosses
 *   open shadow roots) and by a look at what the page adds (each added subtree is
 *   matched against the adapter's editor selector once), never by walking the page.
 * - A box no adapter knows is still checked once the person types in it (a generic box).
 * - The send guard: every way of sending (click, Enter where the site sends on Enter,
 *   Ctrl/Cmd+Enter, a thread's shared button) is held while what would go out has not
 *   been checked, has a blocking finding, or could not be checked. Its listeners are on
 *   `window` in the capture phase, added at document_start before any page script, so
 *   the page's own listeners never see a held event.
 * - The page is untrusted: only the person's own input starts a check, sends the page
 *   fires by itself are stopped unless cleared, and "Post anyway" releases exactly the
 *   one send the person made, by the route they chose.
 */
import type { Request } from '../../lib/messaging';
import { matchesShortcut, parseShortcut, type Shortcut } from '../../lib/shortcut';
import { closestContaining, closestDeep, editableHostIn, genericComposer, inDocumentOrder, isHTMLElement } from '../../lib/sites/dom';
import type { Composer, SiteAdapter } from '../../lib/sites/types';
import { ComposerWatcher, type WatcherContext } from './watcher';
import type { ConfirmGroup } from '../../components/ComposeStatus';
import { reportProblem } from '../../utils/problems';

export interface ControllerDeps {
  adapter: SiteAdapter;
  window: Window & typeof globalThis;
  send(request: Request): Promise<unknown>;
  /** Was this event made by the person (keyboard, mouse, touch), not by a script? */
  isTrusted(event: Event): boolean;
  signal: AbortSignal;
}

/** A person's choice in the confirmation that lets the send go (`post`) or keeps it (`keep`). */
type Choice = 'post' | 'keep';

/** How a held send is replayed once released: the person's own route. */
type Route =
  | { kind: 'click'; button: HTMLElement; target: EventTarget | null }
  | { kind: 'key'; editor: HTMLElement; ctrlKey: boolean; metaKey: boolean }
  /** Enter or Space on a focused `role=button` send control, which sites handle in keydown (no click follows). */
  | { kind: 'press'; button: HTMLElement; key: string };

/** At most this many checks at once from one tab, refilled at `BUDGET_PER_SECOND`. */
const BUDGET_BURST = 8;
const BUDGET_PER_SECOND = 4;
const HOUSEKEEPING_MS = 1_000;

/** Keys whose press in a box changes (or may change) its text: the person's input. */
function isEditingKey(event: KeyboardEvent): boolean {
  if (event.key === 'Process' || event.keyCode === 229) return true;
  if (event.ctrlKey || event.metaKey) return /^[vxzy]$/i.test(event.key);
  return event.key.length === 1 || event.key === 'Backspace' || event.key === 'Delete' || event.key === 'Enter';
}

export class ContentController {
  readonly watchers = new Map<HTMLElement, ComposerWatcher>();
  private readonly adapter: SiteAdapter;
  private readonly context: WatcherContext;
  /** The event Post Check itself is dispatching to release a held send: the guard lets it pass. */
  private releasing: Event | null = null;
  /** Sends (by their control) whose check is running: further presses are swallowed until it is done. */
  private readonly pending = new Set<HTMLElement>();
  private lastWorkedIn: ComposerWatcher | null = null;
  private observer: MutationObserver | null = null;
  /**
   * Boxes found in what the page added get their UI when they come near the viewport:
   * a feed may carry a comment box under each of thousands of posts. Null where the
   * browser has no IntersectionObserver (then they get it at once).
   */
  private readonly nearViewport: IntersectionObserver | null;
  private readonly waiting = new Set<Element>();
  private housekeeping: ReturnType<typeof setInterval> | undefined;
  private housekeepingSoon: ReturnType<typeof setTimeout> | undefined;
  private tokens = BUDGET_BURST;
  private refilledAt = Date.now();
  /** The keys that open the panel (lib/shortcut.ts), as the browser has them. */
  private shortcutText = '';
  private shortcut: Shortcut | null = null;

  constructor(private readonly deps: ControllerDeps) {
    this.adapter = deps.adapter;
    this.context = {
      send: deps.send,
      budget: () => this.takeBudget(),
      isTrusted: deps.isTrusted,
      shortcut: () => this.shortcutText,
    };
    const { window: win, signal } = deps;
    this.nearViewport =
      typeof win.IntersectionObserver === 'function'
        ? new win.IntersectionObserver((entries) => this.onNearViewport(entries), { rootMargin: '300px 0px' })
        : null;
    const on = <K extends keyof WindowEventMap>(type: K, listener: (event: WindowEventMap[K]) => void) =>
      win.addEventListener(type, listener, { capture: true, signal });
    // The guard first: nothing else on the page sees a held event.
    on('click', (event) => this.onClick(event));
    on('keydown', (event) => this.onKeyDown(event));
    on('focusin', (event) => this.onFocusIn(event));
    on('beforeinput', (event) => this.onOwnInput(event));
    for (const type of ['paste', 'drop', 'cut', 'compositionstart', 'compositionend'] as const) on(type, (event) => this.onOwnInput(event));
    on('pointerdown', (event) => this.onPointerDown(event));
    on('change', (event) => this.onChange(event));
    signal.addEventListener('abort', () => this.stop());
  }

  /** Starts watching what the page adds, once the document exists; finds the boxes already there once. */
  start(): void {
    const doc = this.deps.window.document;
    const begin = () => {
      if (this.deps.signal.aborted || this.observer) return;
      this.observer = new this.deps.window.MutationObserver((records) => this.onMutations(records));
      this.observer.observe(doc.documentElement, { childList: true, subtree: true });
      this.scan(doc.documentElement);
    };
    // While the page is parsing, every element arrives on its own; one query when it is parsed is cheaper.
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', begin, { once: true, signal: this.deps.signal });
    else begin();
  }

  /** How many boxes on this page Post Check is checking, and how many of them it does not know. */
  count(): { boxes: number; generic: number } {
    const all = [...this.watchers.values()].filter((w) => w.isConnected);
    return { boxes: all.length, generic: all.filter((w) => w.generic).length };
  }

  /** The panel's shortcut as the browser has it now ('' when the person removed it). */
  setShortcut(text: string): void {
    this.shortcutText = parseShortcut(text) ? text : '';
    this.shortcut = parseShortcut(text);
  }

  /**
   * The shortcut was pressed (in the page, or as a browser command): the panel of the
   * box being written in opens and takes the focus. True when there was a box.
   */
  openPanel(target?: Event): boolean {
    const doc = this.deps.window.document;
    let watcher = target ? this.boxOf(target, false) : null;
    if (!watcher) {
      // The focused box, looking through open shadow roots.
      let active: Element | null = doc.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      for (const [editor, w] of this.watchers) if (active && (editor === active || editor.contains(active) || w.host === active)) watcher = w;
    }
    watcher ??= this.lastWorkedIn && this.lastWorkedIn.isConnected ? this.lastWorkedIn : null;
    if (!watcher) {
      const connected = [...this.watchers.values()].filter((w) => w.isConnected);
      if (connected.length === 1) watcher = connected[0]!;
    }
    if (!watcher) return false;
    watcher.openPanel();
    return true;
  }

  /** Settings, the pupil list or a choice changed: boxes check again what they had checked. */
  recheckAll(): void {
    for (const watcher of this.watchers.values()) watcher.recheck();
  }

  private stop(): void {
    this.observer?.disconnect();
    this.nearViewport?.disconnect();
    this.waiting.clear();
    clearInterval(this.housekeeping);
    clearTimeout(this.housekeepingSoon);
    for (const watcher of this.watchers.values()) watcher.destroy();
    this.watchers.clear();
  }

  // ---------------------------------------------------------------------------
  // Finding boxes

  private onMutations(records: MutationRecord[]): void {
    let removed = false;
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) if (node.nodeType === 1) this.scan(node as Element);
      if (record.removedNodes.length > 0) removed = true;
    }
    if (removed && (this.watchers.size > 0 || this.waiting.size > 0)) this.tidySoon();
  }

  /**
   * Every editor candidate in (and at) `element`: offered to the adapter at once when
   * `now` (the person is acting on it), else when it comes near the viewport.
   */
  private scan(element: Element, now = false): void {
    const selector = this.adapter.editorSelector;
    const candidates = element.matches(selector) ? [element] : [];
    if (element.firstElementChild) candidates.push(...Array.from(element.querySelectorAll(selector)));
    for (const candidate of candidates) {
      if (this.watchers.has(candidate as HTMLElement)) continue;
      if (now || !this.nearViewport) this.offer(candidate);
      else if (!this.waiting.has(candidate)) {
        this.waiting.add(candidate);
        this.nearViewport.observe(candidate);
      }
    }
  }

  private onNearViewport(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      this.stopWaiting(entry.target);
      this.offer(entry.target);
    }
  }

  private stopWaiting(element: Element): void {
    if (!this.waiting.delete(element)) return;
    this.nearViewport?.unobserve(element);
  }

  /** The watcher of a box the adapter knows, created if need be; null when it is not a box of this site. */
  private offer(element: Element): ComposerWatcher | null {
    if (!isHTMLElement(element)) return null;
    this.stopWaiting(element);
    const existing = this.watchers.get(element);
    if (existing) return existing;
    const composer = this.adapter.composerFor(element);
    return composer ? this.watch(composer) : null;
  }

  private watch(composer: Composer): ComposerWatcher {
    const existing = this.watchers.get(composer.editor);
    if (existing) return existing;
    // A box inside another watched one (or around it) is the same box.
    for (const [editor, watcher] of this.watchers) if (editor.contains(composer.editor)) return watcher;
    const watcher = new ComposerWatcher(composer, this.adapter, this.context);
    this.watchers.set(composer.editor, watcher);
    // Boxes in open shadow roots: watch that tree too, so what it adds and removes is seen.
    const root = composer.editor.getRootNode();
    if (root !== this.deps.window.document && root.nodeType === 11) this.observer?.observe(root, { childList: true, subtree: true });
    if (this.housekeeping === undefined) this.housekeeping = setInterval(() => this.tidy(), HOUSEKEEPING_MS);
    return watcher;
  }

  /** Drops watchers whose box has gone; puts each UI host back beside its box if the site moved it. */
  private tidy(): void {
    for (const element of this.waiting) if (!element.isConnected) this.stopWaiting(element);
    for (const [editor, watcher] of this.watchers) {
      if (!watcher.isConnected) {
        watcher.destroy();
        this.watchers.delete(editor);
        if (this.lastWorkedIn === watcher) this.lastWorkedIn = null;
      } else watcher.placeHost();
    }
    if (this.watchers.size === 0) {
      clearInterval(this.housekeeping);
      this.housekeeping = undefined;
    }
  }

  private tidySoon(): void {
    if (this.housekeepingSoon !== undefined) return;
    this.housekeepingSoon = setTimeout(() => {
      this.housekeepingSoon = undefined;
      this.tidy();
    }, 100);
  }

  /** The box an event happened in, found (and watched) if it is one. Unknown boxes only on the person's own input. */
  private boxOf(event: Event, allowGeneric: boolean): ComposerWatcher | null {
    const host = editableHostIn(event.composedPath());
    if (!host) return null;
    const known = this.watchers.get(host) ?? this.offer(host);
    if (known || !allowGeneric) return known;
    const generic = genericComposer(host);
    return generic ? this.watch(generic) : null;
  }

  private onFocusIn(event: FocusEvent): void {
    this.boxOf(event, false);
  }

  /** The person typed, pasted, dropped, cut, composed or undid in a box: check it. Never the page's own events. */
  private onOwnInput(event: Event): void {
    if (!this.deps.isTrusted(event)) return;
    const watcher = this.boxOf(event, true);
    if (!watcher) {
      if (event.type === 'paste' || event.type === 'drop') this.onFiles(event);
      return;
    }
    this.lastWorkedIn = watcher;
    watcher.noteOwnInput();
    if (event.type === 'paste' || event.type === 'drop') this.onFiles(event, watcher);
  }

  private onPointerDown(event: PointerEvent): void {
    if (!this.deps.isTrusted(event)) return;
    const path = event.composedPath();
    for (const watcher of this.watchers.values()) {
      if (path.includes(watcher.composer.container)) {
        this.lastWorkedIn = watcher;
        return;
      }
    }
  }

  /**
   * Images chosen with a box's file input: checked for the school's logo, never uploaded
   * or stored. A file input's change is taken whoever fired it (automation and some
   * pickers fire untrusted ones), but it starts a check only in a box the person has
   * written in (see `ComposerWatcher.addImages`).
   */
  private onChange(event: Event): void {
    const input = event.composedPath()[0];
    if (!isFileInput(input)) return;
    const doc = this.deps.window.document;
    const owners = [...this.watchers.values()].filter((w) => w.composer.container.contains(input) || this.adapter.fileInputs(w.composer, doc).includes(input));
    // An input outside every box (LinkedIn's Media button appends one to <body>) belongs to the box the person was working in.
    const owner = owners.find((w) => w.composer.container.contains(input)) ?? (this.lastWorkedIn && owners.includes(this.lastWorkedIn) ? this.lastWorkedIn : owners[0]);
    if (owner) void owner.addImages(imagesOf(input.files));
  }

  private onFiles(event: Event, watcher?: ComposerWatcher): void {
    const files = event.type === 'paste' ? (event as ClipboardEvent).clipboardData?.files : (event as DragEvent).dataTransfer?.files;
    const found = imagesOf(files);
    if (found.length === 0) return;
    const path = event.composedPath();
    const owner = watcher ?? [...this.watchers.values()].find((w) => path.includes(w.composer.container));
    if (owner) void owner.addImages(found);
  }

  // ---------------------------------------------------------------------------
  // The send guard

  /**
   * Where the boxes a button sends are: its dialog or form, or else the nearest of its
   * (few) ancestors that holds an editor (an inline composer in a column, a thread).
   */
  private scopeOf(button: Element): Element | null {
    return closestDeep(button, 'dialog, [role="dialog"], form') ?? closestContaining(button, this.adapter.editorSelector, null, 8);
  }

  /** The watched boxes sent by `button`: one box, or every post of a thread. Boxes near the button are found first. */
  private groupSentBy(button: HTMLElement): ComposerWatcher[] {
    const scope = this.scopeOf(button);
    if (scope) this.scan(scope, true);
    const group = [...this.watchers.values()].filter((w) => w.isConnected && this.adapter.postButton(w.composer) === button);
    const ordered = inDocumentOrder(group.map((w) => w.composer.editor));
    return ordered.map((editor) => this.watchers.get(editor)!);
  }

  /** The send control the event went through, if it belongs to a watched box. */
  private sendControlIn(path: EventTarget[]): HTMLElement | null {
    for (const watcher of this.watchers.values()) {
      if (!watcher.isConnected) continue;
      const button = this.adapter.postButton(watcher.composer);
      if (button && path.includes(button)) return button;
    }
    return null;
  }

  private onClick(event: MouseEvent): void {
    if (event === this.releasing) return;
    const path = event.composedPath();
    let button = this.sendControlIn(path);
    if (!button) {
      // A box the page shows but nobody has focused yet (a post of images only, a prefilled box): look near the button.
      const clicked = path.find((t): t is Element => t instanceof Element && t.matches('button, [role="button"]'));
      const scope = clicked ? this.scopeOf(clicked) : null;
      if (!scope) return;
      this.scan(scope, true);
      button = this.sendControlIn(path);
      if (!button) return;
    }
    this.decide(event, this.groupSentBy(button), { kind: 'click', button, target: path[0] ?? null }, button);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event === this.releasing) return;
    const trusted = this.deps.isTrusted(event);
    if (trusted && this.onOwnKeys(event)) return;
    if ((event.key === 'Enter' || event.key === ' ') && !event.isComposing && this.onButtonPress(event)) return;
    const isEnter = event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.isComposing && event.keyCode !== 229;
    if (isEnter) {
      const watcher = this.boxOf(event, trusted);
      if (watcher) {
        const modifier = event.ctrlKey || event.metaKey;
        // Ctrl/Cmd+Enter sends wherever a site uses it; a bare Enter only where the site sends on it.
        if (modifier || this.adapter.sendsOnEnter(watcher.composer)) {
          const button = this.adapter.postButton(watcher.composer);
          const group = modifier && button ? this.groupSentBy(button) : [watcher];
          const route: Route = { kind: 'key', editor: watcher.composer.editor, ctrlKey: event.ctrlKey, metaKey: event.metaKey };
          this.decide(event, group.length > 0 ? group : [watcher], route, watcher.composer.editor);
          if (event.defaultPrevented) return;
        }
      }
    }
    if (trusted && isEditingKey(event)) this.onOwnInput(event);
  }

  /**
   * Post Check's own keys, before the page sees them: Escape closes the confirmation
   * from anywhere (a modal: the site's own dialog must not close too) and the panel
   * from inside it; the shortcut opens the panel. True when the key was Post Check's.
   */
  private onOwnKeys(event: KeyboardEvent): boolean {
    if (event.key === 'Escape' && !event.isComposing) {
      const path = event.composedPath();
      const held = [...this.watchers.values()].find((w) => w.hasConfirm);
      const inside = [...this.watchers.values()].find((w) => w.isPanelOpen && path.includes(w.host));
      const watcher = held ?? inside;
      if (!watcher) return false;
      stop(event);
      watcher.escape();
      return true;
    }
    if (matchesShortcut(event, this.shortcut)) {
      if (!this.openPanel(event)) return false;
      stop(event);
      return true;
    }
    return false;
  }

  /**
   * Enter or Space on a focused send control that is not a native <button> (a native one
   * turns the key into a click, which the click guard sees): sites act on the keydown
   * itself, so it is held like a click. True when it was a send control.
   */
  private onButtonPress(event: KeyboardEvent): boolean {
    const path = event.composedPath();
    const target = path[0];
    if (!(target instanceof this.deps.window.Element) || target.tagName === 'BUTTON' || editableHostIn(path)) return false;
    const button = this.sendControlIn(path);
    if (!button || button.tagName === 'BUTTON') return false;
    this.decide(event, this.groupSentBy(button), { kind: 'press', button, key: event.key }, button);
    return true;
  }

  /**
   * Lets a send through when every box it sends may go as it is; otherwise stops it,
   * checks what the boxes hold now, and either releases it or asks the person.
   */
  private decide(event: Event, group: ComposerWatcher[], route: Route, control: HTMLElement): void {
    if (group.length === 0) return;
    if (this.pending.has(control)) {
      stop(event);
      return;
    }
    if (group.every((w) => w.mayGo()) && !group.some((w) => w.needsLateNightQuestion())) {
      for (const watcher of group) watcher.closeConfirm();
      return;
    }
    stop(event);
    if (!this.deps.isTrusted(event)) {
      // The page (or another extension) tried to send a box that is not cleared: stop it, check nothing.
      for (const watcher of group) watcher.noteScriptSendBlocked();
      return;
    }
    this.pending.add(control);
    void this.settle(group, route).finally(() => this.pending.delete(control));
  }

  /** Checks every box of the send as it is now, then releases the send or holds it with the confirmation. */
  private async settle(group: ComposerWatcher[], route: Route): Promise<void> {
    let outcomes: ('ok' | 'failed')[] = [];
    for (let round = 0; round < 3; round++) {
      outcomes = await Promise.all(group.map((w) => w.checkCurrent()));
      // Text typed into one box while another was checked: go round again.
      if (group.every((w, i) => outcomes[i] === 'failed' || w.isUpToDate() || w.mayGo())) break;
    }
    const many = group.length > 1;
    const problems: { watcher: ComposerWatcher; group: ConfirmGroup }[] = [];
    group.forEach((watcher, i) => {
      const label = many ? `Post ${i + 1} of ${group.length}` : undefined;
      const unchecked = watcher.unchecked;
      if (outcomes[i] === 'failed' || (!watcher.mayGo() && watcher.blockingFindings().length === 0)) {
        problems.push({ watcher, group: { label, findings: [], failed: true, ...(unchecked ? { note: unchecked.message } : {}) } });
      } else if (!watcher.mayGo()) {
        const findings = watcher.blockingFindings();
        problems.push({ watcher, group: { label, findings, words: watcher.wordsFor(findings), ...(unchecked ? { failed: true, note: unchecked.message } : {}) } });
      }
    });
    // The late-night question (lib/late-night.ts), asked once per draft: alone when
    // nothing else holds the post, else as part of the confirmation.
    const lateNight = await this.askLateNight(group);
    if (problems.length === 0) {
      if (!lateNight) {
        this.release(route);
        return;
      }
      const lead = group.find((w) => w.needsLateNightQuestion()) ?? group[0]!;
      const choice = await this.ask(lead, [], true);
      for (const watcher of group) watcher.markLateNightAsked();
      if (choice === 'post') {
        // Still exactly what was checked? Then out it goes; otherwise check (and ask) again.
        if (group.every((w) => w.mayGo())) this.release(route);
        else void this.settle(group, route);
      }
      return;
    }
    const lead = problems[0]!.watcher;
    const choice = await this.ask(
      lead,
      problems.map((p) => p.group),
      lateNight,
    );
    if (lateNight) for (const watcher of group) watcher.markLateNightAsked();
    if (choice !== 'post') return;
    // What goes out must be what was checked: anything changed since is checked (and asked about) first.
    if (!problems.every((p) => p.group.failed || p.watcher.isUpToDate())) {
      void this.settle(group, route);
      return;
    }
    for (const p of problems) p.watcher.acceptAsItIs();
    const rules = [...new Set(problems.flatMap((p) => p.watcher.blockingRules()))];
    if (rules.length > 0) void this.deps.send({ type: 'record-override', site: this.adapter.site, rules }).catch((error) => void reportProblem('recording a post sent anyway', error));
    this.release(route);
  }

  /** Whether to ask the late-night question about this send now: the background decides, by its clock. */
  private async askLateNight(group: ComposerWatcher[]): Promise<boolean> {
    const due = group.filter((w) => w.needsLateNightQuestion());
    if (due.length === 0) return false;
    const answers = await Promise.all(due.map((w) => w.lateNightNow()));
    return answers.some(Boolean);
  }

  /** Shows the confirmation on `lead` and waits for the person's choice. */
  private ask(lead: ComposerWatcher, groups: ConfirmGroup[], lateNight: boolean): Promise<Choice> {
    return new Promise<Choice>((resolve) => {
      lead.holdPost(groups, { lateNight, onReview: () => resolve('keep'), onPostAnyway: () => resolve('post') });
    });
  }

  /** Sends the held post by the route the person chose, exactly once. */
  private release(route: Route): void {
    const win = this.deps.window;
    let target: Element;
    let event: Event;
    if (route.kind === 'click') {
      if (!route.button.isConnected) return;
      const original = route.target instanceof win.Element && route.target.isConnected && route.button.contains(route.target) ? route.target : null;
      target = original ?? route.button;
      event = new win.MouseEvent('click', { bubbles: true, cancelable: true, composed: true, view: win, detail: 1 });
    } else if (route.kind === 'press') {
      if (!route.button.isConnected) return;
      target = route.button;
      const init = { key: route.key, code: route.key === ' ' ? 'Space' : 'Enter', keyCode: route.key === ' ' ? 32 : 13, which: route.key === ' ' ? 32 : 13, bubbles: true, cancelable: true, composed: true, view: win };
      event = new win.KeyboardEvent('keydown', init as KeyboardEventInit);
      this.releasing = event;
      try {
        target.dispatchEvent(event);
        target.dispatchEvent(new win.KeyboardEvent('keyup', init as KeyboardEventInit));
      } finally {
        this.releasing = null;
      }
      return;
    } else {
      if (!route.editor.isConnected) return;
      target = route.editor;
      route.editor.focus();
      event = new win.KeyboardEvent('keydown', {
        key: 'Enter',
        code: 'Enter',
        keyCode: 13,
        which: 13,
        ctrlKey: route.ctrlKey,
        metaKey: route.metaKey,
        bubbles: true,
        cancelable: true,
        composed: true,
        view: win,
      } as KeyboardEventInit);
    }
    this.releasing = event;
    try {
      target.dispatchEvent(event);
    } finally {
      this.releasing = null;
    }
  }

  // ---------------------------------------------------------------------------

  /** A token bucket: a burst of checks, then a steady few a second, per tab. */
  private async takeBudget(): Promise<void> {
    for (;;) {
      const now = Date.now();
      this.tokens = Math.min(BUDGET_BURST, this.tokens + ((now - this.refilledAt) / 1000) * BUDGET_PER_SECOND);
      this.refilledAt = now;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.ceil(((1 - this.tokens) / BUDGET_PER_SECOND) * 1000)));
    }
  }
}

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

function isFileInput(target: EventTarget | undefined): target is HTMLInputElement {
  return !!target && (target as Element).tagName === 'INPUT' && (target as HTMLInputElement).type === 'file';
}

function imagesOf(files: FileList | null | undefined): File[] {
  return [...(files ?? [])].filter((f) => f.type.startsWith('image/'));
}
