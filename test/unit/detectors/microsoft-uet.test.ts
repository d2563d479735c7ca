import { describe, expect, it } from 'vitest';
import { microsoftUetDecoder } from '../../../src/detectors/network/commerce/microsoft-uet';

function decode(url: string) {
  return microsoftUetDecoder.decode({ url, method: 'GET', type: 'image' }, new URL(url));
}

/** The GET image of the fixture (bat.bing.com/bat.js), params in its order. */
function fixtureBeacon(extra: [string, string][]) {
  const params: [string, string][] = [
    ['ti', '187000123'],
    ['Ver', '2'],
    ['mid', '6f1c2b7e-3d4a-4b8e-9f0a-1c2d3e4f5a6b'],
    ['sid', '0123456789abcdef0123456789abcdef'],
    ['vid', 'fedcba9876543210fedcba9876543210'],
    ['vids', '0'],
    ...extra,
    ['sw', '1280'],
    ['sh', '720'],
    ['sc', '24'],
    ['p', 'https://www.glass-demo-shop.example/thanks.html'],
    ['r', 'https://www.glass-demo-shop.example/checkout.html'],
    ['lt', '412'],
    ['tl', 'Thank you – Kettle & Crema'],
    ['msclkid', 'N'],
    ['rn', '123456'],
  ];
  return `https://bat.bing.com/action/0?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

describe('Microsoft UET decoder', () => {
  it('decodes the demo shop purchase with revenue (fixture shape)', () => {
    const url = fixtureBeacon([
      ['evt', 'custom'],
      ['ea', 'purchase'],
      ['gv', '549'],
      ['gc', 'EUR'],
    ]);
    expect(decode(url)).toStrictEqual([
      {
        vendor: 'microsoft-uet',
        event: 'purchase',
        accountId: '187000123',
        value: 549,
        currency: 'EUR',
        items: [],
        userDataKeys: [],
      },
    ]);
  });

  it('names page loads and custom events without an action by evt', () => {
    expect(decode(fixtureBeacon([['evt', 'pageLoad']]))).toMatchObject([
      { event: 'pageLoad', accountId: '187000123' },
    ]);
    expect(
      decode('https://bat.bing.com/action/0?ti=26101359&tm=gtm002&Ver=2&evt=custom&ec=signup'),
    ).toMatchObject([{ event: 'custom' }]);
    expect(decode('https://bat.bing.com/action/0?ti=5223675&Ver=2')).toMatchObject([{ event: 'pageLoad' }]);
  });

  it('survives malformed values without throwing', () => {
    const [event] = decode('https://bat.bing.com/action/0?ti=1&evt=custom&ea=%E0%A4%A&gv=abc&gc=%E0%A4%A');
    expect(event!.value).toBeUndefined();
    expect(event!.currency).toBeUndefined();
  });

  it('yields nothing for the library, consent pings and other hosts', () => {
    expect(decode('https://bat.bing.com/bat.js')).toEqual([]);
    expect(decode('https://bat.bing.com/actionp/0?ti=52012471&evt=consent&asc=G')).toEqual([]);
    expect(decode('https://www.bing.com/action/0?ti=1')).toEqual([]);
  });
});
