import { describe, expect, it } from 'vitest';
import {
  declarationOfResponse,
  freshCheck,
  GPC_CHECK_INTERVAL_MS,
  GPC_JSON_MAX_BYTES,
  gpcJsonUrl,
  gpcSendingTo,
  isCalendarDate,
  MAX_GPC_CHECKS,
  parseGpcJson,
  withCheck,
  withoutChecks,
  type GpcCheck,
} from '../../src/gpc';
import { DEFAULT_SETTINGS } from '../../src/settings';

describe('gpcJsonUrl', () => {
  it('is the well-known file of the page’s host, always over https', () => {
    expect(gpcJsonUrl('https://www.shop.example/p/1?x=2#y')).toBe(
      'https://www.shop.example/.well-known/gpc.json',
    );
    expect(gpcJsonUrl('http://shop.example:8080/')).toBe('https://shop.example/.well-known/gpc.json');
    expect(gpcJsonUrl('https://shop.example:8443/')).toBe('https://shop.example:8443/.well-known/gpc.json');
  });

  it('is undefined for pages that are not on the web', () => {
    for (const url of [
      'about:blank',
      'chrome://extensions/',
      'file:///tmp/a.html',
      'data:text/html,x',
      'nonsense',
    ])
      expect(gpcJsonUrl(url)).toBeUndefined();
  });
});

describe('parseGpcJson', () => {
  it('reads a declaration with and without its date', () => {
    expect(parseGpcJson('{"gpc": true, "lastUpdate": "2024-11-04"}')).toEqual({
      status: 'declared',
      lastUpdate: '2024-11-04',
    });
    expect(parseGpcJson('\uFEFF{"gpc":true}')).toEqual({ status: 'declared' });
    expect(parseGpcJson('{"gpc": true, "lastUpdate": "2021-01-01", "version": 1}')).toEqual({
      status: 'declared',
      lastUpdate: '2021-01-01',
    });
  });

  it('treats "gpc": false as not declared', () => {
    expect(parseGpcJson('{"gpc": false, "lastUpdate": "2024-11-04"}')).toEqual({ status: 'not-declared' });
  });

  it.each([
    ['an HTML soft-404 page', '<!doctype html><title>Not found</title>'],
    ['a string for gpc', '{"gpc": "true"}'],
    ['a number for gpc', '{"gpc": 1}'],
    ['no gpc member', '{"lastUpdate": "2024-11-04"}'],
    ['gpc only on the prototype', '{"__proto__": {"gpc": true}}'],
    ['an array', '[{"gpc": true}]'],
    ['null', 'null'],
    ['true', 'true'],
    ['a day that does not exist', '{"gpc": true, "lastUpdate": "2024-02-30"}'],
    ['a date in another format', '{"gpc": true, "lastUpdate": "04.11.2024"}'],
    ['a date with a time', '{"gpc": true, "lastUpdate": "2024-11-04T10:00:00Z"}'],
    ['a number for lastUpdate', '{"gpc": true, "lastUpdate": 20241104}'],
    ['null for lastUpdate', '{"gpc": true, "lastUpdate": null}'],
    ['an empty body', ''],
  ])('calls %s invalid', (_what, body) => {
    expect(parseGpcJson(body)).toEqual({ status: 'invalid' });
  });

  it('refuses bodies larger than any real gpc.json', () => {
    const padded = `{"gpc": true, "pad": "${'x'.repeat(GPC_JSON_MAX_BYTES)}"}`;
    expect(parseGpcJson(padded)).toEqual({ status: 'invalid' });
  });
});

describe('declarationOfResponse', () => {
  it('maps HTTP answers', () => {
    expect(declarationOfResponse(200, '{"gpc":true}')).toEqual({ status: 'declared' });
    expect(declarationOfResponse(200, undefined)).toEqual({ status: 'invalid' });
    expect(declarationOfResponse(404)).toEqual({ status: 'not-declared' });
    expect(declarationOfResponse(410)).toEqual({ status: 'not-declared' });
    for (const status of [0, 204, 301, 403, 500, 503])
      expect(declarationOfResponse(status)).toEqual({ status: 'unavailable' });
  });
});

describe('isCalendarDate', () => {
  it('accepts real days only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('1969-12-31')).toBe(false);
    expect(isCalendarDate('２０２４-01-01')).toBe(false);
  });
});

describe('the check cache', () => {
  const now = Date.UTC(2026, 4, 1);
  const check = (checkedAt: number): GpcCheck => ({ checkedAt, declaration: { status: 'not-declared' } });

  it('returns a check for a week, then asks again', () => {
    const cache = withCheck(undefined, 'shop.example', check(now), now);
    expect(freshCheck(cache, 'shop.example', now + GPC_CHECK_INTERVAL_MS - 1)).toEqual(check(now));
    expect(freshCheck(cache, 'shop.example', now + GPC_CHECK_INTERVAL_MS)).toBeUndefined();
    expect(freshCheck(cache, 'other.example', now)).toBeUndefined();
    // A clock set back does not keep a check forever.
    expect(freshCheck(cache, 'shop.example', now - 1)).toBeUndefined();
  });

  it('ignores malformed stored entries and drops expired ones when it writes', () => {
    const stored = {
      'bad.example': { checkedAt: 'yesterday', declaration: { status: 'declared' } },
      'odd.example': { checkedAt: now, declaration: { status: 'declared', lastUpdate: 'soon' } },
      'old.example': check(now - GPC_CHECK_INTERVAL_MS - 1),
      'kept.example': {
        checkedAt: now - 1000,
        declaration: { status: 'declared', lastUpdate: '2024-11-04' },
      },
    };
    expect(freshCheck(stored, 'bad.example', now)).toBeUndefined();
    expect(freshCheck(stored, 'odd.example', now)).toBeUndefined();
    expect(freshCheck('garbage', 'kept.example', now)).toBeUndefined();
    const next = withCheck(stored, 'new.example', check(now), now);
    expect(Object.keys(next).sort()).toEqual(['kept.example', 'new.example']);
  });

  it('keeps at most the newest MAX_GPC_CHECKS sites', () => {
    let cache: unknown = {};
    for (let i = 0; i < MAX_GPC_CHECKS + 20; i += 1)
      cache = withCheck(cache, `s${i}.example`, check(now + i), now + i);
    const sites = Object.keys(cache as object);
    expect(sites).toHaveLength(MAX_GPC_CHECKS);
    expect(sites).toContain(`s${MAX_GPC_CHECKS + 19}.example`);
    expect(sites).not.toContain('s0.example');
  });

  it("forgets a deleted shop's check, or every check", () => {
    let cache: unknown = withCheck(undefined, 'shop.example', check(now), now);
    cache = withCheck(cache, 'other.example', check(now), now);
    const without = withoutChecks(cache, ['shop.example']);
    expect(Object.keys(without)).toEqual(['other.example']);
    expect(freshCheck(without, 'other.example', now)).toEqual(check(now));
    expect(withoutChecks(cache, 'all')).toEqual({});
    expect(withoutChecks('garbage', ['shop.example'])).toEqual({});
  });
});

describe('gpcSendingTo', () => {
  it('says whether the settings send GPC to a site', () => {
    expect(gpcSendingTo(DEFAULT_SETTINGS, 'shop.example')).toBe('sent');
    expect(gpcSendingTo({ ...DEFAULT_SETTINGS, gpcExceptions: ['shop.example'] }, 'shop.example')).toBe(
      'exception',
    );
    expect(gpcSendingTo({ ...DEFAULT_SETTINGS, gpc: false }, 'shop.example')).toBe('off');
  });
});
