import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tiktokDecoder } from '../../../src/detectors/network/commerce/tiktok';
import type { OutgoingRequest } from '../../../src/model';

const EM = '973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b'; // test@example.com
const ENDPOINT = 'https://analytics.tiktok.com/api/v2/pixel';

function decode(url: string, body: Partial<OutgoingRequest> = {}) {
  return tiktokDecoder.decode({ url, method: 'POST', type: 'ping', ...body }, new URL(url));
}

/** The JSON the fixture library (analytics.tiktok.com/i18n/pixel/events.js) posts as a text/plain beacon. */
function fixtureBody(event: string, properties: Record<string, unknown>) {
  return JSON.stringify({
    event,
    event_id: '3f2a6c1e-8f6b-4d7e-9c21-5b1f0e9d4a11',
    message_id: 'messageId-1767225600000-123456',
    timestamp: '2026-01-01T00:00:00.000Z',
    context: {
      pixel: { code: 'CGLASSDEMO00TIKTOK01' },
      page: {
        url: 'https://www.glass-demo-shop.example/thanks.html',
        referrer: 'https://www.glass-demo-shop.example/checkout.html',
      },
      library: { name: 'pixel.js', version: '2.2.1' },
      user: { anonymous_id: '01HZX3K9Q2W8E7R6T5Y4U3I2O1P' },
    },
    properties,
  });
}

const product = { content_id: 'KC-BP-549', content_name: 'Barista Pro Dual Boiler', price: 549, quantity: 1 };

describe('TikTok pixel decoder', () => {
  it('decodes the demo shop CompletePayment (fixture shape); the cookie id is not user data', () => {
    const text = fixtureBody('CompletePayment', {
      contents: [product],
      content_type: 'product',
      value: 549,
      currency: 'EUR',
      order_id: 'KC-67225600',
    });
    expect(decode(ENDPOINT, { text })).toStrictEqual([
      {
        vendor: 'tiktok',
        event: 'CompletePayment',
        accountId: 'CGLASSDEMO00TIKTOK01',
        value: 549,
        currency: 'EUR',
        items: [{ id: 'KC-BP-549', name: 'Barista Pro Dual Boiler', price: 549, quantity: 1 }],
        hasOrderId: true,
        userDataKeys: [],
      },
    ]);
    expect(decode(ENDPOINT, { text: fixtureBody('Pageview', {}) })).toMatchObject([
      { event: 'Pageview', items: [] },
    ]);
  });

  it('names hashed user fields and recognises automatic matching', () => {
    const text = JSON.stringify({
      event: 'AddToCart',
      context: {
        pixel: { code: 'C97F14JC77U63IDI7U40' },
        user: {
          anonymous_id: 'a',
          email: EM,
          phone_number: createHash('sha256').update('4915123456789').digest('hex'),
          external_id: createHash('sha256').update('customer-42').digest('hex'),
          locale: 'de-DE',
        },
      },
      properties: { value: '19.90', currency: 'eur', content_id: 'SKU-1', quantity: 2 },
    });
    expect(decode(`${ENDPOINT}/track`, { text })[0]).toMatchObject({
      value: 19.9,
      currency: 'EUR',
      items: [{ id: 'SKU-1', quantity: 2 }],
      userDataKeys: ['em', 'ph', 'external_id'],
    });
    const automatic = JSON.stringify({ event: 'SubmitForm', context: { user: { auto_email: EM } } });
    expect(decode(ENDPOINT, { text: automatic })[0]).toMatchObject({
      userDataKeys: ['em'],
      automaticMatching: true,
    });
  });

  it('reads batches with a shared context, searches, and /act actions', () => {
    const text = JSON.stringify({
      context: { pixel: { code: 'CBATCH' } },
      batch: [{ event: 'Search', properties: { query: 'grinder' } }, { event: 'ViewContent' }, null, 'x'],
    });
    expect(decode(`${ENDPOINT}/batch`, { text })).toMatchObject([
      { event: 'Search', accountId: 'CBATCH', searchTerm: 'grinder' },
      { event: 'ViewContent', accountId: 'CBATCH' },
    ]);
    const act = JSON.stringify({ action: 'Metadata', context: { pixel: { code: 'D0ME9HRC77U2LS75RJCG' } } });
    expect(decode(`${ENDPOINT}/act`, { text: act })).toMatchObject([{ event: 'Metadata' }]);
  });

  it('decodes the noscript image and the US residency host', () => {
    expect(
      decode(`${ENDPOINT}?id=C97F14JC77U63IDI7U40&ev=PageView&noscript=1`, { method: 'GET' }),
    ).toMatchObject([{ vendor: 'tiktok', event: 'PageView', accountId: 'C97F14JC77U63IDI7U40' }]);
    expect(
      decode('https://analytics.us.tiktok.com/api/v2/pixel', { text: fixtureBody('Pageview', {}) }),
    ).toHaveLength(1);
  });

  it('survives malformed bodies without throwing', () => {
    expect(decode(ENDPOINT, { text: '{"event":"Purchase","properties":' })).toEqual([]);
    expect(decode(ENDPOINT, { text: '%E0%A4%A' })).toEqual([]);
    const odd = JSON.stringify({
      event: 'Purchase',
      properties: { contents: 'nope', value: 'x' },
      context: 7,
    });
    expect(decode(ENDPOINT, { text: odd })).toStrictEqual([
      { vendor: 'tiktok', event: 'Purchase', items: [], userDataKeys: [] },
    ]);
  });

  it('yields nothing for other requests', () => {
    expect(decode('https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=C1', { method: 'GET' })).toEqual(
      [],
    );
    expect(decode('https://www.tiktok.com/@someone', { method: 'GET' })).toEqual([]);
    expect(decode('https://www.shop.example/api/v2/pixel', { text: fixtureBody('Pageview', {}) })).toEqual(
      [],
    );
  });
});
