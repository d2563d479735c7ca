/**
 * Building CommerceEvents the same way for every vendor: names and ids cut to a bounded length,
 * amounts and currencies validated, empty items dropped, item lists capped, user-data keys in Meta's
 * order, and flags present only when true. Also `defineDecoder`, which makes a decoder that cannot
 * throw: a hostile beacon loses its own events and nothing else.
 */
import type {
  CommerceDecoder,
  CommerceEvent,
  CommerceItem,
  CommerceVendor,
  OutgoingRequest,
} from '../../../model';
import { orderUserDataKeys } from './user-data-keys';
import { amount, currency, quantity, shortText } from './wire-values';

/** Longest event name kept: vendor names are short; a longer one is page text, not a name. */
export const MAX_EVENT_NAME_LENGTH = 64;
/** Most items kept per event: a product list page sends dozens, a 64 KB body could send thousands. */
export const MAX_ITEMS = 100;

export interface EventFields {
  accountId?: unknown;
  value?: unknown;
  currency?: unknown;
  items?: readonly CommerceItem[];
  searchTerm?: unknown;
  hasOrderId?: boolean;
  userDataKeys?: Iterable<string>;
  automaticMatching?: boolean;
}

/** An item from raw wire values; undefined when none of them is usable. */
export function commerceItem(raw: {
  id?: unknown;
  name?: unknown;
  price?: unknown;
  quantity?: unknown;
}): CommerceItem | undefined {
  const item: CommerceItem = {};
  const id = shortText(raw.id);
  const name = shortText(raw.name);
  const price = amount(raw.price);
  const count = quantity(raw.quantity);
  if (id !== undefined) item.id = id;
  if (name !== undefined) item.name = name;
  if (price !== undefined) item.price = price;
  if (count !== undefined) item.quantity = count;
  return Object.keys(item).length > 0 ? item : undefined;
}

/** The event, or undefined when the request named no event at all. */
export function commerceEvent(
  vendor: CommerceVendor,
  name: unknown,
  fields: EventFields = {},
): CommerceEvent | undefined {
  const event = shortText(name, MAX_EVENT_NAME_LENGTH);
  if (event === undefined) return undefined;
  const result: CommerceEvent = {
    vendor,
    event,
    items: (fields.items ?? []).slice(0, MAX_ITEMS),
    userDataKeys: orderUserDataKeys(fields.userDataKeys ?? []),
  };
  const accountId = shortText(fields.accountId);
  const value = amount(fields.value);
  const code = currency(fields.currency);
  const searchTerm = shortText(fields.searchTerm);
  if (accountId !== undefined) result.accountId = accountId;
  if (value !== undefined) result.value = value;
  if (code !== undefined) result.currency = code;
  if (searchTerm !== undefined) result.searchTerm = searchTerm;
  if (fields.hasOrderId) result.hasOrderId = true;
  if (fields.automaticMatching) result.automaticMatching = true;
  return result;
}

/** Drops the undefined left by commerceEvent/commerceItem. */
export function defined<T>(values: Iterable<T | undefined>): T[] {
  const out: T[] = [];
  for (const value of values) if (value !== undefined) out.push(value);
  return out;
}

/** A decoder whose decode never throws (architecture.md: detectors are pure and never throw). */
export function defineDecoder(
  vendor: CommerceVendor,
  decode: (request: OutgoingRequest, url: URL) => CommerceEvent[],
): CommerceDecoder {
  return {
    vendor,
    decode(request, url) {
      try {
        return decode(request, url);
      } catch {
        return [];
      }
    },
  };
}
