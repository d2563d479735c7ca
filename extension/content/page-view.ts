/**
 * Answers an extension page (the popup) that asks what this tab's page shows: its offer and
 * personal signals, for the anonymous comparison. Top frame only; only extension pages of this
 * extension may ask (content scripts of other tabs cannot: they have a sender tab).
 */
import { pageViewOf } from '../../src/compare/page-view';
import { PAGE_VIEW_REQUEST } from '../../src/compare/page-view-message';
import { runtime, type MessageSender } from './runtime';

export function answerPageViewRequests(): void {
  if (window.top !== window) return;
  runtime().onMessage.addListener((message, sender: MessageSender, sendResponse) => {
    if (sender.id !== runtime().id || sender.tab !== undefined) return;
    if (
      typeof message !== 'object' ||
      message === null ||
      (message as { type?: unknown }).type !== PAGE_VIEW_REQUEST
    )
      return;
    sendResponse(pageViewOf(document));
  });
}
