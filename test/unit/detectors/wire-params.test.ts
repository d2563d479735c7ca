import { describe, expect, it } from 'vitest';
import {
  batchedParams,
  bodyParams,
  bracketGroup,
  firstPresent,
  MAX_BATCH_LINES,
  mergedParams,
  parseQuery,
} from '../../../src/detectors/network/commerce/wire-params';
import type { OutgoingRequest } from '../../../src/model';

const request = (url: string, body: Partial<OutgoingRequest> = {}): OutgoingRequest => ({
  url,
  method: 'POST',
  type: 'ping',
  ...body,
});

describe('wire params', () => {
  it('merges the query with a form body, the body winning', () => {
    const url = 'https://www.facebook.com/tr/?id=1&ev=PageView';
    const params = mergedParams(
      request(url, { form: { ev: ['Lead', 'Purchase'], 'cd[value]': ['5'] } }),
      new URL(url),
    );
    expect(Object.fromEntries(params)).toEqual({ id: '1', ev: 'Purchase', 'cd[value]': '5' });
  });

  it('reads a URL-encoded text body but never a JSON one', () => {
    expect(
      Object.fromEntries(bodyParams(request('https://x.example/', { text: 'a=1&b=%20two\n' }))!),
    ).toEqual({
      a: '1',
      b: ' two',
    });
    expect(bodyParams(request('https://x.example/', { text: '{"a":1}' }))).toBeUndefined();
    expect(bodyParams(request('https://x.example/'))).toBeUndefined();
  });

  it('splits a newline-batched body into one hit per line over the URL params', () => {
    const url = 'https://region1.google-analytics.com/g/collect?v=2&tid=G-1&en=page_view';
    const hits = batchedParams(
      request(url, { text: 'en=scroll&epn.percent=90\r\n\nen=click\n' }),
      new URL(url),
    );
    expect(hits.map((hit) => [hit.get('tid'), hit.get('en')])).toEqual([
      ['G-1', 'scroll'],
      ['G-1', 'click'],
    ]);
    expect(hits[1]!.has('epn.percent')).toBe(false);
  });

  it('treats a request without body lines as one hit, and caps the lines it reads', () => {
    const url = 'https://x.example/g/collect?en=a';
    expect(batchedParams(request(url, { text: ' \n' }), new URL(url))).toHaveLength(1);
    expect(batchedParams(request(url, { text: '{"en":"b"}' }), new URL(url))).toHaveLength(1);
    const many = Array.from({ length: 500 }, (_, i) => `en=e${i}`).join('\n');
    expect(batchedParams(request(url, { text: many }), new URL(url))).toHaveLength(MAX_BATCH_LINES);
  });

  it('collects bracketed groups and survives malformed escapes', () => {
    const params = parseQuery('ud[em]=1&ud%5Bph%5D=2&udff[fn]=3&cd[value]=%E0%A4%A&udx=4');
    expect(Object.fromEntries(bracketGroup(params, 'ud'))).toEqual({ em: '1', ph: '2' });
    expect(bracketGroup(params, 'cd').get('value')).toContain('%A');
  });

  it('picks the first spelling of a field that holds a value', () => {
    const params = parseQuery('e_cur=undefined&currency=EUR&e_pr=&price=5');
    expect(firstPresent(params, 'e_cur', 'currency')).toBe('EUR');
    expect(firstPresent(params, 'e_pr', 'price')).toBe('5');
    expect(firstPresent(params, 'missing')).toBeUndefined();
  });
});
