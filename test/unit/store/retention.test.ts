import { describe, expect, it } from 'vitest';
import { buildProfile, shopSummaryOf } from '../../../src/profile';
import { pruneBefore, recordDeltas, retentionCutoff } from '../../../src/store';
import { freshFactory, openFresh } from '../helpers';
import { dump } from '../realistic-store';

const day = 86_400_000;

describe('retention', () => {
  it('the cutoff is calendar months back, in UTC, clamped to the month’s last day', () => {
    expect(new Date(retentionCutoff(Date.UTC(2026, 11, 5, 12), 12)).toISOString()).toBe(
      '2025-12-05T12:00:00.000Z',
    );
    expect(new Date(retentionCutoff(Date.UTC(2026, 2, 31), 1)).toISOString()).toBe(
      '2026-02-28T00:00:00.000Z',
    );
    expect(new Date(retentionCutoff(Date.UTC(2026, 0, 15), 120)).toISOString()).toBe(
      '2016-01-15T00:00:00.000Z',
    );
  });

  it('prunes observations last seen before the cutoff and rebuilds the shops they fed', async () => {
    const db = await openFresh();
    const old = Date.UTC(2024, 0, 1);
    const recent = Date.UTC(2026, 0, 1);
    await recordDeltas(db, [
      { retailer: 'a.example', kind: 'page-visit', party: 'first', subject: 'a.example', at: recent },
      {
        retailer: 'a.example',
        kind: 'third-party-request',
        party: 'third',
        subject: 'old-cdn.example',
        at: old,
      },
      { retailer: 'b.example', kind: 'page-visit', party: 'first', subject: 'b.example', at: old },
    ]);
    const result = await pruneBefore(db, recent - 30 * day);
    expect(result).toEqual({ observations: 2, retailers: ['a.example', 'b.example'] });
    const { observations, retailers, summaries } = await dump(db);
    expect(observations.map((o) => o.id)).toEqual(['a.example|page-visit|first|a.example']);
    expect(retailers).toEqual([buildProfile('a.example', observations)]);
    // b.example's summary went with its profile; a.example's was rewritten with it.
    expect(summaries).toEqual(retailers.map(shopSummaryOf));
    expect(retailers[0]!.firstSeen).toBe(recent);
    expect(retailers[0]!.unknownThirdParties).toEqual({});
  });

  it('a crash mid-way prunes nothing', async () => {
    const factory = freshFactory();
    const db = await openFresh(factory);
    await recordDeltas(db, [
      { retailer: 'b.example', kind: 'page-visit', party: 'first', subject: 'b.example', at: 1 },
    ]);
    const before = await dump(db);
    await expect(
      pruneBefore(db, 10, {
        midway: () => {
          throw new Error('stopped');
        },
      }),
    ).rejects.toThrow('stopped');
    db.close();
    expect(await dump(await openFresh(factory))).toEqual(before);
  });
});
