import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Organization, RetailerProfile } from '../../../src/model';
import { parseOptOutData, type OptOutData } from '../../../src/optouts';
import {
  companyListingOf,
  knowledgeOf,
  POPUP_COMPANIES_LISTED,
  POPUP_UNKNOWN_DOMAINS_NAMED,
  popupViewOf,
  summarizeCompanies,
} from '../../../src/profile';
import { company, kaufhaus, T0 } from './kaufhaus';

/** The curated opt-out data the extension ships. */
function shippedOptOuts(): OptOutData {
  const result = parseOptOutData(
    JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', '..', 'public', 'data', 'opt-outs.json'), 'utf8'),
    ),
  );
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

const organization = (key: string, name: string, patch: Partial<Organization> = {}): Organization => ({
  key,
  name,
  source: 'ghostery-trackerdb',
  description: `${name} is a company.`,
  ...patch,
});

const organizations = new Map(
  [
    organization('facebook', 'Meta', { privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/' }),
    organization('google', 'Google', { privacyContact: 'https://support.google.com/policies/' }),
    organization('fingerprintjs', 'FingerprintJS'),
    organization('criteo', 'Criteo'),
  ].map((entry) => [entry.key, entry]),
);

/** Theo's shop, which also called twelve domains the tracker database does not know. */
function busyShop(): RetailerProfile {
  const profile = kaufhaus();
  for (let i = 1; i <= 12; i++) {
    const domain = `cdn-${i}.unknown.example`;
    profile.unknownThirdParties[domain] = {
      domain,
      requests: i,
      received: {
        identifiers: i === 3 ? { email: ['sha256'] } : {},
        beforeSubmit: 0,
        events: {},
        persistentIdentifiers: [],
      },
      observations: 1,
      firstSeen: T0,
      lastSeen: T0,
    };
  }
  return profile;
}

describe('popupViewOf', () => {
  it('shows only the site when nothing is stored for it', () => {
    expect(popupViewOf('new-shop.example', undefined, organizations)).toEqual({
      site: 'new-shop.example',
      knowledge: [],
      companies: [],
      companyCount: 0,
      companyOptOuts: [],
      names: {},
    });
  });

  it('carries the knowledge and company summaries the popup renders, computed from the whole profile', () => {
    const profile = busyShop();
    const view = popupViewOf(profile.retailer, profile, organizations);
    expect(view.knowledge).toEqual(knowledgeOf(profile));
    expect(view.companies).toEqual(summarizeCompanies(profile, organizations).map(companyListingOf));
    expect(view.companies[0]).not.toHaveProperty('domains');
    expect(view.companyCount).toBe(2);
    // The unknown domain that was sent the email is among the knowledge's holders.
    expect(view.knowledge.some((item) => item.heldBy.includes('cdn-3.unknown.example'))).toBe(true);
  });

  it('names every organisation it mentions and no other, and leaves unknown domains unnamed', () => {
    const profile = busyShop();
    const { names } = popupViewOf(profile.retailer, profile, organizations);
    // Companies, the owner of a fingerprinting script; not Criteo, which this shop never called.
    expect(names).toEqual({ facebook: 'Meta', google: 'Google', fingerprintjs: 'FingerprintJS' });
  });

  it('cuts the unknown third parties to a count and the first domains, and drops the raw companies', () => {
    const profile = busyShop();
    const view = popupViewOf(profile.retailer, profile, organizations);
    expect(view.profile).not.toHaveProperty('companies');
    expect(view.profile?.unknownThirdParties).toEqual({
      count: 12,
      first: Array.from({ length: POPUP_UNKNOWN_DOMAINS_NAMED }, (_, i) => `cdn-${i + 1}.unknown.example`),
    });
    const { companies: _c, unknownThirdParties: _u, ...rest } = profile;
    expect(view.profile).toMatchObject(rest);
  });

  it('lists the busiest companies and counts them all', () => {
    const profile = busyShop();
    for (let i = 1; i <= 11; i++) profile.companies[`ads-${i}`] = company(`ads-${i}`, { requests: 100 + i });
    const view = popupViewOf(profile.retailer, profile, organizations);
    expect(view.companyCount).toBe(13);
    expect(view.companies.map((listing) => listing.orgKey)).toEqual(
      Array.from({ length: POPUP_COMPANIES_LISTED }, (_, i) => `ads-${11 - i}`),
    );
  });

  it('matches the curated opt-out pages of every company, not only the listed ones', () => {
    const profile = busyShop();
    // Google is now the least busy of eleven companies: not listed, but its page is offered.
    for (let i = 1; i <= 9; i++) profile.companies[`ads-${i}`] = company(`ads-${i}`, { requests: 100 + i });
    const view = popupViewOf(profile.retailer, profile, organizations, shippedOptOuts());
    expect(view.companies.map((listing) => listing.orgKey)).not.toContain('google');
    expect(view.companyOptOuts).toEqual([
      expect.objectContaining({
        kind: 'ad-settings',
        name: 'My Ad Center',
        url: 'https://myadcenter.google.com/',
        origin: 'curated',
      }),
    ]);
  });

  it('names a curated page after its company when the page has no name, and offers no policy links', () => {
    const profile = busyShop();
    profile.companies.criteo = company('criteo', { requests: 3 });
    const view = popupViewOf(profile.retailer, profile, organizations, shippedOptOuts());
    expect(
      view.companyOptOuts.find((action) => action.url === 'https://www.criteo.com/privacy/'),
    ).toMatchObject({
      kind: 'opt-out',
      name: 'Criteo',
      caveats: ['section-of-page'],
    });
    // Meta's privacy policy is listed with the company, not among the curated pages.
    expect(view.companyOptOuts.every((action) => action.origin === 'curated')).toBe(true);
  });

  it('offers no curated pages without the data file', () => {
    const profile = busyShop();
    expect(popupViewOf(profile.retailer, profile, organizations).companyOptOuts).toEqual([]);
  });

  it('survives the JSON of a runtime message unchanged', () => {
    const profile = busyShop();
    profile.companies.criteo = company('criteo', { requests: 3 });
    const view = popupViewOf(profile.retailer, profile, organizations, shippedOptOuts());
    expect(view.companyOptOuts).not.toEqual([]);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});
