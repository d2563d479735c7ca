import { describe, expect, it } from 'vitest';
import {
  assertMigrationsOrdered,
  MIGRATIONS,
  recordDeltas,
  SCHEMA_VERSION,
  type Migration,
} from '../../../src/store';
import { shopSummaryOf } from '../../../src/profile';
import { freshFactory, openFresh } from '../helpers';

describe('migrations', () => {
  it('are numbered 1..n and give the schema version', () => {
    expect(() => assertMigrationsOrdered(MIGRATIONS)).not.toThrow();
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(() => assertMigrationsOrdered([{ ...MIGRATIONS[0]!, version: 2 }])).toThrow(/expected 1/);
  });

  it('create every store and index at the current version', async () => {
    const db = await openFresh();
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'meta',
      'observations',
      'organizations',
      'retailers',
      'summaries',
      'watchlist',
    ]);
    const tx = db.transaction('observations');
    expect([...tx.store.indexNames].sort()).toEqual(['by-kind', 'by-last-seen', 'by-org', 'by-retailer']);
  });

  it('upgrading from version 1 adds the watchlist and rebuilds profiles into the current shape', async () => {
    const factory = freshFactory();
    const v1 = await openFresh(factory, MIGRATIONS.slice(0, 1));
    // Records exactly as version 1 wrote them: profiles without received/apiSignals/identifiersGiven.
    await v1.put('observations', {
      id: 'a.example|third-party-request|third|facebook.net',
      retailer: 'a.example',
      kind: 'third-party-request',
      party: 'third',
      subject: 'facebook.net',
      tracker: { orgKey: 'facebook', patternKey: 'facebook', category: 'advertising' },
      count: 3,
      firstSeen: 1,
      lastSeen: 9,
      counters: { withCookies: 1 },
      evidence: [],
    });
    await v1.put('retailers', {
      retailer: 'a.example',
      firstSeen: 1,
      lastSeen: 9,
      pageViews: 0,
      companies: {
        facebook: {
          orgKey: 'facebook',
          requests: 3,
          requestsWithCookies: 1,
          cookiesSet: 0,
          categories: { advertising: 3 },
          domains: ['facebook.net'],
          tags: [],
          firstSeen: 1,
          lastSeen: 9,
        },
      },
      unknownThirdParties: {},
    } as never);
    v1.close();

    const v2 = await openFresh(factory);
    expect(v2.version).toBe(SCHEMA_VERSION);
    expect([...v2.objectStoreNames]).toContain('watchlist');
    const profile = await v2.get('retailers', 'a.example');
    expect(profile).toMatchObject({
      identifiersGiven: {},
      apiSignals: {},
      engineInferences: {},
      companies: {
        facebook: {
          requests: 3,
          requestsWithCookies: 1,
          observations: 1,
          received: { identifiers: {}, events: {} },
          apiSignals: [],
        },
      },
    });
    // Version 6: the summary is built from the rebuilt profile, not the version-1 record.
    expect(await v2.getAll('summaries')).toEqual([shopSummaryOf(profile!)]);
  });

  it('upgrading from version 5 adds a summary for every stored shop', async () => {
    const factory = freshFactory();
    const v5 = await openFresh(factory, MIGRATIONS.slice(0, 5));
    for (const [at, retailer] of [
      [5, 'a.example'],
      [7, 'b.example'],
    ] as const) {
      await v5.put('observations', {
        id: `${retailer}|page-visit|first|${retailer}`,
        retailer,
        kind: 'page-visit',
        party: 'first',
        subject: retailer,
        count: 1,
        firstSeen: at,
        lastSeen: at,
        evidence: [],
      } as never);
    }
    v5.close();
    const v6 = await openFresh(factory);
    const profiles = await v6.getAll('retailers');
    expect(profiles.map((p) => p.retailer)).toEqual(['a.example', 'b.example']);
    expect(await v6.getAll('summaries')).toEqual(profiles.map(shopSummaryOf));
  });

  it('upgrade a database written by the previous version without losing data', async () => {
    const factory = freshFactory();
    const old = await openFresh(factory, MIGRATIONS);
    await recordDeltas(old, [
      { retailer: 'a.example', kind: 'page-visit', party: 'first', subject: 'a.example', at: 5 },
    ]);
    old.close();

    // A next version that adds an index: the mechanism must run only the new migration, in the upgrade transaction.
    const ran: number[] = [];
    const next: Migration = {
      version: MIGRATIONS.length + 1,
      description: 'test: index observations by subject',
      upgrade(_db, tx) {
        ran.push(this.version);
        tx.objectStore('observations').createIndex('by-subject' as never, 'subject');
      },
    };
    const upgraded = await openFresh(factory, [...MIGRATIONS, next]);
    expect(ran).toEqual([MIGRATIONS.length + 1]);
    expect(upgraded.version).toBe(MIGRATIONS.length + 1);
    expect(await upgraded.count('observations')).toBe(1);
    expect([...upgraded.transaction('observations').store.indexNames]).toContain('by-subject');
  });
});
