/**
 * The small, materialised face of a retailer profile: what the dashboard needs to open (the
 * overview, the shop list, the graph, the timeline) without reading every profile's evidence.
 * Stored next to the profile in the same transaction (src/store/profile-writes.ts), so the two
 * never disagree. At a year of use the summaries are about a fifth of the profiles' size.
 */
import type { RetailerProfile } from '../model';
import { knowledgeOf, type KnowledgeItem } from './knowledge';

export interface ShopSummary {
  retailer: string;
  pageViews: number;
  firstSeen: number;
  lastSeen: number;
  /** What the shop appears to know: knowledgeOf(profile). */
  knowledge: KnowledgeItem[];
  /** The companies it shares data with: requests and sightings per tracker category. */
  companies: { orgKey: string; requests: number; categories: Record<string, number> }[];
}

export function shopSummaryOf(profile: RetailerProfile): ShopSummary {
  return {
    retailer: profile.retailer,
    pageViews: profile.pageViews,
    firstSeen: profile.firstSeen,
    lastSeen: profile.lastSeen,
    knowledge: knowledgeOf(profile),
    companies: Object.values(profile.companies)
      .map(({ orgKey, requests, categories }) => ({ orgKey, requests, categories }))
      .sort((a, b) => b.requests - a.requests || a.orgKey.localeCompare(b.orgKey)),
  };
}

/** Every company any shop shares data with, most shops first: for lists and filters. */
export function companiesOfSummaries(summaries: Iterable<ShopSummary>): { orgKey: string; shops: number }[] {
  const shops = new Map<string, number>();
  for (const summary of summaries)
    for (const company of summary.companies) shops.set(company.orgKey, (shops.get(company.orgKey) ?? 0) + 1);
  return [...shops]
    .map(([orgKey, count]) => ({ orgKey, shops: count }))
    .sort((a, b) => b.shops - a.shops || a.orgKey.localeCompare(b.orgKey));
}
