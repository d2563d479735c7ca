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
  return classifyThirdParty(request, page, matcher);
}

/**
 * The third-party-request delta for a sub-resource of `page`, or undefined for first-party and
 * non-web URLs. Header events use it too, so cookie traffic is attributed like the request.
 */
export function classifyThirdParty(
  request: RequestFacts,
  page: PageContext,
  matcher: TrackerMatcher,
): ObservationDelta | undefined {
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

/**
 * Cookie traffic with a third party, given the request's third-party delta: the request carried
 * its cookies (it can recognise this browser) and/or the response set one. Counted without
 * counting the request again; cookie values never reach storage.
 */
export function cookieTrafficDelta(
  base: ObservationDelta,
  traffic: { sentCookies?: boolean; setCookies?: boolean },
): ObservationDelta | undefined {
  if (!traffic.sentCookies && !traffic.setCookies) return undefined;
  const counters: Record<string, number> = {};
  if (traffic.sentCookies) counters['withCookies'] = 1;
  if (traffic.setCookies) counters['setsCookies'] = 1;
  const delta: ObservationDelta = { ...base, counters, countsAsSighting: false };
  delete delta.evidence;
  return delta;
}
