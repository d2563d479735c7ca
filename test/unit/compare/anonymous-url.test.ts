import { describe, expect, it } from 'vitest';
import { anonymousRequestUrl } from '../../../src/compare';

describe('anonymousRequestUrl', () => {
  it('keeps the shop, path and product parameters', () => {
    expect(anonymousRequestUrl('https://www.shop.example/p/kettle-7?variant=blue&size=2#reviews')).toBe(
      'https://www.shop.example/p/kettle-7?variant=blue&size=2',
    );
  });

  it('drops session ids, click ids, campaign tags, e-mail addresses, tokens and credentials', () => {
    expect(
      anonymousRequestUrl(
        'https://theo:pw@www.shop.example/p/1?id=42&sessionid=abc&gclid=xyz&utm_source=mail&email=a@b.example&x=4f9a2c7e1b3d5f60aa11&ref=home',
      ),
    ).toBe('https://www.shop.example/p/1?id=42');
  });

  it('refuses what is not http(s)', () => {
    expect(anonymousRequestUrl('javascript:alert(1)')).toBeUndefined();
    expect(anonymousRequestUrl('not a url')).toBeUndefined();
  });
});
