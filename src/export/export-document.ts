/**
 * The JSON export of the whole stored profile, built from declared fields only (nothing is
 * dumped wholesale). Format and versioning: docs/export-format.md, checked by the JSON Schema
 * docs/export.schema.json. Every later feature that records something adds its fields here and
 * bumps EXPORT_SCHEMA_VERSION when a reader would need to know (src/import migrates old files).
 *
 * The output is canonical: records are written with sorted keys and lists in a fixed order, so
 * the same stored data always gives the same file, whichever order it was recorded in — an
 * import (which rebuilds the profiles from the observations) exports byte for byte as before.
 */
import type { Evidence, EventSample, Observation, Organization, Received, RetailerProfile } from '../model';
import { summarizeCompanies } from '../profile';

export const EXPORT_FORMAT = 'glass-customer/export';
export const EXPORT_SCHEMA_VERSION = 1;

export interface ExportGenerator {
  name: string;
  version: string;
  databaseVersion: number;
}

export interface ExportInput {
  retailers: RetailerProfile[];
  organizations: Organization[];
  observations: Observation[];
  generator: ExportGenerator;
  exportedAt: number;
}

/** Everything but the observations, which a large export streams (json-writer.ts). */
export function buildExportHead(input: Omit<ExportInput, 'observations'>) {
  const organizations = new Map(input.organizations.map((o) => [o.key, o]));
  return {
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: iso(input.exportedAt),
    generator: {
      name: input.generator.name,
      version: input.generator.version,
      databaseVersion: input.generator.databaseVersion,
    },
    retailers: retailersInExportOrder(input.retailers).map((profile) =>
      exportRetailer(profile, organizations),
    ),
    organizations: [...input.organizations].sort((a, b) => byCodeUnits(a.key, b.key)).map(exportOrganization),
  };
}

export function buildExportDocument(input: ExportInput) {
  return {
    ...buildExportHead(input),
    observations: [...input.observations].sort((a, b) => byCodeUnits(a.id, b.id)).map(exportObservation),
  };
}

export type ExportDocument = ReturnType<typeof buildExportDocument>;
export type ExportHead = ReturnType<typeof buildExportHead>;
export type ExportedObservation = ReturnType<typeof exportObservation>;
export type ExportedOrganization = ReturnType<typeof exportOrganization>;

/** Shops as the export lists them: the most recently seen first. */
export function retailersInExportOrder(retailers: readonly RetailerProfile[]): RetailerProfile[] {
  return [...retailers].sort((a, b) => b.lastSeen - a.lastSeen || byCodeUnits(a.retailer, b.retailer));
}

export function exportRetailer(profile: RetailerProfile, organizations: ReadonlyMap<string, Organization>) {
  return {
    retailer: profile.retailer,
    firstSeen: iso(profile.firstSeen),
    lastSeen: iso(profile.lastSeen),
    pageViews: profile.pageViews,
    companies: summarizeCompanies(profile, organizations)
      .sort(
        (a, b) => b.requests - a.requests || byCodeUnits(a.name, b.name) || byCodeUnits(a.orgKey, b.orgKey),
      )
      .map((company) => ({
        organization: company.orgKey,
        name: company.name,
        category: company.category,
        categories: sortedRecord(company.categories),
        requests: company.requests,
        requestsWithCookies: company.requestsWithCookies,
        cookiesSet: company.cookiesSet,
        domains: sorted(company.domains),
        tags: sorted(company.tags),
        received: exportReceived(company.received),
        apiSignals: sorted(company.apiSignals),
        firstSeen: iso(company.firstSeen),
        lastSeen: iso(company.lastSeen),
      })),
    unknownThirdParties: valuesByKey(profile.unknownThirdParties).map((entry) => ({
      domain: entry.domain,
      requests: entry.requests,
      received: exportReceived(entry.received),
      firstSeen: iso(entry.firstSeen),
      lastSeen: iso(entry.lastSeen),
    })),
    identifiersGiven: valuesByKey(profile.identifiersGiven).map((given) => ({
      kind: given.kind,
      masked: given.masked,
      firstSeen: iso(given.firstSeen),
      lastSeen: iso(given.lastSeen),
    })),
    personalization: valuesByKey(profile.personalization).map((item) => ({
      signal: item.signal,
      category: item.category,
      evidence: item.evidence,
      where: item.where,
      confidence: item.confidence,
      pages: item.pages,
      firstSeen: iso(item.firstSeen),
      lastSeen: iso(item.lastSeen),
    })),
    privacyLinks: valuesByKey(profile.privacyLinks).map((link) => ({
      purpose: link.purpose,
      href: link.href ?? null,
      text: link.text,
      lastSeen: iso(link.lastSeen),
    })),
    engineInferences: valuesByKey(profile.engineInferences).map((inference) => ({
      engine: inference.engine,
      meaning: inference.meaning,
      detail: inference.detail ?? null,
      firstSeen: iso(inference.firstSeen),
      lastSeen: iso(inference.lastSeen),
    })),
    apiSignals: valuesByKey(profile.apiSignals).map((signal) => ({
      code: signal.code,
      party: signal.party,
      scriptSite: signal.scriptSite,
      organization: signal.orgKey ?? null,
      reports: signal.reports,
    })),
  };
}

export function exportOrganization(o: Organization) {
  return {
    key: o.key,
    name: o.name,
    description: o.description ?? null,
    websiteUrl: o.websiteUrl ?? null,
    country: o.country ?? null,
    privacyPolicyUrl: o.privacyPolicyUrl ?? null,
    privacyContact: o.privacyContact ?? null,
    source: o.source,
  };
}

export function exportObservation(o: Observation) {
  return {
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
    counters: sortedRecord(o.counters),
    masked: o.masked ?? null,
    detail: o.detail ?? null,
    where: o.where ?? null,
    samples: (o.samples ?? []).map(exportSample),
    evidence: o.evidence.map(exportEvidence),
  };
}

function exportReceived(received: Received) {
  const identifiers: Record<string, string[]> = {};
  for (const [kind, encodings] of Object.entries(sortedRecord(received.identifiers)))
    identifiers[kind] = sorted(encodings);
  return {
    identifiers,
    beforeSubmit: received.beforeSubmit,
    events: sortedRecord(received.events),
    persistentIdentifiers: sorted(received.persistentIdentifiers),
  };
}

function exportSample(sample: EventSample) {
  return {
    at: iso(sample.at),
    accountId: sample.accountId ?? null,
    value: sample.value ?? null,
    currency: sample.currency ?? null,
    // Declared fields in a fixed order; absent ones are left out, as they always were.
    items: sample.items.map((item) => ({
      id: item.id,
      name: item.name,
      price: item.price,
      quantity: item.quantity,
    })),
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

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Code-unit order, the same in every browser and in Node (localeCompare is not). */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sorted(values: readonly string[]): string[] {
  return [...values].sort(byCodeUnits);
}

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort(byCodeUnits)) out[key] = record[key]!;
  return out;
}

function valuesByKey<T>(record: Record<string, T>): T[] {
  return Object.keys(record)
    .sort(byCodeUnits)
    .map((key) => record[key]!);
}

/** File name of an export made at `at`, e.g. glass-customer-export-2026-11-25.json. */
export function exportFileName(at: number, extension: 'json' | 'csv' | 'html' = 'json'): string {
  return `glass-customer-export-${iso(at).slice(0, 10)}.${extension}`;
}
