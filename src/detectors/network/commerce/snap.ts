/**
 * Snap pixel beacons: `tr.snapchat.com/p` (also `tr6.`, and the noscript `/cm/i`) as a GET or POST
 * form (signals.md §2.4), and the current tag's POST JSON `{ctx, req: [{t: {pid, ev, …}}, …]}`
 * where each `t` entry is one tracked event (`i`, `log` entries are identity syncs and logs).
 * The wire uses the tag's short names (`e_pr`, `e_cur`, `e_iids`, seen in real captures; `e_tid`,
 * `e_ss` assumed by the same pattern, unverified) as well as the API names the docs list (`price`,
 * `currency`, `item_ids`, `transaction_id`, `search_string`); both are read. Values like `e_cur=undefined` are unset page variables and count as absent.
 * User data: `u_hem`/`u_em` → em, `u_hpn` → ph, `u_fn` → fn, `u_ln` → ln; `u_c1` is Snap's cookie id.
 */
import type { CommerceEvent } from '../../../model';
import { hostMatches } from './commerce-routes';
import { commerceEvent, defined, defineDecoder } from './event-builder';
import type { UserDataKey } from './user-data-keys';
import { firstPresent, mergedParams, type Params } from './wire-params';
import { asArray, asRecord, idList, isPresent, looksLikeJson, parseJson, scalarText } from './wire-values';

const SNAP_PATHS = new Set(['/p', '/cm/i']);
const USER_FIELDS: Readonly<Record<string, UserDataKey>> = {
  u_hem: 'em',
  u_em: 'em',
  u_hpn: 'ph',
  u_fn: 'fn',
  u_ln: 'ln',
};
/** Most events read from one JSON body. */
const MAX_BATCH_EVENTS = 100;

export const snapDecoder = defineDecoder('snap', (request, url) => {
  if (!hostMatches(url.hostname, 'snapchat.com') || !SNAP_PATHS.has(url.pathname)) return [];
  if (request.text && looksLikeJson(request.text)) {
    const entries = asArray(asRecord(parseJson(request.text))?.req) ?? [];
    return defined(
      entries.slice(0, MAX_BATCH_EVENTS).map((entry) => {
        const tracked = asRecord(asRecord(entry)?.t);
        return tracked ? snapEvent(scalarParams(tracked)) : undefined;
      }),
    );
  }
  return defined([snapEvent(mergedParams(request, url))]);
});

/** A JSON event object's scalar fields as params, so both carriers share one reader. */
function scalarParams(record: Record<string, unknown>): Params {
  const params: Params = new Map();
  for (const [name, value] of Object.entries(record)) {
    const text = Array.isArray(value) ? JSON.stringify(value) : scalarText(value);
    if (text !== undefined) params.set(name, text);
  }
  return params;
}

function snapEvent(params: Params): CommerceEvent | undefined {
  const userDataKeys = defined(
    Object.entries(USER_FIELDS).map(([name, key]) => (isPresent(params.get(name)) ? key : undefined)),
  );
  return commerceEvent('snap', params.get('ev'), {
    accountId: firstPresent(params, 'pid', 'p_id'),
    value: firstPresent(params, 'e_pr', 'price'),
    currency: firstPresent(params, 'e_cur', 'currency'),
    items: idList(firstPresent(params, 'e_iids', 'item_ids')).map((id) => ({ id })),
    searchTerm: firstPresent(params, 'e_ss', 'search_string'),
    hasOrderId: firstPresent(params, 'e_tid', 'transaction_id') !== undefined,
    userDataKeys,
  });
}
