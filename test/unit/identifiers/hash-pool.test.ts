import { describe, expect, it } from 'vitest';
import { buildIdentifierPool } from '../../../src/identifiers';
import type { WatchlistEntry } from '../../../src/model';

const entry = (kind: WatchlistEntry['kind'], value: string): WatchlistEntry => ({
  kind,
  value,
  source: { type: 'user' },
  addedAt: 0,
});

describe('identifier pool', () => {
  const pool = buildIdentifierPool([entry('email', ' Test@Example.com ')]);
  const lookup = (token: string) => pool.tokens.get(token.toLowerCase());

  // Test vectors for test@example.com from signals.md §2.5.
  it.each([
    ['973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b', 'sha256'],
    ['973DFE463EC85785F5F95AF5BA3906EEDB2D931C24E69824A89EA65DBA4E813B', 'sha256'],
    ['lz3-Rj7IV4X1-Vr1ujkG7tstkxwk5pgkqJ6mXbpOgTs', 'sha256-base64url'],
    ['lz3+Rj7IV4X1+Vr1ujkG7tstkxwk5pgkqJ6mXbpOgTs=', 'sha256-base64'],
    ['55502f40dc8b7c769880b10874abc9d0', 'md5'],
    ['0a7d4fbfa8698f03c421de2c4047ad2998f34bf630b9673a7ec1237e53899916', 'sha256(md5)'],
    ['test@example.com', 'plain'],
    ['test%40example.com', 'plain'],
    ['dGVzdEBleGFtcGxlLmNvbQ==', 'base64'],
  ])('contains %s as %s', (token, encoding) => {
    expect(lookup(token)).toEqual({ kind: 'email', encoding, entry: 0 });
  });

  it('contains SHA-1 and SHA-512 hex forms', () => {
    const encodings = new Set([...pool.tokens.values()].map((m) => m.encoding));
    expect(encodings).toContain('sha1');
    expect(encodings).toContain('sha512');
    expect(encodings).toContain('sha256(sha256)');
  });

  it('normalises Gmail dots, +tags and googlemail before hashing', () => {
    const gmail = buildIdentifierPool([entry('email', 'The.O+shop@googlemail.com')]);
    expect(gmail.tokens.get('theo@gmail.com')?.encoding).toBe('plain');
    expect(gmail.tokens.get('the.o@googlemail.com')?.encoding).toBe('plain');
    // sha256("theo@gmail.com") must be in the pool: Meta and Google normalise this way.
    const hex = [...gmail.tokens.entries()].filter(([, m]) => m.encoding === 'sha256').map(([t]) => t);
    expect(hex.length).toBeGreaterThanOrEqual(4);
  });

  it('holds about 150 strings per email, and substrings for plain emails', () => {
    expect(pool.size).toBeGreaterThan(60);
    expect(pool.size).toBeLessThan(400);
    expect(pool.substrings.map((s) => s.text)).toContain('test@example.com');
  });

  it('matches phones as E.164 with and without +, and national forms', () => {
    const phone = buildIdentifierPool([entry('phone', '0151 2345 6789')]);
    for (const form of ['+4915123456789', '4915123456789', '15123456789', '015123456789']) {
      expect(phone.tokens.get(form)?.kind).toBe('phone');
    }
    const china = buildIdentifierPool([entry('phone', '138 0013 8000')]);
    expect(china.tokens.get('+8613800138000')?.kind).toBe('phone');
  });

  it('does not look for values too short to be identifying', () => {
    expect(buildIdentifierPool([entry('gender', 'f'), entry('city', 'A')]).size).toBe(0);
  });
});
