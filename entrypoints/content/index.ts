/**
 * One content script for the three sites, started at document_start so that its send
 * guard (window, capture phase) is in place before any script of the page runs. It
 * picks the site's adapter and hands the page to the controller: boxes are found where
 * a person writes, checked after their own input, and held at sending while they have
 * a blocking finding. Everything it decides comes from the background; the pupil list
 * never reaches this page.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { adapterFor, CONTENT_MATCHES } from '../../lib/sites';
import { ask, readTabMessage } from '../../utils/messages';
import { reportProblem } from '../../utils/problems';
import { ContentController } from './controller';

export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  runAt: 'document_start',
  main(ctx) {
    const adapter = adapterFor(new URL(location.href));
    if (!adapter) return;
    const controller = new ContentController({
      adapter,
      window,
      send: (request) => ask(request as never),
      // A script on the page can fire any event but cannot make it trusted.
      isTrusted: (event) => event.isTrusted,
      signal: ctx.signal,
    });
    controller.start();
    // The shortcut that opens the panel, as the browser has it (the person may have changed it).
    void ask({ type: 'get-shortcut' })
      .then((answer) => controller.setShortcut(answer.shortcut))
      .catch((error) => void reportProblem('reading the shortcut', error));

    // From the background: settings, the pupil list or a choice changed. From the popup: how many boxes are checked here.
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const request = readTabMessage(message);
      if (request?.type === 'recheck') controller.recheckAll();
      if (request?.type === 'count-boxes') return Promise.resolve(controller.count());
      if (request?.type === 'open-panel') controller.openPanel();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
