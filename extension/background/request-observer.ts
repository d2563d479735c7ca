/**
 * Observes every request of every tab (non-blocking webRequest) and hands what it means to
 * the recorder: who received it, what events and identifiers it carried, and the cookies it
 * sent or set. Events that arrive while the tracker engine is still loading wait in a bounded
 * buffer; requests of tabs this worker has not seen navigate wait for one tabs.get.
 */
import {
  classifyRequest,
  classifyThirdParty,
  cookieTrafficDelta,
  engineInferenceDeltas,
  identifierDeltas,
  persistentIdentifierDelta,
  requestFindings,
  unmatchedContactDeltas,
  type PageContext,
  type TrackerMatcher,
} from '../../src/classify';
import { identifierCookiesSent, persistentCookiesSet } from '../../src/detectors/network/persistent-cookie';
import type { ObservationDelta, OutgoingRequest } from '../../src/model';
import type { WebRequest } from '../browser';
import type { IdentifierWatch } from './identifier-watch';
import { outgoingRequestOf } from './outgoing-request';
import type { Recorder } from './recorder';
import type { TabPages } from './tab-pages';

const MAX_BUFFERED = 5000;
/** Long enough for a "typed" message racing the request; far below the worker's 30 s idle life. */
const UNMATCHED_GRACE_MS = 1500;

/** A cheap pre-check, so that only requests that can hold a hash-shaped value get a timer. */
function mayCarryContactHash(request: OutgoingRequest): boolean {
  return (
    /[0-9a-f]{32}|[A-Za-z0-9+/_-]{43}/i.test(request.url) || Boolean(request.form) || Boolean(request.text)
  );
}

/**
 * The fields of webRequest details this observer uses. `initiator` and `frameType` are Chrome's,
 * `originUrl` is Firefox's.
 */
interface RequestOrigin {
  tabId: number;
  frameId: number;
  type: string;
  frameType?: string;
  initiator?: string;
  originUrl?: string;
}

/**
 * The requesting document's origin, for sub-resources of a top-level document only (a frame's
 * origin says nothing about the tab's page). Chrome gives a top-level document a frameId other
 * than 0 around cross-process navigations, so its frameType decides; Firefox has no frameType
 * and keeps frameId 0.
 */
function topFrameInitiator(details: RequestOrigin): string | undefined {
  if (details.type === 'main_frame') return undefined;
  const topLevel = details.frameType ? details.frameType === 'outermost_frame' : details.frameId === 0;
  return topLevel ? (details.initiator ?? details.originUrl) : undefined;
}

type Analyze = (page: PageContext, matcher: TrackerMatcher) => ObservationDelta[];

export class RequestObserver {
  #matcher: TrackerMatcher | undefined;
  #buffered: { origin: RequestOrigin; analyze: Analyze }[] = [];

  constructor(
    private readonly tabPages: TabPages,
    private readonly recorder: Recorder,
    private readonly watch: IdentifierWatch,
    private readonly onNavigation: (tabId: number, page: PageContext) => void,
  ) {}

  /** Called once the engine is loaded, the tab map restored and the watchlist read. */
  start(matcher: TrackerMatcher): void {
    this.#matcher = matcher;
    const buffered = this.#buffered;
    this.#buffered = [];
    for (const { origin, analyze } of buffered) this.#dispatch(origin, analyze);
  }

  onBeforeRequest = (details: WebRequest.OnBeforeRequestDetailsType): undefined => {
    if (details.tabId < 0) return undefined; // the browser's or an extension's own requests
    const facts = { url: details.url, type: details.type, at: Date.now() };
    if (details.type === 'main_frame') {
      const page = this.tabPages.set(details.tabId, details.url);
      this.watch.forget(details.tabId);
      if (!page) return undefined;
      this.onNavigation(details.tabId, page);
    }
    const tabId = details.tabId;
    this.#dispatch(details, (page, matcher) => {
      const delta = classifyRequest(facts, page, matcher);
      if (!delta || delta.party !== 'third') return delta ? [delta] : [];
      // Bodies are decoded only for third-party requests, the only ones scanned.
      const request = outgoingRequestOf(details);
      this.watch.remember(tabId, request, delta);
      this.#judgeUnmatchedLater(tabId, request, delta, matcher);
      return [delta, ...requestFindings(request, delta, this.watch.pools(tabId))];
    });
    return undefined;
  };

  onSendHeaders = (details: WebRequest.OnSendHeadersDetailsType): undefined => {
    if (details.tabId < 0) return undefined;
    const cookie = details.requestHeaders?.find((header) => header.name.toLowerCase() === 'cookie')?.value;
    if (!cookie) return undefined;
    if (details.type === 'main_frame') {
      // The shop's own cookies, once per navigation: what its personalisation engines inferred.
      const at = Date.now();
      this.#dispatch(details, (page) => engineInferenceDeltas(cookie, page, at));
      return undefined;
    }
    const facts = { url: details.url, type: details.type, at: Date.now() };
    const tabId = details.tabId;
    this.#dispatch(details, (page, matcher) => {
      const base = classifyThirdParty(facts, page, matcher);
      if (!base) return [];
      const request = { url: details.url, method: details.method, type: details.type, cookie };
      return [
        cookieTrafficDelta(base, { sentCookies: true })!,
        ...identifierDeltas(request, base, this.watch.pools(tabId)),
        ...identifierCookiesSent(cookie).map((found) =>
          persistentIdentifierDelta(base, found.name, { sent: 1 }),
        ),
      ];
    });
    return undefined;
  };

  onHeadersReceived = (details: WebRequest.OnHeadersReceivedDetailsType): undefined => {
    if (details.tabId < 0 || details.type === 'main_frame') return undefined;
    const setCookies = (details.responseHeaders ?? [])
      .filter((header) => header.name.toLowerCase() === 'set-cookie' && header.value)
      .map((header) => header.value!);
    if (setCookies.length === 0) return undefined;
    const at = Date.now();
    const facts = { url: details.url, type: details.type, at };
    this.#dispatch(details, (page, matcher) => {
      const base = classifyThirdParty(facts, page, matcher);
      if (!base) return [];
      return [
        cookieTrafficDelta(base, { setCookies: true })!,
        ...persistentCookiesSet(setCookies, at).map((found) =>
          persistentIdentifierDelta(base, found.name, { set: 1 }),
        ),
      ];
    });
    return undefined;
  };

  #dispatch(origin: RequestOrigin, analyze: Analyze): void {
    const matcher = this.#matcher;
    if (!matcher) {
      // Copy only what is needed: webRequest details can hold whole request bodies.
      const { tabId, frameId, type, frameType, initiator, originUrl } = origin;
      if (this.#buffered.length < MAX_BUFFERED) {
        this.#buffered.push({ origin: { tabId, frameId, type, frameType, initiator, originUrl }, analyze });
      }
      return;
    }
    const tabId = origin.tabId;
    const page = this.tabPages.pageFor(tabId, topFrameInitiator(origin));
    if (page) {
      this.#record(analyze(page, matcher), matcher);
      return;
    }
    void this.tabPages.resolve(tabId).then((resolved) => {
      if (resolved) this.#record(analyze(resolved, matcher), matcher);
    });
  }

  /** Unmatched hashed contact data is judged after a short wait, against the values known by then. */
  #judgeUnmatchedLater(
    tabId: number,
    request: OutgoingRequest,
    base: ObservationDelta,
    matcher: TrackerMatcher,
  ): void {
    if (!mayCarryContactHash(request)) return;
    setTimeout(
      () => this.#record(unmatchedContactDeltas(request, base, this.watch.pools(tabId)), matcher),
      UNMATCHED_GRACE_MS,
    );
  }

  #record(deltas: ObservationDelta[], matcher: TrackerMatcher): void {
    for (const delta of deltas) this.recorder.record(delta, matcher);
  }
}
