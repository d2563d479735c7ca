/**
 * Meta pixel beacons: `www.facebook.com/tr` or `/tr/`, a GET image or a POST form (signals.md §2.4),
 * and the same shape on a first-party host (a proxy) when it carries `id` and `ev`.
 * Reads the pixel id, the event, `cd[…]` custom data (value, currency, content_ids, contents,
 * content_name, search_string, order_id) and the names of the user-data fields in `ud[…]` (manual
 * advanced matching) AND `udff[…]` (automatic advanced matching, which Blacklight misses).
 * `cudff[…]`/`ncudff[…]` carry masked shapes of form fields whose meaning is unverified: they do
 * not name user data, but their presence means the tag read the page's forms by itself.
 */
import type { CommerceItem } from '../../../model';
import { hostMatches } from './commerce-routes';
import { commerceEvent, commerceItem, defined, defineDecoder } from './event-builder';
import { userDataKey } from './user-data-keys';
import { bracketGroup, mergedParams, type Params } from './wire-params';
import { asArray, asRecord, idList, isPresent, jsonValue, shortText } from './wire-values';

export const metaPixelDecoder = defineDecoder('meta', (request, url) => {
  if (url.pathname !== '/tr' && url.pathname !== '/tr/') return [];
  const params = mergedParams(request, url);
  const pixelId = params.get('id');
  const eventName = params.get('ev');
  // Off facebook.com only the payload shape says "Meta pixel": both id and ev must be there.
  if (!hostMatches(url.hostname, 'facebook.com') && (!isPresent(pixelId) || !isPresent(eventName))) return [];

  const customData = bracketGroup(params, 'cd');
  const manual = presentKeys(bracketGroup(params, 'ud'));
  const automatic = presentKeys(bracketGroup(params, 'udff'));
  const readsForms = [...params.keys()].some(
    (name) => name.startsWith('cudff[') || name.startsWith('ncudff['),
  );

  return defined([
    commerceEvent('meta', eventName, {
      accountId: pixelId,
      value: customData.get('value'),
      currency: customData.get('currency'),
      items: metaItems(customData),
      searchTerm: customData.get('search_string'),
      hasOrderId: isPresent(customData.get('order_id')),
      userDataKeys: [...manual, ...automatic],
      automaticMatching: params.get('es') === 'automatic' || automatic.length > 0 || readsForms,
    }),
  ]);
});

/** Names of user-data fields that hold a value, normalised; unknown names are dropped. */
function presentKeys(group: Params): string[] {
  const keys: string[] = [];
  for (const [name, value] of group) {
    const key = userDataKey(name);
    if (key !== undefined && isPresent(value)) keys.push(key);
  }
  return keys;
}

/**
 * Items from `cd[contents]` (JSON [{id, quantity, item_price}]), completed by `cd[content_ids]`
 * (JSON array or comma list); `cd[content_name]` names the product when there is exactly one.
 */
function metaItems(customData: Params): CommerceItem[] {
  const items: CommerceItem[] = defined(
    (asArray(jsonValue(customData.get('contents'))) ?? []).map((entry) => {
      const content = asRecord(entry);
      return content
        ? commerceItem({
            id: content.id,
            name: content.title ?? content.name,
            price: content.item_price ?? content.price,
            quantity: content.quantity,
          })
        : undefined;
    }),
  );
  const known = new Set(items.map((item) => item.id));
  for (const id of idList(customData.get('content_ids'))) {
    if (!known.has(id)) {
      known.add(id);
      items.push({ id });
    }
  }
  const name = shortText(customData.get('content_name'));
  const only = items.length === 1 ? items[0] : undefined;
  if (name !== undefined && only !== undefined && only.name === undefined) only.name = name;
  if (name !== undefined && items.length === 0) items.push({ name });
  return items;
}
