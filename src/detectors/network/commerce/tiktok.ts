/**
 * TikTok pixel beacons: POST JSON to `analytics.tiktok.com/api/v2/pixel` (also `/pixel/track`,
 * `/pixel/act`, `/pixel/batch`, and `analytics.us.tiktok.com` for US data residency), sent as a
 * text/plain beacon; and the noscript GET `…/api/v2/pixel?id=&ev=` (signals.md §2.4).
 * A body is one event `{event, context, properties}`, a `{batch: [...]}` of them, or an array.
 * Read: `event` (or `action` on /act), `context.pixel.code`, `properties.{value, currency,
 * contents[{content_id, content_name, price, quantity}], content_id, order_id, query}` and the names
 * of `context.user` fields (email → em, phone_number → ph, external_id …). `auto_*` fields are the
 * tag's automatic matching. `anonymous_id` is the `_ttp` cookie id, not user-provided data.
 */
import type { CommerceEvent, CommerceItem } from '../../../model';
import { hostMatches } from './commerce-routes';
import { commerceEvent, commerceItem, defined, defineDecoder } from './event-builder';
import { userDataKey } from './user-data-keys';
import { queryParams } from './wire-params';
import { asArray, asRecord, isPresent, looksLikeJson, parseJson } from './wire-values';

/** Most events read from one batch body. */
const MAX_BATCH_EVENTS = 100;

export const tiktokDecoder = defineDecoder('tiktok', (request, url) => {
  if (!hostMatches(url.hostname, 'tiktok.com') || !url.pathname.startsWith('/api/v2/pixel')) return [];
  const body = request.text && looksLikeJson(request.text) ? parseJson(request.text) : undefined;
  if (body !== undefined) return defined(eventObjects(body).map((entry) => jsonEvent(entry, body)));
  // The noscript image: only the pixel code and the event name.
  const params = queryParams(url);
  return defined([commerceEvent('tiktok', params.get('ev'), { accountId: params.get('id') })]);
});

function eventObjects(body: unknown): Record<string, unknown>[] {
  const record = asRecord(body);
  const list = asArray(body) ?? asArray(record?.batch) ?? (record ? [record] : []);
  return defined(list.slice(0, MAX_BATCH_EVENTS).map(asRecord));
}

/** One event; a batch may keep the shared context at its top level. */
function jsonEvent(entry: Record<string, unknown>, body: unknown): CommerceEvent | undefined {
  const context = asRecord(entry.context) ?? asRecord(asRecord(body)?.context);
  const properties = asRecord(entry.properties) ?? {};
  const { keys, automatic } = userFields(asRecord(context?.user));
  return commerceEvent('tiktok', entry.event ?? entry.action, {
    accountId: asRecord(context?.pixel)?.code,
    value: properties.value,
    currency: properties.currency,
    items: tiktokItems(properties),
    searchTerm: properties.query,
    hasOrderId: isPresent(properties.order_id),
    userDataKeys: keys,
    automaticMatching: automatic,
  });
}

function userFields(user: Record<string, unknown> | undefined): { keys: string[]; automatic: boolean } {
  const keys: string[] = [];
  let automatic = false;
  for (const [name, value] of Object.entries(user ?? {})) {
    if (!isPresent(value)) continue;
    const key = userDataKey(name);
    if (key === undefined) continue;
    keys.push(key);
    if (name.toLowerCase().startsWith('auto_')) automatic = true;
  }
  return { keys, automatic };
}

/** `contents` when sent; else the single-product form `content_id`/`content_name`/`price`/`quantity`. */
function tiktokItems(properties: Record<string, unknown>): CommerceItem[] {
  const contents = asArray(properties.contents);
  if (contents) {
    return defined(
      contents.map((entry) => {
        const content = asRecord(entry);
        return content
          ? commerceItem({
              id: content.content_id,
              name: content.content_name,
              price: content.price,
              quantity: content.quantity,
            })
          : undefined;
      }),
    );
  }
  return defined([
    isPresent(properties.content_id)
      ? commerceItem({
          id: properties.content_id,
          name: properties.content_name,
          price: properties.price,
          quantity: properties.quantity,
        })
      : undefined,
  ]);
}
