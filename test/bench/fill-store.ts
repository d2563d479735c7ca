/**
 * Runs inside an extension page, bundled by ui-render.ts: fills the extension's own IndexedDB
 * with a year of browsing (year-of-browsing.ts) through the store's write path — recordDeltas,
 * one transaction per batch of the write queue's size, organisations passed the first time they
 * are matched, as the service worker's recorder does. The tracker engine is the one the
 * extension ships (data/trackerdb.engine). Reports what was written and what the store holds.
 */
import { loadTrackerMatcher } from '../../src/classify';
import { openGlassDatabase, recordDeltas } from '../../src/store';
import { yearOfBrowsing, type OrganizationCandidate } from './year-of-browsing';

const DAY = 86_400_000;

export interface FillReport {
  shops: string[];
  companies: number;
  plannedObservations: number;
  pageViews: number;
  sightings: number;
  batches: number;
  planMs: number;
  writeMs: number;
  stored: { observations: number; retailers: number; organizations: number };
}

export async function fill(
  candidates: OrganizationCandidate[],
  sizes: { shops?: number; companies?: number; observations?: number } = {},
): Promise<FillReport> {
  const response = await fetch(new URL('/data/trackerdb.engine', location.origin));
  if (!response.ok) throw new Error(`tracker engine not found in the extension (${response.status})`);
  const matcher = await loadTrackerMatcher(new Uint8Array(await response.arrayBuffer()));
  let start = performance.now();
  // The year ends yesterday: the extension's retention (12 months by default) prunes evidence
  // older than that, and its daily alarm would otherwise delete part of the fill while it runs.
  const today = Math.floor(Date.now() / DAY) * DAY;
  const year = yearOfBrowsing({ matcher, candidates, start: today - 365 * DAY, ...sizes });
  const planMs = performance.now() - start;

  const db = await openGlassDatabase({ factory: indexedDB });
  let sightings = 0;
  let batches = 0;
  start = performance.now();
  for (const batch of year.batches()) {
    await recordDeltas(db, batch.deltas, batch.organizations);
    sightings += batch.deltas.length;
    batches++;
  }
  const writeMs = performance.now() - start;
  const stored = {
    observations: await db.count('observations'),
    retailers: await db.count('retailers'),
    organizations: await db.count('organizations'),
  };
  db.close();
  return {
    shops: year.shops,
    companies: year.companies.length,
    plannedObservations: year.observations,
    pageViews: year.pageViews,
    sightings,
    batches,
    planMs,
    writeMs,
    stored,
  };
}
