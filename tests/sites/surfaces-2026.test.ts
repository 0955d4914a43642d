// @vitest-environment happy-dom
/**
 * The surfaces the sites shipped in 2026 (sites.md §8), on saved HTML with build-hashed
 * class names and, where a label is localised, in another language than the fixtures.
 */
import { describe, expect, it } from 'vitest';
import { readEditorText } from '../../lib/sites/editor-text';
import { facebookAdapter } from '../../lib/sites/facebook';
import { linkedinAdapter } from '../../lib/sites/linkedin';
import type { Composer } from '../../lib/sites/types';
import { xAdapter } from '../../lib/sites/x';
import { loadFixture } from './html/load';

function only(composers: Composer[], surface: Composer['surface']): Composer {
  const found = composers.filter((c) => c.surface === surface);
  expect(found).toHaveLength(1);
  return found[0]!;
}

function expectAnchorOutsideEditor(composer: Composer): void {
  expect(composer.editor.contains(composer.anchor)).toBe(false);
  expect(composer.anchor).not.toBe(composer.editor);
}

describe('LinkedIn: the SDUI share box in a native dialog (§8.1)', () => {
  const load = () => {
    loadFixture('linkedin-sdui-share.html', 'https://www.linkedin.com/feed/');
    return linkedinAdapter.findComposers(document);
  };

  it('is a post, not a comment, beside the feed comment box and the message box', () => {
    const composers = load();
    expect(composers.map((c) => c.surface).sort()).toEqual(['comment', 'message', 'post']);
    const post = only(composers, 'post');
    expect(post.editor.getAttribute('componentkey')).toBe('ShareBox_textEditor');
    expect(post.editorKind).toBe('prosemirror');
    expect(post.container.tagName).toBe('DIALOG');
    expectAnchorOutsideEditor(post);
    expect(readEditorText(post.editor).text).toBe('Our choir sang at the cathedral today.\n\n#SSCA');
  });

  it('finds the Post button by its text, not the author button or the media buttons', () => {
    const post = only(load(), 'post');
    expect(linkedinAdapter.postButton(post)?.classList.contains('sdui-post')).toBe(true);
  });

  it('reads the author from "<name> Post to Anyone", the member’s own box', () => {
    const post = only(load(), 'post');
    expect(linkedinAdapter.postingAccount(post, document)).toEqual({ handle: 'Jane Doe', name: 'Jane Doe', organisation: false });
  });

  it('counts the body-level input the Media button made, and reads the blob preview', () => {
    const composers = load();
    const post = only(composers, 'post');
    expect(linkedinAdapter.fileInputs(post, document).map((i) => i.className)).toEqual(['sdui-media-input']);
    expect(linkedinAdapter.attachedImages(post).map((i) => i.className)).toEqual(['sdui-preview']);
    expect(linkedinAdapter.fileInputs(only(composers, 'comment'), document)).toEqual([]);
  });

  it('finds the member in the sidebar when the top bar has no name', () => {
    const message = only(load(), 'message');
    expect(linkedinAdapter.postingAccount(message, document)).toEqual({ handle: 'Jane Doe', name: 'Jane Doe' });
    expect(linkedinAdapter.sendsOnEnter(message)).toBe(true);
    expect(linkedinAdapter.sendsOnEnter(only(load(), 'post'))).toBe(false);
  });

  it('still finds the box when every class name changes, and in German', () => {
    load();
    for (const element of Array.from(document.querySelectorAll('[class]'))) {
      element.setAttribute('class', Array.from(element.classList, (c) => (/^[a-f0-9_]+$/.test(c) ? `h${c.split('').reverse().join('')}` : c)).join(' '));
    }
    const dialog = document.querySelector('dialog')!;
    dialog.querySelector('.sdui-post')!.textContent = 'Posten';
    dialog.querySelector('button span span:last-child')!.textContent = 'Auf Alle posten';
    const post = only(linkedinAdapter.findComposers(document), 'post');
    expect(linkedinAdapter.postButton(post)?.textContent).toBe('Posten');
    expect(linkedinAdapter.postingAccount(post, document)?.name).toBe('Jane Doe');
  });

  it('takes a French label and "Schedule" as the button that sends', () => {
    load();
    const button = document.querySelector('.sdui-post')!;
    button.textContent = ' Publier ';
    expect(linkedinAdapter.postButton(only(linkedinAdapter.findComposers(document), 'post'))).toBe(button);
    button.textContent = 'Schedule';
    expect(linkedinAdapter.postButton(only(linkedinAdapter.findComposers(document), 'post'))).toBe(button);
  });
});

describe('LinkedIn: /sharing/compose, no dialog (§8.1)', () => {
  it('is a post on the ShareCompose screen, posted by the member from the sidebar, with the German "Posten"', () => {
    loadFixture('linkedin-sharing-compose.html', 'https://www.linkedin.com/sharing/compose/');
    const [post] = linkedinAdapter.findComposers(document) as [Composer];
    expect(post.surface).toBe('post');
    expect(post.container.getAttribute('data-sdui-screen')).toContain('sharing.ShareCompose');
    expect(linkedinAdapter.postButton(post)?.textContent).toBe('Posten');
    expect(linkedinAdapter.postingAccount(post, document)).toEqual({ handle: 'Jane Doe', name: 'Jane Doe', organisation: false });
  });
});

describe('LinkedIn: a company page’s SDUI composer (§8.1)', () => {
  it('posts as the page, named by its author button, beside the messaging overlay', () => {
    loadFixture('linkedin-company-sdui.html', 'https://www.linkedin.com/company/98765432/admin/page-posts/published/');
    const composers = linkedinAdapter.findComposers(document);
    const post = only(composers, 'post');
    const message = only(composers, 'message');
    expect(post.editor.hasAttribute('componentkey')).toBe(false);
    expect(post.container.tagName).toBe('DIALOG');
    expect(linkedinAdapter.postingAccount(post, document)).toEqual({
      handle: 'St Stephens Community Academy',
      name: 'St Stephens Community Academy',
      organisation: true,
    });
    expect(linkedinAdapter.postButton(post)?.classList.contains('company-post')).toBe(true);
    expect(linkedinAdapter.postButton(message)?.classList.contains('msg-form__send-button')).toBe(true);
    // The chat is the member's own, even on the admin view.
    expect(linkedinAdapter.postingAccount(message, document)).toEqual({ handle: 'Jane Doe', name: 'Jane Doe' });
  });
});

describe('Facebook: a post in a dialog, its comment box and a reply (§8.2)', () => {
  it.each([
    ['facebook-post-dialog.html', 'comment-submit-area', 'reply-submit', 'Amira Khan'],
    ['facebook-post-dialog-fr.html', null, 'fr-reply-submit', 'Amira Khan'],
  ])('%s: the comment is a comment, the reply a reply, each with its own submit', (file, commentSubmitClass, replySubmitClass, repliedTo) => {
    loadFixture(file, 'https://www.facebook.com/');
    const composers = facebookAdapter.findComposers(document);
    expect(composers).toHaveLength(2);
    const comment = only(composers, 'comment');
    const reply = only(composers, 'reply');
    const commentSubmit = facebookAdapter.postButton(comment);
    expect(commentSubmit?.id).toBe('focused-state-composer-submit');
    if (commentSubmitClass) expect(commentSubmit?.className).toBe(commentSubmitClass);
    expect(facebookAdapter.postButton(reply)?.className).toBe(replySubmitClass);
    expect(facebookAdapter.replyTo?.(reply)).toBe(repliedTo);
    expect(facebookAdapter.replyTo?.(comment)).toBeUndefined();
    expect(facebookAdapter.sendsOnEnter(comment)).toBe(true);
    expect(facebookAdapter.sendsOnEnter(reply)).toBe(true);
    expect(facebookAdapter.postingAccount(comment, document)).toEqual({ handle: 'Jane Doe', name: 'Jane Doe' });
  });

  it('reads the actor from "Answer as" and localised "Comment as" labels', () => {
    loadFixture('facebook-post-dialog.html', 'https://www.facebook.com/');
    const [reply, comment] = facebookAdapter.findComposers(document) as [Composer, Composer];
    reply.editor.setAttribute('aria-label', 'Answer as St Stephens Community Academy');
    comment.editor.setAttribute('aria-label', 'Commenter en tant que St Stephens Community Academy');
    expect(facebookAdapter.composerFor(reply.editor)?.surface).toBe('reply');
    expect(facebookAdapter.composerFor(comment.editor)?.surface).toBe('comment');
    for (const box of [reply, comment]) {
      expect(facebookAdapter.postingAccount(facebookAdapter.composerFor(box.editor)!, document)).toEqual({
        handle: 'St Stephens Community Academy',
        name: 'St Stephens Community Academy',
        organisation: true,
      });
    }
  });

  it('with an unknown label, a box in a comment form or a post dialog is still a comment', () => {
    loadFixture('facebook-post-dialog.html', 'https://www.facebook.com/');
    const [reply, comment] = facebookAdapter.findComposers(document) as [Composer, Composer];
    reply.editor.setAttribute('aria-label', 'Ответить');
    comment.editor.setAttribute('aria-label', 'Напишите комментарий…');
    expect(facebookAdapter.composerFor(reply.editor)?.surface).toBe('reply');
    expect(facebookAdapter.composerFor(comment.editor)?.surface).toBe('comment');
  });
});

describe('X: a thread of three posts and Chat (§1.1, §8.3)', () => {
  it('gives every post of the thread the one "Post all" button, and Chat its send button', () => {
    loadFixture('x-thread.html', 'https://x.com/compose/post');
    const composers = xAdapter.findComposers(document);
    const posts = composers.filter((c) => c.surface === 'post');
    expect(posts.map((c) => c.editor.getAttribute('data-testid'))).toEqual(['tweetTextarea_0', 'tweetTextarea_1', 'tweetTextarea_2']);
    const buttons = new Set(posts.map((c) => xAdapter.postButton(c)));
    expect(buttons.size).toBe(1);
    expect([...buttons][0]?.textContent).toBe('Post all');
    expect(posts.map((c) => xAdapter.attachedImages(c).length)).toEqual([0, 1, 0]);
    const chat = only(composers, 'message');
    expect(chat.editor.tagName).toBe('TEXTAREA');
    expect(xAdapter.postButton(chat)?.getAttribute('data-testid')).toBe('dm-composer-send-button');
    expect(xAdapter.sendsOnEnter(chat)).toBe(true);
    expect(posts.some((c) => xAdapter.sendsOnEnter(c))).toBe(false);
  });
});
