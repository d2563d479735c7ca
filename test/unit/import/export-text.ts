/** The JSON export of a database as the dashboard writes it (json-writer.ts), for import tests. */
import { exportJsonPieces } from '../../../src/export';
import { readExportSnapshot, SCHEMA_VERSION, type GlassDatabase } from '../../../src/store';

export const EXPORTED_AT = Date.UTC(2026, 11, 5, 12);

export async function exportText(db: GlassDatabase, exportedAt = EXPORTED_AT): Promise<string> {
  const snapshot = await readExportSnapshot(db);
  const generator = { name: 'Glass Customer', version: '0.1.0', databaseVersion: SCHEMA_VERSION };
  return [...exportJsonPieces({ ...snapshot, generator, exportedAt }, 97)].join('');
}
