/**
 * The one way anything in the extension asks the background: the content script, the
 * popup and the settings page all send through `ask`, typed end to end by the request
 * and reply map in lib/messaging.ts. Replies a compose box acts on are checked on
 * arrival; a reply that does not check out is an error, never a guess.
 */
import { browser } from 'wxt/browser';
import {
  REPLY_SCHEMAS,
  TAB_REPLY_SCHEMAS,
  tabMessageSchema,
  type ReplyOf,
  type RequestOf,
  type RequestType,
  type TabMessage,
  type TabMessageType,
  type TabReplies,
} from '../lib/messaging';

export class NoAnswerError extends Error {}

export async function ask<T extends RequestType>(request: RequestOf<T>): Promise<ReplyOf<T>> {
  const reply: unknown = await browser.runtime.sendMessage(request);
  const schema = REPLY_SCHEMAS[request.type as T];
  if (!schema) return reply as ReplyOf<T>;
  const checked = schema.safeParse(reply);
  if (!checked.success) throw new NoAnswerError(`Post Check: no usable answer to ${request.type}`);
  return checked.data;
}

/** Tells one tab's content script something; a tab without one is skipped. */
export async function tellTab(tabId: number, message: TabMessage): Promise<void> {
  await browser.tabs.sendMessage(tabId, message).catch(() => {});
}

/** Asks one tab's content script; null when there is none (another site, a browser page) or its answer does not check out. */
export async function askTab<T extends TabMessageType>(tabId: number, message: Extract<TabMessage, { type: T }>): Promise<TabReplies[T] | null> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, message);
    const schema = TAB_REPLY_SCHEMAS[message.type as T];
    if (!schema) return reply as TabReplies[T];
    const checked = schema.safeParse(reply);
    return checked.success ? checked.data : null;
  } catch {
    return null;
  }
}

/** Reads a message the background sent to this tab, or null when it is not one of ours. */
export function readTabMessage(message: unknown): TabMessage | null {
  const checked = tabMessageSchema.safeParse(message);
  return checked.success ? checked.data : null;
}
