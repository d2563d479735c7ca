/**
 * What the UI and the export say about each company a retailer shares with: the company's
 * name, the category most of its requests fell into, its privacy policy, and what was seen.
 * Pure; the popup, the dashboard and the export all use it so they never disagree.
 */
import {
  primaryCategory,
  type Organization,
  type Received,
  type RetailerProfile,
  type TrackerCategory,
} from '../model';

export interface CompanySummary {
  orgKey: string;
  name: string;
  category: TrackerCategory;
  categories: Record<string, number>;
  /** Only http(s) URLs; anything else from the database is dropped rather than rendered as a link. */
  privacyPolicyUrl?: string;
  privacyContact?: string;
  requests: number;
  requestsWithCookies: number;
  cookiesSet: number;
  domains: string[];
  tags: string[];
  received: Received;
  apiSignals: string[];
  firstSeen: number;
  lastSeen: number;
}

/** What a list of companies shows of each (the popup's and a shop page's): no domains, dates or contact. */
export type CompanyListing = Pick<
  CompanySummary,
  | 'orgKey'
  | 'name'
  | 'category'
  | 'requests'
  | 'requestsWithCookies'
  | 'tags'
  | 'received'
  | 'apiSignals'
  | 'privacyPolicyUrl'
>;

export function companyListingOf(summary: CompanySummary): CompanyListing {
  const { orgKey, name, category, requests, requestsWithCookies, tags, received, apiSignals } = summary;
  const listing: CompanyListing = {
    orgKey,
    name,
    category,
    requests,
    requestsWithCookies,
    tags,
    received,
    apiSignals,
  };
  if (summary.privacyPolicyUrl) listing.privacyPolicyUrl = summary.privacyPolicyUrl;
  return listing;
}

export function summarizeCompanies(
  profile: RetailerProfile | undefined,
  organizations: ReadonlyMap<string, Organization>,
): CompanySummary[] {
  if (!profile) return [];
  return Object.values(profile.companies)
    .map((company) => {
      const organization = organizations.get(company.orgKey);
      const summary: CompanySummary = {
        orgKey: company.orgKey,
        name: organization?.name ?? company.orgKey,
        category: primaryCategory(company.categories),
        categories: company.categories,
        requests: company.requests,
        requestsWithCookies: company.requestsWithCookies,
        cookiesSet: company.cookiesSet,
        domains: company.domains,
        tags: company.tags,
        received: company.received,
        apiSignals: company.apiSignals,
        firstSeen: company.firstSeen,
        lastSeen: company.lastSeen,
      };
      const policy = safeHttpUrl(organization?.privacyPolicyUrl);
      if (policy) summary.privacyPolicyUrl = policy;
      if (organization?.privacyContact) summary.privacyContact = organization.privacyContact;
      return summary;
    })
    .sort((a, b) => b.requests - a.requests || a.name.localeCompare(b.name));
}

export function safeHttpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
