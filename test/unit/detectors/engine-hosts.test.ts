import { describe, expect, it } from 'vitest';
import { ENGINE_SITES, engineOfSite } from '../../../src/detectors/network/engine-hosts';
import { ENGINE_NAMES } from '../../../src/detectors/page/engine-cookies';
import { siteOfHost } from '../../../src/classify/site';

describe('engine hosts', () => {
  it.each([
    ['cdn.dynamicyield.com', 'dynamic-yield'],
    ['cdn-eu.dynamicyield.com', 'dynamic-yield'],
    ['shop.tt.omtrdc.net', 'adobe'],
    ['connect.nosto.com', 'nosto'],
    ['p.brsrvr.com', 'bloomreach'],
    ['cdn.cquotient.com', 'salesforce-einstein'],
    ['abc123-dsn.algolia.net', 'algolia'],
    ['tags.tiqcdn.com', 'tealium'],
  ])('%s → %s', (host, engine) => {
    expect(engineOfSite(siteOfHost(host))).toBe(engine);
  });

  it('knows nothing of other sites, nor of prototype keys', () => {
    expect(engineOfSite('facebook.net')).toBeUndefined();
    expect(engineOfSite('constructor')).toBeUndefined();
  });

  it('lists only sites in eTLD+1 form, of engines that have a display name', () => {
    for (const [site, engine] of Object.entries(ENGINE_SITES)) {
      expect(siteOfHost(site)).toBe(site);
      expect(ENGINE_NAMES[engine]).toBeDefined();
    }
  });
});
