/**
 * Round trip: a store built through the real record path, exported, wiped, imported, exported
 * again, gives the same bytes; merging into another browser keeps both sides; importing the
 * same file twice changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { buildExportDocument } from '../../../src/export';
import { parseImport } from '../../../src/import';
import { buildProfile } from '../../../src/profile';
import {
  deleteEvidence,
  readExportSnapshot,
  recordDeltas,
  SCHEMA_VERSION,
  writeImport,
} from '../../../src/store';
import { freshFactory, openFresh } from '../helpers';
import { dump, HOSTILE_SHOP, realisticStore } from '../realistic-store';
import { EXPORTED_AT, exportText } from './export-text';

type Shops = { retailers: { retailer: string; pageViews: number; lastSeen: string }[] };

function parsed(text: string) {
  const result = parseImport(text);
  if (!result.ok) throw new Error(`${result.code}: ${result.detail}`);
  return result;
}

describe('export → wipe → import → export', { timeout: 60_000 }, () => {
  it('is byte for byte identical, and the profiles equal a rebuild', async () => {
    const factory = freshFactory();
    const db = await realisticStore(undefined, await openFresh(factory));
    const first = await exportText(db);
    expect(JSON.parse(first)).toEqual(
      JSON.parse(
        JSON.stringify(
          buildExportDocument({
            ...(await readExportSnapshot(db)),
            generator: { name: 'Glass Customer', version: '0.1.0', databaseVersion: SCHEMA_VERSION },
            exportedAt: EXPORTED_AT,
          }),
        ),
      ),
    );

    await deleteEvidence(db, { kind: 'all' });
    expect((await dump(db)).observations).toEqual([]);
    const result = await writeImport(db, parsed(first), 'restore');
    expect(result.observations).toBe((JSON.parse(first) as { observations: unknown[] }).observations.length);
    db.close();

    const reopened = await openFresh(factory);
    expect(await exportText(reopened)).toBe(first);
    const { observations, retailers } = await dump(reopened);
    for (const profile of retailers) expect(profile).toEqual(buildProfile(profile.retailer, observations));
  });

  it('restore replaces what this browser held', async () => {
    const source = await realisticStore();
    const text = await exportText(source);
    const target = await openFresh();
    await recordDeltas(target, [
      { retailer: 'other.example', kind: 'page-visit', party: 'first', subject: 'other.example', at: 1 },
    ]);
    await writeImport(target, parsed(text), 'restore');
    expect(await exportText(target)).toBe(text);
  });

  it('merge keeps both browsers’ shops, and merging the same file again changes nothing', async () => {
    const source = await realisticStore();
    const text = await exportText(source);
    const target = await openFresh();
    const at = Date.UTC(2026, 0, 1);
    await recordDeltas(target, [
      { retailer: 'other.example', kind: 'page-visit', party: 'first', subject: 'other.example', at },
      { retailer: HOSTILE_SHOP, kind: 'page-visit', party: 'first', subject: HOSTILE_SHOP, at },
    ]);
    await writeImport(target, parsed(text), 'merge');
    const once = await exportText(target);
    const document = JSON.parse(once) as Shops;
    const shops = document.retailers.map((r) => r.retailer);
    expect(shops).toContain('other.example');
    expect(shops).toEqual(
      expect.arrayContaining((JSON.parse(text) as Shops).retailers.map((r) => r.retailer)),
    );
    // The shop both saw: the later sighting widens it; the count is the larger, not the sum.
    const hostile = document.retailers.find((r) => r.retailer === HOSTILE_SHOP)!;
    expect(hostile.lastSeen).toBe(new Date(at).toISOString());
    expect(hostile.pageViews).toBe(1);

    await writeImport(target, parsed(text), 'merge');
    expect(await exportText(target)).toBe(once);
    const { observations, retailers } = await dump(target);
    for (const profile of retailers) expect(profile).toEqual(buildProfile(profile.retailer, observations));
  });

  it('an import that fails mid-way (transaction aborted) changes nothing', async () => {
    const factory = freshFactory();
    const db = await realisticStore(undefined, await openFresh(factory));
    const text = await exportText(db);
    await recordDeltas(db, [
      { retailer: 'other.example', kind: 'page-visit', party: 'first', subject: 'other.example', at: 5 },
    ]);
    const before = await dump(db);
    for (const mode of ['restore', 'merge'] as const)
      await expect(writeImport(db, parsed(text), mode, { midway: (tx) => tx.abort() })).rejects.toThrow();
    db.close();
    expect(await dump(await openFresh(factory))).toEqual(before);
  });
});
