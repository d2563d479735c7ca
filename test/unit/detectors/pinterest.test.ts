import { describe, expect, it } from 'vitest';
import { pinterestDecoder } from '../../../src/detectors/network/commerce/pinterest';
import type { OutgoingRequest } from '../../../src/model';

/** What the fixture tags put in a parameter: scalars, or objects they JSON-encode. */
type WireValue = string | number | boolean | object;

const EM = '973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b'; // test@example.com

function decode(url: string, body: Partial<OutgoingRequest> = {}) {
  return pinterestDecoder.decode({ url, method: 'GET', type: 'image', ...body }, new URL(url));
}

/** The GET image of the fixture tag (s.pinimg.com/ct/core.js): event, ed[…], tid, ad[…], cb. */
function fixtureBeacon(event: string, eventData: Record<string, WireValue>) {
  const bracket = (prefix: string, data: Record<string, WireValue>) =>
    Object.entries(data).map(
      ([key, value]) =>
        `${prefix}[${key}]=${encodeURIComponent(typeof value === 'object' ? JSON.stringify(value) : `${value}`)}`,
    );
  return [
    `https://ct.pinterest.com/v3/?event=${event}`,
    ...bracket('ed', eventData),
    'tid=2612345678901',
    ...bracket('ad', {
      loc: 'https://www.glass-demo-shop.example/cart.html',
      ref: 'https://www.glass-demo-shop.example/product.html',
      if: false,
      sh: 720,
      sw: 1280,
    }),
    'cb=1767225600000',
  ].join('&');
}

const lineItems = [{ product_id: 'KC-BP-549', product_name: 'Barista Pro Dual Boiler', product_price: 549 }];

describe('Pinterest tag decoder', () => {
  it('decodes the demo shop addtocart and checkout (fixture shape)', () => {
    const commerce = { value: 549, order_quantity: 1, currency: 'EUR', line_items: lineItems };
    expect(decode(fixtureBeacon('addtocart', commerce))).toStrictEqual([
      {
        vendor: 'pinterest',
        event: 'addtocart',
        accountId: '2612345678901',
        value: 549,
        currency: 'EUR',
        items: [{ id: 'KC-BP-549', name: 'Barista Pro Dual Boiler', price: 549 }],
        userDataKeys: [],
      },
    ]);
    expect(decode(fixtureBeacon('checkout', { ...commerce, order_id: 'KC-67225600' }))[0]).toMatchObject({
      event: 'checkout',
      hasOrderId: true,
    });
    expect(decode(fixtureBeacon('init', {}))).toMatchObject([{ event: 'init', items: [], userDataKeys: [] }]);
  });

  it('reads the JSON ed/pd objects real tags send, naming only user data in pd', () => {
    const ed = encodeURIComponent(
      JSON.stringify({
        value: '116',
        order_quantity: 2,
        currency: 'USD',
        order_id: 'A-77',
        line_items: [
          { product_name: 'Pillows (Set of 2)', product_id: '11', product_price: 48, product_quantity: 1 },
          {
            product_name: 'Pillows, Large (Set of 2)',
            product_id: '15',
            product_price: 68,
            product_quantity: 1,
          },
        ],
      }),
    );
    const pd = encodeURIComponent(
      JSON.stringify({ np: 'gtm', em: EM, pin_unauth: 'dWlkPTE', aem_eligible_list: ['em', 'ph'] }),
    );
    expect(
      decode(`https://ct.pinterest.com/v3/?event=checkout&ed=${ed}&tid=26123&pd=${pd}&cb=1`)[0],
    ).toMatchObject({
      value: 116,
      currency: 'USD',
      hasOrderId: true,
      items: [
        { id: '11', name: 'Pillows (Set of 2)', price: 48, quantity: 1 },
        { id: '15', name: 'Pillows, Large (Set of 2)', price: 68, quantity: 1 },
      ],
      userDataKeys: ['em'],
    });
  });

  it('reads pd[em], searches, single products, POST bodies and the /user/ endpoint', () => {
    expect(decode(`https://ct.pinterest.com/v3/?event=signup&tid=1&pd[em]=${EM}`)[0]!.userDataKeys).toEqual([
      'em',
    ]);
    expect(
      decode('https://ct.pinterest.com/v3/?event=search&tid=1&ed[search_query]=pour%20over')[0]!.searchTerm,
    ).toBe('pour over');
    expect(
      decode('https://ct.pinterest.com/v3/?event=pagevisit&tid=1&ed[product_id]=P1&ed[product_price]=9.5')[0]!
        .items,
    ).toEqual([{ id: 'P1', price: 9.5 }]);
    expect(
      decode('https://ct.pinterest.com/v3/', {
        method: 'POST',
        text: 'tid=26123&event=checkout&ed=%7B%22value%22%3A9%7D',
      })[0],
    ).toMatchObject({ event: 'checkout', value: 9 });
    expect(
      decode(`https://ct.pinterest.com/user/?tid=2615619520270&pd=%7B%22page%22%3A%22hp%22%7D&cb=1`),
    ).toMatchObject([{ event: 'init', accountId: '2615619520270', userDataKeys: [] }]);
  });

  it('survives malformed values without throwing', () => {
    const [event] = decode(
      'https://ct.pinterest.com/v3/?event=checkout&tid=1&ed=%7B%22value%22%3A&pd=%E0%A4%A&ed[line_items]=[null,3,%22x%22]',
    );
    expect(event).toMatchObject({ event: 'checkout', items: [], userDataKeys: [] });
    expect(event!.value).toBeUndefined();
  });

  it('yields nothing for other requests', () => {
    expect(decode('https://www.pinterest.com/pin/123/')).toEqual([]);
    expect(decode('https://s.pinimg.com/ct/core.js')).toEqual([]);
    expect(decode('https://ct.pinterest.com.evil.example/v3/?event=checkout&tid=1')).toEqual([]);
  });
});
