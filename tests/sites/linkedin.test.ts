// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { closestDeep, containsDeep, deepActiveElement, querySelectorAllDeep } from '../../lib/sites/dom';
import { readEditorText } from '../../lib/sites/editor-text';
import { linkedinAdapter } from '../../lib/sites/linkedin';
import type { Composer } from '../../lib/sites/types';
import { fixtureNodes, loadFixture } from './html/load';

function bySurface(composers: Composer[], surface: Composer['surface']): Composer {
  const found = composers.filter((c) => c.surface === surface);
  expect(found).toHaveLength(1);
  return found[0]!;
}

function expectAnchorOutsideEditor(composer: Composer): void {
  expect(composer.editor.contains(composer.anchor)).toBe(false);
  expect(composer.anchor).not.toBe(composer.editor);
  expect(containsDeep(composer.anchor, composer.editor)).toBe(true);
}

describe('LinkedIn: the feed with the share modal open', () => {
  let composers: Composer[];
  let post: Composer;
  let comment: Composer;
  let message: Composer;

  beforeEach(() => {
    loadFixture('linkedin-feed.html', 'https://www.linkedin.com/feed/');
    composers = linkedinAdapter.findComposers(document);
    post = bySurface(composers, 'post');
    comment = bySurface(composers, 'comment');
    message = bySurface(composers, 'message');
  });

  it('finds the share box, the feed comment and the message box, each with its editor kind', () => {
    expect(composers).toHaveLength(3);
    expect(post.editorKind).toBe('quill');
    expect(comment.editorKind).toBe('prosemirror');
    expect(message.editorKind).toBe('plain');
  });

  it('never reports Quill’s clipboard, an aria-hidden copy, the search field or the post trigger', () => {
    const editors = composers.map((c) => c.editor);
    for (const editor of editors) {
      expect(editor.classList.contains('ql-clipboard')).toBe(false);
      expect(editor.closest('[aria-hidden="true"]')).toBeNull();
    }
    expect(editors).not.toContain(document.querySelector('.search-global-typeahead__input'));
    expect(editors.some((e) => e.textContent === 'Start a post')).toBe(false);
  });

  it('reads the text with line breaks', () => {
    expect(readEditorText(post.editor).text).toBe('Our choir sang at the cathedral today.\n\n#SSCA');
    expect(readEditorText(comment.editor).text).toBe('Congratulations\nto the whole team');
    expect(readEditorText(message.editor).text).toBe('Hi Sam,\nsee you at parents’ evening');
  });

  it('scopes containers and anchors outside the editors', () => {
    expect(post.container.getAttribute('role')).toBe('dialog');
    expect(comment.container.tagName).toBe('FORM');
    expect(message.container.classList.contains('msg-form')).toBe(true);
    for (const composer of composers) expectAnchorOutsideEditor(composer);
    expect(post.anchor.classList.contains('ql-container')).toBe(true);
  });

  it('gives each box its own button', () => {
    expect(linkedinAdapter.postButton(post)?.classList.contains('share-actions__primary-action')).toBe(true);
    expect(linkedinAdapter.postButton(comment)?.classList.contains('feed-comment-submit')).toBe(true);
    expect(linkedinAdapter.postButton(message)?.classList.contains('msg-form__send-button')).toBe(true);
  });

  it('reads the author from the share modal and the member from the nav', () => {
    expect(linkedinAdapter.postingAccount(post, document)).toEqual({ handle: 'Jane Doe', name: 'Jane Doe', organisation: false });
    expect(linkedinAdapter.postingAccount(comment, document)).toEqual({ handle: 'Jane Doe', name: 'Jane Doe' });
    expect(linkedinAdapter.postingAccount(message, document)).toEqual({ handle: 'Jane Doe', name: 'Jane Doe' });
  });

  it('returns null when neither the modal nor the nav names anyone', () => {
    document.querySelector('.global-nav__me-photo')!.remove();
    expect(linkedinAdapter.postingAccount(message, document)).toBeNull();
  });

  it('finds blob previews in the share modal only', () => {
    expect(linkedinAdapter.attachedImages(post).map((i) => i.className)).toEqual(['share-preview']);
    expect(linkedinAdapter.attachedImages(comment)).toEqual([]);
  });

  it('finds the media picker’s file input once "Add media" has created it', () => {
    expect(linkedinAdapter.fileInputs(post, document)).toEqual([]);
    expect(linkedinAdapter.fileInputs(comment, document).map((i) => i.className)).toEqual(['feed-comment-input']);
    expect(linkedinAdapter.fileInputs(message, document).map((i) => i.className)).toEqual(['msg-form__attachment-input']);

    // The picker is a separate sub-dialog (sites.md §3.4).
    const picker = document.createElement('div');
    picker.setAttribute('role', 'dialog');
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'media-editor-file-selector__file-input';
    picker.append(input);
    document.getElementById('artdeco-modal-outlet')!.append(picker);
    expect(linkedinAdapter.fileInputs(post, document)).toEqual([input]);
    expect(linkedinAdapter.fileInputs(comment, document)).not.toContain(input);
  });

  it('has no reply detection', () => {
    expect(linkedinAdapter.replyTo).toBeUndefined();
  });
});

describe('LinkedIn: a legacy post page, commenting as a company', () => {
  it('finds the Quill comment box and reads the actor switcher', () => {
    loadFixture('linkedin-post-page.html', 'https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000002/');
    const composers = linkedinAdapter.findComposers(document);
    expect(composers.map((c) => [c.surface, c.editorKind])).toEqual([['comment', 'quill']]);
    const [comment] = composers as [Composer];
    expect(comment.container.classList.contains('comments-comment-box__form')).toBe(true);
    expect(comment.anchor.classList.contains('ql-container')).toBe(true);
    expect(linkedinAdapter.postButton(comment)?.classList.contains('comments-comment-box__submit-button--cr')).toBe(true);
    expect(readEditorText(comment.editor).text).toBe('Brilliant effort\nfrom everyone');
    expect(linkedinAdapter.postingAccount(comment, document)).toEqual({
      handle: 'St Stephens Community Academy',
      name: 'St Stephens Community Academy',
      organisation: true,
    });
  });
});

describe('LinkedIn: a company page’s share box', () => {
  it('posts as the company, by the address and by the author line', () => {
    loadFixture('linkedin-company.html', 'https://www.linkedin.com/company/12345/admin/page-posts/published/?share=true');
    const [post] = linkedinAdapter.findComposers(document) as [Composer];
    expect(post.surface).toBe('post');
    expect(readEditorText(post.editor).text).toBe('');
    expect(linkedinAdapter.postingAccount(post, document)).toEqual({
      handle: 'St Stephens Community Academy',
      name: 'St Stephens Community Academy',
      organisation: true,
    });
  });

  it('trusts the address alone when the modal names nobody', () => {
    loadFixture('linkedin-company.html', 'https://www.linkedin.com/company/12345/admin/dashboard/');
    document.querySelector('.share-unified-settings-entry-button')!.remove();
    document.querySelector('.global-nav__me-photo')!.remove();
    const [post] = linkedinAdapter.findComposers(document) as [Composer];
    expect(linkedinAdapter.postingAccount(post, document)).toEqual({ organisation: true });
  });
});

describe('LinkedIn: editors inside #interop-outlet’s open shadow root', () => {
  let shadow: ShadowRoot;

  beforeEach(() => {
    loadFixture('linkedin-post-page.html', 'https://www.linkedin.com/feed/');
    document.querySelector('main')!.remove();
    const outlet = document.createElement('div');
    outlet.id = 'interop-outlet';
    document.body.append(outlet);
    shadow = outlet.attachShadow({ mode: 'open' });
    shadow.append(...fixtureNodes('linkedin-interop.html'));
  });

  it('finds the share box and the message box in the shadow tree, not the clipboard', () => {
    const composers = linkedinAdapter.findComposers(document);
    expect(composers.map((c) => [c.surface, c.editorKind])).toEqual([
      ['post', 'quill'],
      ['message', 'plain'],
    ]);
    for (const composer of composers) {
      expect(composer.editor.getRootNode()).toBe(shadow);
      expectAnchorOutsideEditor(composer);
    }
    const [post, message] = composers as [Composer, Composer];
    expect(readEditorText(post.editor).text).toBe('From the shadows\nsecond line');
    expect(readEditorText(message.editor).text).toBe('Hello from the bubble');
    expect(linkedinAdapter.postButton(post)?.classList.contains('share-actions__primary-action')).toBe(true);
    expect(linkedinAdapter.postButton(message)?.classList.contains('msg-form__send-button')).toBe(true);
    expect(linkedinAdapter.fileInputs(post, document).map((i) => i.id)).toEqual(['media-editor-file-selector__file-input']);
    expect(linkedinAdapter.postingAccount(post, document)).toEqual({ handle: 'Jane Doe', name: 'Jane Doe', organisation: false });
  });

  it('looks into nested shadow roots, and walks focus and ancestry across them', () => {
    const inner = document.createElement('msg-bubble');
    shadow.append(inner);
    const innerShadow = inner.attachShadow({ mode: 'open' });
    innerShadow.append(...fixtureNodes('linkedin-interop.html').filter((n) => n.nodeType === 1 && (n as Element).classList.contains('msg-overlay-conversation-bubble')));
    const composers = linkedinAdapter.findComposers(document);
    expect(composers.map((c) => c.surface)).toEqual(['post', 'message', 'message']);
    const nested = composers[2]!;
    expect(nested.editor.getRootNode()).toBe(innerShadow);
    expect(closestDeep(nested.editor, '#interop-outlet')).toBe(document.getElementById('interop-outlet'));
    expect(querySelectorAllDeep(document, '.ql-clipboard')).toHaveLength(1);

    nested.editor.tabIndex = 0;
    nested.editor.focus();
    expect(document.activeElement).toBe(document.getElementById('interop-outlet'));
    expect(deepActiveElement(document)).toBe(nested.editor);
  });
});
