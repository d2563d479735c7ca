/**
 * Google Analytics beacons, vendor 'ga4'. GA4 hits go to `/g/collect` on google-analytics.com,
 * region1.google-analytics.com, analytics.google.com, region1.analytics.google.com, or any host
 * when the payload is `v=2&tid=G-…` (a first-party proxy or server-side tagging; signals.md §2.1).
 * A POST may batch hits: each body line adds to or overrides the URL params and is one event.
 * Read: `tid`, `en`, `epn.value`/`ep.value`, `cu`, items `pr<N>=id…~nm…~pr…~qt…`, `ep.search_term`,
 * `ep.transaction_id`, `uid` (the shop's user id → external_id) and Google's `em=tv.1~…`.
 *
 * Universal Analytics (v=1) hits are decoded here too, because the only real GA capture in our
 * corpus (the enhanced-ecommerce demo HAR) is UA: they are reported under vendor 'ga4' with event
 * names prefixed `ua:` (see ga-universal.ts), so they never pass for GA4 events.
 */
import type { CommerceItem } from '../../../model';
import { hostMatches } from './commerce-routes';
import { commerceEvent, commerceItem, defined, defineDecoder } from './event-builder';
import { decodeUniversalHits, isUniversalPath } from './ga-universal';
import { googleAutomaticCollection, googleUserDataKeys } from './google-user-data';
import { batchedParams, firstPresent, type Params } from './wire-params';
import { isPresent } from './wire-values';

const ITEM_PARAM = /^pr(\d{1,3})$/;

export function isGoogleAnalyticsHost(hostname: string): boolean {
  return hostMatches(hostname, 'google-analytics.com') || hostMatches(hostname, 'analytics.google.com');
}

export const ga4Decoder = defineDecoder('ga4', (request, url) => {
  const googleHost = isGoogleAnalyticsHost(url.hostname);
  if (url.pathname.endsWith('/g/collect')) {
    return defined(
      batchedParams(request, url)
        .filter((hit) => googleHost || isGa4Shape(hit))
        .map(ga4Event),
    );
  }
  if (isUniversalPath(url.pathname, googleHost)) return decodeUniversalHits(request, url, googleHost);
  return [];
});

/** The payload shape that identifies GA4 on a host that is not Google's. */
function isGa4Shape(hit: Params): boolean {
  return hit.get('v') === '2' && /^G-[A-Z0-9]+$/i.test(hit.get('tid') ?? '');
}

function ga4Event(hit: Params) {
  const userDataKeys: string[] = googleUserDataKeys(hit.get('em'));
  if (isPresent(hit.get('uid'))) userDataKeys.push('external_id');
  return commerceEvent('ga4', hit.get('en'), {
    accountId: hit.get('tid'),
    value: firstPresent(hit, 'epn.value', 'ep.value'),
    currency: firstPresent(hit, 'cu', 'ep.currency'),
    items: ga4Items(hit),
    searchTerm: hit.get('ep.search_term'),
    // A numeric transaction id travels as a number parameter.
    hasOrderId: isPresent(hit.get('ep.transaction_id')) || isPresent(hit.get('epn.transaction_id')),
    userDataKeys,
    automaticMatching: googleAutomaticCollection(hit),
  });
}

/** `pr1`, `pr2`… in index order; each a tilde list of fields led by a two-letter code. */
export function ga4Items(hit: Params): CommerceItem[] {
  const indexed: [number, string][] = [];
  for (const [name, value] of hit) {
    const match = ITEM_PARAM.exec(name);
    if (match) indexed.push([Number(match[1]), value]);
  }
  indexed.sort((a, b) => a[0] - b[0]);
  return defined(indexed.map(([, value]) => tildeItem(value)));
}

function tildeItem(value: string): CommerceItem | undefined {
  const fields = new Map<string, string>();
  for (const field of value.split('~')) {
    // The first field wins, as codes do not repeat in one item.
    if (field.length > 2 && !fields.has(field.slice(0, 2))) fields.set(field.slice(0, 2), field.slice(2));
  }
  return commerceItem({
    id: fields.get('id'),
    name: fields.get('nm'),
    price: fields.get('pr'),
    quantity: fields.get('qt'),
  });
}
