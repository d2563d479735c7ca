/**
 * The one runtime.onMessage listener. Every message passes the gate in src/protocol (known
 * type, exact schema, right kind of sender, per-tab rate limit) before a handler sees it;
 * the retailer is always taken from the sender's tab, never from the payload.
 */
import {
  admitMessage,
  RateLimiter,
  type MessageOf,
  type MessageType,
  type Response,
} from '../../src/protocol';
import { browser, type Runtime } from '../browser';

/** Where a content-script message came from. */
export interface PageSender {
  tabId: number;
  frameId: number;
  /** URL of the sending frame's document (from the browser, not the payload). */
  url: string;
}

type PageMessageType = Extract<MessageType, `page/${string}`>;
type UiMessageType = Extract<MessageType, `ui/${string}`>;

export type RouteHandlers = {
  [K in PageMessageType]: (message: MessageOf<K>, sender: PageSender) => Promise<Response>;
} & {
  [K in UiMessageType]: (message: MessageOf<K>) => Promise<Response>;
};

export function createRouter(handlers: RouteHandlers) {
  const rateLimiter = new RateLimiter();
  const extensionBaseUrl = browser.runtime.getURL('');

  const onMessage = (raw: unknown, sender: Runtime.MessageSender): Promise<Response> => {
    const admission = admitMessage(raw, sender, {
      extensionId: browser.runtime.id,
      extensionBaseUrl,
      rateLimiter,
      now: Date.now(),
    });
    if (!admission.admitted) return Promise.resolve({ ok: false, error: admission.reason });
    const { message } = admission;
    // The gate has checked that each type comes from the kind of sender its handler expects.
    const handler = handlers[message.type] as (message: unknown, sender?: PageSender) => Promise<Response>;
    const pageSender =
      admission.senderKind === 'content-script'
        ? { tabId: admission.tabId, frameId: admission.frameId, url: admission.url }
        : undefined;
    return handler(message, pageSender).catch((error: unknown) => ({ ok: false, error: String(error) }));
  };

  return { onMessage, forgetTab: (tabId: number) => rateLimiter.forget(tabId) };
}
