/**
 * What every site adapter tells the content script about a compose box. Adapters hold
 * all site-specific DOM knowledge (spec/sites.md); they take their root as a
 * parameter so they can be tested on saved HTML, and never write to the page.
 */
import type { Site, Surface } from '../types';

/** The editor library behind a box, which decides how text is inserted. */
export type EditorKind = 'draft' | 'lexical' | 'quill' | 'prosemirror' | 'plain' | 'textarea';

export interface Composer {
  /** The element the user types into (contenteditable or textarea). */
  editor: HTMLElement;
  editorKind: EditorKind;
  surface: Surface;
  /** The composer's container (dialog, form, comment box): scope for buttons and attachments. */
  container: Element;
  /** The UI host is inserted after this element, never inside the editor. */
  anchor: Element;
  /**
   * No adapter knows this box: it is checked because the user typed in it, as a post,
   * without knowing which account posts from it or how it is sent.
   */
  generic?: boolean;
}

/** The account that would post, as far as the page shows it. */
export interface PostingAccount {
  /** `@handle` on X; the display name on Facebook and LinkedIn. */
  handle?: string;
  name?: string;
  /** The page itself says this is an organisation acting (a Facebook Page, a LinkedIn company page). */
  organisation?: boolean;
}

export interface SiteAdapter {
  readonly site: Site;
  /** Does this adapter handle this address? */
  matches(url: URL): boolean;
  /**
   * Matches every element that may be an editor this adapter knows (a cheap first test
   * for what the page adds; `composerFor` decides).
   */
  readonly editorSelector: string;
  /** The compose box whose editor is `editor` (an editing host or a textarea), or null when it is none of this site's boxes. */
  composerFor(editor: HTMLElement): Composer | null;
  /** Every compose box under `root`, including inside open shadow roots. Decoys (Quill's clipboard, placeholders) excluded. */
  findComposers(root: ParentNode): Composer[];
  /** Does this box send on a bare Enter (comments, replies, chats), so that Enter must be held like a click? */
  sendsOnEnter(composer: Composer): boolean;
  /** Who would post from this box. */
  postingAccount(composer: Composer, document: Document): PostingAccount | null;
  /** The button that sends this box's post, if the page shows one. */
  postButton(composer: Composer): HTMLElement | null;
  /** File inputs that attach images to this box (some appear only after a click). */
  fileInputs(composer: Composer, document: Document): HTMLInputElement[];
  /** Images already attached to this box (previews). */
  attachedImages(composer: Composer): HTMLImageElement[];
  /** The handle this box replies to, when it is a reply and the page shows it. */
  replyTo?(composer: Composer): string | undefined;
}
