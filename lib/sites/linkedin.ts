/**
 * LinkedIn: the compose boxes of sites.md §3. LinkedIn is mid-migration (2025–2026):
 * the share modal and post-page comments are Quill 1 inside legacy Ember markup whose
 * BEM classes (`share-*`, `comments-comment-box*`, `msg-form*`) are still present
 * inside the composer (§3, 2026-08-08 recon [B]); feed comments are ProseMirror with
 * hashed classes, found by role and aria-label; newer surfaces render inside
 * `#interop-outlet`'s open shadow root (§3.2 [A]), so every query here crosses open
 * shadow roots. Hashed class names are never read.
 */
import type { Surface } from '../types';
import {
  blobImages,
  closestDeep,
  defaultAnchor,
  editorKindOf,
  fileInputsIn,
  firstMatch,
  genericTextboxes,
  isAriaHidden,
  isHTMLElement,
  ownScope,
  parentDeep,
  querySelectorAllDeep,
  querySelectorDeep,
  sameName,
  searchRoots,
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
/** §3.1: messaging, `div.msg-form__contenteditable[contenteditable][role=textbox]` with `<p>` lines [C]. */
const MESSAGE_EDITOR = '.msg-form__contenteditable[contenteditable="true"]';
const EDITOR_CANDIDATES = [QUILL_EDITOR, PROSEMIRROR_EDITOR, FEED_COMMENT_EDITOR, MESSAGE_EDITOR].join(', ');

/** §3.1: the share modal, `[role="dialog"][aria-labelledby="share-to-linkedin-modal__header"]` (legacy BEM inside) [B]. */
const SHARE_DIALOG = '[role="dialog"]';
const SHARE_MARKERS = '[aria-labelledby="share-to-linkedin-modal__header"], .share-box-v2__modal, .share-creation-state';
/** §3.1: legacy comment boxes: `form.comments-comment-box__form` (lhremote) [A/B]. */
const COMMENT_BOX = 'form.comments-comment-box__form, .comments-comment-box, .comments-comment-texteditor';
/** §3.1: messaging form (`msg-form__*` classes) [C]. */
const MESSAGE_FORM = 'form.msg-form, .msg-form';
/** §3.1 articles: body `div.ProseMirror[role=textbox]` named "Article editor content" [C]. */
const ARTICLE_LABEL = /^article editor content/i;
/** Where a box sits inside a feed post (SDUI post-detail: `div[componentkey^="replaceableComment_"]`, §3 [A/B]). */
const POST_CONTAINER = 'article, [role="article"], [data-urn], [componentkey]';

/** §3.3: `button.share-actions__primary-action`, disabled until there is text [B]. */
const SHARE_POST_BUTTONS = ['button.share-actions__primary-action', '.share-actions button.artdeco-button--primary'] as const;
/** §3.1: legacy `button.comments-comment-box__submit-button--cr`; feed `button[type="submit"]` [A/B]. */
const COMMENT_SUBMIT_BUTTONS = ['button.comments-comment-box__submit-button--cr', 'button.comments-comment-box__submit-button', 'button[type="submit"]'] as const;
/** §3.1: `button.msg-form__send-button` [C]. */
const MESSAGE_SEND_BUTTONS = ['button.msg-form__send-button', 'button[type="submit"]'] as const;
/** §3.4: the media picker's input, present only after "Add media" is clicked, possibly in shadow DOM [B]. */
const MEDIA_FILE_INPUT = '#media-editor-file-selector__file-input';
/** §3.5: the share modal's author button; its first line is the author, the second the audience [B]. */
const AUTHOR_BUTTON = '.share-unified-settings-entry-button';
/** §3.5: the logged-in member's name is the nav photo's alt text (Briskine) [A]. */
const MEMBER_PHOTO = 'img.global-nav__me-photo[alt]';
/** §3.5: the comment box's actor switcher, aria-label "…commenting as <Name>" / "Posting as…" [C]. */
const COMMENT_ACTOR_BUTTONS = 'button.comments-comment-box__select-active-actor-button, .comments-comment-box__actor-container button, button.comments-select-actor-button';
const ACTOR_IN_LABEL = /\b(?:commenting|posting|replying) as\s+(.+?)\.?\s*$/i;
/** §3.1/§3.5: a company page's admin view posts as the company (`/company/<id>/admin/…`) [B]. */
const COMPANY_ADMIN_PATH = /^\/company\/[^/]+\/admin(?:\/|$)/;

function surfaceOf(editor: Element): Surface {
  const label = editor.getAttribute('aria-label') ?? '';
  if (editor.matches(MESSAGE_EDITOR) || closestDeep(editor, MESSAGE_FORM)) return 'message';
  if (/\breply\b/i.test(label)) return 'reply';
  if (/\bcomment\b/i.test(label) || closestDeep(editor, COMMENT_BOX)) return 'comment';
  if (ARTICLE_LABEL.test(label)) return 'post';
  if (isShareModal(editor)) return 'post';
  // A Quill or ProseMirror box under a feed post and outside any dialog is a comment box;
  // anywhere else (a dialog, the full-page `/sharing/compose`, §3.1 [C]) it is a post.
  if (!closestDeep(editor, SHARE_DIALOG) && closestDeep(editor, POST_CONTAINER)) return 'comment';
  return 'post';
}

function isShareModal(editor: Element): boolean {
  const dialog = closestDeep(editor, SHARE_DIALOG);
  return !!dialog && (dialog.matches(SHARE_MARKERS) || dialog.querySelector(SHARE_MARKERS) !== null || dialog.querySelector(AUTHOR_BUTTON) !== null);
}

function containerOf(editor: Element, surface: Surface): Element {
  const bounded = (boundary: Element | null) => ownScope(editor, EDITOR_CANDIDATES, boundary, 8);
  switch (surface) {
    case 'post':
      return closestDeep(editor, SHARE_DIALOG) ?? closestDeep(editor, 'form') ?? bounded(closestDeep(editor, 'main'));
    case 'message':
      return closestDeep(editor, MESSAGE_FORM) ?? closestDeep(editor, 'form') ?? bounded(closestDeep(editor, SHARE_DIALOG));
    default:
      return closestDeep(editor, 'form') ?? closestDeep(editor, COMMENT_BOX) ?? bounded(closestDeep(editor, POST_CONTAINER));
  }
}

function anchorOf(editor: Element, kind: EditorKind): Element {
  // Quill: after `.ql-container` (Quill owns it and its clipboard); others: after the editor's wrapper.
  return kind === 'quill' ? defaultAnchor(editor, kind) : parentDeep(editor) ?? editor;
}

function findComposers(root: ParentNode): Composer[] {
  const roots = searchRoots(root);
  const composers: Composer[] = [];
  const known: HTMLElement[] = [];
  for (const editor of unique(querySelectorAllDeep(root, EDITOR_CANDIDATES, roots))) {
    if (!isHTMLElement(editor)) continue;
    if (editor.matches(QUILL_CLIPBOARD) || isAriaHidden(editor)) continue;
    if (known.some((k) => k.contains(editor) || editor.contains(k))) continue;
    const editorKind = editorKindOf(editor);
    const surface = surfaceOf(editor);
    composers.push({ editor, editorKind, surface, container: containerOf(editor, surface), anchor: anchorOf(editor, editorKind) });
    known.push(editor);
  }
  for (const editor of genericTextboxes(roots, known)) {
    const editorKind = editorKindOf(editor);
    const surface = surfaceOf(editor);
    composers.push({ editor, editorKind, surface, container: containerOf(editor, surface), anchor: anchorOf(editor, editorKind) });
  }
  return composers;
}

function memberName(document: Document): string | undefined {
  const photo = querySelectorDeep(document, MEMBER_PHOTO);
  const alt = photo?.getAttribute('alt')?.replace(/^photo of\s+/i, '').trim();
  return alt || undefined;
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

function pathOf(document: Document): string {
  try {
    return new URL(document.URL).pathname;
  } catch {
    return '';
  }
}

/**
 * Who would post. In the share modal the author button's first line names the author,
 * person or company (§3.5); comment boxes may show an actor switcher. A company acts
 * when the address is a company admin page (the identity is fixed by the URL, §3.5) or
 * when the author shown differs from the member in the global nav: LinkedIn lets a
 * member post only as themselves or as a page they administer. When the author is the
 * member, `organisation` is false; when either is unknown, it is left unset.
 */
function postingAccount(composer: Composer, document: Document): PostingAccount | null {
  const member = memberName(document);
  let author: string | undefined;
  if (composer.surface === 'post') {
    const button = composer.container.querySelector(AUTHOR_BUTTON);
    author = button ? textLines(button)[0] : undefined;
  } else if (composer.surface !== 'message') {
    author = commentActor(composer);
  }
  const companyPage = COMPANY_ADMIN_PATH.test(pathOf(document));
  const name = author ?? (companyPage ? undefined : member);
  if (!name && !companyPage) return null;
  const account: PostingAccount = name ? { handle: name, name } : {};
  if (companyPage || (author && member && !sameName(author, member))) account.organisation = true;
  else if (author && member) account.organisation = false;
  return account;
}

function postButton(composer: Composer): HTMLElement | null {
  const selectors = composer.surface === 'post' ? SHARE_POST_BUTTONS : composer.surface === 'message' ? MESSAGE_SEND_BUTTONS : COMMENT_SUBMIT_BUTTONS;
  const button = firstMatch(composer.container, selectors);
  return isHTMLElement(button) ? button : null;
}

function fileInputs(composer: Composer, document: Document): HTMLInputElement[] {
  const own = fileInputsIn(composer.container);
  if (composer.surface !== 'post') return own;
  // The media picker is a sub-dialog outside the share modal, created on "Add media" (§3.4).
  const media = querySelectorAllDeep(document, MEDIA_FILE_INPUT).filter((input): input is HTMLInputElement => input.tagName === 'INPUT');
  return unique([...own, ...media]);
}

function attachedImages(composer: Composer): HTMLImageElement[] {
  // §3.4: previews modelled as blob URLs (unverified); the bytes are better read from the input.
  return blobImages(composer.container);
}

export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  matches: (url) => (url.protocol === 'https:' || url.protocol === 'http:') && HOSTS.has(url.hostname),
  findComposers,
  postingAccount,
  postButton,
  fileInputs,
  attachedImages,
};

/** Match patterns for the content script's manifest entry. */
export const LINKEDIN_MATCHES = Array.from(HOSTS, (host) => `https://${host}/*`);
