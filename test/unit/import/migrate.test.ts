/**
 * Old export versions are brought up to date step by step before validation. Version 1 is the
 * only one so far, so the mechanism is shown with a made-up next version: a file of version 1
 * read by a build whose current version is 2 runs the 1 → 2 step; versions without a path in
 * either direction are refused.
 */
import { describe, expect, it } from 'vitest';
import { EXPORT_SCHEMA_VERSION } from '../../../src/export';
import { EXPORT_MIGRATIONS, migrateExport, oldestReadableVersion, parseImport } from '../../../src/import';

describe('export migrations', () => {
  it('version 1 is current and needs no step', () => {
    expect(EXPORT_SCHEMA_VERSION).toBe(1);
    expect(Object.keys(EXPORT_MIGRATIONS)).toEqual([]);
    expect(oldestReadableVersion()).toBe(1);
    const document = { format: 'glass-customer/export', schemaVersion: 1 };
    expect(migrateExport(document, 1)).toBe(document);
  });

  it('runs every step from the file’s version to the current one, in order', () => {
    const steps = {
      1: (d: Record<string, unknown>) => ({ ...d, renamed: d.old, old: undefined, trail: ['1→2'] }),
      2: (d: Record<string, unknown>) => ({
        ...d,
        trail: [...((d.trail as string[] | undefined) ?? []), '2→3'],
      }),
    };
    expect(oldestReadableVersion(steps, 3)).toBe(1);
    expect(migrateExport({ schemaVersion: 1, old: 'x' }, 1, steps, 3)).toEqual({
      schemaVersion: 3,
      renamed: 'x',
      old: undefined,
      trail: ['1→2', '2→3'],
    });
    expect(migrateExport({ schemaVersion: 2 }, 2, steps, 3)).toEqual({ schemaVersion: 3, trail: ['2→3'] });
    expect(migrateExport({ schemaVersion: 0 }, 0, steps, 3)).toBeUndefined();
    expect(migrateExport({ schemaVersion: 4 }, 4, steps, 3)).toBeUndefined();
  });

  it('an import of a version older than any step, or newer than this build, is refused', () => {
    const file = (schemaVersion: unknown) =>
      JSON.stringify({ format: 'glass-customer/export', schemaVersion });
    expect(parseImport(file(0))).toMatchObject({ ok: false, code: 'unknown-version' });
    expect(parseImport(file(EXPORT_SCHEMA_VERSION + 1))).toMatchObject({ ok: false, code: 'future-version' });
  });
});
