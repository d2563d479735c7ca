import { describe, expect, it } from 'vitest';
import { buildExportDocument, jsonHead, jsonObservations, jsonTail } from '../../../src/export';
import { readExportSnapshot, readExportSnapshotInPages } from '../../../src/store';
import { realisticStore } from '../realistic-store';

describe('the paged export read', { timeout: 60_000 }, () => {
  it('yields every observation in id order, page by page, and writes the same JSON as the whole snapshot', async () => {
    const db = await realisticStore();
    const whole = await readExportSnapshot(db);
    const pieces: string[] = [];
    const sizes: number[] = [];
    let index = 0;
    const head = await readExportSnapshotInPages(db, 64, (page) => {
      sizes.push(page.length);
      pieces.push(jsonObservations(page, index));
      index += page.length;
    });
    expect(index).toBe(whole.observations.length);
    expect(sizes.slice(0, -1).every((size) => size === 64)).toBe(true);
    expect(head).toEqual({ retailers: whole.retailers, organizations: whole.organizations });
    const input = { ...whole, generator: { name: 'G', version: '1', databaseVersion: 5 }, exportedAt: 0 };
    const text = jsonHead(input) + pieces.join('') + jsonTail(index);
    expect(text).toBe(JSON.stringify(buildExportDocument(input), null, 2));
  });
});
