/**
 * Pinterest tag beacons: GET (or POST form) `ct.pinterest.com/v3/` and `/user/` with `event`, `tid`
 * (tag id), event data `ed` and partner data `pd` (signals.md §2.4). Real tags send `ed`/`pd` as
 * one JSON object each (`ed={"value":42,"line_items":[…]}`); the bracket form `ed[value]=42`,
 * `pd[em]=…` is read as well, and bracket members override JSON ones.
 * Read: `ed.{value, currency, order_id, search_query, line_items[{product_id, product_name,
 * product_price, product_quantity}]}` (or a single `product_*` set) and the names of `pd` fields
 * (`em` …). Plumbing in `pd` (`np`, `pin_unauth`, `aem_eligible_list`) is not user data.
 * A base-code call without an event name is reported as "init", the name the tag gives it.
 */
import type { CommerceItem } from '../../../model';
import { hostMatches } from './commerce-routes';
import { commerceEvent, commerceItem, defined, defineDecoder } from './event-builder';
import { userDataKey } from './user-data-keys';
import { bracketGroup, mergedParams, type Params } from './wire-params';
import { asArray, asRecord, isPresent, jsonValue, scalarText } from './wire-values';

export const pinterestDecoder = defineDecoder('pinterest', (request, url) => {
  if (!hostMatches(url.hostname, 'pinterest.com')) return [];
  if (!url.pathname.startsWith('/v3') && !url.pathname.startsWith('/user')) return [];
  const params = mergedParams(request, url);
  const eventData = objectParam(params, 'ed');
  const partnerData = objectParam(params, 'pd');
  const userDataKeys = defined(
    Object.entries(partnerData).map(([name, value]) => (isPresent(value) ? userDataKey(name) : undefined)),
  );
  return defined([
    commerceEvent('pinterest', scalarText(params.get('event')) ?? 'init', {
      accountId: params.get('tid'),
      value: eventData.value,
      currency: eventData.currency,
      items: pinterestItems(eventData),
      searchTerm: eventData.search_query,
      hasOrderId: isPresent(eventData.order_id),
      userDataKeys,
    }),
  ]);
});

/** `name={json}` merged with `name[key]=value` members; the bracket members win. */
function objectParam(params: Params, name: string): Record<string, unknown> {
  return { ...asRecord(jsonValue(params.get(name))), ...Object.fromEntries(bracketGroup(params, name)) };
}

function pinterestItems(eventData: Record<string, unknown>): CommerceItem[] {
  const lineItems = asArray(jsonValue(eventData.line_items));
  const entries = lineItems ?? (isPresent(eventData.product_id) ? [eventData] : []);
  return defined(
    entries.map((entry) => {
      const item = asRecord(entry);
      return item
        ? commerceItem({
            id: item.product_id,
            name: item.product_name,
            price: item.product_price,
            quantity: item.product_quantity,
          })
        : undefined;
    }),
  );
}
