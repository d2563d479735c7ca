import { describe, expect, it } from 'vitest';
import { pageContextOf } from '../../../src/classify/page-context';
import { pageOfRequest } from '../../../src/classify/page-of-request';

const shopA = pageContextOf('https://www.shop-a.example/product')!;
const shopB = pageContextOf('https://shop-b.example/')!;

describe('pageOfRequest', () => {
  it('credits a beacon of the page being left to that page, not to the next shop', () => {
    expect(pageOfRequest(shopB, shopA, 'https://www.shop-a.example')).toBe(shopA);
  });

  it('keeps the current page for its own requests and for unknown initiators', () => {
    expect(pageOfRequest(shopB, shopA, 'https://shop-b.example')).toBe(shopB);
    expect(pageOfRequest(shopB, shopA, 'https://cdn.elsewhere.example')).toBe(shopB);
    expect(pageOfRequest(shopB, shopA, undefined)).toBe(shopB);
    expect(pageOfRequest(shopB, undefined, 'https://www.shop-a.example')).toBe(shopB);
    expect(pageOfRequest(shopB, shopA, 'null')).toBe(shopB);
  });

  it('matches the initiator by site, so another subdomain of the previous shop counts', () => {
    expect(pageOfRequest(shopB, shopA, 'https://checkout.shop-a.example')).toBe(shopA);
  });

  it('has nothing to choose when the tab is unknown', () => {
    expect(pageOfRequest(undefined, shopA, 'https://www.shop-a.example')).toBeUndefined();
  });
});
