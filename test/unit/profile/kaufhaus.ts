/** A retailer profile for the profile tests: Theo's shop, with what he told it and who it told. */
import type { CompanyLink, RetailerProfile } from '../../../src/model';
import { emptyProfile } from '../../../src/profile';
import { companyLink } from '../helpers';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 2, 12);

export function company(orgKey: string, patch: Partial<CompanyLink> = {}): CompanyLink {
  return companyLink(orgKey, { firstSeen: T0, lastSeen: T0 + DAY, ...patch });
}

/** Theo's shop: he gave his email and name, the page greets him, Meta got his hashed email and events. */
export function kaufhaus(): RetailerProfile {
  const profile = emptyProfile('kaufhaus-mannheim.de', T0);
  profile.lastSeen = T0 + 5 * DAY;
  profile.identifiersGiven = {
    'email|d1': { kind: 'email', masked: 't•••@example.de', firstSeen: T0, lastSeen: T0 },
    'name|d2': { kind: 'name', masked: 'T••• B.', firstSeen: T0, lastSeen: T0 },
  };
  profile.personalization = {
    greeting: {
      signal: 'greeting',
      category: 'identity',
      evidence: 'Hallo T•••',
      where: '#nav',
      confidence: 'high',
      pages: 4,
      firstSeen: T0 + DAY,
      lastSeen: T0 + 4 * DAY,
    },
    'delivery-location': {
      signal: 'delivery-location',
      category: 'location',
      evidence: 'Liefern an 68••• Mannheim',
      where: '#glow',
      confidence: 'medium',
      pages: 2,
      firstSeen: T0 + DAY,
      lastSeen: T0 + DAY,
    },
  };
  profile.apiSignals = {
    'canvas-fingerprint|fpjs.io': {
      code: 'canvas-fingerprint',
      party: 'third',
      scriptSite: 'fpjs.io',
      orgKey: 'fingerprintjs',
      reports: 2,
    },
  };
  profile.engineInferences = {
    'dynamic-yield|location': {
      engine: 'dynamic-yield',
      meaning: 'location',
      detail: 'Mannheim',
      firstSeen: T0,
      lastSeen: T0 + DAY,
    },
    'dynamic-yield|present': { engine: 'dynamic-yield', meaning: 'present', firstSeen: T0, lastSeen: T0 },
  };
  profile.companies = {
    facebook: company('facebook', {
      requestsWithCookies: 2,
      received: {
        identifiers: { email: ['sha256'] },
        beforeSubmit: 0,
        events: { 'meta:PageView': 5, 'meta:ViewContent': 3, 'meta:Purchase': 1 },
        persistentIdentifiers: ['fr'],
      },
    }),
    google: company('google', {
      received: {
        identifiers: { email: ['sha256', 'plain'] },
        beforeSubmit: 1,
        events: { 'ga4:purchase': 1, 'ga4:add_to_cart': 2 },
        persistentIdentifiers: [],
      },
    }),
  };
  return profile;
}
