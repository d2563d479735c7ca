/**
 * Request classification: first or third party, tracker organisation, and the decision
 * what (if anything) to record. Runs once per network request, so it does one cached site
 * lookup and at most one tracker-database match.
 */
import type { ObservationDelta } from '../model';
import type { PageContext } from './page-context';
import { hostOfUrl, originAndPath, siteOfHost } from './site';
import type { TrackerMatcher } from './tracker-matcher';

export interface RequestFacts {
  url: string;
  /** webRequest resource type. */
  type: string;
  at: number;
}

/** What to record for one request, or undefined for nothing (first-party sub-resources, non-web URLs). */
export function classifyRequest(
  request: RequestFacts,
  page: PageContext,
  matcher: TrackerMatcher,
): ObservationDelta | undefined {
  if (request.type === 'main_frame') {
    return {
      retailer: page.site,
      kind: 'page-visit',
      party: 'first',
      subject: page.site,
      at: request.at,
      evidence: { at: request.at, page: page.evidencePage },
    };
  }
  const hostname = hostOfUrl(request.url);
  if (!hostname) return undefined;
  const site = siteOfHost(hostname);
  // First-party sub-resources say nothing about sharing; later detectors (proxied tags) look at them.
  if (site === page.site) return undefined;
  const tracker = matcher.match({
    url: request.url,
    hostname,
    site,
    type: request.type,
    sourceUrl: page.url,
    sourceHostname: page.hostname,
    sourceSite: page.site,
  });
  const delta: ObservationDelta = {
    retailer: page.site,
    kind: 'third-party-request',
    party: 'third',
    subject: site,
    at: request.at,
    evidence: {
      at: request.at,
      page: page.evidencePage,
      resource: originAndPath(request.url),
      resourceType: request.type,
    },
  };
  if (tracker) delta.tracker = tracker;
  return delta;
}

export interface HeaderFacts {
  url: string;
  at: number;
  /** Lower-cased header names present on the request or response. */
  hasCookieHeader?: boolean;
  hasSetCookieHeader?: boolean;
}

/**
 * Cookie traffic with a third party: the request carried its cookies (it can recognise this
 * browser) or the response set one. Names only; cookie values are never read into storage.
 */
export function classifyCookieTraffic(headers: HeaderFacts, page: PageContext): ObservationDelta | undefined {
  if (!headers.hasCookieHeader && !headers.hasSetCookieHeader) return undefined;
  const hostname = hostOfUrl(headers.url);
  if (!hostname) return undefined;
  const site = siteOfHost(hostname);
  if (site === page.site) return undefined;
  const counters: Record<string, number> = {};
  if (headers.hasCookieHeader) counters['withCookies'] = 1;
  if (headers.hasSetCookieHeader) counters['setsCookies'] = 1;
  return {
    retailer: page.site,
    kind: 'third-party-request',
    party: 'third',
    subject: site,
    at: headers.at,
    counters,
    countsAsSighting: false,
  };
}
