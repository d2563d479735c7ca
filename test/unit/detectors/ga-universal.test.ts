import { describe, expect, it } from 'vitest';
import {
  decodeUniversalHits,
  isUniversalPath,
  universalItems,
} from '../../../src/detectors/network/commerce/ga-universal';
import { parseQuery } from '../../../src/detectors/network/commerce/wire-params';
import type { OutgoingRequest } from '../../../src/model';

function decode(url: string, googleHost = true, body: Partial<OutgoingRequest> = {}) {
  return decodeUniversalHits({ url, method: 'GET', type: 'image', ...body }, new URL(url), googleHost);
}

describe('Universal Analytics hits', () => {
  it('decodes an enhanced-ecommerce purchase with order id, revenue and the shop user id', () => {
    const url =
      'https://www.google-analytics.com/collect?v=1&_v=j96&t=event&tid=UA-12345-1&cid=1.2&uid=customer-42' +
      '&ec=ecommerce&ea=purchase&pa=purchase&ti=T-1001&tr=98.5&cu=EUR' +
      '&pr1id=SKU-1&pr1nm=Mug&pr1pr=19.5&pr1qt=3&pr2id=SKU-2&pr2pr=40';
    expect(decode(url)).toStrictEqual([
      {
        vendor: 'ga4',
        event: 'ua:purchase',
        accountId: 'UA-12345-1',
        value: 98.5,
        currency: 'EUR',
        items: [
          { id: 'SKU-1', name: 'Mug', price: 19.5, quantity: 3 },
          { id: 'SKU-2', price: 40 },
        ],
        hasOrderId: true,
        userDataKeys: ['external_id'],
      },
    ]);
  });

  it('names a hit by its type when no product action is set, and ignores a non-commerce event value', () => {
    const [event] = decode(
      'https://www.google-analytics.com/r/collect?v=1&t=event&tid=UA-1-1&ec=video&ea=play&ev=30',
    );
    expect(event).toMatchObject({ event: 'ua:event' });
    expect(event!.value).toBeUndefined();
  });

  it('decodes legacy ecommerce transaction and item hits', () => {
    expect(
      decode('https://ssl.google-analytics.com/collect?v=1&t=transaction&tid=UA-1-1&ti=T1&tr=10')[0],
    ).toMatchObject({
      event: 'ua:transaction',
      value: 10,
      hasOrderId: true,
    });
    expect(
      decode(
        'https://www.google-analytics.com/collect?v=1&t=item&tid=UA-1-1&ti=T1&in=Mug&ic=SKU-1&ip=5&iq=2',
      )[0]!.items,
    ).toEqual([{ id: 'SKU-1', name: 'Mug', price: 5, quantity: 2 }]);
  });

  it('reads the /batch endpoint line by line', () => {
    const events = decode('https://www.google-analytics.com/batch', true, {
      method: 'POST',
      text: 'v=1&t=pageview&tid=UA-1-1\nv=1&t=event&tid=UA-1-1&pa=detail&pr1id=A',
    });
    expect(events.map((event) => event.event)).toEqual(['ua:pageview', 'ua:detail']);
  });

  it('accepts other hosts only with the v=1&tid=UA- payload shape', () => {
    expect(decode('https://www.shop.example/collect?v=1&t=pageview&tid=UA-1-1', false)).toHaveLength(1);
    expect(decode('https://stats.g.doubleclick.net/r/collect?v=1&t=pageview', false)).toHaveLength(1);
    expect(decode('https://www.shop.example/collect?v=1&t=pageview', false)).toEqual([]);
    expect(decode('https://px.ads.linkedin.com/collect?v=2&pid=3346164&fmt=js', false)).toEqual([]);
    expect(decode('https://www.google-analytics.com/collect?v=2&t=pageview')).toEqual([]);
  });

  it('knows which paths carry UA hits', () => {
    expect(isUniversalPath('/j/collect', true)).toBe(true);
    expect(isUniversalPath('/g/collect', true)).toBe(false);
    expect(isUniversalPath('/analytics.js', true)).toBe(false);
    expect(isUniversalPath('/metrics/collect', false)).toBe(true);
  });

  it('lists products before impressions, each in index order, and survives bad escapes', () => {
    const hit = parseQuery('il2pi1id=C&il1pi2id=B&il1pi1id=A&pr2id=Y&pr1id=X&pr1pr=%E0%A4%A');
    expect(universalItems(hit)).toEqual([{ id: 'X' }, { id: 'Y' }, { id: 'A' }, { id: 'B' }, { id: 'C' }]);
  });
});
