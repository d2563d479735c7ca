import { describe, expect, it } from 'vitest';
import {
  candidateVendors,
  hostMatches,
  isGoogleAdsHost,
  vendorForHost,
} from '../../../src/detectors/network/commerce/commerce-routes';

describe('commerce routes', () => {
  it('finds the vendor of beacon hosts by their longest known suffix', () => {
    expect(vendorForHost('www.facebook.com')).toBe('meta');
    expect(vendorForHost('region1.analytics.google.com')).toBe('ga4');
    expect(vendorForHost('www.google.com')).toBe('google-ads');
    expect(vendorForHost('td.doubleclick.net')).toBe('google-ads');
    expect(vendorForHost('analytics.us.tiktok.com')).toBe('tiktok');
    expect(vendorForHost('sslwidget.criteo.com')).toBe('criteo');
    expect(vendorForHost('bat.bing.com')).toBe('microsoft-uet');
    expect(vendorForHost('tr6.snapchat.com.')).toBe('snap');
    expect(vendorForHost('ct.pinterest.com')).toBe('pinterest');
    expect(vendorForHost('notfacebook.com')).toBeUndefined();
    expect(vendorForHost('facebook.com.evil.example')).toBeUndefined();
    expect(vendorForHost('localhost')).toBeUndefined();
  });

  it('matches hosts on label boundaries', () => {
    expect(hostMatches('ct.pinterest.com', 'pinterest.com')).toBe(true);
    expect(hostMatches('pinterest.com', 'pinterest.com')).toBe(true);
    expect(hostMatches('notpinterest.com', 'pinterest.com')).toBe(false);
    expect(isGoogleAdsHost('www.google.co.uk')).toBe(true);
    expect(isGoogleAdsHost('www.google.com.br')).toBe(true);
    expect(isGoogleAdsHost('googleads.g.doubleclick.net')).toBe(true);
    expect(isGoogleAdsHost('google.evil.example')).toBe(false);
  });

  it('adds first-party proxies by path shape', () => {
    expect(candidateVendors('metrics.shop.example', '/g/collect')).toEqual(['ga4']);
    expect(candidateVendors('www.shop.example', '/tr')).toEqual(['meta']);
    expect(candidateVendors('www.shop.example', '/tr/')).toEqual(['meta']);
    expect(candidateVendors('stats.g.doubleclick.net', '/g/collect')).toEqual(['ga4', 'google-ads']);
    expect(candidateVendors('www.google.de', '/pagead/1p-conversion/1/')).toEqual(['google-ads']);
  });

  it('finds nothing for ordinary requests', () => {
    expect(candidateVendors('cdn.shop.example', '/img/logo.svg')).toEqual([]);
    expect(candidateVendors('www.shop.example', '/tracking')).toEqual([]);
  });
});
