/**
 * Materialised retailer profiles. Pure functions.
 *
 * A profile is the sum of its observations' contributions. It is updated incrementally, one
 * observation change at a time, by removing the old version's contribution and adding the new
 * one, so the result equals a rebuild from scratch whatever order changes arrive in (the unit
 * tests check exactly that).
 */
import type { CompanyLink, Observation, RetailerProfile } from '../model';

export function emptyProfile(retailer: string, at: number): RetailerProfile {
  return { retailer, firstSeen: at, lastSeen: at, pageViews: 0, companies: {}, unknownThirdParties: {} };
}

/** Apply one observation change (before → after) to the profile of its retailer. */
export function applyObservationChange(
  profile: RetailerProfile | undefined,
  before: Observation | undefined,
  after: Observation,
): RetailerProfile {
  const next = profile ? cloneProfile(profile) : emptyProfile(after.retailer, after.firstSeen);
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
  if (sign > 0) {
    profile.firstSeen = Math.min(profile.firstSeen, observation.firstSeen);
    profile.lastSeen = Math.max(profile.lastSeen, observation.lastSeen);
  }
  switch (observation.kind) {
    case 'page-visit':
      profile.pageViews += sign * observation.count;
      return;
    case 'third-party-request':
      if (observation.tracker) contributeCompanyRequests(profile, observation, sign);
      else contributeUnknown(profile, observation, sign);
      return;
    case 'tag-installed':
      if (observation.tracker) contributeTag(profile, observation, sign);
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
  dropIfEmpty(profile, company);
}

function contributeTag(profile: RetailerProfile, observation: Observation, sign: 1 | -1): void {
  const tracker = observation.tracker!;
  const company = companyLink(profile, tracker.orgKey, observation, sign);
  company.tags = setMember(company.tags, observation.subject, sign);
  // A tag found in the page also says what kind of company this is, even before any request.
  addToCategory(company, tracker.category, sign * observation.count);
  dropIfEmpty(profile, company);
}

function addToCategory(company: CompanyLink, category: string, amount: number): void {
  company.categories[category] = (company.categories[category] ?? 0) + amount;
  if (company.categories[category] === 0) delete company.categories[category];
}

function contributeUnknown(profile: RetailerProfile, observation: Observation, sign: 1 | -1): void {
  const domain = observation.subject;
  const entry = (profile.unknownThirdParties[domain] ??= {
    domain,
    requests: 0,
    firstSeen: observation.firstSeen,
    lastSeen: observation.lastSeen,
  });
  entry.requests += sign * observation.count;
  if (sign > 0) widen(entry, observation);
  if (entry.requests <= 0 && sign < 0) delete profile.unknownThirdParties[domain];
}

function companyLink(profile: RetailerProfile, orgKey: string, observation: Observation, sign: 1 | -1) {
  const company = (profile.companies[orgKey] ??= {
    orgKey,
    requests: 0,
    requestsWithCookies: 0,
    cookiesSet: 0,
    categories: {},
    domains: [],
    tags: [],
    firstSeen: observation.firstSeen,
    lastSeen: observation.lastSeen,
  });
  if (sign > 0) widen(company, observation);
  return company;
}

function dropIfEmpty(profile: RetailerProfile, company: CompanyLink): void {
  if (company.domains.length === 0 && company.tags.length === 0) delete profile.companies[company.orgKey];
}

function widen(target: { firstSeen: number; lastSeen: number }, observation: Observation): void {
  target.firstSeen = Math.min(target.firstSeen, observation.firstSeen);
  target.lastSeen = Math.max(target.lastSeen, observation.lastSeen);
}

function setMember(values: string[], value: string, sign: 1 | -1): string[] {
  if (sign > 0) return values.includes(value) ? values : [...values, value].sort();
  return values.filter((v) => v !== value);
}

function cloneProfile(profile: RetailerProfile): RetailerProfile {
  return structuredClone(profile);
}
