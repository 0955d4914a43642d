/**
 * One watched compose box: reads the draft as the user types (debounced), asks the
 * background to check it, underlines the findings, renders the inline UI beside the
 * box, and holds the post when blocking findings remain.
 */
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { ComposeStatus, type ComposeStatusState } from '../../components/ComposeStatus';
import { COMPOSE_STATUS_CSS } from '../../components/compose-status-style';
import type { CheckResult, DraftSnapshot, Request } from '../../lib/messaging';
import { rangeFor, readEditorText, type EditorText } from '../../lib/sites/editor-text';
import type { Composer, SiteAdapter } from '../../lib/sites/types';
import type { AccountKind, Finding } from '../../lib/types';
import { clearHighlights, ensureHighlightStyle, setHighlights } from './highlights';
import { appendToDraft } from './insert-text';
import { bytesToBase64 } from '../../lib/images/base64';
import { pixelsOf } from '../../utils/image-pixels';

/** Long enough that typing never waits, short enough that the underline feels immediate. */
export const CHECK_DELAY_MS = 100;
const SITE_NAMES = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' } as const;

let nextId = 0;

function send(request: Request): Promise<unknown> {
  return browser.runtime.sendMessage(request);
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

export class ComposerWatcher {
  readonly id = `composer-${++nextId}-${Date.now().toString(36)}`;
  readonly host: HTMLElement;
  private readonly root: Root;
  private readonly abort = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private state: ComposeStatusState = { kind: 'checking' };
  private result: CheckResult | null = null;
  /** The text the current result is about. */
  private checkedText: string | null = null;
  private editorText: EditorText | null = null;
  private confirm: Finding[] | null = null;
  private account: AccountKind = 'unknown';
  private handle: string | undefined;
  private inFlight: Promise<void> | null = null;
  private resume: (() => void) | null = null;
  /** Set by "Post anyway": the next post goes through once. */
  allowNextPost = false;
  /** Images attached through this box's file inputs, paste or drop: whether each looks like the school's logo. */
  private attached: { logo: boolean }[] = [];
  private previewsSeen = false;

  constructor(
    readonly composer: Composer,
    private readonly adapter: SiteAdapter,
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
    this.placeHost();
    const editorRoot = composer.editor.getRootNode();
    ensureHighlightStyle(editorRoot instanceof ShadowRoot ? editorRoot : doc);
    const { signal } = this.abort;
    for (const type of ['input', 'keyup', 'paste', 'drop', 'cut', 'compositionend'] as const) {
      composer.editor.addEventListener(type, () => this.schedule(), { signal });
    }
    composer.editor.addEventListener('focus', () => void send({ type: 'composer-focus', composerId: this.id }).catch(() => {}), { signal });
    this.render();
    this.schedule(0);
  }

  /** Puts the UI host beside the box again if the site's re-render dropped it. */
  placeHost(): void {
    if (this.host.isConnected && this.host.previousElementSibling === this.composer.anchor) return;
    this.composer.anchor.after(this.host);
  }

  get isConnected(): boolean {
    return this.composer.editor.isConnected;
  }

  schedule(delay = CHECK_DELAY_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), delay);
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
    const images = this.previewsSeen ? previews : this.attached.length;
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

  /** Is the last result about the text in the box now? */
  isUpToDate(): boolean {
    try {
      return this.checkedText !== null && readEditorText(this.composer.editor).text === this.checkedText && this.inFlight === null;
    } catch {
      return false;
    }
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
        const answer = (await send({
          type: 'check-image',
          image: { width: pixels.width, height: pixels.height, rgbaBase64: bytesToBase64(new Uint8Array(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength)) },
        }).catch(() => null)) as { logo?: boolean } | null;
        return { logo: answer?.logo === true };
      }),
    );
    this.attached.push(...checked);
    this.schedule(0);
  }

  /** The school's rollout mode is `advise`: underline and explain, never hold the post. */
  get advisesOnly(): boolean {
    return this.result?.mode === 'advise';
  }

  blockingFindings(): Finding[] {
    return this.result?.findings.filter((f) => f.severity === 'block') ?? [];
  }

  check(): Promise<void> {
    clearTimeout(this.timer);
    const run = async () => {
      const draft = this.snapshot();
      if (!draft) {
        this.state = { kind: 'unreadable' };
        this.render();
        return;
      }
      try {
        // The answer comes from this extension's own background, which built it from a schema-checked request.
        const response = (await send({ type: 'check-draft', composerId: this.id, draft })) as CheckResult | undefined;
        if (!response || !Array.isArray(response.findings)) throw new Error('no answer from the background');
        this.apply(response, draft.text);
      } catch {
        // The extension was updated or reloaded under this page: say so rather than go quiet.
        this.state = { kind: 'unreadable' };
        this.result = null;
        clearHighlights(this.id);
        this.render();
      }
    };
    const current = run().finally(() => {
      if (this.inFlight === current) this.inFlight = null;
    });
    this.inFlight = current;
    return current;
  }

  private apply(result: CheckResult, text: string): void {
    this.result = result;
    this.checkedText = text;
    this.account = result.account;
    if (result.paused) {
      this.state = { kind: 'paused' };
      clearHighlights(this.id);
      this.render();
      return;
    }
    const quotes = result.findings.map((f) => (f.start !== undefined ? text.slice(f.start, f.end) : ''));
    this.state = { kind: 'checked', findings: result.findings, quotes };
    if (this.confirm) this.confirm = this.blockingFindings().length > 0 ? this.blockingFindings() : null;
    this.underline();
    this.render();
  }

  private underline(): void {
    const editorText = this.editorText;
    if (!this.result || !editorText || editorText.text !== this.checkedText) return;
    const items = this.result.findings.flatMap((finding) => {
      if (finding.start === undefined || finding.end === undefined) return [];
      const range = rangeFor(editorText, finding.start, finding.end);
      return range ? [{ severity: finding.severity, range }] : [];
    });
    setHighlights(this.id, items);
  }

  /** Holds a post with blocking findings: shows the confirmation, calls `proceed` on "Post anyway". */
  holdPost(proceed: () => void): void {
    this.confirm = this.blockingFindings();
    this.resume = proceed;
    this.render();
  }

  private render(): void {
    this.root.render(
      createElement(ComposeStatus, {
        state: this.state,
        account: this.account,
        siteName: SITE_NAMES[this.adapter.site],
        confirm: this.confirm,
        theme: pageTheme(this.composer.anchor),
        onAccountChange: (kind) => void this.changeAccount(kind),
        onFix: (finding) => void this.fix(finding),
        onShowInText: (finding) => this.select(finding),
        onReview: () => {
          this.confirm = null;
          this.resume = null;
          this.render();
        },
        onPostAnyway: () => void this.postAnyway(),
        onClose: () => this.focusEditor(),
      }),
    );
  }

  private focusEditor(): void {
    this.confirm = null;
    this.resume = null;
    this.render();
    this.composer.editor.focus();
  }

  private async changeAccount(kind: 'personal' | 'school'): Promise<void> {
    // Without a handle the choice is remembered for the site as a whole.
    await send({ type: 'set-account-kind', site: this.adapter.site, handle: this.handle ?? '*', kind }).catch(() => {});
    await this.check();
  }

  private async fix(finding: Finding): Promise<void> {
    if (finding.fix !== 'insert-disclaimer' || !this.result) return;
    await appendToDraft(this.composer.editor, this.result.disclaimer);
    await this.check();
  }

  /** Selects the finding's words in the post, so the user can retype or delete them. */
  private select(finding: Finding): void {
    if (finding.start === undefined || !this.editorText || finding.end === undefined) return;
    const range = rangeFor(this.editorText, finding.start, finding.end);
    const selection = this.composer.editor.ownerDocument.getSelection();
    if (!range || !selection) return;
    this.composer.editor.focus();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  private async postAnyway(): Promise<void> {
    const rules = [...new Set(this.blockingFindings().map((f) => f.rule))];
    const proceed = this.resume;
    this.confirm = null;
    this.resume = null;
    this.render();
    await send({ type: 'record-override', site: this.adapter.site, rules }).catch(() => {});
    this.allowNextPost = true;
    proceed?.();
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.abort.abort();
    clearHighlights(this.id);
    this.root.unmount();
    this.host.remove();
    void send({ type: 'composer-gone', composerId: this.id }).catch(() => {});
  }
}
