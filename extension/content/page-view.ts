/**
 * Answers an extension page (the popup) that asks what this tab's page shows: its offer and
 * personal signals, for the anonymous comparison. Top frame only; only extension pages of this
 * extension may ask (content scripts of other tabs cannot: they have a sender tab).
 */
import { pageViewOf } from '../../src/compare/page-view';
import { PAGE_VIEW_REQUEST } from '../../src/compare/page-view-message';
import { browser, type Runtime } from '../browser';

export function answerPageViewRequests(): void {
  if (window.top !== window) return;
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
    if (
      typeof message !== 'object' ||
      message === null ||
      (message as { type?: unknown }).type !== PAGE_VIEW_REQUEST
    )
      return undefined;
    return Promise.resolve(pageViewOf(document));
  });
}
