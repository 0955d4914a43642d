/**
 * The one way anything in the extension asks the background: the content script, the
 * popup and the settings page all send through `ask`, typed end to end by the request
 * and reply map in lib/messaging.ts. Replies a compose box acts on are checked on
 * arrival; a reply that does not check out is an error, never a guess.
 */
import { browser } from 'wxt/browser';
import { REPLY_SCHEMAS, tabMessageSchema, type ReplyOf, type RequestOf, type RequestType, type TabMessage } from '../lib/messaging';

export class NoAnswerError extends Error {}

export async function ask<T extends RequestType>(request: RequestOf<T>): Promise<ReplyOf<T>> {
  const reply: unknown = await browser.runtime.sendMessage(request);
  const schema = REPLY_SCHEMAS[request.type as T];
  if (!schema) return reply as ReplyOf<T>;
  const checked = schema.safeParse(reply);
  if (!checked.success) throw new NoAnswerError(`Post Check: no usable answer to ${request.type}`);
  return checked.data;
}

/** Tells one tab's content script something (only "check again"); a tab without one is skipped. */
export async function tellTab(tabId: number, message: TabMessage): Promise<void> {
  await browser.tabs.sendMessage(tabId, message).catch(() => {});
}

/** Reads a message the background sent to this tab, or null when it is not one of ours. */
export function readTabMessage(message: unknown): TabMessage | null {
  const checked = tabMessageSchema.safeParse(message);
  return checked.success ? checked.data : null;
}
