/**
 * The page a tab shows: the retailer every request of the tab is attributed to.
 * Computed once per navigation, so per-request work does not re-parse the page URL.
 */
import { hostOfUrl, originAndPath, siteOfHost } from './site';

export interface PageContext {
  url: string;
  hostname: string;
  /** The retailer: eTLD+1 of the top-level page. */
  site: string;
  /** Origin + path, as stored in evidence. */
  evidencePage: string;
}

/** The context of a top-level page, or undefined for pages that are not web pages (chrome://, file:). */
export function pageContextOf(url: string): PageContext | undefined {
  const hostname = hostOfUrl(url);
  if (!hostname) return undefined;
  return { url, hostname, site: siteOfHost(hostname), evidencePage: originAndPath(url) };
}
