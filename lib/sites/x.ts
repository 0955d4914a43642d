/**
 * X (Twitter): the compose boxes of sites.md §1. The desktop composers are Draft.js
 * editors keyed by `data-testid` (X passes its testID to Draft's `webDriverTestID`);
 * the mobile layout and Chat use plain textareas. When the compose modal is open over
 * /home, both it and the home composer exist with the same `tweetTextarea_0` testid
 * (§1.2 "two composers at once"), so everything here is scoped from the editor
 * element outwards, never by testid from the document.
 */
import type { Surface } from '../types';
import {
  closestContaining,
  closestDeep,
  composersUnder,
  defaultAnchor,
  editorKindOf,
  fileInputsIn,
  firstMatch,
  GENERIC_TEXTBOX,
  genericSendButton,
  isGenericTextbox,
  isHTMLElement,
  ownScope,
  parentDeep,
  textLines,
  unique,
} from './dom';
import type { Composer, PostingAccount, SiteAdapter } from './types';

/** §1.1 table: x.com and the old twitter.com, plus their `www.`/`mobile.` aliases that serve the same app. */
const HOSTS = new Set(['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com']);

/** §1.2: Draft's content div carries X's testID, `tweetTextarea_N` (threads count up) [A]. */
const POST_EDITOR_TESTID = /^tweetTextarea_\d+$/;
/** Candidates for every X box, one query so they come back in document order. */
const EDITOR_CANDIDATES = [
  // §1.2 desktop composers, threads, inline replies, reply/quote modal: Draft.js [A].
  '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  // §1.1 mobile layout: a plain textarea inside `div[data-testid^="tweetTextarea"]` (CPFT) [A].
  '[data-testid^="tweetTextarea"] textarea',
  // §1.1 legacy DMs: Draft.js with testid `dmComposerTextInput`; retired for Chat in 2026 (§8.3 [A]),
  // kept as a harmless fallback for accounts not yet moved.
  '[data-testid="dmComposerTextInput"][contenteditable="true"]',
  '[data-testid="dmComposerTextInput"] [contenteditable="true"]',
  // §8.3 Chat (XChat), which replaced DMs: `textarea[data-testid="dm-composer-textarea"]` [B].
  'textarea[data-testid="dm-composer-textarea"]',
].join(', ');
/** Everything that counts as "another X box" when working out which part of a container is this box's. */
const ANY_EDITOR = '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-testid^="tweetTextarea"] textarea';

/** §1.1/§1.2: modals render in `#layers` as `div[aria-labelledby="modal-header"][role="dialog"]` (CPFT, minimal-twitter) [A]. */
const MODAL = '[role="dialog"]';
/** §1.3: `tweetButton` in modals, `tweetButtonInline` in inline composers (X's own code) [A]; a real `<button>` now [A]. */
const MODAL_POST_BUTTON = '[data-testid="tweetButton"]';
const INLINE_POST_BUTTON = '[data-testid="tweetButtonInline"]';
/** §1.2: the toolbar of media, GIF, poll, emoji and schedule buttons next to each composer [A]. */
const TOOLBAR = '[data-testid="toolBar"]';
/** §8.3: Chat send `dm-composer-send-button` [B]; legacy DM send `dmComposerSendButton` (§1.1, retired). */
const MESSAGE_SEND_BUTTONS = ['[data-testid="dm-composer-send-button"]', '[data-testid="dmComposerSendButton"]'] as const;
/** §1.4: the hidden media input, `input[type=file][data-testid="fileInput"]` [A]. */
const FILE_INPUT = 'input[type="file"][data-testid="fileInput"]';
/** §1.4: previews, one `img[src^="blob:"]` per file, inside `[data-testid="attachments"]` [B]. */
const ATTACHMENT_IMAGES = '[data-testid="attachments"] img';
/** §1.4/§1.1: legacy DM attachments [A]. */
const DM_ATTACHMENT_IMAGES = '[data-testid="dmComposerAttachments"] img';
/** §1.5: the side-nav account switcher; its avatar testid ends with the handle [C], its text is "Name\n@handle" [B]. */
const ACCOUNT_SWITCHER = '[data-testid="SideNav_AccountSwitcher_Button"]';
const SWITCHER_AVATAR = '[data-testid^="UserAvatar-Container-"]';
const AVATAR_PREFIX = 'UserAvatar-Container-';
/** §1.5: the nav profile link, `href="/<handle>"` [C]. */
const PROFILE_LINK = 'a[data-testid="AppTabBar_Profile_Link"]';
/** X handles: letters, digits and underscores, at most 15. */
const HANDLE = /@([A-Za-z0-9_]{1,15})\b/;
/** §1.1 inline reply: the status page `/<user>/status/<id>` (Mask) [C]. */
const STATUS_PATH = /^\/[A-Za-z0-9_]{1,15}\/status\/\d+/;
/** §1.1: placeholder "Post your reply" (X-SCRAPER `i18n/en.js`) [A]; English only. */
const REPLY_PLACEHOLDER = /^post your reply/i;
/** Posts rendered inside a composer (the post replied to, a quoted post's card). */
const QUOTED_POST = 'article, [data-testid="tweet"], [role="link"], [role="blockquote"]';
/** "Replying to @handle" above a reply box: English only, so one signal among several. */
const REPLYING_TO = /^\s*Replying to\b/i;

function isMessageBox(editor: Element): boolean {
  return editor.matches('textarea[data-testid="dm-composer-textarea"]') || closestDeep(editor, '[data-testid="dmComposerTextInput"]') !== null;
}

function isPostBox(editor: Element): boolean {
  const testid = editor.getAttribute('data-testid') ?? '';
  return POST_EDITOR_TESTID.test(testid) || closestDeep(editor, '[data-testid^="tweetTextarea"]') !== null;
}

/**
 * The composer's own container: the modal when it is in one (a thread's posts share
 * the modal and its one "Post all" button, §1.1), otherwise the nearest ancestor that
 * holds a toolbar or a post/send button (the home composer's column cell, an inline
 * reply, a DM form).
 */
function containerOf(editor: Element, message: boolean): Element {
  const modal = closestDeep(editor, MODAL);
  if (modal && !message) return modal;
  const marker = message ? MESSAGE_SEND_BUTTONS.join(', ') : `${TOOLBAR}, ${MODAL_POST_BUTTON}, ${INLINE_POST_BUTTON}`;
  return closestContaining(editor, marker, modal) ?? modal ?? closestDeep(editor, 'form, main') ?? parentDeep(editor) ?? editor;
}

/**
 * After `tweetTextarea_N_label` (the wrapper around X's RichText) when it is there,
 * else after `…RichTextInputContainer`, else after the Draft root's parent (§1.2, §5).
 */
function anchorOf(editor: HTMLElement, kind: Composer['editorKind']): Element {
  const testid = editor.getAttribute('data-testid');
  if (testid && /^[\w-]+$/.test(testid)) {
    const label = closestDeep(editor, `[data-testid="${testid}_label"]`);
    if (label) return label;
    const wrapper = closestDeep(editor, `[data-testid="${testid}RichTextInputContainer"]`);
    if (wrapper) return wrapper;
  }
  if (kind === 'textarea') {
    // Mobile: the textarea sits inside `div[data-testid^="tweetTextarea"]`; go after that div.
    const box = editor.parentElement?.closest('[data-testid^="tweetTextarea"]');
    if (box) return box;
  }
  return defaultAnchor(editor, kind);
}

/** "Replying to @handle" near the box (the modal shows it above the editor; inline replies once focused). */
function replyingToHandle(editor: Element, container: Element): string | undefined {
  const scopes = unique([ownScope(editor, ANY_EDITOR, container), container]);
  for (const scope of scopes) {
    for (const element of Array.from(scope.querySelectorAll('div, span'))) {
      if (editor.contains(element)) continue;
      // A quoted or replied-to post shown in the box can itself say "Replying to …": not this box's.
      const card = element.closest(QUOTED_POST);
      if (card && scope.contains(card)) continue;
      const ownText = Array.from(element.childNodes)
        .filter((node) => node.nodeType === 3)
        .map((node) => node.textContent ?? '')
        .join('');
      if (!REPLYING_TO.test(ownText)) continue;
      // The handle is a link or span next to the words, so look one or two levels up.
      for (let around: Element | null = element, level = 0; around && level < 3; around = around.parentElement, level++) {
        const match = HANDLE.exec(around.textContent ?? '');
        if (match) return `@${match[1]}`;
      }
    }
  }
  return undefined;
}

function placeholderText(editor: Element): string {
  const placeholder = editor.closest('.DraftEditor-root')?.querySelector('.public-DraftEditorPlaceholder-inner');
  if (placeholder) return placeholder.textContent ?? '';
  return editor.getAttribute('placeholder') ?? '';
}

function surfaceOf(composer: Omit<Composer, 'surface'>, message: boolean): Surface {
  if (message) return 'message';
  if (replyingToHandle(composer.editor, composer.container)) return 'reply';
  if (REPLY_PLACEHOLDER.test(placeholderText(composer.editor).trim())) return 'reply';
  // The inline box on a status page always replies to that post; a modal opened there may not.
  const path = composer.editor.ownerDocument.location?.pathname ?? '';
  if (STATUS_PATH.test(path) && !closestDeep(composer.editor, MODAL)) return 'reply';
  return 'post';
}

/** One of X's own boxes, or a rich-text box in a dialog or form that X shipped since (a generic box). */
function composerFor(editor: HTMLElement): Composer | null {
  if (editor.matches(EDITOR_CANDIDATES)) {
    const message = isMessageBox(editor);
    if (!message && !isPostBox(editor)) return null;
    const editorKind = editorKindOf(editor);
    const container = containerOf(editor, message);
    const partial = { editor, editorKind, container, anchor: anchorOf(editor, editorKind) };
    return { ...partial, surface: surfaceOf(partial, message) };
  }
  if (!isGenericTextbox(editor)) return null;
  const editorKind = editorKindOf(editor);
  const container = closestDeep(editor, `${MODAL}, dialog, form`) ?? parentDeep(editor) ?? editor;
  return { editor, editorKind, surface: 'post', container, anchor: defaultAnchor(editor, editorKind), generic: true };
}

function findComposers(root: ParentNode): Composer[] {
  return composersUnder(root, EDITOR_CANDIDATES, composerFor);
}

function postingAccount(composer: Composer, document: Document): PostingAccount | null {
  // A box X did not make: who posts from it is not known.
  if (composer.generic) return null;
  const switcher = document.querySelector(ACCOUNT_SWITCHER);
  if (switcher) {
    const lines = textLines(switcher);
    const name = lines.find((line) => !line.startsWith('@'));
    const avatar = switcher.querySelector(SWITCHER_AVATAR)?.getAttribute('data-testid') ?? '';
    const fromAvatar = avatar.startsWith(AVATAR_PREFIX) ? avatar.slice(AVATAR_PREFIX.length) : '';
    const fromText = HANDLE.exec(lines.join('\n'))?.[1] ?? '';
    const handle = /^[A-Za-z0-9_]{1,15}$/.test(fromAvatar) ? fromAvatar : fromText;
    if (handle || name) return { ...(handle ? { handle: `@${handle}` } : {}), ...(name ? { name } : {}) };
  }
  const href = document.querySelector(PROFILE_LINK)?.getAttribute('href') ?? '';
  const fromLink = /^\/?([A-Za-z0-9_]{1,15})\/?$/.exec(href.replace(/^https?:\/\/[^/]+/, ''));
  // X has no "post as a Page" (§1.5): organisations use their own logins, so `organisation` stays unset.
  return fromLink ? { handle: `@${fromLink[1]}` } : null;
}

function postButton(composer: Composer): HTMLElement | null {
  const { container } = composer;
  if (composer.generic) return genericSendButton(composer);
  if (composer.surface === 'message') {
    const send = firstMatch(container, MESSAGE_SEND_BUTTONS);
    return isHTMLElement(send) ? send : null;
  }
  // A modal's button is `tweetButton`; an inline box's is `tweetButtonInline`; the mobile
  // compose page uses `tweetButton` without a modal (§1.3).
  const inModal = closestDeep(composer.editor, MODAL) !== null;
  const order = inModal ? [MODAL_POST_BUTTON] : [INLINE_POST_BUTTON, MODAL_POST_BUTTON];
  const button = firstMatch(container, order);
  return isHTMLElement(button) ? button : null;
}

function fileInputs(composer: Composer): HTMLInputElement[] {
  // The X media input first; other file inputs in the same container (DM attachments) after it.
  const preferred = Array.from(composer.container.querySelectorAll(FILE_INPUT)) as HTMLInputElement[];
  return unique([...preferred, ...fileInputsIn(composer.container)]);
}

function attachedImages(composer: Composer): HTMLImageElement[] {
  // A thread's posts share the modal, but each has its own attachments: look in this post's part first.
  const own = ownScope(composer.editor, ANY_EDITOR, composer.container);
  const selector = `${ATTACHMENT_IMAGES}, ${DM_ATTACHMENT_IMAGES}`;
  return Array.from(own.querySelectorAll(selector)).filter((img): img is HTMLImageElement => img.tagName === 'IMG');
}

function replyTo(composer: Composer): string | undefined {
  if (composer.surface === 'message') return undefined;
  return replyingToHandle(composer.editor, composer.container);
}

export const xAdapter: SiteAdapter = {
  site: 'x',
  matches: (url) => (url.protocol === 'https:' || url.protocol === 'http:') && HOSTS.has(url.hostname),
  editorSelector: `${EDITOR_CANDIDATES}, ${GENERIC_TEXTBOX}`,
  composerFor,
  findComposers,
  // §8.3: Chat sends on Enter [B]; the legacy DM box did too. Post boxes are multi-line: Enter is a new line.
  sendsOnEnter: (composer) => composer.surface === 'message' && !composer.generic,
  postingAccount,
  postButton,
  fileInputs,
  attachedImages,
  replyTo,
};

/** Match patterns for the content script's manifest entry. */
export const X_MATCHES = Array.from(HOSTS, (host) => `https://${host}/*`);
