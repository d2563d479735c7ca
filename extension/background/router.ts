/**
 * The one runtime.onMessage listener. Every message passes the gate in src/protocol (known
 * type, exact schema, right kind of sender, per-tab rate limit) before a handler sees it;
 * the retailer is always taken from the sender's tab, never from the payload.
 */
import { admitMessage, RateLimiter, type MessageOf, type Response } from '../../src/protocol';
import { browser, type Runtime } from '../browser';

export interface RouteHandlers {
  tagGlobals(message: MessageOf<'page/tag-globals'>, tabId: number, frameId: number): Promise<Response>;
  flush(): Promise<Response>;
}

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
    switch (message.type) {
      case 'page/tag-globals':
        if (admission.senderKind !== 'content-script') break;
        return handlers.tagGlobals(message, admission.tabId, admission.frameId);
      case 'ui/flush':
        return handlers.flush();
    }
    return Promise.resolve({ ok: false, error: 'unhandled' });
  };

  return { onMessage, forgetTab: (tabId: number) => rateLimiter.forget(tabId) };
}
