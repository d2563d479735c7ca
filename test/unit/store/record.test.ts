import { describe, expect, it } from 'vitest';
import type { ObservationDelta, Organization } from '../../../src/model';
import { shopSummaryOf } from '../../../src/profile';
import {
  getRetailerProfile,
  listObservations,
  listObservationsOfRetailer,
  listOrganizations,
  listRetailerProfiles,
  listShopSummaries,
  readExportSnapshot,
  recordDeltas,
} from '../../../src/store';
import { freshFactory, openFresh } from '../helpers';

const meta: Organization = {
  key: 'facebook',
  name: 'Meta',
  source: 'ghostery-trackerdb',
  privacyPolicyUrl: 'https://example.org/p',
};

function request(retailer: string, subject: string, at: number, orgKey?: string): ObservationDelta {
  const delta: ObservationDelta = { retailer, kind: 'third-party-request', party: 'third', subject, at };
  if (orgKey) delta.tracker = { orgKey, patternKey: orgKey, category: 'advertising' };
  return delta;
}

describe('recordDeltas', () => {
  it('deduplicates observations with counts and first/last seen, across batches', async () => {
    const db = await openFresh();
    await recordDeltas(
      db,
      [
        request('a.example', 'facebook.net', 10, 'facebook'),
        request('a.example', 'facebook.net', 30, 'facebook'),
      ],
      [meta],
    );
    await recordDeltas(db, [request('a.example', 'facebook.net', 20, 'facebook')]);
    const observations = await listObservations(db);
    expect(observations).toHaveLength(1);
    expect(observations[0]).toMatchObject({
      id: 'a.example|third-party-request|third|facebook.net',
      count: 3,
      firstSeen: 10,
      lastSeen: 30,
    });
  });

  it('materialises per-retailer profiles and stores organisations', async () => {
    const db = await openFresh();
    const { profiles } = await recordDeltas(
      db,
      [request('a.example', 'facebook.net', 1, 'facebook'), request('b.example', 'cdn.example', 2)],
      [meta],
    );
    expect(profiles.map((p) => p.retailer).sort()).toEqual(['a.example', 'b.example']);
    expect((await getRetailerProfile(db, 'a.example'))?.companies['facebook']?.requests).toBe(1);
    expect((await getRetailerProfile(db, 'b.example'))?.unknownThirdParties['cdn.example']?.requests).toBe(1);
    expect((await listOrganizations(db)).map((o) => [o.key, o.name])).toEqual([['facebook', 'Meta']]);
    expect((await listRetailerProfiles(db)).map((p) => p.retailer)).toEqual(['b.example', 'a.example']);
    expect(await listObservationsOfRetailer(db, 'b.example')).toHaveLength(1);
    // Each profile's summary is written with it, and the dashboard reads them newest first.
    expect(await listShopSummaries(db)).toEqual(
      (await listRetailerProfiles(db)).map((profile) => shopSummaryOf(profile)),
    );
  });

  it('writes a batch all or nothing: a failing write leaves no half of it behind', async () => {
    const db = await openFresh();
    await recordDeltas(db, [request('a.example', 'facebook.net', 1, 'facebook')]);
    const poisoned = {
      ...request('a.example', 'criteo.com', 2, 'criteo'),
      evidence: { at: 2, page: 'x', resource: (() => 1) as unknown as string },
    };
    await expect(
      recordDeltas(db, [request('a.example', 'facebook.net', 3, 'facebook'), poisoned]),
    ).rejects.toThrow();
    const observations = await listObservations(db);
    expect(observations).toHaveLength(1);
    expect(observations[0]?.count).toBe(1);
    expect((await getRetailerProfile(db, 'a.example'))?.companies['facebook']?.requests).toBe(1);
    expect((await db.get('summaries', 'a.example'))?.companies).toEqual([
      { orgKey: 'facebook', requests: 1, categories: expect.any(Object) },
    ]);
  });

  it('keeps everything after the database is closed and reopened (worker restart)', async () => {
    const factory = freshFactory();
    const first = await openFresh(factory);
    await recordDeltas(first, [request('a.example', 'facebook.net', 1, 'facebook')], [meta]);
    first.close();
    const second = await openFresh(factory);
    const snapshot = await readExportSnapshot(second);
    expect(snapshot.observations).toHaveLength(1);
    expect(snapshot.organizations).toEqual([meta]);
    expect(snapshot.retailers[0]?.companies['facebook']?.requests).toBe(1);
  });
});
