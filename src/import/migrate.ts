/**
 * Older export files, brought up to the current schemaVersion before they are validated. Each
 * migration takes a document of version N and returns one of version N + 1; a file runs every
 * step from its version to the current one. Version 1 is the only one so far, so the list is
 * empty; the first format change adds its step here with a test that imports a file of the
 * previous version.
 */
import { EXPORT_SCHEMA_VERSION } from '../export';

export type ExportMigration = (document: Record<string, unknown>) => Record<string, unknown>;

/** Keyed by the version a step starts from. */
export const EXPORT_MIGRATIONS: Readonly<Record<number, ExportMigration>> = {};

/** The oldest version this build can read. */
export function oldestReadableVersion(
  migrations: Readonly<Record<number, ExportMigration>> = EXPORT_MIGRATIONS,
  current = EXPORT_SCHEMA_VERSION,
): number {
  let version = current;
  while (migrations[version - 1]) version -= 1;
  return version;
}

/** The document at `current`, or undefined when there is no path from its version. */
export function migrateExport(
  document: Record<string, unknown>,
  from: number,
  migrations: Readonly<Record<number, ExportMigration>> = EXPORT_MIGRATIONS,
  current = EXPORT_SCHEMA_VERSION,
): Record<string, unknown> | undefined {
  if (from < oldestReadableVersion(migrations, current) || from > current) return undefined;
  let migrated = document;
  for (let version = from; version < current; version += 1) {
    migrated = { ...migrations[version]!(migrated), schemaVersion: version + 1 };
  }
  return migrated;
}
