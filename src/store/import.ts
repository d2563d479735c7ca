/**
 * Writing a validated import (src/import) in one transaction: `restore` replaces every
 * observation, profile and organisation with the file's; `merge` adds the file's observations
 * to this browser's (mergeImportedObservation) and keeps local organisation records. Either way
 * the profiles of the shops involved are rebuilt from the observations, never taken from the
 * file, so they cannot disagree. A failure anywhere aborts the transaction: nothing changes.
 */
import { mergeImportedObservation } from '../import/merge-observations';
import { parseImport, type ImportFailure } from '../import/parse-import';
import type { Observation, Organization } from '../model';
import { inEvidenceTransaction, rebuildRetailers, type WriteHooks } from './delete';
import type { GlassDatabase } from './open';
import { clearProfiles } from './profile-writes';

export type ImportMode = 'restore' | 'merge';

export interface ImportRecords {
  observations: readonly Observation[];
  organizations: readonly Organization[];
}

export interface ImportResult {
  observations: number;
  retailers: number;
}

export function writeImport(
  db: GlassDatabase,
  records: ImportRecords,
  mode: ImportMode,
  hooks: WriteHooks = {},
): Promise<ImportResult> {
  return inEvidenceTransaction(db, async (tx) => {
    const observations = tx.objectStore('observations');
    const organizations = tx.objectStore('organizations');
    const affected = new Set(records.observations.map((o) => o.retailer));
    if (mode === 'restore') {
      await Promise.all([observations.clear(), clearProfiles(tx), organizations.clear()]);
      await Promise.all([
        ...records.observations.map((o) => observations.put(o)),
        ...records.organizations.map((o) => organizations.put(o)),
      ]);
    } else {
      const local = await Promise.all(records.observations.map((o) => observations.get(o.id)));
      const known = new Set(await organizations.getAllKeys());
      await Promise.all([
        ...records.observations.map((o, i) => observations.put(mergeImportedObservation(local[i], o))),
        ...records.organizations.filter((o) => !known.has(o.key)).map((o) => organizations.put(o)),
      ]);
    }
    await hooks.midway?.(tx);
    await rebuildRetailers(tx, affected);
    return { observations: records.observations.length, retailers: affected.size };
  });
}

/** Check a whole export file and, only when all of it is valid, write it in one transaction. */
export async function importExportFile(
  db: GlassDatabase,
  text: string,
  mode: ImportMode,
): Promise<(ImportResult & { ok: true; schemaVersion: number }) | ImportFailure> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  return { ok: true, schemaVersion: parsed.schemaVersion, ...(await writeImport(db, parsed, mode)) };
}
