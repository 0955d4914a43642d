/**
 * DOM helpers shared by the site adapters. Everything takes its root or element as a
 * parameter (never the global `document`) so the adapters run on saved HTML in tests,
 * and everything crosses open shadow roots, because LinkedIn renders newer surfaces
 * inside `#interop-outlet`'s open shadow root (sites.md §3.2, Briskine [A]).
 * Nothing here writes to the page.
 */
import type { EditorKind } from './types';

const ELEMENT_NODE = 1;
const DOCUMENT_FRAGMENT_NODE = 11;

function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** The shadow root `node` lives in, when it lives in one (a document fragment with a host). */
function shadowHostOf(node: Node): Element | null {
  const root = node.getRootNode();
  if (root.nodeType !== DOCUMENT_FRAGMENT_NODE) return null;
  const host = (root as ShadowRoot).host;
  return isElement(host) ? host : null;
}

/** `root` itself and every open shadow root under it, nested ones included, hosts before their contents. */
function searchRoots(root: ParentNode): ParentNode[] {
  const roots: ParentNode[] = [];
  const visit = (current: ParentNode) => {
    roots.push(current);
    for (const element of Array.from(current.querySelectorAll('*'))) {
      // Closed shadow roots report null here, which is what we want: the page keeps them private.
      const shadow = element.shadowRoot;
      if (shadow) visit(shadow);
    }
  };
  visit(root);
  return roots;
}

/** `querySelectorAll` that also searches open shadow roots (document order within each tree). */
export function querySelectorAllDeep(root: ParentNode, selector: string, roots: ParentNode[] = searchRoots(root)): Element[] {
  const found: Element[] = [];
  for (const current of roots) found.push(...Array.from(current.querySelectorAll(selector)));
  return found;
}

/** The first match of `selector` under `root`, open shadow roots included. */
export function querySelectorDeep(root: ParentNode, selector: string): Element | null {
  const direct = root.querySelector(selector);
  if (direct) return direct;
  for (const current of searchRoots(root).slice(1)) {
    const match = current.querySelector(selector);
    if (match) return match;
  }
  return null;
}

/** The parent element, stepping from a shadow root's top level out to its host. */
export function parentDeep(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const parent = element.parentNode;
  if (parent && parent.nodeType === DOCUMENT_FRAGMENT_NODE) return shadowHostOf(element);
  return null;
}

/** `Element.closest` that continues past shadow-root boundaries to the hosts. */
export function closestDeep(element: Element, selector: string): Element | null {
  let current: Element | null = element;
  while (current) {
    const match = current.closest(selector);
    if (match) return match;
    current = shadowHostOf(current);
  }
  return null;
}

/** Does `ancestor` contain `node`, counting shadow trees as part of their host? */
export function containsDeep(ancestor: Element, node: Element): boolean {
  for (let current: Element | null = node; current; current = parentDeep(current)) {
    if (current === ancestor) return true;
  }
  return false;
}

/**
 * The element that really has focus: `document.activeElement` is only the shadow host
 * when focus is inside a shadow tree, so walk down (Briskine `active-element.js`, sites.md §3.2).
 */
export function deepActiveElement(document: Document): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The nearest ancestor (not the element itself) that contains a match for `selector`, stopping after `limit` or `maxLevels` ancestors. */
export function closestContaining(start: Element, selector: string, limit: Element | null = null, maxLevels = Infinity): Element | null {
  let levels = 0;
  for (let current = parentDeep(start); current && levels < maxLevels; current = parentDeep(current), levels++) {
    if (current.querySelector(selector)) return current;
    if (current === limit) break;
  }
  return null;
}

/**
 * The widest ancestor of `editor` (up to and including `boundary`, at most `maxLevels`
 * up) that holds no other editor: the part of a shared container that belongs to this
 * one box, e.g. one post of an X thread, or one comment box of a Facebook post.
 */
export function ownScope(editor: Element, editorSelector: string, boundary: Element | null, maxLevels = 12): Element {
  let scope: Element = editor;
  let levels = 0;
  for (let parent = parentDeep(scope); parent && levels < maxLevels; parent = parentDeep(scope), levels++) {
    const others = Array.from(parent.querySelectorAll(editorSelector)).some((other) => other !== editor && !other.contains(editor) && !editor.contains(other));
    if (others) break;
    scope = parent;
    if (parent === boundary) break;
  }
  return scope;
}

/** The first element under `scope` matching one of `selectors`, tried in order of preference. */
export function firstMatch(scope: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const match = scope.querySelector(selector);
    if (match) return match;
  }
  return null;
}

export function isHTMLElement(element: Element | null | undefined): element is HTMLElement {
  // `instanceof HTMLElement` fails across realms (a content script's world, a test's parsed
  // document); `isContentEditable` exists on HTML elements only, not on SVG or MathML ones.
  return !!element && typeof (element as HTMLElement).isContentEditable === 'boolean';
}

function isTextArea(element: Element): element is HTMLTextAreaElement {
  return element.tagName === 'TEXTAREA';
}

/**
 * Which editor library owns a box, from the marks each library puts on its root
 * (sites.md §1.2, §2.2, §3.2, §7.4; Harper `editorUtils.ts` classifies the same way).
 */
export function editorKindOf(editor: Element): EditorKind {
  if (isTextArea(editor)) return 'textarea';
  if (editor.classList.contains('public-DraftEditor-content') || editor.querySelector(':scope > [data-contents="true"]')) return 'draft';
  if (editor.hasAttribute('data-lexical-editor')) return 'lexical';
  if (editor.classList.contains('ql-editor')) return 'quill';
  if (editor.classList.contains('ProseMirror')) return 'prosemirror';
  return 'plain';
}

/**
 * Where the UI host goes: after an element that is outside the editor and outside
 * anything the editor library re-renders (sites.md §5: Lexical deletes foreign children,
 * Quill absorbs them, Draft desyncs). Adapters with a better site wrapper pass it first.
 */
export function defaultAnchor(editor: Element, kind: EditorKind): Element {
  switch (kind) {
    case 'draft': {
      // The Draft root and everything in it belong to Draft's React component.
      const draftRoot = editor.closest('.DraftEditor-root');
      return (draftRoot && parentDeep(draftRoot)) ?? draftRoot ?? parentDeep(editor) ?? editor;
    }
    case 'quill':
      // `.ql-container` holds the editor and Quill's clipboard: Quill owns both.
      return editor.closest('.ql-container') ?? parentDeep(editor) ?? editor;
    default:
      // Lexical, ProseMirror, plain boxes and textareas: the editor's own wrapper.
      return parentDeep(editor) ?? editor;
  }
}

/** Elements whose edges do not break a line of text (inline formatting). */
const INLINE_TAGS = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'EM', 'I', 'MARK', 'Q', 'S', 'SMALL', 'STRONG', 'SUB', 'SUP', 'TIME', 'U']);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG']);

/**
 * The lines of text an element shows, without relying on layout (`innerText` needs a
 * real renderer, and the sites stack names and subtitles in separate spans or divs):
 * a `<br>` or the edge of any non-inline element starts a new line.
 */
export function textLines(element: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      current += (node as Text).data;
      return;
    }
    if (!isElement(node) || SKIPPED_TAGS.has(node.tagName)) return;
    if (node.tagName === 'BR') {
      flush();
      return;
    }
    const breaks = !INLINE_TAGS.has(node.tagName);
    if (breaks) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (breaks) flush();
  };
  visit(element);
  flush();
  return lines;
}

/** Lower-cased, single-spaced, typographic apostrophes folded: for comparing two display names. */
export function sameName(a: string, b: string): boolean {
  const fold = (s: string) => s.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
  return fold(a) === fold(b);
}

/** Is the element hidden from everyone (assistive technology included), so a decoy rather than a box? */
export function isAriaHidden(element: Element): boolean {
  return closestDeep(element, '[aria-hidden="true"]') !== null;
}

/** Rendered at all? Uses `checkVisibility` where the browser has it; without it, assume so. */
function isRendered(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(element) : true;
}

/** Search fields are never compose boxes, whatever they are made of. */
const SEARCH_CONTEXT = '[role="search"], [role="searchbox"], [role="combobox"], form[action*="search" i]';

function looksLikeSearch(element: Element): boolean {
  if (closestDeep(element, SEARCH_CONTEXT)) return true;
  const label = `${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('aria-placeholder') ?? ''} ${element.getAttribute('placeholder') ?? ''}`;
  return /\bsearch\b/i.test(label);
}

/** The markers every site's rich-text editor root carries (sites.md §7.4). */
export const GENERIC_TEXTBOX = '[contenteditable="true"][role="textbox"]';

/**
 * A rich-text box the site adapter does not know by name, for when a site ships a new
 * editor (LinkedIn moved its feed comments to ProseMirror in 2026, sites.md §3): a
 * visible multi-line `[contenteditable="true"][role="textbox"]` inside a dialog or a
 * form. Never an `input`, never a `textarea` (X's alt-text field and report forms are
 * textareas), never anything search-like or hidden. Such boxes are found as soon as
 * they appear; any other box is found once the user types in it (`genericComposer`).
 */
export function isGenericTextbox(candidate: Element): candidate is HTMLElement {
  if (!isHTMLElement(candidate) || !candidate.matches(GENERIC_TEXTBOX)) return false;
  if (candidate.classList.contains('ql-clipboard')) return false;
  if (candidate.getAttribute('aria-multiline') === 'false' || candidate.getAttribute('aria-readonly') === 'true') return false;
  if (looksLikeSearch(candidate) || isAriaHidden(candidate) || !isRendered(candidate)) return false;
  return closestDeep(candidate, 'dialog, [role="dialog"], form') !== null;
}

/** Rich-text boxes no adapter knows by name under `roots`, never inside or around a box in `known`. */
function genericTextboxes(roots: ParentNode[], known: readonly Element[]): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const root of roots) {
    for (const candidate of Array.from(root.querySelectorAll(GENERIC_TEXTBOX))) {
      if (!isGenericTextbox(candidate)) continue;
      if (known.some((k) => k === candidate || containsDeep(k, candidate) || containsDeep(candidate, k))) continue;
      if (found.some((f) => f.contains(candidate) || candidate.contains(f))) continue;
      found.push(candidate);
    }
  }
  return found;
}

/**
 * `findComposers` for an adapter, from its `composerFor`: every candidate under `root`
 * (open shadow roots included) that the adapter accepts, boxes it knows by name first,
 * then rich-text boxes in dialogs and forms that it does not, never one inside another.
 */
export function composersUnder(root: ParentNode, knownSelector: string, composerFor: (editor: HTMLElement) => import('./types').Composer | null): import('./types').Composer[] {
  const roots = searchRoots(root);
  const composers: import('./types').Composer[] = [];
  const known: HTMLElement[] = [];
  for (const editor of unique(querySelectorAllDeep(root, knownSelector, roots))) {
    if (!isHTMLElement(editor) || known.some((k) => k.contains(editor) || editor.contains(k))) continue;
    const composer = composerFor(editor);
    if (!composer) continue;
    composers.push(composer);
    known.push(composer.editor);
  }
  for (const editor of genericTextboxes(roots, known)) {
    const composer = composerFor(editor);
    if (composer) composers.push(composer);
  }
  return composers;
}

/** Unique elements, first occurrence kept. */
export function unique<T>(items: readonly T[]): T[] {
  return Array.from(new Set(items));
}

/** The images under `scope` whose `src` is a local preview (`blob:`), i.e. files the user attached. */
export function blobImages(scope: ParentNode): HTMLImageElement[] {
  return Array.from(scope.querySelectorAll('img')).filter((img): img is HTMLImageElement => (img.getAttribute('src') ?? '').startsWith('blob:'));
}

export function fileInputsIn(scope: ParentNode): HTMLInputElement[] {
  return Array.from(scope.querySelectorAll('input[type="file"]')) as HTMLInputElement[];
}

/** Does `element` start or continue an editable region (`contenteditable` true or plaintext-only, inherited)? */
function isEditableElement(element: Element): boolean {
  if (isHTMLElement(element) && element.isContentEditable) return true;
  // Without a renderer (saved HTML in tests) `isContentEditable` can be false: read the attribute.
  const value = element.getAttribute('contenteditable');
  return value === '' || value === 'true' || value === 'plaintext-only';
}

/**
 * The box an event happened in, from its composed path (which crosses open shadow
 * roots): a `<textarea>`, or the editing host, i.e. the outermost element of the
 * contiguous editable chain the target sits in. Never an `<input>`: search fields,
 * names and dates are inputs, posts are not.
 */
export function editableHostIn(path: readonly EventTarget[]): HTMLElement | null {
  let host: HTMLElement | null = null;
  for (const target of path) {
    if (!target || (target as Node).nodeType !== ELEMENT_NODE) {
      if (host) break;
      continue;
    }
    const element = target as Element;
    if (!host && isTextArea(element)) return isHTMLElement(element) ? element : null;
    if (isEditableElement(element) && isHTMLElement(element)) host = element;
    else if (host) break;
  }
  return host;
}

/** Post Check's own UI (its host elements carry `data-post-check`). */
function isPostCheckUi(element: Element): boolean {
  return closestDeep(element, '[data-post-check]') !== null;
}

/**
 * Could this be a box someone writes a post or a message in, rather than a field the
 * page uses for something else? Excludes search fields, read-only and hidden boxes,
 * Quill's clipboard, single-line fields and Post Check's own UI.
 */
export function isWritableBox(element: HTMLElement): boolean {
  if (element.tagName === 'INPUT') return false;
  if (isTextArea(element) && (element.readOnly || element.disabled)) return false;
  if (element.classList.contains('ql-clipboard')) return false;
  if (element.getAttribute('aria-readonly') === 'true' || element.getAttribute('aria-multiline') === 'false') return false;
  if (looksLikeSearch(element) || isAriaHidden(element) || isPostCheckUi(element)) return false;
  return true;
}

/**
 * A box no adapter knows, that the user is typing in: checked all the same, as a post
 * (the strictest reading), with no idea who posts or how it is sent (spec/ux.md "Say
 * what it cannot see"). Its container is the nearest dialog, form or post around it.
 */
export function genericComposer(editor: HTMLElement): import('./types').Composer | null {
  if (!isWritableBox(editor)) return null;
  const editorKind = editorKindOf(editor);
  const container = closestDeep(editor, 'dialog, [role="dialog"], form, [role="article"], article') ?? parentDeep(editor) ?? editor;
  return { editor, editorKind, surface: 'post', container, anchor: defaultAnchor(editor, editorKind), generic: true };
}

/** Whitespace-collapsed, trimmed, lower-cased text: for comparing a button's words with a list. */
function normalisedText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The buttons under `scope` (`<button>` and `role=button`) whose whole text is one of `words`, in document order. */
export function buttonsReading(scope: ParentNode, words: ReadonlySet<string>, exclude?: Element): HTMLElement[] {
  return Array.from(scope.querySelectorAll('button, [role="button"]')).filter(
    (button): button is HTMLElement =>
      isHTMLElement(button) && !(exclude && exclude.contains(button)) && (words.has(normalisedText(button)) || words.has((button.getAttribute('aria-label') ?? '').trim().toLowerCase())),
  );
}

/**
 * Words on a button that sends what a box holds, in the languages the sites' own labels
 * come in (English, French, German, Spanish, Italian, Dutch, Portuguese, Polish).
 * Used only inside a box's own container, for boxes whose send button has no stable
 * attribute (LinkedIn's 2026 share box, sites.md §8.1) or no known one (generic boxes).
 */
export const SEND_WORDS: ReadonlySet<string> = new Set([
  'post', 'post all', 'publish', 'send', 'reply', 'comment', 'share', 'tweet', 'schedule',
  'publier', 'envoyer', 'répondre', 'commenter', 'programmer',
  'posten', 'veröffentlichen', 'senden', 'antworten', 'kommentieren', 'planen',
  'publicar', 'enviar', 'responder', 'comentar', 'programar',
  'pubblica', 'invia', 'rispondi', 'commenta',
  'plaatsen', 'verzenden', 'reageren',
  'opublikuj', 'wyślij', 'odpowiedz', 'skomentuj',
]);

/** A generic box's send button, if its container shows one: a submit button, or a button reading a send word. */
export function genericSendButton(composer: import('./types').Composer): HTMLElement | null {
  const { container, editor } = composer;
  if (container === editor) return null;
  const submit = Array.from(container.querySelectorAll('button[type="submit"]')).find((b) => !editor.contains(b));
  if (submit && isHTMLElement(submit)) return submit;
  const byWords = buttonsReading(container, SEND_WORDS, editor);
  return byWords[byWords.length - 1] ?? null;
}

/** Sorts elements into document order (shadow trees after their hosts' light DOM is good enough here). */
export function inDocumentOrder<T extends Element>(elements: readonly T[]): T[] {
  return [...elements].sort((a, b) => {
    if (a === b) return 0;
    const position = a.compareDocumentPosition(b);
    return position & 4 ? -1 : position & 2 ? 1 : 0;
  });
}
