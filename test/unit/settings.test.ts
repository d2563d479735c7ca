import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  gpcAppliesTo,
  isRecordingPaused,
  MAX_SITES_PER_LIST,
  normalizeSite,
  SettingsPatchSchema,
  settingsFromStored,
} from '../../src/settings';

describe('settings', () => {
  it('protects by default: GPC on, no exceptions, the anonymous comparison off', () => {
    expect(settingsFromStored(undefined)).toEqual({
      compareAnonymous: false,
      gpc: true,
      gpcExceptions: [],
      retentionMonths: 12,
      pausedSites: [],
    });
    expect(settingsFromStored(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps good stored fields and resets only the malformed ones', () => {
    expect(
      settingsFromStored({ compareAnonymous: true, gpc: 'yes', gpcExceptions: ['www.Shop.de', 42] }),
    ).toEqual({
      compareAnonymous: true,
      gpc: true,
      gpcExceptions: [],
      retentionMonths: 12,
      pausedSites: [],
    });
    expect(
      settingsFromStored({ gpc: false, gpcExceptions: ['https://www.shop.co.uk/x', 'shop.co.uk'] }),
    ).toEqual({
      compareAnonymous: false,
      gpc: false,
      gpcExceptions: ['shop.co.uk'],
      retentionMonths: 12,
      pausedSites: [],
    });
  });

  it('normalises what a user types to a site, and refuses what is not a host name', () => {
    expect(normalizeSite(' WWW.Kaufhaus.de ')).toBe('kaufhaus.de');
    expect(normalizeSite('https://shop-a.myshopify.com:443/cart')).toBe('shop-a.myshopify.com');
    expect(normalizeSite('javascript:alert(1)')).toBeUndefined();
    expect(normalizeSite('<img src=x>')).toBeUndefined();
    expect(normalizeSite('')).toBeUndefined();
  });

  it('validates patches strictly and bounds the exception list', () => {
    expect(v.safeParse(SettingsPatchSchema, { gpc: false }).success).toBe(true);
    expect(v.safeParse(SettingsPatchSchema, { gpc: 'off' }).success).toBe(false);
    expect(v.safeParse(SettingsPatchSchema, { telemetry: true }).success).toBe(false);
    const tooMany = Array.from({ length: MAX_SITES_PER_LIST + 1 }, (_, i) => `s${i}.example`);
    expect(v.safeParse(SettingsPatchSchema, { gpcExceptions: tooMany }).success).toBe(false);
  });

  it('applies a patch field by field, and decides GPC per site', () => {
    const patch = v.parse(SettingsPatchSchema, {
      gpcExceptions: ['www.bank-shop.example', 'bank-shop.example'],
    });
    const settings = applySettingsPatch(DEFAULT_SETTINGS, patch);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, gpcExceptions: ['bank-shop.example'] });
    expect(gpcAppliesTo(settings, 'bank-shop.example')).toBe(false);
    expect(gpcAppliesTo(settings, 'other.example')).toBe(true);
    expect(gpcAppliesTo(applySettingsPatch(settings, { gpc: false }), 'other.example')).toBe(false);
  });

  it('keeps retention between 1 and 120 whole months, 12 by default', () => {
    expect(v.safeParse(SettingsPatchSchema, { retentionMonths: 1 }).success).toBe(true);
    expect(v.safeParse(SettingsPatchSchema, { retentionMonths: 120 }).success).toBe(true);
    for (const bad of [0, 121, 1.5, -3, '12', Number.NaN])
      expect(v.safeParse(SettingsPatchSchema, { retentionMonths: bad }).success, String(bad)).toBe(false);
    expect(settingsFromStored({ retentionMonths: 6 }).retentionMonths).toBe(6);
    expect(settingsFromStored({ retentionMonths: 999 }).retentionMonths).toBe(12);
  });

  it('pauses recording per site, normalised like the GPC exceptions', () => {
    const patch = v.parse(SettingsPatchSchema, {
      pausedSites: ['https://www.Tracking-Shop.example/x', '<b>'],
    });
    const settings = applySettingsPatch(DEFAULT_SETTINGS, patch);
    expect(settings.pausedSites).toEqual(['tracking-shop.example']);
    expect(isRecordingPaused(settings, 'tracking-shop.example')).toBe(true);
    expect(isRecordingPaused(settings, 'theo-shop.example')).toBe(false);
    expect(settingsFromStored({ pausedSites: 'all' }).pausedSites).toEqual([]);
  });
});
