/**
 * Facebook: the compose boxes of sites.md §2. Every box is a Lexical editor
 * (`[data-lexical-editor]`, §2.2 [A]); what kind of box it is shows only in its
 * aria-label and where it sits. Facebook's atomic class names churn (§2.2, §6), so
 * nothing here reads a class.
 */
import type { Surface } from '../types';
import {
  blobImages,
  closestDeep,
  containsDeep,
  defaultAnchor,
  editorKindOf,
  fileInputsIn,
  firstMatch,
  genericTextboxes,
  isHTMLElement,
  ownScope,
  parentDeep,
  querySelectorAllDeep,
  sameName,
  searchRoots,
  textLines,
  unique,
} from './dom';
import type { Composer, PostingAccount, SiteAdapter } from './types';

/**
 * §2.1: www.facebook.com and the bare domain (which redirects to it), plus `web.` which
 * serves the same desktop app in some regions. Not m.facebook.com / mbasic: their
 * textarea composers are stale in the spec (§2.1, §6) and unsupported here.
 */
const HOSTS = new Set(['www.facebook.com', 'facebook.com', 'web.facebook.com']);

/** §2.2: Lexical marks its root `data-lexical-editor="true"` [A]; FB's boxes are `role=textbox` and editable [C]. */
const LEXICAL_EDITOR = '[data-lexical-editor="true"][contenteditable="true"]';
/** §2.1 comments: "Comment as <Name>" (newer), "Write a comment…", "Write a public comment…" [C]. */
const COMMENT_LABEL = /^(?:comment as\b|write a (?:public )?comment\b)/i;
/** §2.1: "Comment as <Name>" names who will post [C]; "Reply as <Name>" assumed to follow the same pattern. */
const ACTOR_IN_LABEL = /^(?:comment|reply) as\s+(.+?)\s*$/i;
/** §2.1 replies: "Reply to <Name>" names who is replied to, not who replies [C]. */
const REPLY_TO_LABEL = /^reply to\s+(.+?)\s*$/i;
const REPLY_LABEL = /^reply (?:to|as)\b/i;
/** §2.1 Messenger: `aria-label="Message"` [C]; the same `[data-lexical-editor]` as comments, hence the label check. */
const MESSAGE_LABEL = /^message\b/i;
/** §2.1: comment boxes live under the post they comment on. */
const POST_ARTICLE = '[role="article"]';
/** §2.2 skeleton: the Create post dialog holds `form[method="post"]` [C]; group and Page composers are dialogs too [C]. */
const DIALOG = '[role="dialog"]';
/** §2.3: `div[role="button"][aria-label="Post"]`; Pages and professional mode show "Next" first [C]. */
const POST_BUTTONS = ['[role="button"][aria-label="Post"]', 'button[aria-label="Post"]', '[role="button"][aria-label="Next"]'] as const;
/** §2.3: comments submit with Enter, or `div[role="button"][aria-label="Comment"]` [C]. */
const COMMENT_BUTTONS = ['[role="button"][aria-label="Comment"]', '[role="button"][aria-label="Post comment"]'] as const;
/** §2.4: the composer's file input accepts exactly this (facebook.py, Selenium scripts) [B/C]. */
const COMPOSER_ACCEPT = 'image/*,image/heif,image/heic,video/*,video/mp4,video/x-m4v,video/x-matroska,.mkv';
/** §2.5: the composer header's audience button, "Edit privacy. Sharing with …" [C]; the author's name is beside it. */
const PRIVACY_BUTTON = '[role="button"][aria-label^="Edit privacy"]';
/** §2.5: the left rail's first entry is the logged-in person (or the Page, after switching) [B]; Mask's pagelet [C]. */
const LEFT_RAIL_LINKS = ['[data-pagelet="LeftRail"] a[href]', '[role="navigation"] a[href]'] as const;
/** Paths that are Facebook sections, not profiles, in the left rail. */
const NOT_PROFILES = new Set(['friends', 'groups', 'marketplace', 'watch', 'reel', 'saved', 'events', 'memories', 'onthisday', 'gaming', 'pages', 'messages', 'notifications', 'bookmarks', 'feeds', 'ads', 'ad_campaign', 'privacy', 'policies', 'help', 'business', 'l.php']);

function labelOf(editor: Element): string {
  return (editor.getAttribute('aria-label') ?? '').trim();
}

function surfaceOf(editor: Element): Surface {
  const label = labelOf(editor);
  if (REPLY_LABEL.test(label)) return 'reply';
  if (COMMENT_LABEL.test(label)) return 'comment';
  if (MESSAGE_LABEL.test(label)) return 'message';
  // Labels are localised: with an unknown label, a box under a post is a comment, one on a Messenger page a message.
  if (closestDeep(editor, POST_ARTICLE) && !closestDeep(editor, DIALOG)) return 'comment';
  if (/^\/messages\//.test(editor.ownerDocument.location?.pathname ?? '')) return 'message';
  return 'post';
}

/**
 * The Create post dialog for posts; the comment's own form (or the part of the post
 * that holds only this box) for comments and replies; the chat's form for messages.
 */
function containerOf(editor: Element, surface: Surface): Element {
  const dialog = closestDeep(editor, DIALOG);
  if (surface === 'post') return dialog ?? closestDeep(editor, 'form') ?? ownScope(editor, LEXICAL_EDITOR, closestDeep(editor, 'main'), 8);
  const form = closestDeep(editor, 'form');
  if (form && (!dialog || containsDeep(dialog, form))) return form;
  return ownScope(editor, LEXICAL_EDITOR, closestDeep(editor, `${POST_ARTICLE}, ${DIALOG}, [role="main"], main`), 6);
}

/** A Lexical root owns its children (it removes foreign nodes, §4), so the host goes after its wrapper. */
function anchorOf(editor: HTMLElement): Element {
  return parentDeep(editor) ?? editor;
}

function findComposers(root: ParentNode): Composer[] {
  const roots = searchRoots(root);
  const composers: Composer[] = [];
  const known: HTMLElement[] = [];
  for (const editor of unique(querySelectorAllDeep(root, LEXICAL_EDITOR, roots))) {
    if (!isHTMLElement(editor)) continue;
    // The placeholder beside the editor is `aria-hidden` (§2.2); an editor that is itself hidden is a decoy.
    if (editor.getAttribute('aria-hidden') === 'true') continue;
    if (known.some((k) => k.contains(editor))) continue;
    const surface = surfaceOf(editor);
    composers.push({ editor, editorKind: 'lexical', surface, container: containerOf(editor, surface), anchor: anchorOf(editor) });
    known.push(editor);
  }
  for (const editor of genericTextboxes(roots, known)) {
    const editorKind = editorKindOf(editor);
    const surface = surfaceOf(editor);
    composers.push({ editor, editorKind, surface, container: containerOf(editor, surface), anchor: defaultAnchor(editor, editorKind) });
  }
  return composers;
}

/** The author's name beside the audience button in the Create post header (§2.5) [C]. */
function dialogAuthor(container: Element): string | undefined {
  const privacy = container.querySelector(PRIVACY_BUTTON);
  if (!privacy) return undefined;
  let row: Element | null = privacy.parentElement;
  for (let level = 0; row && row !== container && level < 4; level++, row = row.parentElement) {
    const lines: string[] = [];
    for (const child of Array.from(row.children)) {
      if (child === privacy || child.contains(privacy)) continue;
      lines.push(...textLines(child));
    }
    if (lines[0]) return lines[0];
  }
  return undefined;
}

function isProfileHref(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href, 'https://www.facebook.com/');
  } catch {
    return false;
  }
  if (!HOSTS.has(url.hostname)) return false;
  if (url.pathname === '/profile.php') return url.searchParams.has('id');
  const parts = url.pathname.split('/').filter(Boolean);
  return parts.length === 1 && !NOT_PROFILES.has(parts[0]!.toLowerCase()) && /^[A-Za-z0-9.]+$/.test(parts[0]!);
}

/** Who is logged in (or which Page the whole profile is switched to): the left rail's profile link (§2.5) [B]. */
function loggedInName(document: Document): string | undefined {
  for (const selector of LEFT_RAIL_LINKS) {
    for (const link of Array.from(document.querySelectorAll(selector))) {
      const name = textLines(link)[0];
      if (name && isProfileHref(link.getAttribute('href') ?? '')) return name;
    }
  }
  return undefined;
}

/**
 * Who would post. The box's own label says it for comments ("Comment as <Name>", §2.5,
 * "the most direct signal"); the Create post header shows the author; otherwise the
 * logged-in person. `organisation` is set only when the actor shown differs from the
 * logged-in person: Facebook lets you act only as yourself or as a Page you manage, so
 * a different actor is a Page. The "Next → Post" flow is not used as a sign of a Page,
 * because personal profiles in professional mode have it too (§2.3), and calling a
 * personal account an organisation would loosen the checks. After switching the whole
 * profile to a Page, the page describes the Page everywhere (§2.5) and nothing on it
 * says "Page": the user's account setting decides then.
 */
function postingAccount(composer: Composer, document: Document): PostingAccount | null {
  const fromLabel = ACTOR_IN_LABEL.exec(labelOf(composer.editor))?.[1];
  const fromHeader = composer.surface === 'post' ? dialogAuthor(composer.container) : undefined;
  const actor = fromLabel ?? fromHeader;
  const me = loggedInName(document);
  const name = actor ?? me;
  if (!name) return null;
  const account: PostingAccount = { handle: name, name };
  if (actor && me && !sameName(actor, me)) account.organisation = true;
  return account;
}

function postButton(composer: Composer): HTMLElement | null {
  const selectors = composer.surface === 'post' ? POST_BUTTONS : composer.surface === 'message' ? [] : COMMENT_BUTTONS;
  const button = firstMatch(composer.container, selectors);
  return isHTMLElement(button) ? button : null;
}

/**
 * The dialog's own inputs; for a post also the composer input Facebook keeps on the
 * home page before the dialog opens (a 0×0 input, §2.4) [B], recognised by its accept
 * string and by not belonging to a post's comments or another dialog.
 */
function fileInputs(composer: Composer, document: Document): HTMLInputElement[] {
  const own = fileInputsIn(composer.container);
  if (composer.surface !== 'post') return own;
  const page = fileInputsIn(document).filter((input) => {
    if (input.getAttribute('accept') !== COMPOSER_ACCEPT) return false;
    const dialog = closestDeep(input, DIALOG);
    if (dialog && dialog !== composer.container) return false;
    return !closestDeep(input, POST_ARTICLE);
  });
  return unique([...own, ...page]);
}

function attachedImages(composer: Composer): HTMLImageElement[] {
  // §2.4: the dialog previews chosen files as `img[src^="blob:"]` [C]; the post's own photos are not blobs.
  return blobImages(composer.container);
}

function replyTo(composer: Composer): string | undefined {
  // Facebook has no handles: the box names the person replied to (§2.1) [C].
  return REPLY_TO_LABEL.exec(labelOf(composer.editor))?.[1];
}

export const facebookAdapter: SiteAdapter = {
  site: 'facebook',
  matches: (url) => (url.protocol === 'https:' || url.protocol === 'http:') && HOSTS.has(url.hostname),
  findComposers,
  postingAccount,
  postButton,
  fileInputs,
  attachedImages,
  replyTo,
};

/** Match patterns for the content script's manifest entry. */
export const FACEBOOK_MATCHES = Array.from(HOSTS, (host) => `https://${host}/*`);
