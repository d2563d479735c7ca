/**
 * The export file (schemaVersion 1) as a valibot schema: what an import admits. Every object is
 * strict (no unknown keys), every list and string is bounded, URLs are http(s) (ws(s) for
 * request evidence) with no query, times are the ISO strings the export writes. The same rules
 * are published as a JSON Schema in docs/export.schema.json; a unit test checks that the two
 * agree on real exports and on broken ones. The service worker validates with this one: a
 * JSON Schema validator compiles code at run time, which an extension's CSP forbids.
 */
import * as v from 'valibot';
import { MAX_EVIDENCE, MAX_SAMPLE_ITEMS, MAX_SAMPLES, OBSERVATION_KINDS } from '../model';

export const IMPORT_LIMITS = {
  /** Characters of the whole file: a year of browsing exports to about 100 MB. */
  fileChars: 256 * 1024 * 1024,
  observations: 1_000_000,
  retailers: 100_000,
  organizations: 20_000,
  /** Entries in any per-retailer list or record (companies, counters, events …). */
  entries: 10_000,
  text: 1_000,
  longText: 10_000,
  url: 2_048,
  key: 200,
} as const;

const L = IMPORT_LIMITS;

const text = (max: number = L.text) => v.pipe(v.string(), v.maxLength(max));
const key = v.pipe(v.string(), v.minLength(1), v.maxLength(L.key));
const nullable = <T extends v.GenericSchema>(schema: T) => v.nullable(schema);
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
/** Counters and signed sums in profiles are integers too; sums may not be negative. */
const finite = v.pipe(v.number(), v.finite());

/** A time exactly as the export writes it (Date.toISOString), between 1970 and 9999. */
export const IsoTime = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'not an ISO time'),
  v.check((value) => {
    const ms = Date.parse(value);
    return Number.isFinite(ms) && ms >= 0 && new Date(ms).toISOString() === value;
  }, 'not a valid time'),
);

/** A site (eTLD+1) or host name: lower-case labels, as the background derives them. */
const Site = v.pipe(
  v.string(),
  v.maxLength(253),
  v.regex(/^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/, 'not a site name'),
);

/** Page and resource URLs: origin and path only, never a query or fragment. */
const PageUrl = v.pipe(
  v.string(),
  v.maxLength(L.url),
  v.regex(/^https?:\/\/[^\s?#]+$/, 'not an http(s) URL'),
);
const ResourceUrl = v.union([
  v.literal(''),
  v.pipe(v.string(), v.maxLength(L.url), v.regex(/^(https?|wss?):\/\/[^\s?#]+$/, 'not a web URL')),
]);
/** Links shown to the user (policies, websites): http(s) only, queries allowed. */
const LinkUrl = v.pipe(v.string(), v.maxLength(L.url), v.regex(/^https?:\/\/\S+$/, 'not an http(s) URL'));

/** A scheme that runs code or reads local data when followed as a link. */
// eslint-disable-next-line no-control-regex -- browsers skip leading control characters in URLs
export const UNSAFE_SCHEME = /^[\s\u0000-\u001f]*(javascript|vbscript|data|file|blob)\s*:/i;

/** Text the UI may turn into a link (a privacy contact): never of an unsafe scheme. */
const SafeText = (max: number = L.text) =>
  v.pipe(
    v.string(),
    v.maxLength(max),
    v.check((value) => !UNSAFE_SCHEME.test(value), 'a link of an unsafe scheme (javascript:, data: …)'),
  );

const counts = <T extends v.GenericSchema>(value: T) =>
  v.pipe(
    v.record(key, value),
    v.check((record) => Object.keys(record).length <= L.entries, 'too many entries'),
  );
const list = <T extends v.GenericSchema>(item: T, max: number = L.entries) =>
  v.pipe(v.array(item), v.maxLength(max));

const Evidence = v.strictObject({
  at: IsoTime,
  page: PageUrl,
  resource: nullable(ResourceUrl),
  resourceType: nullable(text(40)),
});

const SampleItem = v.strictObject({
  id: v.optional(text(200)),
  name: v.optional(text(300)),
  price: v.optional(finite),
  quantity: v.optional(finite),
});

const Sample = v.strictObject({
  at: IsoTime,
  accountId: nullable(text(200)),
  value: nullable(finite),
  currency: nullable(text(10)),
  items: list(SampleItem, MAX_SAMPLE_ITEMS),
  searchTerm: nullable(text(300)),
  hasOrderId: v.boolean(),
  userDataKeys: list(text(40), 50),
  automaticMatching: v.boolean(),
});

export const ObservationSchema = v.strictObject({
  id: v.pipe(v.string(), v.maxLength(2 * L.text)),
  retailer: Site,
  kind: v.picklist(OBSERVATION_KINDS),
  party: v.picklist(['first', 'third']),
  subject: v.pipe(v.string(), v.minLength(1), v.maxLength(L.text)),
  tracker: nullable(v.strictObject({ organization: key, pattern: key, category: key })),
  count,
  firstSeen: IsoTime,
  lastSeen: IsoTime,
  counters: counts(count),
  masked: nullable(text(200)),
  detail: nullable(v.union([text(), finite])),
  where: nullable(text(300)),
  samples: list(Sample, MAX_SAMPLES),
  evidence: list(Evidence, MAX_EVIDENCE),
});

export const OrganizationSchema = v.strictObject({
  key,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(L.text)),
  description: nullable(text(L.longText)),
  websiteUrl: nullable(LinkUrl),
  country: nullable(text(40)),
  privacyPolicyUrl: nullable(LinkUrl),
  privacyContact: nullable(SafeText(L.text)),
  source: v.literal('ghostery-trackerdb'),
});

const Received = v.strictObject({
  identifiers: counts(list(key, 100)),
  beforeSubmit: count,
  events: counts(count),
  persistentIdentifiers: list(text(L.key)),
});

const Span = { firstSeen: IsoTime, lastSeen: IsoTime };

const RetailerSchema = v.strictObject({
  retailer: Site,
  ...Span,
  pageViews: count,
  companies: list(
    v.strictObject({
      organization: key,
      name: text(),
      category: key,
      categories: counts(count),
      requests: count,
      requestsWithCookies: count,
      cookiesSet: count,
      domains: list(Site),
      tags: list(key),
      received: Received,
      apiSignals: list(key),
      ...Span,
    }),
  ),
  unknownThirdParties: list(v.strictObject({ domain: Site, requests: count, received: Received, ...Span })),
  identifiersGiven: list(v.strictObject({ kind: key, masked: text(200), ...Span })),
  personalization: list(
    v.strictObject({
      signal: key,
      category: key,
      evidence: text(),
      where: text(300),
      confidence: key,
      pages: count,
      ...Span,
    }),
  ),
  privacyLinks: list(
    v.strictObject({ purpose: key, href: nullable(LinkUrl), text: text(), lastSeen: IsoTime }),
  ),
  engineInferences: list(
    v.strictObject({
      engine: key,
      meaning: key,
      detail: nullable(v.union([text(), finite])),
      ...Span,
    }),
  ),
  apiSignals: list(
    v.strictObject({
      code: key,
      party: v.picklist(['first', 'third']),
      scriptSite: v.union([v.literal(''), Site]),
      organization: nullable(key),
      reports: count,
    }),
  ),
});

export const ExportDocumentSchema = v.strictObject({
  format: v.literal('glass-customer/export'),
  schemaVersion: v.literal(1),
  exportedAt: IsoTime,
  generator: v.strictObject({
    name: text(100),
    version: text(40),
    databaseVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000)),
  }),
  retailers: list(RetailerSchema, L.retailers),
  organizations: list(OrganizationSchema, L.organizations),
  observations: list(ObservationSchema, L.observations),
});

export type ValidExport = v.InferOutput<typeof ExportDocumentSchema>;
export type ValidObservation = v.InferOutput<typeof ObservationSchema>;
export type ValidOrganization = v.InferOutput<typeof OrganizationSchema>;
