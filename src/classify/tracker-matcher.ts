/**
 * Tracker attribution with the Ghostery tracker database (@ghostery/trackerdb).
 *
 * The serialized engine is deserialized once per service-worker start (a few ms); after that
 * a match is a filter lookup. Organisation records are collected as they are first matched, so
 * the recorder can store them without keeping the whole database in IndexedDB.
 */
import loadTrackerDB, { AdblockerRequest } from '@ghostery/trackerdb';
import type { Organization, TrackerMatch } from '../model';

/**
 * The engine's lookup result, declared here because trackerdb's own typings point into a
 * path of @ghostery/adblocker that TypeScript tooling cannot resolve.
 */
interface LookupResult {
  pattern: { key: string; category: string };
  organization: {
    key: string;
    name: string;
    description: string | null;
    website_url: string | null;
    country: string | null;
    privacy_policy_url: string | null;
    privacy_contact: string | null;
  } | null;
}

export interface MatchInput {
  url: string;
  hostname: string;
  /** eTLD+1 of `hostname`. */
  site: string;
  /** webRequest resource type. */
  type: string;
  /** URL and site of the page the request belongs to (the tab's top-level page). */
  sourceUrl: string;
  sourceHostname: string;
  sourceSite: string;
}

export interface TrackerMatcher {
  /** Attribute a request to a tracker organisation, or undefined when the database does not know it. */
  match(input: MatchInput): TrackerMatch | undefined;
  /** Attribute a site by its domain alone (used for the shop's own organisation). */
  matchSite(site: string): TrackerMatch | undefined;
  organization(orgKey: string): Organization | undefined;
}

export async function loadTrackerMatcher(engineBytes: Uint8Array): Promise<TrackerMatcher> {
  const db = await loadTrackerDB(engineBytes);
  const organizations = new Map<string, Organization>();

  function toMatch(results: LookupResult[]): TrackerMatch | undefined {
    // Filter matches come before domain matches; the first is the most specific pattern.
    for (const result of results) {
      const org = result.organization;
      if (!org) continue;
      if (!organizations.has(org.key)) organizations.set(org.key, toOrganization(org));
      return { orgKey: org.key, patternKey: result.pattern.key, category: result.pattern.category };
    }
    return undefined;
  }

  return {
    match(input) {
      // Passing our own hostname and site spares the engine a second URL parse.
      const request = {
        url: input.url,
        hostname: input.hostname,
        domain: input.site,
        sourceUrl: input.sourceUrl,
        sourceHostname: input.sourceHostname,
        sourceDomain: input.sourceSite,
        type: engineType(input.type),
      };
      const results = db.engine.getPatternMetadata(AdblockerRequest.fromRawDetails(request), {
        getDomainMetadata: true,
      }) as LookupResult[];
      return toMatch(results);
    },
    matchSite(site) {
      return toMatch(db.matchDomain(site) as LookupResult[]);
    },
    organization(orgKey) {
      return organizations.get(orgKey);
    },
  };
}

type EngineRequestType = NonNullable<Parameters<typeof AdblockerRequest.fromRawDetails>[0]['type']>;

/** webRequest type names → the engine's; it knows Chrome's names, Firefox says "beacon" for "ping". */
function engineType(type: string): EngineRequestType {
  return (type === 'beacon' ? 'ping' : type) as EngineRequestType;
}

function toOrganization(org: NonNullable<LookupResult['organization']>): Organization {
  const record: Organization = { key: org.key, name: org.name, source: 'ghostery-trackerdb' };
  if (org.description) record.description = org.description;
  if (org.website_url) record.websiteUrl = org.website_url;
  if (org.country) record.country = org.country;
  if (org.privacy_policy_url) record.privacyPolicyUrl = org.privacy_policy_url;
  if (org.privacy_contact) record.privacyContact = org.privacy_contact;
  return record;
}
