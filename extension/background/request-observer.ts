/**
 * Observes every request of every tab (non-blocking webRequest) and hands what it means to
 * the recorder. Events that arrive while the tracker engine is still loading wait in a
 * bounded buffer; requests of tabs this worker has not seen navigate wait for one tabs.get.
 */
import {
  classifyCookieTraffic,
  classifyRequest,
  type PageContext,
  type TrackerMatcher,
} from '../../src/classify';
import type { ObservationDelta } from '../../src/model';
import type { WebRequest } from '../browser';
import type { Recorder } from './recorder';
import type { TabPages } from './tab-pages';

const MAX_BUFFERED = 5000;

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

type Classify = (page: PageContext, matcher: TrackerMatcher) => ObservationDelta | undefined;

export class RequestObserver {
  #matcher: TrackerMatcher | undefined;
  #buffered: { origin: RequestOrigin; classify: Classify }[] = [];

  constructor(
    private readonly tabPages: TabPages,
    private readonly recorder: Recorder,
    private readonly onNavigation: (tabId: number, page: PageContext) => void,
  ) {}

  /** Called once the engine is loaded and the tab map restored. */
  start(matcher: TrackerMatcher): void {
    this.#matcher = matcher;
    const buffered = this.#buffered;
    this.#buffered = [];
    for (const { origin, classify } of buffered) this.#dispatch(origin, classify);
  }

  onBeforeRequest = (details: WebRequest.OnBeforeRequestDetailsType): undefined => {
    if (details.tabId < 0) return undefined; // the browser's or an extension's own requests
    const request = { url: details.url, type: details.type, at: Date.now() };
    if (details.type === 'main_frame') {
      const page = this.tabPages.set(details.tabId, details.url);
      if (!page) return undefined;
      this.onNavigation(details.tabId, page);
    }
    this.#dispatch(details, (page, matcher) => classifyRequest(request, page, matcher));
    return undefined;
  };

  onSendHeaders = (details: WebRequest.OnSendHeadersDetailsType): undefined => {
    if (details.tabId < 0 || details.type === 'main_frame') return undefined;
    if (!details.requestHeaders?.some((header) => header.name.toLowerCase() === 'cookie')) return undefined;
    const facts = { url: details.url, at: Date.now(), hasCookieHeader: true };
    this.#dispatch(details, (page) => classifyCookieTraffic(facts, page));
    return undefined;
  };

  onHeadersReceived = (details: WebRequest.OnHeadersReceivedDetailsType): undefined => {
    if (details.tabId < 0 || details.type === 'main_frame') return undefined;
    if (!details.responseHeaders?.some((header) => header.name.toLowerCase() === 'set-cookie'))
      return undefined;
    const facts = { url: details.url, at: Date.now(), hasSetCookieHeader: true };
    this.#dispatch(details, (page) => classifyCookieTraffic(facts, page));
    return undefined;
  };

  #dispatch(origin: RequestOrigin, classify: Classify): void {
    const matcher = this.#matcher;
    if (!matcher) {
      // Copy only what is needed: webRequest details can hold whole request bodies.
      const { tabId, frameId, type, frameType, initiator, originUrl } = origin;
      if (this.#buffered.length < MAX_BUFFERED) {
        this.#buffered.push({ origin: { tabId, frameId, type, frameType, initiator, originUrl }, classify });
      }
      return;
    }
    const tabId = origin.tabId;
    const page = this.tabPages.pageFor(tabId, topFrameInitiator(origin));
    if (page) {
      this.#record(classify(page, matcher), matcher);
      return;
    }
    void this.tabPages.resolve(tabId).then((resolved) => {
      if (resolved) this.#record(classify(resolved, matcher), matcher);
    });
  }

  #record(delta: ObservationDelta | undefined, matcher: TrackerMatcher): void {
    if (delta) this.recorder.record(delta, matcher);
  }
}
