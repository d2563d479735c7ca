/**
 * Universal Analytics (measurement protocol v=1) hits: `/collect`, `/r/collect`, `/j/collect` and
 * `/batch` on google-analytics.com (or stats.g.doubleclick.net), and `…/collect` on any host when the
 * payload is `v=1&tid=UA-…`. UA is retired but still fires on old shops, and it is what the real
 * GA capture in our corpus holds. Reported under vendor 'ga4' (the vendor union names Google
 * Analytics that way) with the event name `ua:<product action>` when an enhanced-ecommerce action
 * `pa` is set (ua:detail, ua:add, ua:purchase…), else `ua:<hit type>` (ua:pageview, ua:event…).
 * Read: `tid`, `tr` revenue (else the event value `ev` of a commerce hit), `cu`, product fields
 * `pr<N>id/nm/pr/qt`, impression lists `il<L>pi<N>id/nm/pr`, legacy item hits (`ic`, `in`, `ip`,
 * `iq`), `ti` (transaction id) and `uid` (the shop's user id).
 */
import type { CommerceEvent, CommerceItem, OutgoingRequest } from '../../../model';
import { hostMatches } from './commerce-routes';
import { commerceEvent, commerceItem, defined } from './event-builder';
import { batchedParams, firstPresent, type Params } from './wire-params';
import { isPresent } from './wire-values';

const GOOGLE_PATHS = new Set(['/collect', '/r/collect', '/j/collect', '/batch']);
const PRODUCT_FIELD = /^pr(\d{1,3})(id|nm|pr|qt)$/;
const IMPRESSION_FIELD = /^il(\d{1,3})pi(\d{1,3})(id|nm|pr)$/;

/** Whether a path can carry UA hits: Google's own paths on Google hosts, any …/collect elsewhere. */
export function isUniversalPath(pathname: string, googleHost: boolean): boolean {
  return googleHost ? GOOGLE_PATHS.has(pathname) : pathname.endsWith('/collect');
}

export function decodeUniversalHits(
  request: OutgoingRequest,
  url: URL,
  googleHost: boolean,
): CommerceEvent[] {
  const trusted = googleHost || hostMatches(url.hostname, 'stats.g.doubleclick.net');
  return defined(
    batchedParams(request, url)
      .filter((hit) => hit.get('v') === '1' && (trusted || /^UA-\d+-\d+$/i.test(hit.get('tid') ?? '')))
      .map(universalEvent),
  );
}

function universalEvent(hit: Params) {
  const action = hit.get('pa');
  const hitType = hit.get('t');
  const commerce = isPresent(action) || isPresent(hit.get('cu')) || hitType === 'transaction';
  return commerceEvent('ga4', `ua:${isPresent(action) ? action : (hitType ?? 'pageview')}`, {
    accountId: hit.get('tid'),
    // `ev` is a generic integer event value; only on a commerce hit is it money.
    value: firstPresent(hit, 'tr', ...(commerce ? ['ev'] : [])),
    currency: hit.get('cu'),
    items: universalItems(hit),
    hasOrderId: isPresent(hit.get('ti')),
    userDataKeys: isPresent(hit.get('uid')) ? ['external_id'] : [],
  });
}

type RawItem = { id?: string; name?: string; price?: string; quantity?: string };
const FIELD_NAMES: Readonly<Record<string, keyof RawItem>> = {
  id: 'id',
  nm: 'name',
  pr: 'price',
  qt: 'quantity',
};

/** Products (`pr<N>…`) first, then impression lists (`il<L>pi<N>…`), each in index order. */
export function universalItems(hit: Params): CommerceItem[] {
  const products = new Map<number, RawItem>();
  const impressions = new Map<number, RawItem>();
  for (const [name, value] of hit) {
    const product = PRODUCT_FIELD.exec(name);
    if (product) {
      slot(products, Number(product[1]))[FIELD_NAMES[product[2]!]!] = value;
      continue;
    }
    const impression = IMPRESSION_FIELD.exec(name);
    if (impression) {
      const index = Number(impression[1]) * 1000 + Number(impression[2]);
      slot(impressions, index)[FIELD_NAMES[impression[3]!]!] = value;
    }
  }
  const items = [...sorted(products), ...sorted(impressions)];
  if (hit.get('t') === 'item') {
    items.push({ id: hit.get('ic'), name: hit.get('in'), price: hit.get('ip'), quantity: hit.get('iq') });
  }
  return defined(items.map(commerceItem));
}

function slot(map: Map<number, RawItem>, index: number): RawItem {
  let item = map.get(index);
  if (!item) map.set(index, (item = {}));
  return item;
}

function sorted(map: Map<number, RawItem>): RawItem[] {
  return [...map].sort((a, b) => a[0] - b[0]).map(([, item]) => item);
}
