/**
 * Which page a request of a tab's top frame belongs to. Normally the tab's current page; but a
 * page that is being left still sends requests (GA4's user_engagement beacon on pagehide, for
 * example) after the tab's next navigation has started. Those come from the previous page,
 * which their initiator shows, and must not be credited to the next shop.
 */
import type { PageContext } from './page-context';
import { siteOfUrl } from './site';

export function pageOfRequest(
  current: PageContext | undefined,
  previous: PageContext | undefined,
  /** The requesting document's origin (Chrome `initiator`, Firefox `originUrl`). */
  initiator: string | undefined,
): PageContext | undefined {
  if (!current || !previous || !initiator) return current;
  const site = siteOfUrl(initiator);
  if (site === undefined || site === current.site) return current;
  return site === previous.site ? previous : current;
}
