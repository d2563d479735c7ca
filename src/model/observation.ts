/**
 * Observations: the unit of evidence Glass Customer stores.
 *
 * One observation is one deduplicated fact about a retailer ("kaufhaus.example talked to
 * facebook.net"), keyed by (retailer, kind, party, subject) so storage grows with what is
 * known, not with page views. Counters and first/last seen record how often and when.
 */

/** What an observation is about. Later detectors add kinds; the store treats them alike. */
export type ObservationKind =
  /** A top-level page of the retailer was loaded (subject: the retailer itself). */
  | 'page-visit'
  /** The retailer's pages made requests to a third party (subject: recipient eTLD+1). */
  | 'third-party-request'
  /** A known tracking tag was installed in the retailer's page (subject: tag id, e.g. "meta-pixel"). */
  | 'tag-installed'
  /** The user gave the retailer a personal datum in a form (subject: `<kind>:<salted digest>`; `masked` shows it). */
  | 'identifier-given'
  /** One of the user's identifiers went to a third party (subject: `<recipient>|<kind>|<encoding>`). */
  | 'identifier-sent'
  /** A vendor beacon told a company about an event (subject: `<recipient>|<vendor>|<event>`; `samples` hold the details). */
  | 'event-sent'
  /** A script used a browser API to fingerprint, locate or record the user (subject: `<code>|<script site>`). */
  | 'api-signal'
  /** A third party keeps a long-lived identifier cookie (subject: `<recipient>|<cookie name>`). */
  | 'persistent-identifier'
  /** A personalisation engine's first-party cookie says what the shop inferred (subject: `<engine>|<meaning>`; `detail`). */
  | 'engine-inference'
  /** The shop's own privacy link (subject: `<purpose>|<url or text>`; `detail`: its text). */
  | 'privacy-link'
  /** The page shows that the shop knows the visitor (subject: signal id, e.g. `greeting`; `detail`: masked text; `where`). */
  | 'personalization';

export const OBSERVATION_KINDS: readonly ObservationKind[] = [
  'page-visit',
  'third-party-request',
  'tag-installed',
  'identifier-given',
  'identifier-sent',
  'event-sent',
  'api-signal',
  'persistent-identifier',
  'engine-inference',
  'privacy-link',
  'personalization',
];

export type Party = 'first' | 'third';

/** A sample of where an observation was seen; only origin + path, never a query (it may hold personal data). */
export interface Evidence {
  at: number;
  /** The retailer page the tab showed, origin + path. */
  page: string;
  /** The request (or script) that carried the observation, origin + path; absent for page-level facts. */
  resource?: string;
  /** webRequest resource type (script, image, xmlhttprequest, ping, …), when from the network. */
  resourceType?: string;
}

/** Tracker-database attribution of a recipient. */
export interface TrackerMatch {
  /** Organisation key in the tracker database (e.g. "facebook"). */
  orgKey: string;
  /** Tracker pattern key (e.g. "facebook_connect"). */
  patternKey: string;
  /** Category key (advertising, site_analytics, …). */
  category: string;
}

export interface Observation {
  /** Deduplication key: `${retailer}|${kind}|${party}|${subject}`. */
  id: string;
  retailer: string;
  kind: ObservationKind;
  party: Party;
  /** What the observation is about: a recipient eTLD+1, a tag id, the retailer itself. Never personal data. */
  subject: string;
  tracker?: TrackerMatch;
  count: number;
  firstSeen: number;
  lastSeen: number;
  /** Kind-specific counters, e.g. requests that carried cookies. */
  counters: Record<string, number>;
  /** The first sighting and the most recent ones, at most MAX_EVIDENCE in all. */
  evidence: Evidence[];
  /** A personal value shown masked (t•••@example.com, ••••4242); never the value itself. */
  masked?: string;
  /** What the latest events told the company (event-sent only), at most MAX_SAMPLES. */
  samples?: EventSample[];
  /** The latest interpretation (engine-inference only): a guessed city, a count, a time, product ids. */
  detail?: string | number;
  /** Where on the page (personalization only): a short selector path such as `h2.p13n-title`. */
  where?: string;
}

/** The content of one decoded event, as stored: no user-data values, no order ids. */
export interface EventSample {
  at: number;
  accountId?: string;
  value?: number;
  currency?: string;
  /** Product ids and names, at most MAX_SAMPLE_ITEMS. */
  items: { id?: string; name?: string; price?: number; quantity?: number }[];
  searchTerm?: string;
  hasOrderId?: boolean;
  userDataKeys: string[];
  automaticMatching?: boolean;
}

export const MAX_SAMPLES = 5;
export const MAX_SAMPLE_ITEMS = 10;

/** One new sighting, before it is merged into a stored observation. */
export interface ObservationDelta {
  retailer: string;
  kind: ObservationKind;
  party: Party;
  subject: string;
  tracker?: TrackerMatch;
  at: number;
  /** Counter increments for this sighting (the sighting itself always adds one to `count`). */
  counters?: Record<string, number>;
  /** Counter-only deltas (e.g. a cookie header seen for an already counted request) do not add to `count`. */
  countsAsSighting?: boolean;
  evidence?: Evidence;
  masked?: string;
  sample?: EventSample;
  detail?: string | number;
  where?: string;
}

export const MAX_EVIDENCE = 4;

export function observationId(d: Pick<ObservationDelta, 'retailer' | 'kind' | 'party' | 'subject'>): string {
  return `${d.retailer}|${d.kind}|${d.party}|${d.subject}`;
}
