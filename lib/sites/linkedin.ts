/**
 * LinkedIn: the compose boxes of sites.md §3. LinkedIn is mid-migration (2025–2026):
 * the share modal and post-page comments are Quill 1 inside legacy Ember markup whose
 * BEM classes (`share-*`, `comments-comment-box*`, `msg-form*`) are still present
 * inside the composer (§3, 2026-08-08 recon [B]); feed comments are ProseMirror with
 * hashed classes, found by role and aria-label; newer surfaces render inside
 * `#interop-outlet`'s open shadow root (§3.2 [A]), so every query here crosses open
 * shadow roots. From August 2026 the share box is rolling out as server-driven UI
 * (§8.1): a native `<dialog>` (or the page `/sharing/compose`) with a TipTap editor
 * keyed `componentkey="ShareBox_textEditor"` and a Post button known only by its text.
 * Hashed class names are never read.
 */
import type { Surface } from '../types';
import {
  blobImages,
  buttonsReading,
  closestDeep,
  composersUnder,
  defaultAnchor,
  editorKindOf,
  fileInputsIn,
  firstMatch,
  GENERIC_TEXTBOX,
  genericSendButton,
  isAriaHidden,
  isGenericTextbox,
  isHTMLElement,
  ownScope,
  parentDeep,
  querySelectorAllDeep,
  querySelectorDeep,
  sameName,
  textLines,
  unique,
} from './dom';
import type { Composer, EditorKind, PostingAccount, SiteAdapter } from './types';

const HOSTS = new Set(['www.linkedin.com', 'linkedin.com']);

/** §3.2: Quill 1's editor, `.ql-editor[contenteditable][role=textbox]`: share box and post-page comments [A]. */
const QUILL_EDITOR = '.ql-editor[contenteditable="true"]';
/** §3.2: Quill's hidden clipboard is also contenteditable; never a box [A]. */
const QUILL_CLIPBOARD = '.ql-clipboard';
/** §3.1/§3.2: feed comments (2026) are ProseMirror/TipTap, named "Text editor for creating comment" (lhremote) [A/B]. */
const PROSEMIRROR_EDITOR = '.ProseMirror[contenteditable="true"]';
const FEED_COMMENT_EDITOR = '[contenteditable="true"][role="textbox"][aria-label="Text editor for creating comment"]';
/** §8.1: the SDUI share box's TipTap editor carries `componentkey="ShareBox_textEditor"`, the one stable hook [A]. */
const SHAREBOX_KEY = '[componentkey="ShareBox_textEditor"]';
const SHAREBOX_EDITOR = `${SHAREBOX_KEY}[contenteditable="true"], ${SHAREBOX_KEY} [contenteditable="true"]`;
/** §3.1: messaging, `div.msg-form__contenteditable[contenteditable][role=textbox]` with `<p>` lines [C]. */
const MESSAGE_EDITOR = '.msg-form__contenteditable[contenteditable="true"]';
const EDITOR_CANDIDATES = [SHAREBOX_EDITOR, QUILL_EDITOR, PROSEMIRROR_EDITOR, FEED_COMMENT_EDITOR, MESSAGE_EDITOR].join(', ');

/** §3.1: the legacy share modal is `[role="dialog"]`; §8.1: the SDUI one a native `<dialog>` without a role [A]. */
const DIALOG = '[role="dialog"], dialog';
const SHARE_MARKERS = '[aria-labelledby="share-to-linkedin-modal__header"], .share-box-v2__modal, .share-creation-state';
/** §8.1: the SDUI screen of the share box, `data-sdui-screen` containing `sharing.ShareCompose` [A]. */
const SHARE_SCREEN = '[data-sdui-screen*="sharing.ShareCompose"]';
/** §3.1: legacy comment boxes: `form.comments-comment-box__form` (lhremote) [A/B]. */
const COMMENT_BOX = 'form.comments-comment-box__form, .comments-comment-box, .comments-comment-texteditor';
/** §3.1: messaging form (`msg-form__*` classes) [C]; the overlay bubble. */
const MESSAGE_FORM = 'form.msg-form, .msg-form';
const MESSAGE_PLACES = `${MESSAGE_FORM}, .msg-overlay-conversation-bubble, [class*="msg-overlay"], [class*="msg-convo"]`;
/** §3.1 articles: body `div.ProseMirror[role=textbox]` named "Article editor content" [C]. */
const ARTICLE_LABEL = /^article editor content/i;
/** Where a box sits inside a feed post (SDUI post-detail: `div[componentkey^="replaceableComment_"]`, §3 [A/B]). */
const POST_CONTAINER = 'article, [role="article"], [data-urn], [componentkey^="replaceableComment_"], [componentkey*="comment" i]';

/** §3.3: `button.share-actions__primary-action`, disabled until there is text [B]. */
const SHARE_POST_BUTTONS = ['button.share-actions__primary-action', '.share-actions button.artdeco-button--primary'] as const;
/**
 * §8.1: the SDUI share box's Post button has no stable attribute: its whole text is
 * "Post" (German "Posten", French "Publier") [A], or, once a time is set, "Schedule"
 * ("Planen") [B]. Other languages LinkedIn ships are listed too.
 */
const SHARE_POST_WORDS = new Set([
  'post', 'publish', 'schedule', 'posten', 'veröffentlichen', 'planen', 'publier', 'programmer',
  'publicar', 'programar', 'pubblica', 'programma', 'plaatsen', 'inplannen', 'opublikuj', 'zaplanuj',
]);
/** §3.1: legacy `button.comments-comment-box__submit-button--cr`; feed `button[type="submit"]` [A/B]. */
const COMMENT_SUBMIT_BUTTONS = ['button.comments-comment-box__submit-button--cr', 'button.comments-comment-box__submit-button', 'button[type="submit"]'] as const;
/** §3.1: `button.msg-form__send-button` [C]. */
const MESSAGE_SEND_BUTTONS = ['button.msg-form__send-button', 'button[type="submit"]'] as const;
/** §3.4: the media picker's input, present only after "Add media" is clicked, possibly in shadow DOM [B]. */
const MEDIA_FILE_INPUT = '#media-editor-file-selector__file-input';
/** §3.5: the share modal's author button; its first line is the author, the second the audience [B]. */
const AUTHOR_BUTTON = '.share-unified-settings-entry-button';
/**
 * §8.1: the SDUI box's author and audience button reads "<name> Post to Anyone" [B]
 * (German "<name> Auf Alle posten", measured 2026-10-09 [B]): the audience words, as
 * they end that button, in the languages LinkedIn ships.
 */
const AUDIENCE_SUFFIX = /\s*(?:post to (?:anyone|connections(?: only)?|group members|.+)|auf (?:alle|kontakte|.+) posten|publier (?:pour|auprès de|sur) .+|publicar (?:para|en) .+|pubblica (?:per|su) .+|plaatsen (?:voor|op) .+|opublikuj (?:dla|w) .+)\s*$/i;
/** §3.5: the logged-in member's name is the nav photo's alt text (Briskine) [A]. */
const MEMBER_PHOTO = 'img.global-nav__me-photo[alt]';
/** §8.1: on SDUI pages the name may be missing from the top bar; the sidebar links to the profile [C]. */
const SIDEBAR_PROFILE = 'aside[aria-label="Sidebar"] a[href^="/in/"], aside[aria-label="Sidebar"] a[href^="https://www.linkedin.com/in/"]';
/** §3.5: the comment box's actor switcher, aria-label "…commenting as <Name>" / "Posting as…" [C]. */
const COMMENT_ACTOR_BUTTONS = 'button.comments-comment-box__select-active-actor-button, .comments-comment-box__actor-container button, button.comments-select-actor-button';
const ACTOR_IN_LABEL = /\b(?:commenting|posting|replying) as\s+(.+?)\.?\s*$/i;
/** §3.1/§3.5/§8.1: a company page's admin view posts as the company (`/company/<id>/admin/…`) [B]. */
const COMPANY_ADMIN_PATH = /^\/company\/[^/]+\/admin(?:\/|$)/;

function pathOf(document: Document): string {
  try {
    return new URL(document.URL).pathname;
  } catch {
    return '';
  }
}

/** §8.1: the 2026 share box: the editor keyed `ShareBox_textEditor`, or any box on the ShareCompose screen. */
function isSduiShareBox(editor: Element): boolean {
  return closestDeep(editor, SHAREBOX_KEY) !== null || closestDeep(editor, SHARE_SCREEN) !== null;
}

/**
 * §8.1: a company page's composer, opened from the page's admin view: a textbox in a
 * dialog, without the member box's key [B]. Any box in a dialog on a company admin
 * page that is not a comment or a message.
 */
function isCompanyComposer(editor: Element): boolean {
  if (!COMPANY_ADMIN_PATH.test(pathOf(editor.ownerDocument))) return false;
  return closestDeep(editor, DIALOG) !== null && !closestDeep(editor, MESSAGE_PLACES) && !closestDeep(editor, COMMENT_BOX);
}

function surfaceOf(editor: Element): Surface {
  const label = editor.getAttribute('aria-label') ?? '';
  if (isSduiShareBox(editor)) return 'post';
  if (editor.matches(MESSAGE_EDITOR) || closestDeep(editor, MESSAGE_PLACES)) return 'message';
  if (/\breply\b/i.test(label)) return 'reply';
  if (/\bcomment\b/i.test(label) || closestDeep(editor, COMMENT_BOX)) return 'comment';
  if (ARTICLE_LABEL.test(label)) return 'post';
  if (isShareModal(editor) || isCompanyComposer(editor)) return 'post';
  // A Quill or ProseMirror box under a feed post and outside any dialog is a comment box;
  // anywhere else (a dialog, the full-page `/sharing/compose`, §8.1) it is a post.
  if (!closestDeep(editor, DIALOG) && closestDeep(editor, POST_CONTAINER)) return 'comment';
  return 'post';
}

function isShareModal(editor: Element): boolean {
  const dialog = closestDeep(editor, DIALOG);
  return !!dialog && (dialog.matches(SHARE_MARKERS) || dialog.querySelector(SHARE_MARKERS) !== null || dialog.querySelector(AUTHOR_BUTTON) !== null);
}

function containerOf(editor: Element, surface: Surface): Element {
  const bounded = (boundary: Element | null) => ownScope(editor, EDITOR_CANDIDATES, boundary, 8);
  switch (surface) {
    case 'post':
      return closestDeep(editor, DIALOG) ?? closestDeep(editor, SHARE_SCREEN) ?? closestDeep(editor, 'form') ?? bounded(closestDeep(editor, 'main'));
    case 'message':
      return closestDeep(editor, MESSAGE_FORM) ?? closestDeep(editor, 'form') ?? bounded(closestDeep(editor, DIALOG));
    default:
      return closestDeep(editor, 'form') ?? closestDeep(editor, COMMENT_BOX) ?? bounded(closestDeep(editor, POST_CONTAINER));
  }
}

function anchorOf(editor: Element, kind: EditorKind): Element {
  // Quill: after `.ql-container` (Quill owns it and its clipboard); others: after the editor's wrapper.
  return kind === 'quill' ? defaultAnchor(editor, kind) : parentDeep(editor) ?? editor;
}

function composerFor(editor: HTMLElement): Composer | null {
  if (editor.matches(QUILL_CLIPBOARD) || isAriaHidden(editor)) return null;
  if (!editor.matches(EDITOR_CANDIDATES) && !isGenericTextbox(editor)) return null;
  const editorKind = editorKindOf(editor);
  const surface = surfaceOf(editor);
  return { editor, editorKind, surface, container: containerOf(editor, surface), anchor: anchorOf(editor, editorKind) };
}

function findComposers(root: ParentNode): Composer[] {
  return composersUnder(root, EDITOR_CANDIDATES, composerFor);
}

function memberName(document: Document): string | undefined {
  const photo = querySelectorDeep(document, MEMBER_PHOTO);
  const alt = photo?.getAttribute('alt')?.replace(/^photo of\s+/i, '').trim();
  if (alt) return alt;
  // §8.1: SDUI pages may leave the top bar without the name; the sidebar links to the member's profile [C].
  const link = querySelectorDeep(document, SIDEBAR_PROFILE);
  const name = link ? textLines(link)[0] : undefined;
  return name || undefined;
}

function commentActor(composer: Composer): string | undefined {
  // The switcher sits beside the comment form, inside the comment box or the post.
  const scope = closestDeep(composer.editor, '.comments-comment-box') ?? closestDeep(composer.editor, POST_CONTAINER) ?? composer.container;
  for (const button of Array.from(scope.querySelectorAll(COMMENT_ACTOR_BUTTONS))) {
    const fromLabel = ACTOR_IN_LABEL.exec(button.getAttribute('aria-label') ?? '')?.[1];
    if (fromLabel) return fromLabel;
    const alt = button.querySelector('img[alt]')?.getAttribute('alt')?.trim();
    if (alt) return alt;
  }
  return undefined;
}

/**
 * §8.1: the SDUI box's author button, "<name> Post to Anyone": the button before the
 * editor whose text ends with the audience words (one line or two). Its name is the
 * text before them.
 */
function sduiAuthor(composer: Composer): string | undefined {
  for (const button of Array.from(composer.container.querySelectorAll('button, [role="button"]'))) {
    if (composer.editor.contains(button)) continue;
    // The author control comes before the editor in the box.
    if (!(button.compareDocumentPosition(composer.editor) & 4)) continue;
    const lines = textLines(button);
    const whole = lines.join(' ');
    if (!AUDIENCE_SUFFIX.test(whole)) continue;
    const name = (lines.length > 1 && AUDIENCE_SUFFIX.test(lines.slice(1).join(' ')) ? lines[0]! : whole.replace(AUDIENCE_SUFFIX, '')).trim();
    if (name) return name;
    const alt = button.querySelector('img[alt]')?.getAttribute('alt')?.trim();
    if (alt) return alt;
  }
  return undefined;
}

/**
 * Who would post. In the share modal the author button's first line names the author,
 * person or company (§3.5); the SDUI box's author button reads "<name> Post to
 * Anyone" (§8.1); comment boxes may show an actor switcher. A company acts when the
 * address is a company admin page (the identity is fixed by the URL, §3.5, §8.1) or
 * when the author shown differs from the member: LinkedIn lets a member post only as
 * themselves or as a page they administer. The member's own SDUI share box posts as
 * the member by construction (§8.1). When the author is the member, `organisation`
 * is false; when either is unknown, it is left unset.
 */
function postingAccount(composer: Composer, document: Document): PostingAccount | null {
  if (composer.generic) return null;
  const member = memberName(document);
  const companyPage = COMPANY_ADMIN_PATH.test(pathOf(document));
  let author: string | undefined;
  if (composer.surface === 'post') {
    const button = composer.container.querySelector(AUTHOR_BUTTON);
    author = button ? textLines(button)[0] : sduiAuthor(composer);
    // The member's own box (§8.1 "ShareBox_textEditor belongs to the member composer").
    if (!author && !companyPage && closestDeep(composer.editor, SHAREBOX_KEY)) author = member;
  } else if (composer.surface !== 'message') {
    author = commentActor(composer);
  }
  // On a company's admin view, posts and comments act as the company; the chat stays the member's.
  const asCompany = companyPage && composer.surface !== 'message';
  const name = author ?? (asCompany ? undefined : member);
  if (!name && !asCompany) return null;
  const account: PostingAccount = name ? { handle: name, name } : {};
  if (asCompany) account.organisation = true;
  else if (author && member && !sameName(author, member)) account.organisation = true;
  else if (author && member) account.organisation = false;
  return account;
}

function postButton(composer: Composer): HTMLElement | null {
  if (composer.generic) return genericSendButton(composer);
  if (composer.surface === 'post') {
    const legacy = firstMatch(composer.container, SHARE_POST_BUTTONS);
    if (isHTMLElement(legacy)) return legacy;
    // §8.1: the SDUI box's Post has only its text; it is the last such button (the footer).
    const byText = buttonsReading(composer.container, SHARE_POST_WORDS, composer.editor);
    return byText[byText.length - 1] ?? null;
  }
  const selectors = composer.surface === 'message' ? MESSAGE_SEND_BUTTONS : COMMENT_SUBMIT_BUTTONS;
  const button = firstMatch(composer.container, selectors);
  return isHTMLElement(button) ? button : null;
}

/**
 * File inputs outside every dialog, form and post: §8.1's Media button appends a 0×0
 * input to `<body>` [B]. Which box it belongs to is settled by the content script (the
 * box the user last worked in).
 */
function orphanFileInputs(document: Document): HTMLInputElement[] {
  return fileInputsIn(document).filter((input) => !closestDeep(input, `${DIALOG}, form, ${POST_CONTAINER}, ${MESSAGE_PLACES}`));
}

function fileInputs(composer: Composer, document: Document): HTMLInputElement[] {
  const own = fileInputsIn(composer.container);
  if (composer.surface !== 'post') return own;
  // The media picker is a sub-dialog outside the share modal, created on "Add media" (§3.4);
  // the SDUI box's Media button appends its input to <body> (§8.1).
  const media = querySelectorAllDeep(document, MEDIA_FILE_INPUT).filter((input): input is HTMLInputElement => input.tagName === 'INPUT');
  return unique([...own, ...media, ...orphanFileInputs(document)]);
}

function attachedImages(composer: Composer): HTMLImageElement[] {
  // §3.4/§8.1: previews are `img[src^="blob:"]` in the dialog [B]; the bytes are better read from the input.
  return blobImages(composer.container);
}

export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  matches: (url) => (url.protocol === 'https:' || url.protocol === 'http:') && HOSTS.has(url.hostname),
  editorSelector: `${EDITOR_CANDIDATES}, ${GENERIC_TEXTBOX}`,
  composerFor,
  findComposers,
  // §3.1: messages go out on Enter ("Press Enter to Send"); share box and comments are multi-line.
  sendsOnEnter: (composer) => !composer.generic && composer.surface === 'message',
  postingAccount,
  postButton,
  fileInputs,
  attachedImages,
};

/** Match patterns for the content script's manifest entry. */
export const LINKEDIN_MATCHES = Array.from(HOSTS, (host) => `https://${host}/*`);
