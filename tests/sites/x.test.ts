// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readEditorText } from '../../lib/sites/editor-text';
import type { Composer } from '../../lib/sites/types';
import { xAdapter } from '../../lib/sites/x';
import { loadFixture } from './html/load';

function byTestId(composers: Composer[], testid: string): Composer[] {
  return composers.filter((c) => c.editor.getAttribute('data-testid') === testid);
}

function expectAnchorOutsideEditor(composer: Composer): void {
  expect(composer.editor.contains(composer.anchor)).toBe(false);
  expect(composer.anchor).not.toBe(composer.editor);
  expect(composer.anchor.isConnected).toBe(true);
}

describe('X: the compose modal open over /home', () => {
  let composers: Composer[];
  let inline: Composer;
  let modalFirst: Composer;
  let modalSecond: Composer;

  beforeEach(() => {
    loadFixture('x-home-with-modal.html', 'https://x.com/compose/post');
    composers = xAdapter.findComposers(document);
    [inline, modalFirst] = byTestId(composers, 'tweetTextarea_0') as [Composer, Composer];
    [modalSecond] = byTestId(composers, 'tweetTextarea_1') as [Composer];
  });

  it('finds the home composer and both posts of the thread in the modal, and nothing else', () => {
    expect(composers).toHaveLength(3);
    expect(composers.map((c) => [c.editor.getAttribute('data-testid'), c.surface, c.editorKind])).toEqual([
      ['tweetTextarea_0', 'post', 'draft'],
      ['tweetTextarea_0', 'post', 'draft'],
      ['tweetTextarea_1', 'post', 'draft'],
    ]);
    // The two tweetTextarea_0 are different boxes, each keyed by its own element.
    expect(inline.editor).not.toBe(modalFirst.editor);
    expect(inline.editor.closest('#layers')).toBeNull();
    expect(modalFirst.editor.closest('#layers')).not.toBeNull();
  });

  it('never takes the search field for a composer', () => {
    for (const composer of composers) expect(composer.editor.closest('[role="search"]')).toBeNull();
  });

  it('gives each composer its own post button', () => {
    expect(xAdapter.postButton(inline)?.className).toBe('home-post-button');
    expect(xAdapter.postButton(inline)?.getAttribute('data-testid')).toBe('tweetButtonInline');
    // One "Post all" for the whole thread (sites.md §1.1).
    expect(xAdapter.postButton(modalFirst)?.className).toBe('modal-post-button');
    expect(xAdapter.postButton(modalSecond)).toBe(xAdapter.postButton(modalFirst));
  });

  it('scopes containers: the modal for the thread, the column cell for the home box', () => {
    expect(modalFirst.container.getAttribute('role')).toBe('dialog');
    expect(modalSecond.container).toBe(modalFirst.container);
    expect(inline.container.contains(inline.editor)).toBe(true);
    expect(inline.container.closest('#layers')).toBeNull();
    expect(inline.container.querySelector('article')).toBeNull();
  });

  it('anchors the UI after the label wrapper, outside the editor', () => {
    for (const composer of composers) expectAnchorOutsideEditor(composer);
    expect(inline.anchor.getAttribute('data-testid')).toBe('tweetTextarea_0_label');
    expect(modalSecond.anchor.getAttribute('data-testid')).toBe('tweetTextarea_1_label');
  });

  it('reads the text with its line breaks, without the placeholder', () => {
    expect(readEditorText(modalFirst.editor).text).toBe('Great match today #TeamStStephens\n\nWell done everyone');
    expect(readEditorText(inline.editor).text).toBe('Half-finished thought from the timeline');
    expect(readEditorText(modalSecond.editor).text).toBe('');
  });

  it('reads the account from the side-nav switcher', () => {
    expect(xAdapter.postingAccount(inline, document)).toEqual({ handle: '@jane_teacher', name: 'Jane Teacher' });
  });

  it('finds each composer’s own file input', () => {
    expect(xAdapter.fileInputs(inline, document).map((i) => i.className)).toEqual(['home-file-input']);
    expect(xAdapter.fileInputs(modalFirst, document).map((i) => i.className)).toEqual(['modal-file-input']);
  });

  it('finds attached images per post of the thread, not the timeline’s photos', () => {
    expect(xAdapter.attachedImages(modalFirst).map((i) => i.getAttribute('src'))).toEqual(['blob:https://x.com/6f1c2a8e-0000-4000-8000-000000000001']);
    expect(xAdapter.attachedImages(modalSecond)).toEqual([]);
    expect(xAdapter.attachedImages(inline)).toEqual([]);
  });

  it('is not a reply', () => {
    expect(xAdapter.replyTo?.(inline)).toBeUndefined();
    expect(xAdapter.replyTo?.(modalFirst)).toBeUndefined();
  });

  it('is still not a reply when it quotes a post that was one', () => {
    const card = new DOMParser().parseFromString(
      '<div role="link" tabindex="0"><div data-testid="User-Name"><span>Sam</span><span>@sam_y9</span></div><div dir="ltr"><span>Replying to </span><span>@headteacher</span></div><div data-testid="tweetText">me!!</div></div>',
      'text/html',
    ).body.firstElementChild!;
    modalFirst.editor.closest('.thread-item')!.append(document.importNode(card, true));
    const quoting = byTestId(xAdapter.findComposers(document), 'tweetTextarea_0')[1]!;
    expect(quoting.surface).toBe('post');
    expect(xAdapter.replyTo?.(quoting)).toBeUndefined();
  });
});

describe('X: replies on a status page', () => {
  beforeEach(() => {
    loadFixture('x-status-reply.html', 'https://x.com/headteacher/status/1811');
  });

  it('finds the inline reply and the reply modal, with whom each replies to', () => {
    const composers = xAdapter.findComposers(document);
    expect(composers.map((c) => c.surface)).toEqual(['reply', 'reply']);
    const [inline, modal] = composers as [Composer, Composer];
    expect(xAdapter.replyTo?.(inline)).toBe('@headteacher');
    expect(xAdapter.replyTo?.(modal)).toBe('@sam_y9');
    expect(xAdapter.postButton(inline)?.className).toBe('inline-reply-button');
    expect(xAdapter.postButton(modal)?.className).toBe('modal-reply-button');
    expect(readEditorText(inline.editor).text).toBe('We will be there!');
    expect(readEditorText(modal.editor).text).toBe('');
  });

  it('reads the school account’s handle from the avatar testid', () => {
    const [inline] = xAdapter.findComposers(document) as [Composer];
    expect(xAdapter.postingAccount(inline, document)).toEqual({ handle: '@StStephensCA', name: 'St Stephens Academy' });
  });

  it('knows a reply from the placeholder or the status address even without "Replying to"', () => {
    for (const words of Array.from(document.querySelectorAll('span')).filter((s) => s.textContent === 'Replying to ')) words.remove();
    const composers = xAdapter.findComposers(document);
    // Inline: the status page; modal: the "Post your reply" placeholder.
    expect(composers.map((c) => c.surface)).toEqual(['reply', 'reply']);
    expect(composers.map((c) => xAdapter.replyTo?.(c))).toEqual([undefined, undefined]);
  });
});

describe('X: the narrow layout and messages', () => {
  let composers: Composer[];

  beforeEach(() => {
    loadFixture('x-mobile-and-messages.html', 'https://x.com/compose/post');
    composers = xAdapter.findComposers(document);
  });

  it('finds the mobile textarea, the legacy DM box and the Chat box', () => {
    expect(composers.map((c) => [c.surface, c.editorKind])).toEqual([
      ['post', 'textarea'],
      ['message', 'draft'],
      ['message', 'textarea'],
    ]);
    for (const composer of composers) expectAnchorOutsideEditor(composer);
  });

  it('reads textareas and the DM box', () => {
    expect(composers.map((c) => readEditorText(c.editor).text)).toEqual(['Morning all\nTrip letters go home today', 'See you at 4', 'Thanks!']);
  });

  it('pairs each box with its own send or post button', () => {
    const [mobile, dm, chat] = composers as [Composer, Composer, Composer];
    expect(xAdapter.postButton(mobile)?.className).toBe('mobile-post-button');
    expect(xAdapter.postButton(dm)?.className).toBe('dm-send');
    expect(xAdapter.postButton(chat)?.className).toBe('chat-send');
  });

  it('finds DM attachments and file inputs, and the handle from the profile link', () => {
    const [mobile, dm, chat] = composers as [Composer, Composer, Composer];
    expect(xAdapter.attachedImages(dm)).toHaveLength(1);
    expect(xAdapter.fileInputs(dm, document)).toHaveLength(1);
    expect(xAdapter.fileInputs(mobile, document)).toHaveLength(1);
    expect(xAdapter.fileInputs(chat, document)).toEqual([]);
    expect(xAdapter.postingAccount(mobile, document)).toEqual({ handle: '@jane_teacher' });
    expect(xAdapter.replyTo?.(dm)).toBeUndefined();
  });

  it('returns null when the page shows no account', () => {
    document.querySelector('[data-testid="AppTabBar_Profile_Link"]')!.remove();
    expect(xAdapter.postingAccount(composers[0]!, document)).toBeNull();
  });
});
