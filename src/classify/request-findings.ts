/**
 * What one third-party request told its recipient, as observations: decoded commerce events
 * ("Meta was told: Purchase, 49.99 EUR …") and the user's identifiers it carried ("your email,
 * SHA-256"). Identifiers typed on the page but not yet submitted are scanned first, so a match
 * from them is a leak "before you pressed submit".
 */
import { decodeCommerceEvents } from '../detectors/network/commerce';
import { engineOfSite } from '../detectors/network/engine-hosts';
import { scanForIdentifiers } from '../detectors/network/identifier-leak';
import type { IdentifierPool } from '../identifiers';
import {
  MAX_SAMPLE_ITEMS,
  type CommerceEvent,
  type EventSample,
  type IdentifierKind,
  type ObservationDelta,
  type OutgoingRequest,
} from '../model';

export interface IdentifierPools {
  /** The watchlist: values the user submitted or entered. */
  watchlist: IdentifierPool;
  /** Values typed on this tab's page and not submitted yet. */
  typedNotSubmitted: IdentifierPool;
}

/**
 * `base` is the request's third-party-request delta (retailer, recipient subject, tracker,
 * evidence); the findings share them.
 */
export function requestFindings(
  request: OutgoingRequest,
  base: ObservationDelta,
  pools: IdentifierPools,
): ObservationDelta[] {
  const deltas: ObservationDelta[] = [];
  const engine = engineOfSite(base.subject);
  if (engine) {
    // The shop runs a personalisation engine: an inference of the shop, not something sent.
    deltas.push({
      ...findingBase(base),
      kind: 'engine-inference',
      party: 'first',
      subject: `${engine}|present`,
      counters: { high: 1 },
    });
  }
  for (const event of decodeCommerceEvents(request)) deltas.push(eventDelta(base, event));
  deltas.push(...identifierDeltas(request, base, pools));
  return deltas;
}

/**
 * Hash-shaped values in contact fields that match none of the user's values. Callers judge
 * these a moment after the request: the value may be one the user is typing right now, whose
 * "typed" message reaches the service worker after the request that leaked it.
 */
export function unmatchedContactDeltas(
  request: OutgoingRequest,
  base: ObservationDelta,
  pools: IdentifierPools,
): ObservationDelta[] {
  const known = (value: string) =>
    pools.watchlist.tokens.has(value.toLowerCase()) ||
    pools.typedNotSubmitted.tokens.has(value.toLowerCase());
  return scanForIdentifiers(request, pools.watchlist, known).unmatchedHashedContactFields.map((field) => ({
    ...findingBase(base),
    kind: 'identifier-sent',
    subject: `${base.subject}|contact|hash-in-${field}`,
    counters: {},
  }));
}

/** The user's identifiers a request carried, for the request and for rescans when a value was typed. */
export function identifierDeltas(
  request: OutgoingRequest,
  base: ObservationDelta,
  pools: IdentifierPools,
): ObservationDelta[] {
  const deltas = new Map<string, ObservationDelta>();
  const add = (kind: IdentifierKind, encoding: string, beforeSubmit: boolean) => {
    const subject = `${base.subject}|${kind}|${encoding}`;
    const existing = deltas.get(subject);
    if (existing) {
      if (beforeSubmit) existing.counters = { ...existing.counters, beforeSubmit: 1 };
      return;
    }
    deltas.set(subject, {
      ...findingBase(base),
      kind: 'identifier-sent',
      subject,
      counters: beforeSubmit ? { beforeSubmit: 1 } : {},
    });
  };
  if (pools.typedNotSubmitted.size > 0) {
    for (const finding of scanForIdentifiers(request, pools.typedNotSubmitted).findings)
      add(finding.kind, finding.encoding, true);
  }
  for (const finding of scanForIdentifiers(request, pools.watchlist).findings)
    add(finding.kind, finding.encoding, false);
  return [...deltas.values()];
}

/** "<company> keeps the identifier cookie <name>": counted (set or sent), its value never stored. */
export function persistentIdentifierDelta(
  base: ObservationDelta,
  cookieName: string,
  counters: Record<string, number>,
): ObservationDelta {
  return {
    ...findingBase(base),
    kind: 'persistent-identifier',
    subject: `${base.subject}|${cookieName}`,
    counters,
  };
}

function eventDelta(base: ObservationDelta, event: CommerceEvent): ObservationDelta {
  return {
    ...findingBase(base),
    kind: 'event-sent',
    // Event names are page-controlled text; keep the subject's separator out of them.
    subject: `${base.subject}|${event.vendor}|${event.event.replace(/\|/g, '/')}`,
    sample: toSample(event, base.at),
  };
}

function findingBase(base: ObservationDelta): ObservationDelta {
  const delta: ObservationDelta = {
    retailer: base.retailer,
    kind: base.kind,
    party: base.party,
    subject: base.subject,
    at: base.at,
  };
  if (base.tracker) delta.tracker = base.tracker;
  if (base.evidence) delta.evidence = base.evidence;
  return delta;
}

function toSample(event: CommerceEvent, at: number): EventSample {
  const sample: EventSample = {
    at,
    items: event.items.slice(0, MAX_SAMPLE_ITEMS).map((item) => ({ ...item })),
    userDataKeys: [...event.userDataKeys],
  };
  if (event.accountId !== undefined) sample.accountId = event.accountId;
  if (event.value !== undefined) sample.value = event.value;
  if (event.currency !== undefined) sample.currency = event.currency;
  if (event.searchTerm !== undefined) sample.searchTerm = event.searchTerm;
  if (event.hasOrderId) sample.hasOrderId = true;
  if (event.automaticMatching) sample.automaticMatching = true;
  return sample;
}
