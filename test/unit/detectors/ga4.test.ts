import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ga4Decoder, ga4Items } from '../../../src/detectors/network/commerce/ga4';
import { parseQuery } from '../../../src/detectors/network/commerce/wire-params';
import type { OutgoingRequest } from '../../../src/model';

const EMAIL_B64URL = 'lz3-Rj7IV4X1-Vr1ujkG7tstkxwk5pgkqJ6mXbpOgTs'; // base64url SHA-256 of test@example.com
const HAR = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'shared',
  'corpus',
  'har',
  'ga-enhanced-ecommerce-demo-add-to-cart.har',
);

function decode(url: string, body: Partial<OutgoingRequest> = {}) {
  return ga4Decoder.decode({ url, method: 'POST', type: 'ping', ...body }, new URL(url));
}

/** A query in the order the fixtures build it: encodeURIComponent of every value. */
const query = (pairs: [string, string][]) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');

describe('GA4 decoder', () => {
  it("decodes the tracking shop's own view_item beacon (www.tracking-shop.example/js/site.js shape)", () => {
    const url = `https://www.google-analytics.com/g/collect?${query([
      ['v', '2'],
      ['tid', 'G-TRK7SHOP01'],
      ['cid', '1234567890.1767225600'],
      ['sid', '1767225600'],
      ['ul', 'en-us'],
      ['en', 'view_item'],
      ['dl', 'https://www.tracking-shop.example/product.html'],
      ['dt', 'Trail Runner X – Northwind Trail Supply'],
      ['cu', 'EUR'],
      ['epn.value', '49.99'],
      ['pr1', 'idNW-TRX-042~nmTrail Runner X~pr49.99~qt1'],
    ])}`;
    expect(decode(url)).toStrictEqual([
      {
        vendor: 'ga4',
        event: 'view_item',
        accountId: 'G-TRK7SHOP01',
        value: 49.99,
        currency: 'EUR',
        items: [{ id: 'NW-TRX-042', name: 'Trail Runner X', price: 49.99, quantity: 1 }],
        userDataKeys: [],
      },
    ]);
  });

  it("decodes the demo shop's purchase from the gtag stand-in (www.googletagmanager.com/gtag/js shape)", () => {
    const url = `https://www.google-analytics.com/g/collect?${query([
      ['v', '2'],
      ['tid', 'G-GLASSDEMO1'],
      ['gtm', '45je5b10v9181813176'],
      ['_p', '1234567'],
      ['cid', '1234567890.1767225600'],
      ['ul', 'en-us'],
      ['sr', '1280x720'],
      ['_s', '2'],
      ['sid', '1767225600'],
      ['sct', '1'],
      ['seg', '1'],
      ['dl', 'https://www.glass-demo-shop.example/thanks.html'],
      ['dr', 'https://www.glass-demo-shop.example/checkout.html'],
      ['dt', 'Thank you – Kettle & Crema'],
      ['en', 'purchase'],
      ['cu', 'EUR'],
      ['epn.value', '549'],
      ['pr1', 'idKC-BP-549~nmBarista Pro Dual Boiler~brKettle & Crema~pr549~qt1'],
      ['ep.transaction_id', 'KC-67225600'],
      ['epn.shipping', '0'],
      ['epn.tax', '87.66'],
    ])}`;
    expect(decode(url)).toStrictEqual([
      {
        vendor: 'ga4',
        event: 'purchase',
        accountId: 'G-GLASSDEMO1',
        value: 549,
        currency: 'EUR',
        items: [{ id: 'KC-BP-549', name: 'Barista Pro Dual Boiler', price: 549, quantity: 1 }],
        hasOrderId: true,
        userDataKeys: [],
      },
    ]);
  });

  it('reads one event per body line of a batched POST, each over the URL params', () => {
    const url = 'https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&cid=1.2&cu=USD';
    const events = decode(url, {
      text: 'en=scroll&epn.percent_scrolled=90\nen=add_to_cart&cu=EUR&epn.value=38&pr1=idA~nmMug~pr19~qt2&pr2=idB\n',
    });
    expect(events).toMatchObject([
      { event: 'scroll', accountId: 'G-ABC123', currency: 'USD', items: [] },
      {
        event: 'add_to_cart',
        currency: 'EUR',
        value: 38,
        items: [{ id: 'A', name: 'Mug', price: 19, quantity: 2 }, { id: 'B' }],
      },
    ]);
  });

  it('names user data (uid, em=tv.1~em.~pn.) and automatic collection, never their values', () => {
    const [event] = decode(
      `https://analytics.google.com/g/collect?v=2&tid=G-ABC123&en=login&uid=customer-42&em=tv.1~em.${EMAIL_B64URL}~pn.AbCd&ec_mode=a`,
    );
    expect(event).toMatchObject({
      event: 'login',
      userDataKeys: ['em', 'ph', 'external_id'],
      automaticMatching: true,
    });
    expect(JSON.stringify(event)).not.toContain(EMAIL_B64URL);
    expect(JSON.stringify(event)).not.toContain('customer-42');
  });

  it('reads search terms and string values', () => {
    const [event] = decode(
      'https://www.google-analytics.com/g/collect?v=2&tid=G-1&en=search&ep.search_term=espresso%20machine&ep.value=12.5',
    );
    expect(event).toMatchObject({ searchTerm: 'espresso machine', value: 12.5 });
  });

  it('decodes first-party proxies and server-side tagging only by the GA4 payload shape', () => {
    expect(
      decode('https://metrics.shop.example/g/collect?v=2&tid=G-SHOP123&en=purchase&cu=EUR&epn.value=5'),
    ).toMatchObject([{ vendor: 'ga4', event: 'purchase', accountId: 'G-SHOP123', value: 5 }]);
    expect(decode('https://stats.g.doubleclick.net/g/collect?v=2&tid=G-SHOP123&en=page_view')).toHaveLength(
      1,
    );
    expect(decode('https://www.shop.example/g/collect?v=1&tid=G-SHOP123&en=page_view')).toEqual([]);
    expect(decode('https://www.shop.example/g/collect?v=2&tid=UA-1-1&en=page_view')).toEqual([]);
    expect(decode('https://www.shop.example/g/collect?en=page_view')).toEqual([]);
  });

  it('survives malformed hits without throwing', () => {
    const url = 'https://www.google-analytics.com/g/collect?v=2&tid=G-1';
    const events = decode(url, { text: 'en=x%E0%A4%A&epn.value=abc&pr1=~~~&pr2=%E0%A4%A\nepn.value=1' });
    expect(events).toHaveLength(1);
    expect(events[0]!.value).toBeUndefined();
    expect(events[0]!.items).toEqual([]);
    expect(decode(url, { text: '{"en":"not a GA body"}' })).toEqual([]);
  });

  it('yields nothing for other Google Analytics paths and other hosts', () => {
    expect(decode('https://www.google-analytics.com/analytics.js')).toEqual([]);
    expect(decode('https://www.googletagmanager.com/gtag/js?id=G-1')).toEqual([]);
  });

  it('orders items by their index and keeps the first of a repeated code', () => {
    expect(ga4Items(parseQuery('pr10=idJ&pr2=idB~idX&pr1=nmOnly&prx=idZ'))).toEqual([
      { name: 'Only' },
      { id: 'B' },
      { id: 'J' },
    ]);
  });
});

describe('GA decoder on the real enhanced-ecommerce demo capture', () => {
  it.skipIf(!existsSync(HAR))(
    'decodes every Universal Analytics hit of the HAR as ua: events (skipped when ../shared/corpus is absent)',
    () => {
      const har = JSON.parse(readFileSync(HAR, 'utf8')) as {
        log: { entries: { request: { method: string; url: string } }[] };
      };
      const events = har.log.entries.flatMap(({ request }) =>
        ga4Decoder.decode({ url: request.url, method: request.method, type: 'image' }, new URL(request.url)),
      );
      expect(events.map((event) => event.event)).toEqual([
        'ua:pageview',
        'ua:event',
        'ua:event',
        'ua:click',
        'ua:pageview',
        'ua:detail',
        'ua:event',
        'ua:event',
        'ua:add',
      ]);
      expect(events.every((event) => event.vendor === 'ga4')).toBe(true);
      expect(events[0]!.accountId).toBeUndefined(); // the first hit of the capture carries no tid
      expect(events[1]!.items).toHaveLength(16); // two impression lists: 12 + 4 products
      expect(events[1]!.items[0]).toEqual({ id: '9bdd2', name: 'Compton T-Shirt', price: 44 });
      expect(events[8]).toStrictEqual({
        vendor: 'ga4',
        event: 'ua:add',
        accountId: 'UA-41425441-17',
        value: 44,
        currency: 'USD',
        items: [{ id: '9bdd2', name: 'Compton T-Shirt', price: 44 }],
        userDataKeys: [],
      });
    },
  );
});
