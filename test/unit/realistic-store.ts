/**
 * A realistic store for export, import and deletion tests, built through the real record path:
 * a small year of browsing (test/bench/year-of-browsing.ts: real tracker-database organisations,
 * sightings made by the service worker's classify functions, written by recordDeltas), plus a
 * few facts with hostile page text (formula starts, markup, quotes and line breaks).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ObservationDelta } from '../../src/model';
import { recordDeltas, type GlassDatabase } from '../../src/store';
import {
  organizationCandidates,
  yearOfBrowsing,
  type Batch,
  type TrackerDbJson,
} from '../bench/year-of-browsing';
import { openFresh, realMatcher } from './helpers';

const require = createRequire(import.meta.url);

export function trackerCandidates() {
  const path = require
    .resolve('@ghostery/trackerdb')
    .replace(/dist[/\\]cjs[/\\]index\.js$/, 'dist/trackerdb.json');
  return organizationCandidates(JSON.parse(readFileSync(path, 'utf8')) as TrackerDbJson);
}

export const HOSTILE_SHOP = 'hostile-shop.example';

const at = Date.UTC(2025, 11, 1, 10);
const page = `https://www.${HOSTILE_SHOP}/`;

/** Page text a shop controls: formulas, markup, quotes, commas and line breaks. */
export const HOSTILE_DELTAS: ObservationDelta[] = [
  {
    retailer: HOSTILE_SHOP,
    kind: 'page-visit',
    party: 'first',
    subject: HOSTILE_SHOP,
    at,
    evidence: { at, page },
  },
  {
    retailer: HOSTILE_SHOP,
    kind: 'personalization',
    party: 'first',
    subject: 'greeting',
    at,
    detail: '=HYPERLINK("https://evil.example","Hi, T•••")',
    where: 'h1.<script>',
    counters: { high: 1 },
    evidence: { at, page },
  },
  {
    retailer: HOSTILE_SHOP,
    kind: 'privacy-link',
    party: 'first',
    subject: 'privacy-policy|https://www.hostile-shop.example/privacy',
    at,
    detail: '<img src=x onerror=alert(1)>\r\n"quoted"',
    evidence: { at, page },
  },
  {
    retailer: HOSTILE_SHOP,
    kind: 'engine-inference',
    party: 'first',
    subject: 'dynamic-yield|location',
    at,
    detail: '+49 Mannheim, @home',
    evidence: { at, page },
  },
];

/** The planned years by size: planning is the slow part, and the year is the same every time. */
const planned = new Map<string, Batch[]>();

export async function realisticStore(
  sizes = { shops: 8, companies: 15, observations: 500 },
  db?: GlassDatabase,
): Promise<GlassDatabase> {
  const database = db ?? (await openFresh());
  const key = JSON.stringify(sizes);
  let batches = planned.get(key);
  if (!batches) {
    const matcher = await realMatcher();
    batches = [...yearOfBrowsing({ matcher, candidates: trackerCandidates(), seed: 11, ...sizes }).batches()];
    planned.set(key, batches);
  }
  for (const batch of batches) await recordDeltas(database, batch.deltas, batch.organizations);
  await recordDeltas(database, HOSTILE_DELTAS);
  return database;
}

/** Everything in the evidence stores, for before/after comparisons. */
export async function dump(db: GlassDatabase) {
  const [observations, retailers, summaries, organizations] = await Promise.all([
    db.getAll('observations'),
    db.getAll('retailers'),
    db.getAll('summaries'),
    db.getAll('organizations'),
  ]);
  return { observations, retailers, summaries, organizations };
}
