/**
 * Opening the database. The IDBFactory is passed in, so the same code runs on the
 * extension's origin (globalThis.indexedDB) and in Node under fake-indexeddb.
 */
import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { MIGRATIONS, assertMigrationsOrdered, type Migration } from './migrations';
import { DATABASE_NAME, type GlassSchema, type StoreName } from './schema';

export type GlassDatabase = IDBPDatabase<GlassSchema>;

export interface OpenOptions {
  factory: IDBFactory;
  name?: string;
  /** Defaults to every shipped migration; tests pass a prefix to build an older database. */
  migrations?: readonly Migration[];
}

export async function openGlassDatabase({
  factory,
  name = DATABASE_NAME,
  migrations = MIGRATIONS,
}: OpenOptions): Promise<GlassDatabase> {
  assertMigrationsOrdered(migrations);
  const request = factory.open(name, migrations.length);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as GlassDatabase;
    const tx = wrap(request.transaction!) as unknown as IDBPTransaction<
      GlassSchema,
      StoreName[],
      'versionchange'
    >;
    for (const migration of migrations) {
      if (migration.version > event.oldVersion) migration.upgrade(db, tx);
    }
  });
  const db = (await wrap(request)) as unknown as GlassDatabase;
  // Another context (a newer extension version) wants to upgrade: let it, rather than block it.
  db.addEventListener('versionchange', () => db.close());
  return db;
}
