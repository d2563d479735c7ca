import { describe, expect, it } from 'vitest';
import { buildProfile, shopSummaryOf } from '../../../src/profile';
import { deleteEvidence, shopsDeletedBy, type DeleteScope } from '../../../src/store';
import { freshFactory, openFresh } from '../helpers';
import { dump, HOSTILE_SHOP, realisticStore } from '../realistic-store';

/** Every stored profile equals a rebuild from the stored observations, and none is empty. */
async function expectProfilesConsistent(db: Awaited<ReturnType<typeof openFresh>>) {
  const { observations, retailers, summaries } = await dump(db);
  const shops = new Set(observations.map((o) => o.retailer));
  expect(retailers.map((p) => p.retailer).sort()).toEqual([...shops].sort());
  for (const profile of retailers) expect(profile).toEqual(buildProfile(profile.retailer, observations));
  // Each profile's summary was written with it; no summary outlives its profile.
  expect(summaries).toEqual(retailers.map(shopSummaryOf));
}

describe('deleting evidence', { timeout: 60_000 }, () => {
  it('one shop: its observations and profile go, other shops stay as they were', async () => {
    const db = await realisticStore();
    const before = await dump(db);
    const result = await deleteEvidence(db, { kind: 'retailer', retailer: HOSTILE_SHOP });
    const after = await dump(db);
    expect(result.observations).toBe(before.observations.filter((o) => o.retailer === HOSTILE_SHOP).length);
    expect(result.observations).toBeGreaterThan(0);
    expect(after.observations.some((o) => o.retailer === HOSTILE_SHOP)).toBe(false);
    expect(after.retailers.some((p) => p.retailer === HOSTILE_SHOP)).toBe(false);
    expect(after.observations).toEqual(before.observations.filter((o) => o.retailer !== HOSTILE_SHOP));
    expect(after.retailers).toEqual(before.retailers.filter((p) => p.retailer !== HOSTILE_SHOP));
    await expectProfilesConsistent(db);
  });

  it('one company: what it received on every shop goes, and those shops no longer list it', async () => {
    const db = await realisticStore();
    const before = await dump(db);
    // The company seen on the most shops.
    const shopsOf = new Map<string, Set<string>>();
    for (const o of before.observations)
      if (o.tracker)
        shopsOf.set(o.tracker.orgKey, (shopsOf.get(o.tracker.orgKey) ?? new Set()).add(o.retailer));
    const [orgKey, shops] = [...shopsOf].sort((a, b) => b[1].size - a[1].size)[0]!;
    expect(shops.size).toBeGreaterThan(1);

    const result = await deleteEvidence(db, { kind: 'organization', orgKey });
    const after = await dump(db);
    expect(result.retailers).toEqual([...shops].sort());
    expect(after.observations.some((o) => o.tracker?.orgKey === orgKey)).toBe(false);
    expect(after.organizations.some((o) => o.key === orgKey)).toBe(false);
    for (const profile of after.retailers) {
      expect(profile.companies[orgKey]).toBeUndefined();
      expect(Object.values(profile.apiSignals).some((s) => s.orgKey === orgKey)).toBe(false);
    }
    expect(after.observations).toEqual(before.observations.filter((o) => o.tracker?.orgKey !== orgKey));
    await expectProfilesConsistent(db);
  });

  it('everything: observations, profiles and organisations; the watchlist and salt stay', async () => {
    const db = await realisticStore();
    await db.put('meta', { key: 'salt', value: 'abc' });
    await db.put('watchlist', {
      key: 'email|a@b.example',
      kind: 'email',
      value: 'a@b.example',
      source: { type: 'user' },
      addedAt: 1,
    });
    const before = await dump(db);
    const result = await deleteEvidence(db, { kind: 'all' });
    expect(result.observations).toBe(before.observations.length);
    expect(await dump(db)).toEqual({ observations: [], retailers: [], summaries: [], organizations: [] });
    expect(await db.count('watchlist')).toBe(1);
    expect(await db.get('meta', 'salt')).toEqual({ key: 'salt', value: 'abc' });
  });

  const scopes: DeleteScope[] = [
    { kind: 'retailer', retailer: HOSTILE_SHOP },
    { kind: 'organization', orgKey: 'google' },
    { kind: 'all' },
  ];

  it.each(scopes)('a crash mid-way ($kind, thrown) deletes nothing, after reopening too', async (scope) => {
    const factory = freshFactory();
    const db = await realisticStore(undefined, await openFresh(factory));
    const before = await dump(db);
    await expect(
      deleteEvidence(db, scope, {
        midway: () => {
          throw new Error('worker stopped');
        },
      }),
    ).rejects.toThrow('worker stopped');
    expect(await dump(db)).toEqual(before);
    db.close();
    const reopened = await openFresh(factory);
    expect(await dump(reopened)).toEqual(before);
  });

  it.each(scopes)('a transaction aborted mid-way ($kind) deletes nothing', async (scope) => {
    const factory = freshFactory();
    const db = await realisticStore(undefined, await openFresh(factory));
    const before = await dump(db);
    await expect(deleteEvidence(db, scope, { midway: (tx) => tx.abort() })).rejects.toThrow();
    db.close();
    expect(await dump(await openFresh(factory))).toEqual(before);
  });

  it('deleting a shop or company that is not there changes nothing', async () => {
    const db = await realisticStore();
    const before = await dump(db);
    expect(await deleteEvidence(db, { kind: 'retailer', retailer: 'never.example' })).toEqual({
      observations: 0,
      retailers: [],
    });
    await deleteEvidence(db, { kind: 'organization', orgKey: 'nobody' });
    expect(await dump(db)).toEqual(before);
  });
});

describe('shopsDeletedBy', () => {
  it('names the shops whose own records go with a deletion', () => {
    expect(shopsDeletedBy({ kind: 'retailer', retailer: 'amazon.de' })).toEqual(['amazon.de']);
    expect(shopsDeletedBy({ kind: 'all' })).toBe('all');
    expect(shopsDeletedBy({ kind: 'organization', orgKey: 'facebook' })).toEqual([]);
  });
});
