/**
 * Exported records back into stored ones: ISO times to milliseconds, nulls to absent fields,
 * export field names to the model's. The exact inverse of src/export/export-document.ts, so an
 * imported observation exports to the same bytes.
 */
import type { EventSample, Evidence, Observation, Organization } from '../model';
import type { ValidObservation, ValidOrganization } from './export-schema';

type ValidSample = ValidObservation['samples'][number];
type ValidEvidence = ValidObservation['evidence'][number];

export function observationFromExport(o: ValidObservation): Observation {
  const observation: Observation = {
    id: o.id,
    retailer: o.retailer,
    kind: o.kind,
    party: o.party,
    subject: o.subject,
    count: o.count,
    firstSeen: Date.parse(o.firstSeen),
    lastSeen: Date.parse(o.lastSeen),
    counters: { ...o.counters },
    evidence: o.evidence.map(evidenceFromExport),
  };
  if (o.tracker)
    observation.tracker = {
      orgKey: o.tracker.organization,
      patternKey: o.tracker.pattern,
      category: o.tracker.category,
    };
  if (o.masked !== null) observation.masked = o.masked;
  if (o.detail !== null) observation.detail = o.detail;
  if (o.where !== null) observation.where = o.where;
  if (o.samples.length > 0) observation.samples = o.samples.map(sampleFromExport);
  return observation;
}

export function organizationFromExport(o: ValidOrganization): Organization {
  const organization: Organization = { key: o.key, name: o.name, source: o.source };
  if (o.description !== null) organization.description = o.description;
  if (o.websiteUrl !== null) organization.websiteUrl = o.websiteUrl;
  if (o.country !== null) organization.country = o.country;
  if (o.privacyPolicyUrl !== null) organization.privacyPolicyUrl = o.privacyPolicyUrl;
  if (o.privacyContact !== null) organization.privacyContact = o.privacyContact;
  return organization;
}

function sampleFromExport(s: ValidSample): EventSample {
  const sample: EventSample = {
    at: Date.parse(s.at),
    items: s.items.map((item) => {
      const copy: EventSample['items'][number] = {};
      if (item.id !== undefined) copy.id = item.id;
      if (item.name !== undefined) copy.name = item.name;
      if (item.price !== undefined) copy.price = item.price;
      if (item.quantity !== undefined) copy.quantity = item.quantity;
      return copy;
    }),
    userDataKeys: [...s.userDataKeys],
  };
  if (s.accountId !== null) sample.accountId = s.accountId;
  if (s.value !== null) sample.value = s.value;
  if (s.currency !== null) sample.currency = s.currency;
  if (s.searchTerm !== null) sample.searchTerm = s.searchTerm;
  if (s.hasOrderId) sample.hasOrderId = true;
  if (s.automaticMatching) sample.automaticMatching = true;
  return sample;
}

function evidenceFromExport(e: ValidEvidence): Evidence {
  const evidence: Evidence = { at: Date.parse(e.at), page: e.page };
  if (e.resource !== null) evidence.resource = e.resource;
  if (e.resourceType !== null) evidence.resourceType = e.resourceType;
  return evidence;
}
