import { describe, expect, it } from 'vitest';
import { realMatcher } from '../helpers';

const shop = {
  sourceUrl: 'https://www.shop.example/',
  sourceHostname: 'www.shop.example',
  sourceSite: 'shop.example',
};

describe('tracker matcher (real trackerdb engine)', () => {
  it.each([
    [
      'https://connect.facebook.net/en_US/fbevents.js',
      'connect.facebook.net',
      'facebook.net',
      'script',
      'facebook',
      'Meta',
    ],
    [
      'https://www.google-analytics.com/g/collect?v=2',
      'www.google-analytics.com',
      'google-analytics.com',
      'ping',
      'google',
      'Google',
    ],
    [
      'https://static.criteo.net/js/ld/ld.js',
      'static.criteo.net',
      'criteo.net',
      'script',
      'criteo',
      'Criteo',
    ],
  ])('attributes %s', async (url, hostname, site, type, orgKey, name) => {
    const matcher = await realMatcher();
    const match = matcher.match({ url, hostname, site, type, ...shop });
    expect(match?.orgKey).toBe(orgKey);
    expect(match?.category).toMatch(/^[a-z_]+$/);
    expect(matcher.organization(orgKey)?.name).toBe(name);
  });

  it('knows privacy policies and contacts of organisations it matched', async () => {
    const matcher = await realMatcher();
    matcher.match({
      url: 'https://static.criteo.net/js/ld/ld.js',
      hostname: 'static.criteo.net',
      site: 'criteo.net',
      type: 'script',
      ...shop,
    });
    expect(matcher.organization('criteo')).toMatchObject({
      privacyPolicyUrl: expect.stringMatching(/^https:\/\//),
      privacyContact: expect.any(String),
      source: 'ghostery-trackerdb',
    });
  });

  it('does not attribute unknown hosts', async () => {
    const matcher = await realMatcher();
    const match = matcher.match({
      url: 'https://cdn.some-shop-assets.example/app.js',
      hostname: 'cdn.some-shop-assets.example',
      site: 'some-shop-assets.example',
      type: 'script',
      ...shop,
    });
    expect(match).toBeUndefined();
    expect(matcher.organization('nonexistent')).toBeUndefined();
  });

  it('matches a site by domain alone (Firefox "beacon" type is accepted too)', async () => {
    const matcher = await realMatcher();
    expect(matcher.matchSite('analytics.tiktok.com')?.orgKey).toBe('bytedance_inc');
    const beacon = matcher.match({
      url: 'https://www.google-analytics.com/g/collect',
      hostname: 'www.google-analytics.com',
      site: 'google-analytics.com',
      type: 'beacon',
      ...shop,
    });
    expect(beacon?.orgKey).toBe('google');
  });
});
