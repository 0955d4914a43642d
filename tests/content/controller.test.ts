// @vitest-environment happy-dom
/**
 * The content script's controller on saved pages of each site (happy-dom): boxes found
 * where the person writes, unknown boxes still checked, nothing checked for the page's
 * own events, and the send guard on Enter and on a thread's shared button. The end-to-end
 * tests run the same code in Chromium on the fixture pages.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentController } from '../../entrypoints/content/controller';
import { RETRY_FAILED_CHECK_MS, WAKE_AFTER_QUIET_MS } from '../../entrypoints/content/watcher';
import type { CheckResult, Request } from '../../lib/messaging';
import { facebookAdapter, linkedinAdapter, xAdapter } from '../../lib/sites';
import type { SiteAdapter } from '../../lib/sites/types';
import type { Finding } from '../../lib/types';
import { loadFixture } from '../sites/html/load';

const PUPIL = 'Grace Okafor';
const block: Finding = { rule: 'pupil-name', severity: 'block', message: "Pupils' full names can't go on a personal account.", policy: '…' };

/** A stand-in background: a pupil's full name is a blocking finding. */
function fakeBackground(options: { fail?: boolean; failFirst?: number; delayMs?: number } = {}) {
  const checked: string[] = [];
  const send = vi.fn(async (request: Request): Promise<unknown> => {
    if (request.type !== 'check-draft') return null;
    checked.push(request.draft.text);
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    if (options.fail || checked.length <= (options.failFirst ?? 0)) throw new Error('background failed');
    const at = request.draft.text.indexOf(PUPIL);
    const result: CheckResult = {
      findings: at >= 0 ? [{ ...block, start: at, end: at + PUPIL.length }] : [],
      account: 'personal',
      accountSource: 'page',
      disclaimer: 'Views are my own.',
      paused: false,
      mode: 'hold',
    };
    return result;
  });
  return { send, checked };
}

let abort: AbortController | null = null;
afterEach(() => {
  abort?.abort();
  abort = null;
  document.body.replaceChildren();
});

function control(adapter: SiteAdapter, send: (r: Request) => Promise<unknown>, isTrusted: (e: Event) => boolean = () => true) {
  abort = new AbortController();
  const controller = new ContentController({ adapter, window: window as unknown as Window & typeof globalThis, send, isTrusted, signal: abort.signal });
  controller.start();
  return controller;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types into a box the way the browser reports it: a beforeinput, the DOM change, an input. */
function type(box: HTMLElement, text: string): void {
  box.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true }));
  if (box.tagName === 'TEXTAREA') (box as HTMLTextAreaElement).value += text;
  else {
    const p = box.querySelector('p') ?? box;
    p.append(document.createTextNode(text));
  }
  box.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text, bubbles: true, composed: true }));
}

function hostAfter(element: Element): HTMLElement | null {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const next = node.nextElementSibling;
    if (next?.hasAttribute('data-post-check')) return next as HTMLElement;
  }
  return null;
}

const SITES: [string, SiteAdapter, string, string][] = [
  ['x', xAdapter, 'x-home-with-modal.html', 'https://x.com/home'],
  ['facebook', facebookAdapter, 'facebook-home.html', 'https://www.facebook.com/'],
  ['linkedin', linkedinAdapter, 'linkedin-feed.html', 'https://www.linkedin.com/feed/'],
];

describe('a box no adapter knows', () => {
  it.each(SITES)('%s: is checked once the person types in it, and says what Post Check cannot tell', async (_site, adapter, file, url) => {
    loadFixture(file, url);
    const section = document.createElement('section');
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.setAttribute('aria-label', 'Something new');
    section.append(box);
    document.body.append(section);
    const background = fakeBackground();
    const controller = control(adapter, background.send);
    await wait(10);
    // Not one of the site's boxes: nothing happens until the person writes in it.
    expect(hostAfter(box)).toBeNull();
    const before = controller.count().boxes;

    type(box, `Well done ${PUPIL}`);
    await wait(250);
    expect(background.checked).toContain(`Well done ${PUPIL}`);
    const request = background.send.mock.calls.map(([r]) => r).find((r) => r.type === 'check-draft' && r.draft.text.includes(PUPIL));
    expect(request?.type === 'check-draft' && request.draft.handle).toBeUndefined();
    const host = hostAfter(box);
    expect(host).not.toBeNull();
    const status = host!.shadowRoot!.querySelector<HTMLElement>('[data-testid="post-check-status"]')!;
    expect(status.dataset.count).toBe('1');
    expect(status.textContent).toContain("Can't tell the account or how it's sent");
    expect(controller.count()).toEqual({ boxes: before + 1, generic: 1 });
  });

  it.each(SITES)('%s: is not checked when the page fills it and fires input by itself', async (_site, adapter, file, url) => {
    loadFixture(file, url);
    const fake = document.createElement('div');
    fake.setAttribute('contenteditable', 'true');
    fake.setAttribute('role', 'textbox');
    document.body.append(fake);
    const background = fakeBackground();
    control(adapter, background.send, (event) => event.isTrusted);
    await wait(10);
    type(fake, `${PUPIL}, Callum MacLeod, Maya Patel`);
    fake.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    await wait(250);
    expect(background.checked).toEqual([]);
    expect(hostAfter(fake)).toBeNull();
  });
});

describe('the send guard', () => {
  it('holds a Facebook comment sent with Enter, not Shift+Enter, and sends it once on "Post anyway"', async () => {
    loadFixture('facebook-post-dialog.html', 'https://www.facebook.com/');
    const background = fakeBackground();
    control(facebookAdapter, background.send);
    const box = document.querySelector<HTMLElement>('[aria-label="Write a public comment…"]')!;
    const sent: string[] = [];
    // The site's own handler (it would run after Post Check's capture listener).
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey) sent.push(box.textContent ?? '');
    });
    type(box, ` ${PUPIL}`);
    await wait(250);
    const enter = (init: KeyboardEventInit = {}) => box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true, ...init }));
    enter({ shiftKey: true });
    // An Enter that commits an input method's composition is not a send either.
    enter({ isComposing: true });
    expect(sent).toEqual([`Wonderful singing ${PUPIL}`]);
    sent.length = 0;
    expect(hostAfter(box)!.shadowRoot!.querySelector('[data-testid="post-check-confirm"]')).toBeNull();
    enter();
    await wait(50);
    expect(sent).toEqual([]);
    const confirm = hostAfter(box)!.shadowRoot!.querySelector('[data-testid="post-check-confirm"]')!;
    expect(confirm.querySelector('[data-rule="pupil-name"]')).not.toBeNull();
    (confirm.querySelector('[data-action="post-anyway"]') as HTMLElement).click();
    await wait(10);
    expect(sent).toEqual([`Wonderful singing ${PUPIL}`]);
    expect(background.send.mock.calls.some(([r]) => r.type === 'record-override')).toBe(true);
  });

  it('checks text typed while a check runs before anything goes out', async () => {
    loadFixture('facebook-post-dialog.html', 'https://www.facebook.com/');
    const background = fakeBackground({ delayMs: 120 });
    control(facebookAdapter, background.send);
    const box = document.querySelector<HTMLElement>('[aria-label="Write a public comment…"]')!;
    const submit = document.querySelector<HTMLElement>('#focused-state-composer-submit [role="button"]')!;
    let sent = 0;
    submit.addEventListener('click', () => sent++);
    type(box, ' and thanks');
    await wait(130); // the check of "… and thanks" is running
    type(box, ` ${PUPIL}`);
    submit.click();
    await wait(600);
    expect(background.checked.at(-1)).toContain(PUPIL);
    expect(sent).toBe(0);
    expect(hostAfter(box)!.shadowRoot!.querySelector('[data-testid="post-check-confirm"] [data-rule="pupil-name"]')).not.toBeNull();
  });

  it('holds the post when the check fails, saying Post Check could not check it', async () => {
    loadFixture('facebook-post-dialog.html', 'https://www.facebook.com/');
    const background = fakeBackground({ fail: true });
    control(facebookAdapter, background.send);
    const box = document.querySelector<HTMLElement>('[aria-label="Write a public comment…"]')!;
    const submit = document.querySelector<HTMLElement>('#focused-state-composer-submit [role="button"]')!;
    let sent = 0;
    submit.addEventListener('click', () => sent++);
    type(box, ' and thanks');
    await wait(250);
    submit.click();
    await wait(100);
    expect(sent).toBe(0);
    const confirm = hostAfter(box)!.shadowRoot!.querySelector('[data-testid="post-check-confirm"]')!;
    expect(confirm.textContent).toContain("Post Check couldn't check this post");
  });

  it('wakes the background at the first keystroke after a quiet spell, before the check is due', async () => {
    loadFixture('facebook-post-dialog.html', 'https://www.facebook.com/');
    const background = fakeBackground();
    control(facebookAdapter, background.send);
    const box = document.querySelector<HTMLElement>('[aria-label="Write a public comment…"]')!;
    const sent = () => background.send.mock.calls.map(([r]) => r.type);
    type(box, ' a');
    // At once, not after the pause before a check.
    expect(sent()).toEqual(['composer-focus']);
    type(box, 'n');
    // After the pause before a check (polled: a loaded machine runs timers late).
    await vi.waitFor(() => expect(sent()).toEqual(['composer-focus', 'check-draft']), { timeout: 3000, interval: 20 });
    // Straight after a check: no second wake-up.
    type(box, 'd');
    expect(sent().filter((t) => t === 'composer-focus')).toHaveLength(1);
    // After a quiet spell (counted from the check that 'd' brought), the first keystroke wakes it again.
    await vi.waitFor(() => expect(sent().filter((t) => t === 'check-draft')).toHaveLength(2), { timeout: 3000, interval: 20 });
    await wait(WAKE_AFTER_QUIET_MS + 100);
    type(box, '!');
    expect(sent().filter((t) => t === 'composer-focus')).toHaveLength(2);
  });

  it('tries a failed check once more by itself, so a background that was waking up costs the person nothing', async () => {
    loadFixture('facebook-post-dialog.html', 'https://www.facebook.com/');
    const background = fakeBackground({ failFirst: 1 });
    control(facebookAdapter, background.send);
    const box = document.querySelector<HTMLElement>('[aria-label="Write a public comment…"]')!;
    type(box, ` ${PUPIL}`);
    await wait(250);
    const status = () => hostAfter(box)!.shadowRoot!.querySelector('[data-testid="post-check-status"]')!.textContent;
    expect(status()).toContain("Couldn't check this post");
    await wait(RETRY_FAILED_CHECK_MS + 300);
    expect(background.checked).toHaveLength(2);
    expect(status()).not.toContain("Couldn't check this post");
    expect(status()).toContain('1 thing to look at (Must fix)');
  });

  it('tries only once: a background that keeps failing is not asked again until the person types', async () => {
    loadFixture('facebook-post-dialog.html', 'https://www.facebook.com/');
    const background = fakeBackground({ fail: true });
    control(facebookAdapter, background.send);
    const box = document.querySelector<HTMLElement>('[aria-label="Write a public comment…"]')!;
    type(box, ' and thanks');
    await wait(2 * RETRY_FAILED_CHECK_MS + 300);
    expect(background.checked).toHaveLength(2);
    expect(hostAfter(box)!.shadowRoot!.querySelector('[data-testid="post-check-status"]')!.textContent).toContain("Couldn't check this post");
  });

  it('holds "Post all" when the second post of a thread names a pupil, and names that post', async () => {
    loadFixture('x-thread.html', 'https://x.com/compose/post');
    const background = fakeBackground();
    control(xAdapter, background.send);
    await wait(10);
    const button = document.querySelector<HTMLElement>('[data-testid="tweetButton"]')!;
    let sent = 0;
    button.addEventListener('click', () => sent++);
    button.click();
    await wait(300);
    expect(sent).toBe(0);
    const second = document.querySelector('[data-testid="tweetTextarea_1"]')!;
    const confirm = hostAfter(second)!.shadowRoot!.querySelector('[data-testid="post-check-confirm"]')!;
    expect(confirm.querySelector('[data-post="Post 2 of 3"] [data-rule="pupil-name"]')).not.toBeNull();
    expect(confirm.textContent).not.toContain('Post 1 of 3');
  });

  it('holds Enter on a focused role=button Post, which the site handles in keydown with no click', async () => {
    loadFixture('facebook-home.html', 'https://www.facebook.com/');
    const background = fakeBackground();
    control(facebookAdapter, background.send);
    const box = document.querySelector<HTMLElement>('[role="dialog"] [data-lexical-editor="true"]')!;
    const post = document.querySelector<HTMLElement>('.dialog-post')!;
    let sent = 0;
    post.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') sent++;
    });
    type(box, ` ${PUPIL}`);
    await wait(250);
    post.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true }));
    await wait(50);
    expect(sent).toBe(0);
    const confirm = hostAfter(box)!.shadowRoot!.querySelector('[data-testid="post-check-confirm"]')!;
    (confirm.querySelector('[data-action="post-anyway"]') as HTMLElement).click();
    await wait(10);
    expect(sent).toBe(1);
  });

  it('stops a send the page fires by itself before the box was checked, and checks nothing', async () => {
    loadFixture('facebook-post-dialog.html', 'https://www.facebook.com/');
    const background = fakeBackground();
    control(facebookAdapter, background.send, (event) => event.isTrusted);
    await wait(10);
    const submit = document.querySelector<HTMLElement>('#focused-state-composer-submit [role="button"]')!;
    let sent = 0;
    submit.addEventListener('click', () => sent++);
    submit.click();
    await wait(100);
    expect(sent).toBe(0);
    expect(background.checked).toEqual([]);
  });
});
