import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { snapDecoder } from '../../../src/detectors/network/commerce/snap';
import type { OutgoingRequest } from '../../../src/model';

const EM = '973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b'; // test@example.com
const PIXEL = '24d5aee1-b548-466b-a1ed-d2b44fe2beed';

function decode(url: string, body: Partial<OutgoingRequest> = {}) {
  return snapDecoder.decode({ url, method: 'GET', type: 'image', ...body }, new URL(url));
}

describe('Snap pixel decoder', () => {
  it("decodes the tag's short wire names, treating e_cur=undefined as unset", () => {
    const url =
      `https://tr.snapchat.com/p?pid=${PIXEL}&ev=ADD_CART&pl=https%3A%2F%2Fshop.example%2Fproduct%2F59014923` +
      '&ts=1767225600000&rf=https%3A%2F%2Fshop.example%2Fcart&v=1.5&if=false&bt=__LIVE__&e_ic=undefined' +
      '&e_pr=129.72&e_cur=undefined&e_ni=1&e_iids=59014923&u_c1=e2e11359-d6ca-42cb-ad24-1eac794e0ee7&intg=gtm';
    expect(decode(url)).toStrictEqual([
      {
        vendor: 'snap',
        event: 'ADD_CART',
        accountId: PIXEL,
        value: 129.72,
        items: [{ id: '59014923' }],
        userDataKeys: [],
      },
    ]);
  });

  it('reads currency, transaction and search from the short names when they hold values', () => {
    const [event] = decode(
      `https://tr.snapchat.com/p?pid=${PIXEL}&ev=PURCHASE&e_pr=58&e_cur=EUR&e_iids=A%2CB&e_tid=T-9&e_ss=kettle`,
    );
    expect(event).toMatchObject({
      value: 58,
      currency: 'EUR',
      items: [{ id: 'A' }, { id: 'B' }],
      hasOrderId: true,
      searchTerm: 'kettle',
    });
  });

  it('decodes a purchase POST form with the API names and hashed email and phone', () => {
    const [event] = decode('https://tr.snapchat.com/p', {
      method: 'POST',
      form: {
        pid: [PIXEL],
        ev: ['PURCHASE'],
        price: ['549.00'],
        currency: ['EUR'],
        item_ids: ['["KC-BP-549","KC-GR-120"]'],
        transaction_id: ['KC-67225600'],
        u_hem: [EM],
        u_hpn: [createHash('sha256').update('4915123456789').digest('hex')],
        client_dedup_id: ['d7'],
      },
    });
    expect(event).toStrictEqual({
      vendor: 'snap',
      event: 'PURCHASE',
      accountId: PIXEL,
      value: 549,
      currency: 'EUR',
      items: [{ id: 'KC-BP-549' }, { id: 'KC-GR-120' }],
      hasOrderId: true,
      userDataKeys: ['em', 'ph'],
    });
  });

  it('reads each tracked entry of the JSON body and skips identity syncs and logs', () => {
    const text = JSON.stringify({
      ctx: { url: 'https://shop.example/' },
      req: [
        { t: { pid: PIXEL, ev: 'SEARCH', search_string: 'kettle', intg: 'gtm' } },
        { i: { pids: ['301bc76a'] } },
        { t: { pid: PIXEL, ev: 'VIEW_CONTENT', item_ids: ['A', 'B'], u_hem: EM } },
        { log: { name: 'SB', message: '' } },
      ],
    });
    expect(decode('https://tr6.snapchat.com/p', { method: 'POST', text })).toMatchObject([
      { event: 'SEARCH', searchTerm: 'kettle' },
      { event: 'VIEW_CONTENT', items: [{ id: 'A' }, { id: 'B' }], userDataKeys: ['em'] },
    ]);
  });

  it('decodes the noscript image', () => {
    expect(decode(`https://tr.snapchat.com/cm/i?pid=${PIXEL}&ev=PAGE_VIEW&noscript=1`)).toMatchObject([
      { event: 'PAGE_VIEW', accountId: PIXEL },
    ]);
  });

  it('survives malformed requests without throwing', () => {
    expect(decode('https://tr.snapchat.com/p', { method: 'POST', text: '{"req":[{"t":' })).toEqual([]);
    expect(decode('https://tr.snapchat.com/p', { method: 'POST', text: '{"req":"x"}' })).toEqual([]);
    const [event] = decode('https://tr.snapchat.com/p?pid=1&ev=PURCHASE&e_pr=%E0%A4%A&e_iids=%E0%A4%A');
    expect(event!.value).toBeUndefined();
  });

  it('yields nothing for other requests', () => {
    expect(decode('https://sc-static.net/scevent.min.js')).toEqual([]);
    expect(decode('https://tr.snapchat.com/config/abc')).toEqual([]);
    expect(decode('https://www.shop.example/p?pid=1&ev=PURCHASE')).toEqual([]);
  });
});
