import { describe, expect, it } from 'vitest';
import {
  commerceEvent,
  commerceItem,
  defineDecoder,
  defined,
  MAX_EVENT_NAME_LENGTH,
  MAX_ITEMS,
} from '../../../src/detectors/network/commerce/event-builder';

describe('event builder', () => {
  it('builds an event with validated fields and flags only when true', () => {
    expect(
      commerceEvent('meta', ' Purchase ', {
        accountId: 710000000000001,
        value: '49.99',
        currency: 'eur',
        items: [{ id: 'A' }],
        searchTerm: '',
        hasOrderId: false,
        userDataKeys: ['zp', 'em', 'em'],
        automaticMatching: false,
      }),
    ).toStrictEqual({
      vendor: 'meta',
      event: 'Purchase',
      accountId: '710000000000001',
      value: 49.99,
      currency: 'EUR',
      items: [{ id: 'A' }],
      userDataKeys: ['em', 'zp'],
    });
  });

  it('needs an event name, and bounds names and item lists', () => {
    expect(commerceEvent('ga4', undefined)).toBeUndefined();
    expect(commerceEvent('ga4', 'undefined')).toBeUndefined();
    expect(commerceEvent('ga4', 'x'.repeat(300))!.event).toHaveLength(MAX_EVENT_NAME_LENGTH);
    const items = Array.from({ length: 1000 }, (_, i) => ({ id: String(i) }));
    expect(commerceEvent('ga4', 'view_item_list', { items })!.items).toHaveLength(MAX_ITEMS);
  });

  it('builds items from raw values and drops empty ones', () => {
    expect(commerceItem({ id: 'A', name: 'Shoe', price: '9.5', quantity: '2' })).toStrictEqual({
      id: 'A',
      name: 'Shoe',
      price: 9.5,
      quantity: 2,
    });
    expect(commerceItem({ id: '', price: 'abc' })).toBeUndefined();
    expect(defined([1, undefined, 2])).toEqual([1, 2]);
  });

  it('makes decoders that never throw', () => {
    const decoder = defineDecoder('snap', () => {
      throw new Error('hostile beacon');
    });
    expect(decoder.vendor).toBe('snap');
    expect(
      decoder.decode(
        { url: 'https://tr.snapchat.com/p', method: 'GET', type: 'image' },
        new URL('https://tr.snapchat.com/p'),
      ),
    ).toEqual([]);
  });
});
