/**
 * The JSON export of the whole stored profile, built from declared fields only (nothing is
 * dumped wholesale). Format and versioning: docs/export-format.md. Every later feature that
 * records something adds its fields here and bumps EXPORT_SCHEMA_VERSION when a reader
 * would need to know.
 */
import type { Evidence, EventSample, Observation, Organization, Received, RetailerProfile } from '../model';
import { summarizeCompanies } from '../profile';

export const EXPORT_FORMAT = 'glass-customer/export';
export const EXPORT_SCHEMA_VERSION = 1;

export interface ExportInput {
  retailers: RetailerProfile[];
  organizations: Organization[];
  observations: Observation[];
  generator: { name: string; version: string; databaseVersion: number };
  exportedAt: number;
}

export function buildExportDocument(input: ExportInput) {
  const organizations = new Map(input.organizations.map((o) => [o.key, o]));
  return {
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: iso(input.exportedAt),
    generator: input.generator,
    retailers: input.retailers.map((profile) => ({
      retailer: profile.retailer,
      firstSeen: iso(profile.firstSeen),
      lastSeen: iso(profile.lastSeen),
      pageViews: profile.pageViews,
      companies: summarizeCompanies(profile, organizations).map((company) => ({
        organization: company.orgKey,
        name: company.name,
        category: company.category,
        categories: company.categories,
        requests: company.requests,
        requestsWithCookies: company.requestsWithCookies,
        cookiesSet: company.cookiesSet,
        domains: company.domains,
        tags: company.tags,
        received: exportReceived(company.received),
        apiSignals: company.apiSignals,
        firstSeen: iso(company.firstSeen),
        lastSeen: iso(company.lastSeen),
      })),
      unknownThirdParties: Object.values(profile.unknownThirdParties).map((entry) => ({
        domain: entry.domain,
        requests: entry.requests,
        received: exportReceived(entry.received),
        firstSeen: iso(entry.firstSeen),
        lastSeen: iso(entry.lastSeen),
      })),
      identifiersGiven: Object.values(profile.identifiersGiven).map((given) => ({
        kind: given.kind,
        masked: given.masked,
        firstSeen: iso(given.firstSeen),
        lastSeen: iso(given.lastSeen),
      })),
      personalization: Object.values(profile.personalization).map((item) => ({
        signal: item.signal,
        category: item.category,
        evidence: item.evidence,
        where: item.where,
        confidence: item.confidence,
        pages: item.pages,
        firstSeen: iso(item.firstSeen),
        lastSeen: iso(item.lastSeen),
      })),
      privacyLinks: Object.values(profile.privacyLinks).map((link) => ({
        purpose: link.purpose,
        href: link.href ?? null,
        text: link.text,
        lastSeen: iso(link.lastSeen),
      })),
      engineInferences: Object.values(profile.engineInferences).map((inference) => ({
        engine: inference.engine,
        meaning: inference.meaning,
        detail: inference.detail ?? null,
        firstSeen: iso(inference.firstSeen),
        lastSeen: iso(inference.lastSeen),
      })),
      apiSignals: Object.values(profile.apiSignals).map((signal) => ({
        code: signal.code,
        party: signal.party,
        scriptSite: signal.scriptSite,
        organization: signal.orgKey ?? null,
        reports: signal.reports,
      })),
    })),
    organizations: input.organizations.map((o) => ({
      key: o.key,
      name: o.name,
      description: o.description ?? null,
      websiteUrl: o.websiteUrl ?? null,
      country: o.country ?? null,
      privacyPolicyUrl: o.privacyPolicyUrl ?? null,
      privacyContact: o.privacyContact ?? null,
      source: o.source,
    })),
    observations: input.observations.map((o) => ({
      id: o.id,
      retailer: o.retailer,
      kind: o.kind,
      party: o.party,
      subject: o.subject,
      tracker: o.tracker
        ? { organization: o.tracker.orgKey, pattern: o.tracker.patternKey, category: o.tracker.category }
        : null,
      count: o.count,
      firstSeen: iso(o.firstSeen),
      lastSeen: iso(o.lastSeen),
      counters: o.counters,
      masked: o.masked ?? null,
      detail: o.detail ?? null,
      where: o.where ?? null,
      samples: (o.samples ?? []).map(exportSample),
      evidence: o.evidence.map(exportEvidence),
    })),
  };
}

export type ExportDocument = ReturnType<typeof buildExportDocument>;

function exportReceived(received: Received) {
  return {
    identifiers: received.identifiers,
    beforeSubmit: received.beforeSubmit,
    events: received.events,
    persistentIdentifiers: received.persistentIdentifiers,
  };
}

function exportSample(sample: EventSample) {
  return {
    at: iso(sample.at),
    accountId: sample.accountId ?? null,
    value: sample.value ?? null,
    currency: sample.currency ?? null,
    items: sample.items,
    searchTerm: sample.searchTerm ?? null,
    hasOrderId: sample.hasOrderId ?? false,
    userDataKeys: sample.userDataKeys,
    automaticMatching: sample.automaticMatching ?? false,
  };
}

function exportEvidence(evidence: Evidence) {
  return {
    at: iso(evidence.at),
    page: evidence.page,
    resource: evidence.resource ?? null,
    resourceType: evidence.resourceType ?? null,
  };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** File name of an export made at `at`, e.g. glass-customer-export-2026-11-25.json. */
export function exportFileName(at: number): string {
  return `glass-customer-export-${iso(at).slice(0, 10)}.json`;
}
