import { describe, expect, it } from 'vitest';
import {
  identifierCookiesSent,
  isIdentifierLike,
  MAX_COOKIE_NAME_LENGTH,
  persistentCookiesSet,
} from '../../../src/detectors/network/persistent-cookie';

const now = Date.UTC(2026, 10, 25);

describe('persistent identifier cookies', () => {
  it('recognises long-lived identifier cookies being set, by Max-Age or Expires', () => {
    expect(
      persistentCookiesSet(
        [
          'fr=0FixtureBrowserId.1795590600; Max-Age=7776000; Path=/; Domain=.facebook.com; Secure; HttpOnly; SameSite=None',
          'uuid2=8312908412938120931; expires=Sat, 24 Feb 2027 10:00:00 GMT; path=/; domain=.adnxs.com',
        ],
        now,
      ),
    ).toEqual([
      { name: 'fr', lifetimeDays: 90 },
      { name: 'uuid2', lifetimeDays: 91 },
    ]);
  });

  it('ignores session cookies, short lifetimes, flags and consent switches', () => {
    expect(
      persistentCookiesSet(
        [
          'sid=8f3a9c0d2e1b4f5a; Path=/',
          'ab=8f3a9c0d2e1b4f5a; Max-Age=3600',
          'optout=true; Max-Age=31536000',
          'seen=1; Max-Age=31536000',
          'deleted=x1y2z3w4v5u6; Max-Age=0',
        ],
        now,
      ),
    ).toEqual([]);
  });

  it('splits newline-joined Set-Cookie values', () => {
    expect(
      persistentCookiesSet(['a=1\nIDE=AHWqTUm9xQ2kQ1xXyZ3; Max-Age=34128000'], now).map((c) => c.name),
    ).toEqual(['IDE']);
  });

  it('finds identifier-like cookies in a Cookie header, by name only', () => {
    const sent = identifierCookiesSent(
      'fr=0FixtureBrowserId.1795590600; locale=de_DE; _fbp=fb.1.1700000000000.123456789',
    );
    expect(sent).toEqual([{ name: 'fr' }, { name: '_fbp' }]);
    expect(JSON.stringify(sent)).not.toContain('Fixture');
  });

  it('cuts a cookie name to a bounded length, set or sent: the name is whatever the header says', () => {
    const long = `<marquee>${'never-forgets-'.repeat(80)}</marquee>`;
    const set = persistentCookiesSet([`${long}=QcLong0a1b2c3d4e5f6; Max-Age=31536000`], now);
    const sent = identifierCookiesSent(`${long}=QcLong0a1b2c3d4e5f6`);
    for (const [found] of [set, sent]) expect(found?.name).toBe(long.slice(0, MAX_COOKIE_NAME_LENGTH));
  });

  it.each([
    ['GA1.1.1234567890.1700000000', true],
    ['0c1e4d3a-5b6f-4a7e-9c8d-1f2e3d4c5b6a', true],
    ['de_DE', false],
    ['1700000000000', false],
    ['aaaaaaaaaaaa1', false],
  ])('isIdentifierLike(%s) = %s', (value, expected) => {
    expect(isIdentifierLike(value)).toBe(expected);
  });
});
