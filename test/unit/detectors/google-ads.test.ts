import { describe, expect, it } from 'vitest';
import { googleAdsDecoder } from '../../../src/detectors/network/commerce/google-ads';
import type { OutgoingRequest } from '../../../src/model';

const EMAIL_B64URL = 'lz3-Rj7IV4X1-Vr1ujkG7tstkxwk5pgkqJ6mXbpOgTs'; // base64url SHA-256 of test@example.com

function decode(url: string, body: Partial<OutgoingRequest> = {}) {
  return googleAdsDecoder.decode({ url, method: 'GET', type: 'image', ...body }, new URL(url));
}

const tagParams =
  'random=1767225600000&cv=11&fst=1767225600000&bg=ffffff&guid=ON&async=1&gtm=45be5b10v9181813176' +
  '&gcd=13l3l3l3l1l1&dma=0&u_w=1280&u_h=720&url=https%3A%2F%2Fwww.shop.example%2Fthanks&hn=www.googleadservices.com' +
  '&frm=0&tiba=Thank%20you&npa=0&pscdl=noapi&auid=1636382539.1767225600';

describe('Google Ads decoder', () => {
  it('decodes an enhanced conversion purchase with automatically collected email', () => {
    const url =
      `https://www.googleadservices.com/pagead/conversion/987654321/?${tagParams}` +
      `&label=AbCdEfGhIjKlMnOp&value=549&currency_code=EUR&oid=KC-67225600&bttype=purchase` +
      `&em=tv.1~em.${EMAIL_B64URL}&ec_mode=a&rfmt=3&fmt=4`;
    expect(decode(url)).toStrictEqual([
      {
        vendor: 'google-ads',
        event: 'purchase',
        accountId: 'AW-987654321',
        value: 549,
        currency: 'EUR',
        items: [],
        hasOrderId: true,
        userDataKeys: ['em'],
        automaticMatching: true,
      },
    ]);
  });

  it('decodes the 1p-conversion, view-through and rul beacons, on country domains too', () => {
    expect(
      decode(
        `https://www.google.de/pagead/1p-conversion/319734835/?${tagParams}&label=x&data=event%3Dconversion&fmt=3`,
      ),
    ).toMatchObject([{ event: 'conversion', accountId: 'AW-319734835' }]);
    expect(
      decode(
        `https://googleads.g.doubleclick.net/pagead/viewthroughconversion/319734835/?${tagParams}&data=event%3Dadd_to_cart%3Bvalue%3D5`,
      ),
    ).toMatchObject([{ event: 'add_to_cart', accountId: 'AW-319734835' }]);
    expect(decode(`https://td.doubleclick.net/td/rul/10862264272?${tagParams}&fmt=3`)).toMatchObject([
      { event: 'conversion', accountId: 'AW-10862264272' },
    ]);
    expect(
      decode('https://www.google.com/ccm/form-data/987654321', {
        method: 'POST',
        text: `em=tv.1~em.${EMAIL_B64URL}~pn.AbCd&ec_mode=a`,
      }),
    ).toMatchObject([{ accountId: 'AW-987654321', userDataKeys: ['em', 'ph'], automaticMatching: true }]);
  });

  it('fans ccm/collect out to each Ads destination, and leaves GA4-only hits alone', () => {
    expect(
      decode('https://www.google.com/ccm/collect?en=page_view&tids=AW-111111111~AW-222222222~G-ABC&dl=x').map(
        (event) => event.accountId,
      ),
    ).toEqual(['AW-111111111', 'AW-222222222']);
    expect(
      decode('https://www.google.com/ccm/collect?tid=AW-797629828&en=conversion&value=12&currency_code=USD'),
    ).toMatchObject([{ event: 'conversion', accountId: 'AW-797629828', value: 12, currency: 'USD' }]);
    expect(decode('https://www.google.com/ccm/collect?en=page_view&tid=G-X')).toEqual([]);
    const anonymous = decode('https://www.google.com/ccm/collect?rcb=8&frm=0&ae=g&auid=1.2&en=page_view');
    expect(anonymous).toHaveLength(1);
    expect(anonymous[0]!.accountId).toBeUndefined();
  });

  it('survives malformed values without throwing', () => {
    const [event] = decode(
      'https://www.googleadservices.com/pagead/conversion/1/?value=%E0%A4%A&currency_code=%E0%A4%A&em=tv.1~em.&data=%E0%A4%A',
    );
    expect(event).toMatchObject({ event: 'conversion', accountId: 'AW-1', userDataKeys: [] });
    expect(event!.value).toBeUndefined();
    expect(event!.currency).toBeUndefined();
  });

  it('yields nothing for other Google requests and non-Google hosts', () => {
    expect(decode('https://www.google.com/search?q=kettle')).toEqual([]);
    expect(decode('https://www.googleadservices.com/pagead/conversion_async.js')).toEqual([]);
    expect(decode('https://www.shop.example/pagead/conversion/1/?value=5')).toEqual([]);
    expect(decode('https://google.evil.example/pagead/conversion/1/')).toEqual([]);
  });
});
