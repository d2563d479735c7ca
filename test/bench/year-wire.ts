/**
 * Wire formats for the benchmark's synthetic year: vendor beacons as the commerce decoders read
 * them (Meta, GA4, Google Ads, TikTok, Pinterest, Criteo, Microsoft UET, Snap), optionally
 * carrying the user's hashed identifiers taken from the identifier pool, and personalisation
 * engines' first-party cookies in their real formats.
 */
import type { PageContext } from '../../src/classify';
import type { IdentifierPool } from '../../src/identifiers';
import type { IdentifierKind, OutgoingRequest } from '../../src/model';
import type { Random } from './seeded-random';

/** A token of the pool in this kind and encoding (the way a tag would send it). */
export function tokenOf(pool: IdentifierPool, kind: IdentifierKind, encoding: string): string | undefined {
  for (const [token, match] of pool.tokens)
    if (match.kind === kind && match.encoding === encoding) return token;
  return undefined;
}

/** A vendor beacon in its wire format, optionally carrying the user's hashed identifiers. */
export function beaconRequest(
  vendor: string,
  event: string,
  page: PageContext,
  product: string,
  value: number,
  pool: IdentifierPool | undefined,
): OutgoingRequest {
  const sku = `SKU-${product.length}${product.charCodeAt(0)}`;
  const em = pool && tokenOf(pool, 'email', 'sha256');
  const ph = pool && tokenOf(pool, 'phone', 'sha256');
  const q = (params: Record<string, string | number | undefined>) =>
    Object.entries(params)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
      .join('&');
  const get = (url: string): OutgoingRequest => ({ url, method: 'GET', type: 'image' });
  switch (vendor) {
    case 'meta':
      return get(
        `https://www.facebook.com/tr/?${q({
          id: '710000000000001',
          ev: event,
          dl: page.evidencePage,
          'cd[value]': value.toFixed(2),
          'cd[currency]': 'EUR',
          'cd[content_ids]': `["${sku}"]`,
          'cd[content_name]': product,
          'ud[em]': em,
          'ud[ph]': ph,
        })}`,
      );
    case 'ga4':
      return get(
        `https://www.google-analytics.com/g/collect?${q({
          v: 2,
          tid: 'G-BENCH00001',
          cid: '1234567890.1735689600',
          en: event,
          dl: page.evidencePage,
          cu: 'EUR',
          'epn.value': value.toFixed(2),
          pr1: `id${sku}~nm${product}~pr${value.toFixed(2)}~qt1`,
        })}`,
      );
    case 'google-ads':
      return get(
        `https://www.googleadservices.com/pagead/conversion/987654321/?${q({
          en: event,
          value: value.toFixed(2),
          currency_code: 'EUR',
          em: em ? `tv.1~em.${em}` : undefined,
        })}`,
      );
    case 'tiktok':
      return {
        url: 'https://analytics.tiktok.com/api/v2/pixel',
        method: 'POST',
        type: 'ping',
        text: JSON.stringify({
          event,
          context: {
            pixel: { code: 'CBENCHTIKTOK0001' },
            page: { url: page.evidencePage },
            user: em ? { email: em } : {},
          },
          properties: {
            value,
            currency: 'EUR',
            contents: [{ content_id: sku, content_name: product, quantity: 1 }],
          },
        }),
      };
    case 'pinterest':
      return get(
        `https://ct.pinterest.com/v3/?${q({
          event,
          tid: '2612345678901',
          'ed[value]': value.toFixed(2),
          'ed[currency]': 'EUR',
          'ed[line_items]': JSON.stringify([{ product_id: sku, product_name: product }]),
          'pd[em]': em,
        })}`,
      );
    case 'criteo':
      return get(
        `https://sslwidget.criteo.com/event?${q({
          a: 41201,
          v: '5.23.0',
          p0: 'e=exd&site_type=d',
          p1: event === 'vp' ? `e=vp&p=${sku}` : event === 'vc' ? `e=vc&id=ORDER-1&p=${sku}` : `e=${event}`,
          p2: em ? `e=ce&m=${em}` : undefined,
          tld: page.hostname,
        })}`,
      );
    case 'microsoft-uet':
      return get(
        `https://bat.bing.com/action/0?${q({ ti: 187000123, Ver: 2, evt: 'custom', ea: event, gv: value.toFixed(2), gc: 'EUR', p: page.evidencePage })}`,
      );
    default:
      return {
        url: 'https://tr.snapchat.com/p',
        method: 'POST',
        type: 'xmlhttprequest',
        form: { pid: ['bench-snap-pixel'], ev: [event], price: [value.toFixed(2)], currency: ['EUR'] },
      };
  }
}

/** First-party cookies of one or two personalisation engines, in their real formats. */
export function engineCookies(rng: Random, firstSeen: number): string {
  const options = [
    `_dy_df_geo=Germany.Baden-W%C3%BCrttemberg.Mannheim; _dyid=-4412871262012034901; _dy_c_exps=`,
    `optimizelyEndUserId=oeu${firstSeen}r0.4411; optimizelyBuckets=%7B%2224681357%22%3A%2224680001%22%7D`,
    `_br_uid_2=uid%3D5402210441937%3Av%3D15.0%3Ats%3D${firstSeen}%3Ahc%3D${rng.int(2, 90)}`,
    `__cq_seg=0~0.42!1~-0.55!2~0.00; __cq_bc=%7B%22site%22%3A%5B%7B%22id%22%3A%22P-1042%22%7D%2C%7B%22id%22%3A%22P-2210%22%7D%5D%7D`,
    `mt.v=2.1122334455.${firstSeen}; mt.m=%7B%22membership%22%3A%5B%22a%22%2C%22b%22%5D%7D`,
    `utag_main=v_id:0190aa$_sn:${rng.int(2, 40)}$_ss:0$_pn:${rng.int(1, 9)}%3Bexp-session`,
    `__kla_id=${btoa(JSON.stringify({ $exchange_id: 'abc.def' }))}`,
    `ajs_user_id=%22u-4411%22; _ALGOLIA=anonymous-0b1c2d3e`,
  ];
  const first = rng.pick(options);
  return rng.chance(0.3) ? `${first}; ${rng.pick(options)}` : first;
}
