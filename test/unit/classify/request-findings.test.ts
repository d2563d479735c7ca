import { describe, expect, it } from 'vitest';
import {
  identifierDeltas,
  requestFindings,
  unmatchedContactDeltas,
} from '../../../src/classify/request-findings';
import { buildIdentifierPool, EMPTY_POOL } from '../../../src/identifiers';
import type { ObservationDelta, WatchlistEntry } from '../../../src/model';

const SHA256 = '973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b'; // test@example.com
const email: WatchlistEntry = {
  kind: 'email',
  value: 'test@example.com',
  source: { type: 'user' },
  addedAt: 0,
};
const base: ObservationDelta = {
  retailer: 'shop.example',
  kind: 'third-party-request',
  party: 'third',
  subject: 'facebook.com',
  at: 1,
  tracker: { orgKey: 'facebook', patternKey: 'facebook', category: 'advertising' },
  evidence: { at: 1, page: 'https://shop.example/checkout', resource: 'https://www.facebook.com/tr/' },
};
const pixel = {
  url: `https://www.facebook.com/tr/?id=1&ev=Purchase&cd[value]=49.99&cd[currency]=EUR&ud[em]=${SHA256}`,
  method: 'GET',
  type: 'image',
};

describe('requestFindings', () => {
  it('decodes the event and finds the watched email, sharing the request’s recipient and tracker', () => {
    const deltas = requestFindings(pixel, base, {
      watchlist: buildIdentifierPool([email]),
      typedNotSubmitted: EMPTY_POOL,
    });
    expect(deltas.map((d) => [d.kind, d.subject, d.tracker?.orgKey])).toEqual([
      ['event-sent', 'facebook.com|meta|Purchase', 'facebook'],
      ['identifier-sent', 'facebook.com|email|sha256', 'facebook'],
    ]);
    expect(deltas[0]?.sample).toMatchObject({ value: 49.99, currency: 'EUR', userDataKeys: ['em'] });
    expect(deltas[1]?.counters).toEqual({});
  });

  it('marks a match of a value typed but not yet submitted as "before submit"', () => {
    const deltas = identifierDeltas(pixel, base, {
      watchlist: EMPTY_POOL,
      typedNotSubmitted: buildIdentifierPool([email]),
    });
    expect(deltas).toEqual([
      expect.objectContaining({ subject: 'facebook.com|email|sha256', counters: { beforeSubmit: 1 } }),
    ]);
  });
});

it('keeps the subject separator out of page-controlled event names', () => {
  const custom = { url: 'https://www.facebook.com/tr/?id=1&ev=Lead%7Cspecial', method: 'GET', type: 'image' };
  const [event] = requestFindings(custom, base, { watchlist: EMPTY_POOL, typedNotSubmitted: EMPTY_POOL });
  expect(event?.subject).toBe('facebook.com|meta|Lead/special');
});

describe('unmatchedContactDeltas', () => {
  it('reports hash-shaped contact data that matches none of the user’s values', () => {
    const deltas = unmatchedContactDeltas(pixel, base, {
      watchlist: EMPTY_POOL,
      typedNotSubmitted: EMPTY_POOL,
    });
    expect(deltas.map((d) => d.subject)).toEqual(['facebook.com|contact|hash-in-ud[em]']);
  });

  it('reports nothing once the value is known, from the watchlist or from typing', () => {
    const pool = buildIdentifierPool([email]);
    expect(unmatchedContactDeltas(pixel, base, { watchlist: pool, typedNotSubmitted: EMPTY_POOL })).toEqual(
      [],
    );
    expect(unmatchedContactDeltas(pixel, base, { watchlist: EMPTY_POOL, typedNotSubmitted: pool })).toEqual(
      [],
    );
  });
});
