/**
 * Materialised retailer profiles. Pure functions.
 *
 * A profile is the sum of its observations' contributions. It is updated incrementally, one
 * observation change at a time, by removing the old version's contribution and adding the new
 * one, so the result equals a rebuild from scratch whatever order changes arrive in (the unit
 * tests check exactly that).
 */
import type { CompanyLink, Observation, RetailerProfile, UnknownThirdParty } from '../model';
import { contributeKeyedFact } from './keyed-facts';
import { contributeReceived, emptyReceived, setMember } from './received';

export function emptyProfile(retailer: string, at: number): RetailerProfile {
  return {
    retailer,
    firstSeen: at,
    lastSeen: at,
    pageViews: 0,
    companies: {},
    unknownThirdParties: {},
    identifiersGiven: {},
    apiSignals: {},
    engineInferences: {},
    privacyLinks: {},
    personalization: {},
  };
}

/** Apply one observation change (before → after) to the profile of its retailer. */
export function applyObservationChange(
  profile: RetailerProfile | undefined,
  before: Observation | undefined,
  after: Observation,
): RetailerProfile {
  const next = profile ? structuredClone(profile) : emptyProfile(after.retailer, after.firstSeen);
  if (before) contribute(next, before, -1);
  contribute(next, after, +1);
  return next;
}

/** Build a retailer's profile from all its observations. */
export function buildProfile(
  retailer: string,
  observations: Iterable<Observation>,
): RetailerProfile | undefined {
  let profile: RetailerProfile | undefined;
  for (const observation of observations) {
    if (observation.retailer !== retailer) continue;
    profile ??= emptyProfile(retailer, observation.firstSeen);
    contribute(profile, observation, +1);
  }
  return profile;
}

function contribute(profile: RetailerProfile, observation: Observation, sign: 1 | -1): void {
  if (sign > 0) widen(profile, observation);
  switch (observation.kind) {
    case 'page-visit':
      profile.pageViews += sign * observation.count;
      return;
    case 'third-party-request':
      if (observation.tracker) contributeCompanyRequests(profile, observation, sign);
      else contributeUnknownRequests(profile, observation, sign);
      return;
    case 'tag-installed':
      if (observation.tracker) contributeTag(profile, observation, sign);
      return;
    case 'identifier-sent':
    case 'event-sent':
    case 'persistent-identifier':
      contributeReceivedBy(profile, observation, sign);
      return;
    case 'api-signal':
      contributeApiSignal(profile, observation, sign);
      return;
    case 'identifier-given':
    case 'engine-inference':
    case 'privacy-link':
    case 'personalization':
      contributeKeyedFact(profile, observation, sign);
      return;
  }
}

function contributeCompanyRequests(profile: RetailerProfile, observation: Observation, sign: 1 | -1): void {
  const tracker = observation.tracker!;
  const company = companyLink(profile, tracker.orgKey, observation, sign);
  company.requests += sign * observation.count;
  company.requestsWithCookies += sign * (observation.counters['withCookies'] ?? 0);
  company.cookiesSet += sign * (observation.counters['setsCookies'] ?? 0);
  addToCategory(company, tracker.category, sign * observation.count);
  // Domains and tags are sets: an observation is the only one for its (retailer, subject), so removal is exact.
  company.domains = setMember(company.domains, observation.subject, sign);
  release(profile.companies, company.orgKey, company);
}

function contributeTag(profile: RetailerProfile, observation: Observation, sign: 1 | -1): void {
  const tracker = observation.tracker!;
  const company = companyLink(profile, tracker.orgKey, observation, sign);
  company.tags = setMember(company.tags, observation.subject, sign);
  // A tag found in the page also says what kind of company this is, even before any request.
  addToCategory(company, tracker.category, sign * observation.count);
  release(profile.companies, company.orgKey, company);
}

/** Identifiers, events and identifier cookies go to the recipient's company, or to the unknown domain. */
function contributeReceivedBy(profile: RetailerProfile, observation: Observation, sign: 1 | -1): void {
  if (observation.tracker) {
    const company = companyLink(profile, observation.tracker.orgKey, observation, sign);
    contributeReceived(company.received, observation, sign);
    release(profile.companies, company.orgKey, company);
    return;
  }
  const domain = observation.subject.split('|')[0]!;
  const entry = unknownEntry(profile, domain, observation, sign);
  contributeReceived(entry.received, observation, sign);
  release(profile.unknownThirdParties, entry.domain, entry);
}

function contributeApiSignal(profile: RetailerProfile, observation: Observation, sign: 1 | -1): void {
  const [code = '', scriptSite = ''] = observation.subject.split('|');
  if (sign < 0) delete profile.apiSignals[observation.subject];
  else {
    const seen: RetailerProfile['apiSignals'][string] = {
      code,
      party: observation.party,
      scriptSite,
      reports: observation.count,
    };
    if (observation.tracker) seen.orgKey = observation.tracker.orgKey;
    profile.apiSignals[observation.subject] = seen;
  }
  if (observation.tracker && observation.party === 'third') {
    const company = companyLink(profile, observation.tracker.orgKey, observation, sign);
    company.apiSignals = setMember(company.apiSignals, code, sign);
    release(profile.companies, company.orgKey, company);
  }
}

function contributeUnknownRequests(profile: RetailerProfile, observation: Observation, sign: 1 | -1): void {
  const entry = unknownEntry(profile, observation.subject, observation, sign);
  entry.requests += sign * observation.count;
  release(profile.unknownThirdParties, entry.domain, entry);
}

function unknownEntry(
  profile: RetailerProfile,
  domain: string,
  observation: Observation,
  sign: 1 | -1,
): UnknownThirdParty {
  const entry = (profile.unknownThirdParties[domain] ??= {
    domain,
    requests: 0,
    received: emptyReceived(),
    observations: 0,
    firstSeen: observation.firstSeen,
    lastSeen: observation.lastSeen,
  });
  entry.observations += sign;
  if (sign > 0) widen(entry, observation);
  return entry;
}

function companyLink(
  profile: RetailerProfile,
  orgKey: string,
  observation: Observation,
  sign: 1 | -1,
): CompanyLink {
  const company = (profile.companies[orgKey] ??= {
    orgKey,
    requests: 0,
    requestsWithCookies: 0,
    cookiesSet: 0,
    categories: {},
    domains: [],
    tags: [],
    received: emptyReceived(),
    apiSignals: [],
    observations: 0,
    firstSeen: observation.firstSeen,
    lastSeen: observation.lastSeen,
  });
  company.observations += sign;
  if (sign > 0) widen(company, observation);
  return company;
}

function addToCategory(company: CompanyLink, category: string, amount: number): void {
  company.categories[category] = (company.categories[category] ?? 0) + amount;
  if (company.categories[category] === 0) delete company.categories[category];
}

/** Entries live while observations contribute to them; this makes removal exact in any order. */
function release<T extends { observations: number }>(
  entries: Record<string, T>,
  key: string,
  entry: T,
): void {
  if (entry.observations <= 0) delete entries[key];
}

function widen(target: { firstSeen: number; lastSeen: number }, observation: Observation): void {
  target.firstSeen = Math.min(target.firstSeen, observation.firstSeen);
  target.lastSeen = Math.max(target.lastSeen, observation.lastSeen);
}
