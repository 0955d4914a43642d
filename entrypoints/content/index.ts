/**
 * One content script for the three sites: picks the site's adapter, watches for
 * compose boxes as they come and go, and holds a post that still has blocking
 * findings. Everything it decides comes from the background; the pupil list never
 * reaches this page.
 */
import { browser } from 'wxt/browser';
import { adapterFor, CONTENT_MATCHES } from '../../lib/sites';
import type { SiteAdapter } from '../../lib/sites/types';
import { ComposerWatcher } from './watcher';

export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterFor(new URL(location.href));
    if (!adapter) return;
    const watchers = new Map<HTMLElement, ComposerWatcher>();

    const scan = () => {
      const found = adapter.findComposers(document);
      const editors = new Set(found.map((c) => c.editor));
      for (const [editor, watcher] of watchers) {
        if (!editors.has(editor) || !watcher.isConnected) {
          watcher.destroy();
          watchers.delete(editor);
        }
      }
      for (const composer of found) {
        const existing = watchers.get(composer.editor);
        if (existing) existing.placeHost();
        else watchers.set(composer.editor, new ComposerWatcher(composer, adapter));
      }
    };

    // Editors change the DOM on every keystroke; a page-wide scan at most every 200 ms
    // keeps that work off the typing path while new boxes still appear at once to a person.
    let queued = false;
    const observer = new MutationObserver(() => {
      if (queued) return;
      queued = true;
      ctx.setTimeout(() => {
        queued = false;
        scan();
      }, 200);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    // Changes inside shadow roots (LinkedIn's #interop-outlet) are invisible to the observer.
    ctx.setInterval(scan, 1000);
    scan();

    // The background says when settings, the pupil list or a choice changed: check again now.
    const onMessage = (message: unknown) => {
      if ((message as { type?: unknown } | null)?.type === 'recheck') for (const watcher of watchers.values()) watcher.schedule(0);
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    guardPosting(adapter, watchers, ctx.signal);
    countAttachments(adapter, watchers, ctx.signal);
    ctx.onInvalidated(() => {
      observer.disconnect();
      for (const watcher of watchers.values()) watcher.destroy();
      watchers.clear();
    });
  },
});

function watcherFor(watchers: Map<HTMLElement, ComposerWatcher>, path: EventTarget[], pick: (w: ComposerWatcher) => Element | null) {
  for (const watcher of watchers.values()) {
    const element = pick(watcher);
    if (element && path.includes(element)) return { watcher, element };
  }
  return null;
}

/**
 * Clicking Post, or Ctrl/Cmd+Enter, with blocking findings opens the confirmation
 * instead; "Post anyway" lets exactly one post through.
 */
function guardPosting(adapter: SiteAdapter, watchers: Map<HTMLElement, ComposerWatcher>, signal: AbortSignal) {
  const hold = (event: Event, watcher: ComposerWatcher, proceed: () => void) => {
    if (watcher.allowNextPost) {
      watcher.allowNextPost = false;
      return;
    }
    if (watcher.advisesOnly) return;
    if (watcher.isUpToDate() && watcher.blockingFindings().length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void watcher.check().then(() => {
      if (watcher.blockingFindings().length > 0 && !watcher.advisesOnly) watcher.holdPost(proceed);
      else {
        watcher.allowNextPost = true;
        proceed();
      }
    });
  };

  window.addEventListener(
    'click',
    (event) => {
      const hit = watcherFor(watchers, event.composedPath(), (w) => adapter.postButton(w.composer));
      if (hit) hold(event, hit.watcher, () => (hit.element as HTMLElement).click());
    },
    { capture: true, signal },
  );

  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      const hit = watcherFor(watchers, event.composedPath(), (w) => w.composer.editor);
      if (!hit) return;
      const button = adapter.postButton(hit.watcher.composer);
      hold(event, hit.watcher, () => {
        if (button) button.click();
        else hit.element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: event.ctrlKey, metaKey: event.metaKey, bubbles: true, cancelable: true, composed: true }));
      });
    },
    { capture: true, signal },
  );
}

/** Images chosen with a box's file input, pasted or dropped: checked for the school's logo, never uploaded or stored. */
function countAttachments(adapter: SiteAdapter, watchers: Map<HTMLElement, ComposerWatcher>, signal: AbortSignal) {
  const images = (files: FileList | null | undefined) => [...(files ?? [])].filter((f) => f.type.startsWith('image/'));
  window.addEventListener(
    'change',
    (event) => {
      const input = event.composedPath()[0];
      if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
      for (const watcher of watchers.values()) {
        if (adapter.fileInputs(watcher.composer, document).includes(input) || watcher.composer.container.contains(input)) {
          void watcher.addImages(images(input.files));
          return;
        }
      }
    },
    { capture: true, signal },
  );
  for (const type of ['paste', 'drop'] as const) {
    window.addEventListener(
      type,
      (event) => {
        const files = type === 'paste' ? (event as ClipboardEvent).clipboardData?.files : (event as DragEvent).dataTransfer?.files;
        const found = images(files);
        if (found.length === 0) return;
        const hit = watcherFor(watchers, event.composedPath(), (w) => w.composer.container);
        if (hit) void hit.watcher.addImages(found);
      },
      { capture: true, signal },
    );
  }
}
