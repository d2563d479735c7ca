/**
 * Google Ads conversion and remarketing beacons (signals.md §2.4):
 * `googleadservices.com/pagead/conversion/<id>/`, `google.<tld>/pagead/1p-conversion/<id>/`,
 * `googleads.g.doubleclick.net/pagead/viewthroughconversion/<id>/`, `td.doubleclick.net/td/rul/<id>`,
 * `google.com/ccm/form-data/<id>` and `google.com/ccm/collect` (GA4-style params, `tid`/`tids`).
 * The account is the conversion id, reported as `AW-<id>` so every endpoint names it the same way.
 * Event: `bttype` (e.g. purchase), else `en` (ccm), else `event=` inside `data`, else "conversion".
 * Read: `value`, `currency_code`, `oid` (order id), `label` is not kept (it names the conversion
 * action, not the user), `em=tv.1~em.…~pn.…` (enhanced conversions) and `ec_mode=a` (automatic).
 */
import type { CommerceEvent } from '../../../model';
import { isGoogleAdsHost } from './commerce-routes';
import { commerceEvent, defined, defineDecoder } from './event-builder';
import { googleAutomaticCollection, googleUserDataKeys } from './google-user-data';
import { firstPresent, mergedParams, type Params } from './wire-params';
import { isPresent, scalarText } from './wire-values';

/** Paths that carry the conversion id as their next segment. */
const ID_PATH =
  /^\/(?:pagead\/(?:conversion|1p-conversion|viewthroughconversion)|td\/rul|ccm\/form-data)\/([^/]+)/;
/** Most destinations one ccm hit is fanned out to. */
const MAX_DESTINATIONS = 10;

export const googleAdsDecoder = defineDecoder('google-ads', (request, url) => {
  if (!isGoogleAdsHost(url.hostname)) return [];
  const idInPath = ID_PATH.exec(url.pathname);
  if (!idInPath && url.pathname !== '/ccm/collect') return [];
  const params = mergedParams(request, url);
  const accounts = idInPath ? [conversionAccount(idInPath[1])] : ccmDestinations(params);
  return defined(accounts.map((accountId) => adsEvent(params, accountId)));
});

function adsEvent(params: Params, accountId: string | undefined): CommerceEvent | undefined {
  return commerceEvent('google-ads', eventName(params), {
    accountId,
    value: firstPresent(params, 'value', 'epn.value'),
    currency: firstPresent(params, 'currency_code', 'cu'),
    hasOrderId: isPresent(params.get('oid')) || isPresent(params.get('ep.transaction_id')),
    userDataKeys: googleUserDataKeys(params.get('em')),
    automaticMatching: googleAutomaticCollection(params),
  });
}

function eventName(params: Params): string {
  return firstPresent(params, 'bttype', 'en') ?? dataField(params.get('data'), 'event') ?? 'conversion';
}

/** `data=event=purchase;ecomm_prodid=…`: the remarketing tag's semicolon-separated fields. */
function dataField(data: string | undefined, name: string): string | undefined {
  for (const field of (data ?? '').split(';')) {
    const eq = field.indexOf('=');
    if (eq > 0 && field.slice(0, eq).trim() === name) return scalarText(field.slice(eq + 1));
  }
  return undefined;
}

/** A path id (digits, sometimes already "AW-…") as "AW-<digits>"; other shapes stay as sent. */
function conversionAccount(raw: string | undefined): string | undefined {
  const id = scalarText(raw);
  if (id === undefined) return undefined;
  return /^\d+$/.test(id) ? `AW-${id}` : id;
}

/**
 * ccm/collect names its destinations in `tid` or `tids=AW-1~AW-2`. Only Ads ids (AW-) belong to
 * Google Ads; a hit naming destinations but none of them Ads is not ours, and a hit naming none at
 * all is still the Ads tag's ping, reported without an account.
 */
function ccmDestinations(params: Params): (string | undefined)[] {
  const named = [params.get('tid'), ...(params.get('tids') ?? '').split('~')]
    .map((id) => scalarText(id))
    .filter((id) => id !== undefined);
  if (named.length === 0) return [undefined];
  const ads = [...new Set(named.filter((id) => /^AW-/i.test(id)))];
  return ads.slice(0, MAX_DESTINATIONS);
}
