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
  composersUnder,
  containsDeep,
  defaultAnchor,
  editorKindOf,
  fileInputsIn,
  GENERIC_TEXTBOX,
  genericSendButton,
  isGenericTextbox,
  isHTMLElement,
  ownScope,
  parentDeep,
  sameName,
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
/**
 * §2.1/§8.2: labels of reply boxes, as patterns over the languages FB ships: "Reply to
 * <Name>", "Answer as <Name>", "Reply as <Name>", "Write a reply…" and their French,
 * German, Spanish, Italian, Portuguese and Dutch forms [B].
 */
const REPLY_LABEL = /^(?:reply|answer|write a reply|répondre|répondez|responder|responde|rispondi|antworten|antworte|antwort|reageer|odpowiedz)\b|^als .+ antworten$/i;
/** §2.1/§8.2: comment boxes: any label with the word "comment" in one of those languages ("Write a public comment…", "Comment as <Name>") [B]. */
const COMMENT_LABEL = /\b(?:comment|comments|commentaire|commenter|comentario|comentar|comentário|kommentar|kommentieren|commento|commenta|reactie|reageren|komentarz|bình luận)/i;
/** §2.1/§2.5: "Comment as <Name>", "Answer as <Name>", "Reply as <Name>" name who will post (and localised forms) [B]. */
const ACTOR_IN_LABEL = /^(?:comment|answer|reply|commenter|répondre|comentar|responder|commenta|rispondi|reageer)\s+(?:as|en tant que|como|come|als)\s+(.+?)\s*[.…]*\s*$/i;
const ACTOR_IN_LABEL_DE = /^als\s+(.+?)\s+(?:kommentieren|antworten)\s*[.…]*\s*$/i;
/** §2.1: "Reply to <Name>" names who is replied to, not who replies [B]. */
const REPLY_TO_LABEL = /^(?:reply to|répondre à|responder a|rispondi a|antworten an|antwort an|reageer op)\s+(.+?)\s*[.…]*\s*$/i;
/** §2.1 Messenger: `aria-label="Message"` [C]; the same `[data-lexical-editor]` as comments, hence the label check. */
const MESSAGE_LABEL = /^(?:message|nachricht|mensaje|mensagem|messaggio|bericht|wiadomość)\b/i;
/** §2.1: comment boxes live under the post they comment on; comments are articles too. */
const POST_ARTICLE = '[role="article"]';
/** §2.2 skeleton: the Create post dialog holds `form[method="post"]` [C]; group and Page composers are dialogs too [C]. */
const DIALOG = '[role="dialog"], dialog';
/** §8.2: the comment composer is `form[role="presentation"]` holding `#focused-state-composer-submit` [A]. */
const COMMENT_FORM = 'form[role="presentation"]';
const FOCUSED_SUBMIT = '#focused-state-composer-submit';
/** §2.3: `div[role="button"][aria-label="Post"]` [C]; Pages and professional mode show "Next" first [C]; localised [C]. */
const POST_LABELS = new Set(['post', 'share now', 'publier', 'posten', 'veröffentlichen', 'publicar', 'pubblica', 'plaatsen', 'opublikuj', 'đăng']);
const NEXT_LABELS = new Set(['next', 'suivant', 'weiter', 'siguiente', 'avanti', 'próximo', 'volgende', 'dalej', 'tiếp']);
/** §2.3/§8.2: a comment's submit (`aria-label="Comment"`, "Post comment") and a reply's (`aria-label="Reply"`) [B], localised. */
const COMMENT_SUBMIT_LABELS = new Set([
  'comment', 'post comment', 'reply', 'post reply', 'send',
  'commenter', 'publier le commentaire', 'répondre', 'kommentieren', 'kommentar posten', 'antworten',
  'comentar', 'publicar comentario', 'responder', 'commenta', 'rispondi', 'reageren', 'opublikuj', 'odpowiedz', 'đăng bình luận',
]);
/** §2.1 Messenger's send control ("Press enter to send") [C]. */
const MESSAGE_SEND_LABELS = new Set(['press enter to send', 'send', 'envoyer', 'senden', 'enviar', 'invia', 'verzenden', 'wyślij']);
/** §2.4: the composer's file input accepts exactly this (facebook.py, Selenium scripts) [B/C]. */
const COMPOSER_ACCEPT = 'image/*,image/heif,image/heic,video/*,video/mp4,video/x-m4v,video/x-matroska,.mkv';
/** §2.5: the composer header's audience button, "Edit privacy. Sharing with …" [C]; the author's name is beside it. */
const PRIVACY_BUTTON = '[role="button"][aria-label^="Edit privacy"]';
/** §2.5: the left rail's first entry is the logged-in person (or the Page, after switching) [B]; Mask's pagelet [C]. */
const LEFT_RAIL_LINKS = ['[data-pagelet="LeftRail"] a[href]', '[role="navigation"] a[href]'] as const;
/** Paths that are Facebook sections, not profiles, in the left rail. */
const NOT_PROFILES = new Set(['friends', 'groups', 'marketplace', 'watch', 'reel', 'saved', 'events', 'memories', 'onthisday', 'gaming', 'pages', 'messages', 'notifications', 'bookmarks', 'feeds', 'ads', 'ad_campaign', 'privacy', 'policies', 'help', 'business', 'l.php']);

function labelOf(editor: Element): string {
  return (editor.getAttribute('aria-label') ?? editor.getAttribute('aria-placeholder') ?? '').trim();
}

function ariaLabel(element: Element): string {
  return (element.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The buttons under `scope` whose aria-label is one of `labels`, in document order.
 * Facebook's send controls are icons named by aria-label (§2.3); the words "Reply" and
 * "Comment" as visible text are the links that open a box, not the ones that send it.
 */
function buttonsLabelled(scope: ParentNode, labels: ReadonlySet<string>): HTMLElement[] {
  return Array.from(scope.querySelectorAll('[role="button"], button')).filter((button): button is HTMLElement => isHTMLElement(button) && labels.has(ariaLabel(button)));
}

/** A comment (or reply) form: `form[role=presentation]`, or any form holding the focused composer's submit (§8.2). */
function commentFormOf(editor: Element): Element | null {
  const form = closestDeep(editor, 'form');
  if (!form) return null;
  return form.matches(COMMENT_FORM) || form.querySelector(FOCUSED_SUBMIT) ? form : null;
}

/** A Create post dialog (or a Page's "Post settings" step of one) shows Post or Next, or holds FB's posting form. */
function isComposeDialog(dialog: Element): boolean {
  return buttonsLabelled(dialog, POST_LABELS).length > 0 || buttonsLabelled(dialog, NEXT_LABELS).length > 0 || dialog.querySelector('form[method="post" i]') !== null;
}

/** A box inside a comment (an article inside an article) answers that comment (§2.1). */
function isInsideComment(editor: Element): boolean {
  const article = closestDeep(editor, POST_ARTICLE);
  return !!article && !!parentDeep(article) && closestDeep(parentDeep(article)!, POST_ARTICLE) !== null;
}

function surfaceOf(editor: Element): Surface {
  const label = labelOf(editor);
  if (REPLY_LABEL.test(label)) return 'reply';
  if (COMMENT_LABEL.test(label)) return 'comment';
  if (MESSAGE_LABEL.test(label)) return 'message';
  // Labels are localised and change: where the box sits says the rest (§8.2).
  const form = commentFormOf(editor);
  if (form) {
    const replySubmit = buttonsLabelled(form, new Set(['reply', 'répondre', 'antworten', 'responder', 'rispondi'])).length > 0;
    return replySubmit || isInsideComment(editor) ? 'reply' : 'comment';
  }
  const dialog = closestDeep(editor, DIALOG);
  // A post opened in a dialog shows its comment box there: a comment, not a post (§8.2).
  if (dialog && !isComposeDialog(dialog)) {
    if (closestDeep(editor, POST_ARTICLE) || dialog.querySelector(POST_ARTICLE)) return isInsideComment(editor) ? 'reply' : 'comment';
  }
  if (!dialog && closestDeep(editor, POST_ARTICLE)) return isInsideComment(editor) ? 'reply' : 'comment';
  if (/^\/messages\//.test(editor.ownerDocument.location?.pathname ?? '')) return 'message';
  return 'post';
}

/**
 * The Create post dialog for posts; the comment's own form (or the part of the post
 * that holds only this box) for comments and replies; the chat's form for messages.
 */
function containerOf(editor: Element, surface: Surface): Element {
  const dialog = closestDeep(editor, DIALOG);
  if (surface === 'post') return dialog ?? closestDeep(editor, 'form') ?? ownScope(editor, LEXICAL_EDITOR, closestDeep(editor, 'main, [role="main"]'), 8);
  const form = closestDeep(editor, 'form');
  if (form && (!dialog || containsDeep(dialog, form))) return form;
  return ownScope(editor, LEXICAL_EDITOR, closestDeep(editor, `${POST_ARTICLE}, ${DIALOG}, [role="main"], main`), 6);
}

/** A Lexical root owns its children (it removes foreign nodes, §4), so the host goes after its wrapper. */
function anchorOf(editor: HTMLElement): Element {
  return parentDeep(editor) ?? editor;
}

function composerFor(editor: HTMLElement): Composer | null {
  const lexical = editor.matches(LEXICAL_EDITOR);
  if (!lexical && !isGenericTextbox(editor)) return null;
  // The placeholder beside the editor is `aria-hidden` (§2.2); an editor that is itself hidden is a decoy.
  if (editor.getAttribute('aria-hidden') === 'true') return null;
  const editorKind = lexical ? 'lexical' : editorKindOf(editor);
  const surface = surfaceOf(editor);
  return { editor, editorKind, surface, container: containerOf(editor, surface), anchor: lexical ? anchorOf(editor) : defaultAnchor(editor, editorKind) };
}

function findComposers(root: ParentNode): Composer[] {
  return composersUnder(root, LEXICAL_EDITOR, composerFor);
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
  if (composer.generic) return null;
  const label = labelOf(composer.editor);
  const fromLabel = ACTOR_IN_LABEL.exec(label)?.[1] ?? ACTOR_IN_LABEL_DE.exec(label)?.[1];
  const fromHeader = composer.surface === 'post' ? dialogAuthor(composer.container) : undefined;
  const actor = fromLabel ?? fromHeader;
  const me = loggedInName(document);
  const name = actor ?? me;
  if (!name) return null;
  const account: PostingAccount = { handle: name, name };
  if (actor && me && !sameName(actor, me)) account.organisation = true;
  return account;
}

/**
 * Posts: the dialog's Post, or Next on a Page (held at Next, the last step that still
 * shows the text, §8.2; a "Post settings" step inside the same dialog is held too).
 * Comments and replies: `#focused-state-composer-submit` in the comment's form (the
 * click on the button inside it passes through it), else a Comment or Reply button.
 * Messages: "Press enter to send".
 */
function postButton(composer: Composer): HTMLElement | null {
  const { container, editor } = composer;
  if (composer.generic) return genericSendButton(composer);
  if (composer.surface === 'post') {
    const [button] = [...buttonsLabelled(container, POST_LABELS), ...buttonsLabelled(container, NEXT_LABELS)].filter((b) => !editor.contains(b));
    return button ?? null;
  }
  if (composer.surface === 'message') return buttonsLabelled(container, MESSAGE_SEND_LABELS)[0] ?? null;
  if (container !== editor) {
    const focused = container.querySelector(FOCUSED_SUBMIT);
    if (isHTMLElement(focused)) return focused;
  }
  const buttons = buttonsLabelled(container, COMMENT_SUBMIT_LABELS).filter((b) => !editor.contains(b));
  return buttons[buttons.length - 1] ?? null;
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
  if (composer.surface !== 'reply') return undefined;
  return REPLY_TO_LABEL.exec(labelOf(composer.editor))?.[1];
}

export const facebookAdapter: SiteAdapter = {
  site: 'facebook',
  matches: (url) => (url.protocol === 'https:' || url.protocol === 'http:') && HOSTS.has(url.hostname),
  editorSelector: `${LEXICAL_EDITOR}, ${GENERIC_TEXTBOX}`,
  composerFor,
  findComposers,
  // §8.2: comments and replies go out on a bare Enter [A]; so do Messenger messages (§2.1).
  sendsOnEnter: (composer) => !composer.generic && composer.surface !== 'post',
  postingAccount,
  postButton,
  fileInputs,
  attachedImages,
  replyTo,
};

/** Match patterns for the content script's manifest entry. */
export const FACEBOOK_MATCHES = Array.from(HOSTS, (host) => `https://${host}/*`);
