import { describe, expect, it } from 'vitest';
import { criteoDecoder, criteoList, criteoParts } from '../../../src/detectors/network/commerce/criteo';
import { parseQuery } from '../../../src/detectors/network/commerce/wire-params';
import type { OutgoingRequest } from '../../../src/model';

const EM = '973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b'; // test@example.com
const enc = encodeURIComponent;

function decode(url: string, body: Partial<OutgoingRequest> = {}) {
  return criteoDecoder.decode({ url, method: 'GET', type: 'image', ...body }, new URL(url));
}

/** The GET the fixture OneTag (static.criteo.net/js/ld/ld.js) sends for one batch of events. */
function fixtureBeacon(account: number, pieces: string[], site = 'glass-demo-shop.example') {
  return [
    `https://sslwidget.criteo.com/event?a=${account}`,
    'v=5.23.0',
    'otl=1',
    ...['e=exd&site_type=d', ...pieces].map((piece, index) => `p${index}=${enc(piece)}`),
    `tld=${enc(site)}`,
    `fu=${enc(`https://www.${site}/`)}`,
    'dtycbr=12345',
  ].join('&');
}
/** The fixture's productList(): one encodeURIComponent of "[i=…&pr=…&q=…,…]". */
const fixtureList = (entries: string[]) => enc(`[${entries.join(',')}]`);

describe('Criteo OneTag decoder', () => {
  it('decodes the demo shop sale: order id, basket value and currency (fixture shape)', () => {
    const url = fixtureBeacon(52817, [
      `e=vc&id=KC-67225600&c=EUR&p=${fixtureList(['i=KC-BP-549&pr=549.00&q=1'])}`,
    ]);
    expect(decode(url)).toStrictEqual([
      {
        vendor: 'criteo',
        event: 'vc',
        accountId: '52817',
        value: 549,
        currency: 'EUR',
        items: [{ id: 'KC-BP-549', price: 549, quantity: 1 }],
        hasOrderId: true,
        userDataKeys: [],
      },
    ]);
  });

  it('decodes the tracking shop product view and home view (fixture shape)', () => {
    expect(
      decode(fixtureBeacon(41201, [`e=vp&p=${enc('NW-TRX-042')}`], 'tracking-shop.example')),
    ).toStrictEqual([
      { vendor: 'criteo', event: 'vp', accountId: '41201', items: [{ id: 'NW-TRX-042' }], userDataKeys: [] },
    ]);
    expect(decode(fixtureBeacon(41201, ['e=vh'], 'tracking-shop.example'))).toMatchObject([
      { event: 'vh', items: [] },
    ]);
  });

  it('decodes a basket with several lines and quantities', () => {
    const list = fixtureList(['i=A&pr=10.00&q=2', 'i=B&pr=5.50&q=1', 'i=C']);
    expect(decode(fixtureBeacon(1, [`e=vb&c=EUR&p=${list}`]))[0]).toMatchObject({
      event: 'vb',
      value: 25.5,
      items: [{ id: 'A', price: 10, quantity: 2 }, { id: 'B', price: 5.5, quantity: 1 }, { id: 'C' }],
    });
  });

  it('decodes real encodings: list entries encoded once more, setcurrency folded, dis silent', () => {
    const url =
      'https://sslwidget.criteo.com/event?a=31409&v=5.6.2&p0=e%3Dce%26m%3D%255B%255D&p1=e%3Dsetcurrency%26c%3DRUB' +
      '&p2=e%3Dexd%26site_type%3Dd&p3=e%3Dvc%26id%3DT-1%26p%3D%255Bi%25253D29a02748%252526pr%25253D8300%252526q%25253D2%255D' +
      '&p4=e%3Ddis&adce=1&tld=shop.example';
    expect(decode(url)).toStrictEqual([
      {
        vendor: 'criteo',
        event: 'vc',
        accountId: '31409',
        value: 16600,
        currency: 'RUB',
        items: [{ id: '29a02748', price: 8300, quantity: 2 }],
        hasOrderId: true,
        userDataKeys: [],
      },
    ]);
    const listing =
      'https://sslwidget.criteo.com/event?a=71354&v=5.12.3&p0=e%3Dce%26type%3D&p1=e%3Dexd%26site_type%3Dd' +
      '&p2=e%3Dvl%26p%3D%255BB2EEB736%252C076A0C97%255D&p3=e%3Ddis&adce=1';
    expect(decode(listing)).toMatchObject([{ event: 'vl', items: [{ id: 'B2EEB736' }, { id: '076A0C97' }] }]);
  });

  it('names emails (setEmail) and customer ids, on every event of the request', () => {
    const url = fixtureBeacon(1, [`e=ce&m=${enc(`[${EM}]`)}&h=sha256`, 'e=vh']).replace(
      'site_type%3Dd',
      'site_type%3Dd%26ci%3Dcustomer-42',
    );
    expect(decode(url)).toMatchObject([
      { event: 'ce', userDataKeys: ['em', 'external_id'] },
      { event: 'vh', userDataKeys: ['em', 'external_id'] },
    ]);
    const login = fixtureBeacon(1, [`e=sethashedlogin&login=${enc(`[${EM}]`)}`]);
    expect(decode(login)).toMatchObject([{ event: 'sethashedlogin', userDataKeys: ['external_id'] }]);
    expect(decode(fixtureBeacon(1, ['e=ce&m=%5B%5D', 'e=exd&ci=']))).toEqual([]);
  });

  it('survives malformed parts without throwing', () => {
    const events = decode(
      'https://sslwidget.criteo.com/event?a=1&p0=%E0%A4%A&p1=e%3Dvb%26p%3D%5B%E0%A4%A%26pr%3Dx%5D&p2=e',
    );
    expect(events).toMatchObject([{ event: 'vb' }]);
    expect(events[0]!.value).toBeUndefined();
  });

  it('reads parts in index order and lists in every encoding', () => {
    const parts = criteoParts(parseQuery('p10=e%3Dvc&p2=e%3Dvb&p1=e%3Dvh&px=e%3Dvp'));
    expect(parts.map((part) => part.get('e'))).toEqual(['vh', 'vb', 'vc']);
    expect(criteoList('[a,b]')).toEqual(['a', 'b']);
    expect(criteoList('[]')).toEqual([]);
    expect(criteoList('single')).toEqual(['single']);
    expect(criteoList(undefined)).toEqual([]);
  });

  it('yields nothing for other Criteo requests', () => {
    expect(decode('https://static.criteo.net/js/ld/ld.js')).toEqual([]);
    expect(decode('https://gum.criteo.com/syncframe?topUrl=shop.example')).toEqual([]);
    expect(decode('https://www.shop.example/event?a=1&p0=e%3Dvh')).toEqual([]);
  });
});
