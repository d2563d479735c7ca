import { describe, expect, it } from 'vitest';
import { excludeMatchesFor, GPC_SCRIPT_ID, gpcScriptRegistration, sameRegistration } from '../../src/gpc';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings';

const FILE = 'extension/gpc/navigator-gpc.js';
const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('gpcScriptRegistration', () => {
  it('runs in the MAIN world at document_start in every frame of web pages, with nothing excluded by default', () => {
    expect(gpcScriptRegistration(settings(), FILE)).toEqual({
      id: GPC_SCRIPT_ID,
      js: [FILE],
      matches: ['http://*/*', 'https://*/*'],
      runAt: 'document_start',
      allFrames: true,
      matchOriginAsFallback: true,
      world: 'MAIN',
      persistAcrossSessions: true,
    });
  });

  it('excludes the excepted sites, and is not registered while GPC is off', () => {
    expect(
      gpcScriptRegistration(settings({ gpcExceptions: ['shop.example'] }), FILE)?.excludeMatches,
    ).toEqual(['*://*.shop.example/*']);
    expect(gpcScriptRegistration(settings({ gpc: false }), FILE)).toBeUndefined();
  });
});

describe('excludeMatchesFor', () => {
  it('covers each site and its subdomains; IP literals and single labels exactly; junk never', () => {
    expect(
      excludeMatchesFor(['shop.co.uk', '192.168.1.20', 'intranet', 'shop.co.uk', 'a/b', '*.x', 'bücher.de']),
    ).toEqual(['*://*.shop.co.uk/*', '*://192.168.1.20/*', '*://intranet/*']);
  });
});

describe('sameRegistration', () => {
  const wanted = gpcScriptRegistration(settings({ gpcExceptions: ['a.example', 'b.example'] }), FILE)!;

  it('accepts the same registration as the browser reports it', () => {
    expect(
      sameRegistration({ ...wanted, excludeMatches: [...wanted.excludeMatches!].reverse() }, wanted),
    ).toBe(true);
    expect(sameRegistration(undefined, undefined)).toBe(true);
  });

  it('notices other exclusions, another file, a missing or an unwanted script', () => {
    expect(sameRegistration({ ...wanted, excludeMatches: ['*://*.a.example/*'] }, wanted)).toBe(false);
    expect(sameRegistration({ ...wanted, js: ['extension/gpc/old.js'] }, wanted)).toBe(false);
    expect(sameRegistration({ ...wanted, world: 'ISOLATED' }, wanted)).toBe(false);
    expect(sameRegistration(undefined, wanted)).toBe(false);
    expect(sameRegistration(wanted, undefined)).toBe(false);
  });
});
