/**
 * The UI benchmark's synthetic year (test/bench/year-of-browsing.ts): the requested number of
 * distinct observations exactly, every observation kind, real tracker-database organisations,
 * the same year for the same seed, and profiles written through the store that equal a rebuild.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { OBSERVATION_KINDS, observationId, type Observation } from '../../../src/model';
import { buildProfile } from '../../../src/profile';
import { listObservations, listRetailerProfiles, recordDeltas } from '../../../src/store';
import {
  organizationCandidates,
  yearOfBrowsing,
  type TrackerDbJson,
  type YearOptions,
} from '../../bench/year-of-browsing';
import { openFresh, realMatcher } from '../helpers';

const require = createRequire(import.meta.url);
const trackerdb = JSON.parse(
  readFileSync(
    require.resolve('@ghostery/trackerdb').replace(/dist[/\\]cjs[/\\]index\.js$/, 'dist/trackerdb.json'),
    'utf8',
  ),
) as TrackerDbJson;
const candidates = organizationCandidates(trackerdb);

async function small(seed = 7): Promise<YearOptions> {
  return { matcher: await realMatcher(), candidates, seed, shops: 30, companies: 40, observations: 4_000 };
}

describe('a year of browsing', () => {
  it('holds exactly the requested distinct observations, of every kind, for real organisations', async () => {
    const year = yearOfBrowsing(await small());
    const ids = new Set<string>();
    const kinds = new Set<string>();
    const orgs = new Set<string>();
    const passed = new Set<string>();
    for (const batch of year.batches()) {
      expect(batch.deltas.length).toBeLessThanOrEqual(500);
      for (const organization of batch.organizations) passed.add(organization.key);
      for (const delta of batch.deltas) {
        ids.add(observationId(delta));
        kinds.add(delta.kind);
        if (delta.tracker) orgs.add(delta.tracker.orgKey);
      }
    }
    expect(ids.size).toBe(4_000);
    expect(year.observations).toBe(4_000);
    expect([...kinds].sort()).toEqual([...OBSERVATION_KINDS].sort());
    expect(new Set(year.shops).size).toBe(30);
    // Every organisation is a tracker-database key and is passed with its first sighting.
    expect([...orgs].every((key) => candidates.some((c) => c.orgKey === key))).toBe(true);
    expect([...orgs].sort()).toEqual([...passed].sort());
  }, 60_000);

  it('is the same year for the same seed, another for another seed', async () => {
    const first = (options: YearOptions) => yearOfBrowsing(options).batches().next().value!.deltas;
    expect(first(await small())).toEqual(first(await small()));
    expect(first(await small(8))).not.toEqual(first(await small()));
  }, 60_000);

  it('written through the store, gives profiles equal to a rebuild from the observations', async () => {
    const year = yearOfBrowsing(await small());
    const db = await openFresh();
    for (const batch of year.batches()) await recordDeltas(db, batch.deltas, batch.organizations);
    const observations: Observation[] = await listObservations(db);
    expect(observations).toHaveLength(4_000);
    const profiles = await listRetailerProfiles(db);
    expect(profiles).toHaveLength(30);
    for (const profile of profiles.slice(0, 5))
      expect(profile).toEqual(buildProfile(profile.retailer, observations));
  }, 120_000);
});
