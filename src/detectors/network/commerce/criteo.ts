/**
 * Criteo OneTag beacons: `sslwidget.criteo.com/event` (any `*.criteo.com/event`) with `a` (account)
 * and `p0`, `p1`… where each pN is a URL-encoded mini-query starting `e=<code>` (signals.md §2.4).
 * Lists inside are encoded once more: `p=[i=…&pr=…&q=…,…]`, and real tags encode each list entry yet
 * again (`[i%3D…%26pr%3D…]`), so entries are decoded after the list is split.
 * One event per meaningful part: `vh` home, `vl` listing, `vp` product, `vb` basket, `vc` sale
 * (order id → hasOrderId; value = Σ pr×q, also for the basket), and any other code as sent.
 * Parts that only configure (`exd` site type, `setcurrency`, `dis` the display call) emit nothing;
 * their currency and user data are folded into the request's events: `exd ci=` (customer id) and
 * `sethashedlogin` → external_id, `ce m=[…]` (email, hashed or plain) → em, also an event itself.
 */
import type { CommerceEvent, CommerceItem } from '../../../model';
import { safeDecodeURIComponent } from '../../../identifiers';
import { hostMatches } from './commerce-routes';
import { commerceEvent, commerceItem, defined, defineDecoder } from './event-builder';
import { mergedParams, parseQuery, type Params } from './wire-params';
import { amount, isPresent, quantity, scalarText } from './wire-values';

const PART = /^p(\d{1,3})$/;
/** Parts that configure the tag rather than report something the user did. */
const SILENT_CODES = new Set(['exd', 'setcurrency', 'dis']);

export const criteoDecoder = defineDecoder('criteo', (request, url) => {
  if (!hostMatches(url.hostname, 'criteo.com') || url.pathname !== '/event') return [];
  const params = mergedParams(request, url);
  const parts = criteoParts(params);
  const currencyCode = parts.find((part) => part.get('e') === 'setcurrency')?.get('c');
  const userDataKeys = parts.flatMap(partUserData);
  return defined(parts.map((part) => partEvent(part, params.get('a'), currencyCode, userDataKeys)));
});

/** The pN mini-queries in index order. */
export function criteoParts(params: Params): Params[] {
  const parts: [number, Params][] = [];
  for (const [name, value] of params) {
    const match = PART.exec(name);
    if (match) parts.push([Number(match[1]), parseQuery(value)]);
  }
  return parts.sort((a, b) => a[0] - b[0]).map(([, part]) => part);
}

function partUserData(part: Params): string[] {
  const code = part.get('e');
  if (code === 'ce') return criteoList(part.get('m')).length > 0 ? ['em'] : [];
  if (code === 'exd') return isPresent(part.get('ci')) ? ['external_id'] : [];
  if (code === 'sethashedlogin') {
    return [...part].some(([name, value]) => name !== 'e' && isPresent(criteoList(value)))
      ? ['external_id']
      : [];
  }
  return [];
}

function partEvent(
  part: Params,
  accountId: string | undefined,
  currencyCode: string | undefined,
  userDataKeys: string[],
): CommerceEvent | undefined {
  const code = scalarText(part.get('e'));
  if (code === undefined || SILENT_CODES.has(code)) return undefined;
  // setEmail/setHashedLogin with nothing in them sent nothing: no event.
  if ((code === 'ce' || code === 'sethashedlogin') && partUserData(part).length === 0) return undefined;
  const items = defined(criteoList(part.get('p')).map(criteoItem));
  return commerceEvent('criteo', code, {
    accountId,
    value: code === 'vb' || code === 'vc' ? basketValue(items) : undefined,
    currency: part.get('c') ?? currencyCode,
    items,
    hasOrderId: code === 'vc' && isPresent(part.get('id')),
    userDataKeys,
  });
}

/** `[a,b]`, `[i%3D…%26pr%3D…,…]` or a bare `a`: entries split first, then decoded. */
export function criteoList(value: string | undefined): string[] {
  const text = value?.trim() ?? '';
  const inner = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return inner
    .split(',')
    .map((entry) => safeDecodeURIComponent(entry).trim())
    .filter((entry) => isPresent(entry));
}

/** A list entry: `i=<id>&pr=<price>&q=<quantity>`, or a bare product id. */
function criteoItem(entry: string): CommerceItem | undefined {
  if (!entry.includes('=')) return commerceItem({ id: entry });
  const fields = parseQuery(entry);
  return commerceItem({ id: fields.get('i'), price: fields.get('pr'), quantity: fields.get('q') });
}

/** Σ price × quantity (quantity 1 when missing) over priced items; undefined when none is priced. */
function basketValue(items: CommerceItem[]): number | undefined {
  const priced = items.filter((item) => amount(item.price) !== undefined);
  if (priced.length === 0) return undefined;
  const total = priced.reduce((sum, item) => sum + item.price! * (quantity(item.quantity) ?? 1), 0);
  return Math.round(total * 100) / 100;
}
