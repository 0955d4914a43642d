// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readEditorText } from '../../lib/sites/editor-text';
import { facebookAdapter } from '../../lib/sites/facebook';
import type { Composer } from '../../lib/sites/types';
import { loadFixture } from './html/load';

function bySurface(composers: Composer[], surface: Composer['surface']): Composer {
  const found = composers.filter((c) => c.surface === surface);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('Facebook: the home page with the Create post dialog open', () => {
  let composers: Composer[];
  let post: Composer;
  let comment: Composer;
  let reply: Composer;
  let message: Composer;

  beforeEach(() => {
    loadFixture('facebook-home.html', 'https://www.facebook.com/');
    composers = facebookAdapter.findComposers(document);
    post = bySurface(composers, 'post');
    comment = bySurface(composers, 'comment');
    reply = bySurface(composers, 'reply');
    message = bySurface(composers, 'message');
  });

  it('finds the dialog, the comment box, the reply box and the Messenger box, all Lexical', () => {
    expect(composers).toHaveLength(4);
    for (const composer of composers) expect(composer.editorKind).toBe('lexical');
    expect(post.editor.getAttribute('aria-label')).toBe("What's on your mind, Jane?");
  });

  it('does not take the feed trigger, the search field or the placeholder for a composer', () => {
    const editors = composers.map((c) => c.editor);
    const trigger = Array.from(document.querySelectorAll('[role="button"]')).find((b) => b.textContent === "What's on your mind, Jane?");
    expect(trigger).toBeDefined();
    expect(editors).not.toContain(trigger);
    expect(editors).not.toContain(document.querySelector('input[type="search"]'));
    expect(editors.some((e) => e.getAttribute('aria-hidden') === 'true')).toBe(false);
  });

  it('reads each box with its line breaks', () => {
    expect(readEditorText(post.editor).text).toBe('Hello world\n\nSports day is on Friday #SSCA');
    expect(readEditorText(comment.editor).text).toBe('Wonderful singing\nThank you all');
    expect(readEditorText(reply.editor).text).toBe('It was Maya in Year 4');
    expect(readEditorText(message.editor).text).toBe('');
  });

  it('scopes each box to its own container, and anchors outside the editor', () => {
    expect(post.container.getAttribute('role')).toBe('dialog');
    expect(comment.container.tagName).toBe('FORM');
    expect(reply.container.contains(comment.editor)).toBe(false);
    expect(reply.container.contains(reply.editor)).toBe(true);
    for (const composer of composers) {
      expect(composer.editor.contains(composer.anchor)).toBe(false);
      expect(composer.anchor).not.toBe(composer.editor);
      expect(composer.anchor.contains(composer.editor)).toBe(true);
    }
    expect(post.anchor.getAttribute('role')).toBe('presentation');
  });

  it('gives the dialog its Post button, comments their Comment button and the chat its send button', () => {
    expect(facebookAdapter.postButton(post)?.className).toBe('dialog-post');
    expect(facebookAdapter.postButton(comment)?.className).toBe('comment-submit');
    // The comment's "Reply" link opens the box; it sends nothing, so it is not the reply's button.
    expect(facebookAdapter.postButton(reply)).toBeNull();
    expect(facebookAdapter.postButton(message)?.getAttribute('aria-label')).toBe('Press enter to send');
  });

  it('sends comments, replies and messages on Enter, but not posts', () => {
    expect([post, comment, reply, message].map((c) => facebookAdapter.sendsOnEnter(c))).toEqual([false, true, true, true]);
  });

  it('reads who posts: the comment label, the dialog header, and the person for the rest', () => {
    expect(facebookAdapter.postingAccount(comment, document)).toEqual({ handle: 'Jane Doe', name: 'Jane Doe' });
    expect(facebookAdapter.postingAccount(post, document)).toEqual({ handle: 'Jane Doe', name: 'Jane Doe' });
    expect(facebookAdapter.postingAccount(reply, document)).toEqual({ handle: 'Jane Doe', name: 'Jane Doe' });
    expect(facebookAdapter.postingAccount(message, document)).toEqual({ handle: 'Jane Doe', name: 'Jane Doe' });
  });

  it('returns null when the page shows nobody', () => {
    document.querySelector('[data-pagelet="LeftRail"]')!.remove();
    expect(facebookAdapter.postingAccount(message, document)).toBeNull();
  });

  it('finds the dialog’s file input and the composer input kept on the page, but not the comment’s', () => {
    expect(facebookAdapter.fileInputs(post, document).map((i) => i.className)).toEqual(['dialog-input', 'home-hidden-input']);
    expect(facebookAdapter.fileInputs(comment, document).map((i) => i.className)).toEqual(['comment-input']);
  });

  it('finds blob previews, never the feed’s photos', () => {
    expect(facebookAdapter.attachedImages(post).map((i) => i.className)).toEqual(['dialog-preview']);
    expect(facebookAdapter.attachedImages(comment).map((i) => i.className)).toEqual(['comment-preview']);
    expect(facebookAdapter.attachedImages(reply)).toEqual([]);
  });

  it('names the person a reply answers', () => {
    expect(facebookAdapter.replyTo?.(reply)).toBe('Sam Parent');
    expect(facebookAdapter.replyTo?.(comment)).toBeUndefined();
  });
});

describe('Facebook: a group, commenting as a Page', () => {
  beforeEach(() => {
    loadFixture('facebook-group.html', 'https://www.facebook.com/groups/123456');
  });

  it('finds the group composer and the comment box', () => {
    const composers = facebookAdapter.findComposers(document);
    expect(composers.map((c) => [c.surface, c.editor.getAttribute('aria-label')])).toEqual([
      ['comment', 'Comment as St Stephens Community Academy'],
      ['post', 'Create a public post…'],
    ]);
    const [comment, post] = composers as [Composer, Composer];
    expect(facebookAdapter.postButton(post)?.className).toBe('group-post');
    expect(facebookAdapter.postButton(comment)?.className).toBe('group-comment-submit');
    expect(readEditorText(post.editor).text).toBe('');
  });

  it('marks a comment as an organisation when its actor is not the logged-in person', () => {
    const [comment, post] = facebookAdapter.findComposers(document) as [Composer, Composer];
    expect(facebookAdapter.postingAccount(comment, document)).toEqual({
      handle: 'St Stephens Community Academy',
      name: 'St Stephens Community Academy',
      organisation: true,
    });
    expect(facebookAdapter.postingAccount(post, document)).toEqual({ handle: 'Jane Doe', name: 'Jane Doe' });
  });
});

describe('Facebook: the profile switched to a Page', () => {
  it('finds the Next button, reads the Page name, and does not guess the account kind', () => {
    loadFixture('facebook-page-profile.html', 'https://www.facebook.com/ststephensacademy');
    const [post] = facebookAdapter.findComposers(document) as [Composer];
    expect(post.surface).toBe('post');
    expect(facebookAdapter.postButton(post)?.className).toBe('page-next');
    // The page says nothing that tells a Page from a person here (sites.md §2.5): left unset.
    expect(facebookAdapter.postingAccount(post, document)).toEqual({
      handle: 'St Stephens Community Academy',
      name: 'St Stephens Community Academy',
    });
    expect(facebookAdapter.fileInputs(post, document)).toHaveLength(1);
  });
});
