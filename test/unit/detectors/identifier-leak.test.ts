import { describe, expect, it } from 'vitest';
import { scanForIdentifiers } from '../../../src/detectors/network/identifier-leak';
import { buildIdentifierPool, EMPTY_POOL, toBase64 } from '../../../src/identifiers';
import type { OutgoingRequest, WatchlistEntry } from '../../../src/model';

const entries: WatchlistEntry[] = [
  { kind: 'email', value: 'Test@Example.com', source: { type: 'user' }, addedAt: 0 },
  { kind: 'phone', value: '0151 2345 6789', source: { type: 'user' }, addedAt: 0 },
];
const pool = buildIdentifierPool(entries);
const SHA256 = '973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b';
const request = (overrides: Partial<OutgoingRequest>): OutgoingRequest => ({
  url: 'https://tracker.example/c',
  method: 'GET',
  type: 'image',
  ...overrides,
});
const kinds = (r: OutgoingRequest, p = pool) =>
  scanForIdentifiers(r, p)
    .findings.map((f) => `${f.kind}:${f.encoding}:${f.carrier}`)
    .sort();

describe('scanForIdentifiers', () => {
  it('finds a SHA-256 email in a Meta pixel GET (ud[em]) and in udff[em]', () => {
    expect(
      kinds(request({ url: `https://www.facebook.com/tr/?id=1&ev=Purchase&ud%5Bem%5D=${SHA256}` })),
    ).toEqual(['email:sha256:url']);
    expect(kinds(request({ method: 'POST', form: { 'udff[em]': [SHA256], ev: ['Lead'] } }))).toEqual([
      'email:sha256:body',
    ]);
  });

  it('finds Google base64url hashes inside tilde lists (em=tv.1~em.…)', () => {
    const url =
      'https://www.google.com/ccm/collect?en=conversion&em=tv.1~em.lz3-Rj7IV4X1-Vr1ujkG7tstkxwk5pgkqJ6mXbpOgTs';
    expect(kinds(request({ url }))).toEqual(['email:sha256-base64url:url']);
  });

  it('finds Criteo sha256(md5) and MD5 forms', () => {
    expect(
      kinds(
        request({
          url: 'https://sslwidget.criteo.com/event?p0=e%3Dce%26m%3D%255B0a7d4fbfa8698f03c421de2c4047ad2998f34bf630b9673a7ec1237e53899916%255D',
        }),
      ),
    ).toEqual(['email:sha256(md5):url']);
    expect(
      kinds(
        request({
          url: 'https://ct.pinterest.com/v3/?event=checkout&pd[em]=55502f40dc8b7c769880b10874abc9d0',
        }),
      ),
    ).toEqual(['email:md5:url']);
  });

  it('finds plain emails inside JSON bodies and base64 envelopes (Klaviyo data=)', () => {
    expect(
      kinds(request({ method: 'POST', text: '{"data":{"attributes":{"email":"test@example.com"}}}' })),
    ).toEqual(['email:plain:body']);
    const envelope = toBase64(
      new TextEncoder().encode('{"token":"abc","properties":{"$email":"test@example.com"}}'),
    );
    expect(
      kinds(request({ url: `https://a.klaviyo.com/api/identify?data=${encodeURIComponent(envelope)}` })),
    ).toEqual(['email:plain:url']);
  });

  it('finds identifiers in cookies and phones as E.164 digits', () => {
    expect(kinds(request({ cookie: `_uid=abc; hem=${SHA256.toUpperCase()}` }))).toEqual([
      'email:sha256:cookie',
    ]);
    expect(kinds(request({ method: 'POST', text: 'v=2&ph=4915123456789' }))).toEqual(['phone:plain:body']);
  });

  it('finds nothing in ordinary tracker traffic', () => {
    const r = request({
      url: 'https://www.google-analytics.com/g/collect?v=2&tid=G-X&cid=1.2&en=page_view&dl=https%3A%2F%2Fshop.example%2F',
      text: 'en=scroll',
    });
    expect(scanForIdentifiers(r, pool)).toEqual({ findings: [], unmatchedHashedContactFields: [] });
  });

  it('flags hash-shaped contact fields that match nothing, even with an empty watchlist', () => {
    const other = 'a'.repeat(64);
    const scan = scanForIdentifiers(
      request({
        url: `https://tr.snapchat.com/p?pid=1&u_hem=${other}&ev=PAGE_VIEW`,
        method: 'POST',
        text: `{"user":{"email":"${'b'.repeat(64)}"}}`,
      }),
      EMPTY_POOL,
    );
    expect(scan.findings).toEqual([]);
    expect(scan.unmatchedHashedContactFields.sort()).toEqual(['email', 'u_hem']);
    // A known hash is a finding, not an "unmatched" one.
    expect(
      scanForIdentifiers(request({ url: `https://tr.snapchat.com/p?u_hem=${SHA256}` }), pool)
        .unmatchedHashedContactFields,
    ).toEqual([]);
  });

  it('survives malformed input', () => {
    expect(() =>
      scanForIdentifiers(
        request({ url: 'https://x.example/?%E0%A4%A=%', text: '{"unterminated', cookie: '=;;=' }),
        pool,
      ),
    ).not.toThrow();
  });
});
