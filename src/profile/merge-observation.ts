/**
 * Merging a new sighting (delta) into the stored observation it belongs to. Pure.
 * Observations only grow: counts add up, first/last seen widen, evidence keeps the first
 * sighting plus the most recent ones.
 */
import { MAX_EVIDENCE, MAX_SAMPLES, observationId, type Observation, type ObservationDelta } from '../model';

export function mergeObservation(existing: Observation | undefined, delta: ObservationDelta): Observation {
  const sighting = delta.countsAsSighting !== false ? 1 : 0;
  const merged: Observation = existing
    ? { ...existing, counters: { ...existing.counters }, evidence: [...existing.evidence] }
    : {
        id: observationId(delta),
        retailer: delta.retailer,
        kind: delta.kind,
        party: delta.party,
        subject: delta.subject,
        count: 0,
        firstSeen: delta.at,
        lastSeen: delta.at,
        counters: {},
        evidence: [],
      };
  merged.count += sighting;
  merged.firstSeen = Math.min(merged.firstSeen, delta.at);
  merged.lastSeen = Math.max(merged.lastSeen, delta.at);
  if (delta.tracker && !merged.tracker) merged.tracker = delta.tracker;
  for (const [name, increment] of Object.entries(delta.counters ?? {})) {
    merged.counters[name] = (merged.counters[name] ?? 0) + increment;
  }
  if (delta.evidence) merged.evidence = keepEvidence(merged.evidence, delta.evidence);
  if (delta.masked !== undefined) merged.masked = delta.masked;
  if (delta.detail !== undefined) merged.detail = delta.detail;
  if (delta.where !== undefined) merged.where = delta.where;
  if (delta.sample) merged.samples = [...(merged.samples ?? []), delta.sample].slice(-MAX_SAMPLES);
  return merged;
}

/** Keep the first sighting and the latest ones; drop exact repeats of the latest page and resource. */
function keepEvidence(evidence: Observation['evidence'], next: Observation['evidence'][number]) {
  const last = evidence[evidence.length - 1];
  if (last && last.page === next.page && last.resource === next.resource) {
    return [...evidence.slice(0, -1), { ...last, at: Math.max(last.at, next.at) }];
  }
  const kept = [...evidence, next];
  if (kept.length <= MAX_EVIDENCE) return kept;
  return [kept[0]!, ...kept.slice(kept.length - (MAX_EVIDENCE - 1))];
}
