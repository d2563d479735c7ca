/**
 * Merging an imported observation into the one this browser already holds for the same id
 * (same shop, kind, party and subject). Merging never counts a sighting twice: where both saw
 * the fact, the larger count and counters are kept, so importing the same file again changes
 * nothing. Times widen; evidence and event samples are united (the first sighting and the
 * latest ones, as the recorder keeps them); the masked value, detail and place come from
 * whichever was seen last. Pure.
 */
import { MAX_EVIDENCE, MAX_SAMPLES, type Observation } from '../model';

export function mergeImportedObservation(local: Observation | undefined, imported: Observation): Observation {
  if (!local) return imported;
  const latest = imported.lastSeen > local.lastSeen ? imported : local;
  const merged: Observation = {
    id: local.id,
    retailer: local.retailer,
    kind: local.kind,
    party: local.party,
    subject: local.subject,
    count: Math.max(local.count, imported.count),
    firstSeen: Math.min(local.firstSeen, imported.firstSeen),
    lastSeen: Math.max(local.lastSeen, imported.lastSeen),
    counters: maxCounters(local.counters, imported.counters),
    evidence: unite(local.evidence, imported.evidence, (e) => `${e.at}|${e.page}|${e.resource ?? ''}`),
  };
  const tracker = local.tracker ?? imported.tracker;
  if (tracker) merged.tracker = tracker;
  for (const field of ['masked', 'detail', 'where'] as const) {
    const value = latest[field] ?? local[field] ?? imported[field];
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[field] = value;
  }
  const samples = [...(local.samples ?? []), ...(imported.samples ?? [])];
  if (samples.length > 0) {
    const seen = new Set<string>();
    merged.samples = samples
      .filter((sample) => {
        const key = JSON.stringify(sample);
        return !seen.has(key) && Boolean(seen.add(key));
      })
      .sort((a, b) => a.at - b.at)
      .slice(-MAX_SAMPLES);
  }
  return merged;
}

function maxCounters(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const counters = { ...a };
  for (const [name, value] of Object.entries(b)) counters[name] = Math.max(counters[name] ?? 0, value);
  return counters;
}

/** Both lists by time, without repeats; the first sighting and the latest, at most MAX_EVIDENCE. */
function unite<T extends { at: number }>(a: T[], b: T[], identity: (item: T) => string): T[] {
  const seen = new Set<string>();
  const all = [...a, ...b]
    .filter((item) => {
      const key = identity(item);
      return !seen.has(key) && Boolean(seen.add(key));
    })
    .sort((x, y) => x.at - y.at);
  if (all.length <= MAX_EVIDENCE) return all;
  return [all[0]!, ...all.slice(all.length - (MAX_EVIDENCE - 1))];
}
