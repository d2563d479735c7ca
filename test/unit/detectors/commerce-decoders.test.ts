import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMERCE_DECODERS, decodeCommerceEvents } from '../../../src/detectors/network/commerce';
import { COMMERCE_VENDORS, type OutgoingRequest } from '../../../src/model';

const EM = '973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b'; // test@example.com

const request = (url: string, body: Partial<OutgoingRequest> = {}): OutgoingRequest => ({
  url,
  method: body.form || body.text ? 'POST' : 'GET',
  type: body.text ? 'ping' : 'image',
  ...body,
});

afterEach(() => vi.restoreAllMocks());

describe('commerce decoder registry', () => {
  it('has one decoder per vendor, in the order of COMMERCE_VENDORS', () => {
    expect(COMMERCE_DECODERS.map((decoder) => decoder.vendor)).toEqual([...COMMERCE_VENDORS]);
  });
});

describe('decodeCommerceEvents', () => {
  it('decodes what the demo shop thank-you page sends to each vendor', () => {
    const requests = [
      request(
        `https://www.facebook.com/tr/?id=720000000000002&ev=Purchase&cd[content_ids]=%5B%22KC-BP-549%22%5D&cd[value]=549&cd[currency]=EUR&cd[order_id]=KC-1&ud[em]=${EM}&rqm=GET`,
      ),
      request(
        'https://www.google-analytics.com/g/collect?v=2&tid=G-GLASSDEMO1&en=purchase&cu=EUR&epn.value=549&pr1=idKC-BP-549~qt1&ep.transaction_id=KC-1',
        { method: 'POST', type: 'ping' },
      ),
      request('https://analytics.tiktok.com/api/v2/pixel', {
        text: JSON.stringify({
          event: 'CompletePayment',
          context: { pixel: { code: 'CGLASSDEMO00TIKTOK01' } },
          properties: {
            value: 549,
            currency: 'EUR',
            order_id: 'KC-1',
            contents: [{ content_id: 'KC-BP-549' }],
          },
        }),
      }),
      request(
        'https://ct.pinterest.com/v3/?event=checkout&ed[value]=549&ed[currency]=EUR&ed[order_id]=KC-1&tid=2612345678901',
      ),
      request(
        `https://sslwidget.criteo.com/event?a=52817&v=5.23.0&p0=${encodeURIComponent('e=exd&site_type=d')}&p1=${encodeURIComponent(
          `e=vc&id=KC-1&c=EUR&p=${encodeURIComponent('[i=KC-BP-549&pr=549.00&q=1]')}`,
        )}`,
      ),
      request('https://bat.bing.com/action/0?ti=187000123&Ver=2&evt=custom&ea=purchase&gv=549&gc=EUR'),
      request('https://tr.snapchat.com/p?pid=abc&ev=PURCHASE&price=549&currency=EUR&transaction_id=KC-1'),
      request(
        'https://www.googleadservices.com/pagead/conversion/987654321/?value=549&currency_code=EUR&oid=KC-1&bttype=purchase',
      ),
    ];
    const events = requests.flatMap(decodeCommerceEvents);
    expect(
      events.map((event) => [event.vendor, event.event, event.value, event.currency, event.hasOrderId]),
    ).toEqual([
      ['meta', 'Purchase', 549, 'EUR', true],
      ['ga4', 'purchase', 549, 'EUR', true],
      ['tiktok', 'CompletePayment', 549, 'EUR', true],
      ['pinterest', 'checkout', 549, 'EUR', true],
      ['criteo', 'vc', 549, 'EUR', true],
      ['microsoft-uet', 'purchase', 549, 'EUR', undefined],
      ['snap', 'PURCHASE', 549, 'EUR', true],
      ['google-ads', 'purchase', 549, 'EUR', true],
    ]);
    expect(JSON.stringify(events)).not.toContain(EM);
  });

  it('decodes first-party proxies of GA4 and the Meta pixel by payload shape', () => {
    expect(
      decodeCommerceEvents(request('https://sgtm.shop.example/g/collect?v=2&tid=G-SHOP123&en=add_to_cart')),
    ).toMatchObject([{ vendor: 'ga4', event: 'add_to_cart', accountId: 'G-SHOP123' }]);
    expect(decodeCommerceEvents(request('https://www.shop.example/tr/?id=42&ev=Purchase'))).toMatchObject([
      { vendor: 'meta', event: 'Purchase', accountId: '42' },
    ]);
    expect(decodeCommerceEvents(request('https://www.shop.example/g/collect?en=page_view'))).toEqual([]);
  });

  it('returns [] for unparsable URLs and other schemes', () => {
    expect(decodeCommerceEvents(request('not a url'))).toEqual([]);
    expect(decodeCommerceEvents(request('https://'))).toEqual([]);
    expect(decodeCommerceEvents(request('wss://www.facebook.com/tr?id=1&ev=PageView'))).toEqual([]);
    expect(decodeCommerceEvents(request('data:text/plain,tr?id=1&ev=x'))).toEqual([]);
  });

  it('stays cheap for ordinary requests: no body is parsed', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const body = `{"items":[${'{"id":"x"},'.repeat(3000)}{}]}`;
    expect(decodeCommerceEvents(request('https://cdn.shop.example/api/cart', { text: body }))).toEqual([]);
    expect(decodeCommerceEvents(request('https://www.shop.example/img/logo.svg'))).toEqual([]);
    expect(parse).not.toHaveBeenCalled();
  });

  it('never throws, whatever a page sends to a vendor host', () => {
    const hosts = [
      'https://www.facebook.com/tr/',
      'https://www.google-analytics.com/g/collect',
      'https://www.google-analytics.com/collect',
      'https://www.google.com/ccm/collect',
      'https://www.googleadservices.com/pagead/conversion/1/',
      'https://analytics.tiktok.com/api/v2/pixel',
      'https://ct.pinterest.com/v3/',
      'https://sslwidget.criteo.com/event',
      'https://bat.bing.com/action/0',
      'https://tr.snapchat.com/p',
      'https://www.shop.example/tr',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...hosts),
        fc.string(),
        fc.option(fc.oneof(fc.string(), fc.json()), { nil: undefined }),
        fc.option(fc.dictionary(fc.string(), fc.array(fc.string())), { nil: undefined }),
        (base, query, text, form) => {
          const events = decodeCommerceEvents({
            url: `${base}?${query}`,
            method: 'POST',
            type: 'ping',
            text,
            form,
          });
          expect(Array.isArray(events)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});
