import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { metaPixelDecoder } from '../../../src/detectors/network/commerce/meta-pixel';
import type { OutgoingRequest } from '../../../src/model';

/** What the fixture tags put in a parameter: scalars, or objects they JSON-encode. */
type WireValue = string | number | boolean | object;

const EM = '973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b'; // test@example.com
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function decode(url: string, body: Partial<OutgoingRequest> = {}) {
  const request: OutgoingRequest = { url, method: body.form ? 'POST' : 'GET', type: 'image', ...body };
  return metaPixelDecoder.decode(request, new URL(url));
}

/** The GET image the fixture library (connect.facebook.net/en_US/fbevents.js) sends, params in its order. */
function fixtureBeacon(pixelId: string, event: string, customData: Record<string, WireValue>, userData = '') {
  const cd = Object.entries(customData).map(
    ([key, value]) =>
      `cd[${key}]=${encodeURIComponent(typeof value === 'object' ? JSON.stringify(value) : `${value}`)}`,
  );
  return [
    `https://www.facebook.com/tr/?id=${pixelId}&ev=${event}`,
    `dl=${encodeURIComponent('https://www.glass-demo-shop.example/thanks.html')}`,
    `rl=${encodeURIComponent('https://www.glass-demo-shop.example/checkout.html')}`,
    'if=false',
    'ts=1767225600000',
    ...cd,
    'sw=1280&sh=720&v=2.9.178&r=stable&ec=1',
    `fbp=${encodeURIComponent('fb.1.1767225600000.1234567890')}`,
    'it=1767225599000&coo=false',
    userData,
    'rqm=GET',
  ]
    .filter(Boolean)
    .join('&');
}

describe('Meta pixel decoder', () => {
  it('decodes the demo shop purchase with manual advanced matching (fixture shape)', () => {
    const userData = [
      `ud[em]=${EM}`,
      `ud[fn]=${sha256('jane')}`,
      `ud[ln]=${sha256('doe')}`,
      `ud[ct]=${sha256('berlin')}`,
      `ud[zp]=${sha256('10115')}`,
    ].join('&');
    const url = fixtureBeacon(
      '720000000000002',
      'Purchase',
      {
        content_ids: ['KC-BP-549'],
        content_type: 'product',
        value: 549,
        currency: 'EUR',
        num_items: 1,
        order_id: 'KC-67225600',
      },
      userData,
    );
    expect(decode(url)).toStrictEqual([
      {
        vendor: 'meta',
        event: 'Purchase',
        accountId: '720000000000002',
        value: 549,
        currency: 'EUR',
        items: [{ id: 'KC-BP-549' }],
        hasOrderId: true,
        userDataKeys: ['em', 'fn', 'ln', 'ct', 'zp'],
      },
    ]);
  });

  it('decodes the tracking shop ViewContent, naming the single product (fixture shape)', () => {
    const url = fixtureBeacon('710000000000001', 'ViewContent', {
      content_ids: ['NW-TRX-042'],
      content_name: 'Trail Runner X',
      content_type: 'product',
      value: 49.99,
      currency: 'EUR',
    });
    expect(decode(url)).toStrictEqual([
      {
        vendor: 'meta',
        event: 'ViewContent',
        accountId: '710000000000001',
        value: 49.99,
        currency: 'EUR',
        items: [{ id: 'NW-TRX-042', name: 'Trail Runner X' }],
        userDataKeys: [],
      },
    ]);
  });

  it('reads udff (automatic advanced matching) from a POST form, with contents', () => {
    const [event] = decode('https://www.facebook.com/tr/', {
      form: {
        id: ['1581235828865631'],
        ev: ['AddToCart'],
        'cd[contents]': ['[{"id":"SKU-1","quantity":2,"item_price":19.5},{"id":"SKU-2","quantity":1}]'],
        'cd[content_ids]': ['["SKU-1","SKU-3"]'],
        'cd[currency]': ['usd'],
        'cd[value]': ['39.00'],
        'udff[em]': [EM],
        'udff[ph]': [sha256('4915123456789')],
        'ud[external_id]': [sha256('customer-42')],
        es: ['automatic'],
      },
    });
    expect(event).toMatchObject({
      event: 'AddToCart',
      value: 39,
      currency: 'USD',
      items: [{ id: 'SKU-1', quantity: 2, price: 19.5 }, { id: 'SKU-2', quantity: 1 }, { id: 'SKU-3' }],
      userDataKeys: ['em', 'ph', 'external_id'],
      automaticMatching: true,
    });
  });

  it('counts udff alone, or masked cudff/ncudff shapes, as automatic matching without naming them', () => {
    expect(decode(`https://www.facebook.com/tr/?id=1&ev=Lead&udff%5Bem%5D=${EM}`)[0]).toMatchObject({
      userDataKeys: ['em'],
      automaticMatching: true,
    });
    const masked = decode('https://www.facebook.com/tr/?id=1&ev=Lead&cudff[em]=*******%40*****.***');
    expect(masked[0]).toMatchObject({ userDataKeys: [], automaticMatching: true });
    expect(decode('https://www.facebook.com/tr/?id=1&ev=Lead&ncudff[ph]=****')[0]!.automaticMatching).toBe(
      true,
    );
  });

  it('ignores empty and placeholder user data, and unknown keys', () => {
    const [event] = decode(
      'https://www.facebook.com/tr/?id=1&ev=PageView&ud[em]=&ud[ph]=undefined&ud[foo]=bar',
    );
    expect(event!.userDataKeys).toEqual([]);
    expect(event!.automaticMatching).toBeUndefined();
  });

  it('reads comma id lists, search strings and a content name alone', () => {
    expect(decode('https://www.facebook.com/tr?id=1&ev=ViewContent&cd[content_ids]=A,B')[0]!.items).toEqual([
      { id: 'A' },
      { id: 'B' },
    ]);
    expect(
      decode('https://www.facebook.com/tr?id=1&ev=Search&cd[search_string]=trail%20shoes')[0]!.searchTerm,
    ).toBe('trail shoes');
    expect(
      decode('https://www.facebook.com/tr?id=1&ev=ViewContent&cd[content_name]=Kettle')[0]!.items,
    ).toEqual([{ name: 'Kettle' }]);
  });

  it('decodes a first-party proxy only when it has the pixel shape', () => {
    expect(decode('https://www.shop.example/tr/?id=1&ev=PageView')).toMatchObject([
      { vendor: 'meta', event: 'PageView', accountId: '1' },
    ]);
    expect(decode('https://www.shop.example/tr?ev=PageView')).toEqual([]);
    expect(decode('https://www.shop.example/tr?lang=de')).toEqual([]);
  });

  it('survives malformed values without throwing', () => {
    const [event] = decode(
      'https://www.facebook.com/tr/?id=1&ev=Purchase&cd[value]=%E0%A4%A&cd[contents]=[{bad&cd[content_ids]=%E0%A4%A',
    );
    expect(event).toMatchObject({ event: 'Purchase', userDataKeys: [] });
    expect(event!.value).toBeUndefined();
    expect(decode('https://www.facebook.com/tr/?id=1&cd[value]=1')).toEqual([]);
  });

  it('yields nothing for other requests', () => {
    expect(decode('https://www.facebook.com/plugins/like.php?href=x')).toEqual([]);
    expect(decode('https://connect.facebook.net/en_US/fbevents.js')).toEqual([]);
    expect(decode('https://www.shop.example/tracking?id=1&ev=x')).toEqual([]);
  });
});
