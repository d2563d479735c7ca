/**
 * The facts of the benchmark's synthetic year as items: each knows the visit that first shows it,
 * how likely a later visit shows it again, and how to emit its sightings with the functions the
 * service worker uses (src/classify), on the pages of a synthetic shop.
 */
import {
  classifyThirdParty,
  cookieTrafficDelta,
  pageContextOf,
  persistentIdentifierDelta,
  requestFindings,
  unmatchedContactDeltas,
  type IdentifierPools,
  type PageContext,
  type TrackerMatcher,
} from '../../src/classify';
import { EMPTY_POOL, type IdentifierPool } from '../../src/identifiers';
import type { ObservationDelta, OutgoingRequest } from '../../src/model';
import { PRODUCTS, type Stage } from './year-data';
import type { Random } from './seeded-random';
import { beaconRequest, tokenOf } from './year-wire';

/** What a visit emits for one planned fact: its deltas at `at` on a page of the visit. */
export interface Item {
  /** Index of the visit that first shows it. */
  first: number;
  /** Chance that a later visit shows it again. */
  repeat: number;
  /** Shown only on visits that end in a purchase (checkout and thank-you pages). */
  purchaseOnly?: boolean;
  emit(visit: VisitPages, at: number, firstTime: boolean): ObservationDelta[];
}

export type VisitPages = Record<Stage, PageContext>;

const pagesCache = new Map<string, VisitPages>();

export function pagesOf(site: string): VisitPages {
  let pages = pagesCache.get(site);
  if (!pages) {
    const at = (path: string) => pageContextOf(`https://www.${site}${path}`)!;
    pages = {
      home: at('/'),
      list: at('/c/new-in'),
      product: at('/p/trail-runner-x'),
      cart: at('/cart'),
      checkout: at('/checkout'),
      thanks: at('/checkout/thanks'),
      search: at('/search'),
    };
    pagesCache.set(site, pages);
  }
  return pages;
}

export function requestItem(
  matcher: TrackerMatcher,
  host: string,
  path: string,
  type: string,
  first: number,
  repeat: number,
): Item {
  return {
    first,
    repeat,
    emit: (visit, at) => {
      const delta = classifyThirdParty({ url: `https://${host}${path}`, type, at }, visit.home, matcher);
      if (!delta) return [];
      const request: OutgoingRequest = { url: `https://${host}${path}`, method: 'GET', type };
      return [delta, ...requestFindings(request, delta, NO_POOLS)];
    },
  };
}

/** A long-lived identifier cookie the third party sets on the first visit and receives later. */
export function cookieItem(
  matcher: TrackerMatcher,
  host: string,
  name: string,
  first: number,
  repeat: number,
): Item {
  return {
    first,
    repeat,
    emit: (visit, at, firstTime) => {
      const base = classifyThirdParty(
        { url: `https://${host}/sync`, type: 'image', at },
        visit.home,
        matcher,
      );
      if (!base) return [];
      const sent = !firstTime;
      return [
        cookieTrafficDelta(base, sent ? { sentCookies: true } : { setCookies: true })!,
        persistentIdentifierDelta(base, name, sent ? { sent: 1 } : { set: 1 }),
      ];
    },
  };
}

export const NO_POOLS: IdentifierPools = { watchlist: EMPTY_POOL, typedNotSubmitted: EMPTY_POOL };

export function beaconItem(
  matcher: TrackerMatcher,
  vendor: string,
  event: string,
  stage: Stage,
  first: number,
  pool: IdentifierPool | undefined,
  rng: Random,
): Item {
  const product = rng.pick(PRODUCTS);
  const value = rng.int(500, 60_000) / 100;
  const pools: IdentifierPools = pool ? { watchlist: pool, typedNotSubmitted: EMPTY_POOL } : NO_POOLS;
  return {
    first,
    repeat: stage === 'thanks' || stage === 'checkout' ? 0.8 : 0.15,
    purchaseOnly: stage === 'thanks' || stage === 'checkout',
    emit: (visit, at) => {
      const page = visit[stage];
      const request = beaconRequest(vendor, event, page, product, value, pool);
      const base = classifyThirdParty({ url: request.url, type: request.type, at }, page, matcher);
      if (!base) return [];
      return [base, ...requestFindings(request, base, pools)];
    },
  };
}

/** The checkout page's tag sent the email while the user was still typing. */
export function leakItem(matcher: TrackerMatcher, pool: IdentifierPool, first: number): Item {
  const request: OutgoingRequest = {
    url: `https://www.facebook.com/tr/?id=710000000000001&ev=PageView&udff[em]=${tokenOf(pool, 'email', 'sha256')}&ud[em]=${'0f'.repeat(32)}`,
    method: 'GET',
    type: 'image',
  };
  return {
    first,
    repeat: 0,
    emit: (visit, at) => {
      const base = classifyThirdParty({ url: request.url, type: 'image', at }, visit.checkout, matcher);
      if (!base) return [];
      const pools = { watchlist: pool, typedNotSubmitted: pool };
      return [
        base,
        ...requestFindings(request, base, pools),
        ...unmatchedContactDeltas(request, base, NO_POOLS),
      ];
    },
  };
}
