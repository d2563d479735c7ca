/**
 * Schema migrations, one per database version, applied in order inside the upgrade
 * transaction. A database at version N runs every migration whose `version` is above N.
 * Never edit a shipped migration: add the next one, and a test that opens a database
 * written by the previous version.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { Observation, RetailerProfile } from '../model';
import { buildProfile } from '../profile';
import { clearProfiles, putProfile } from './profile-writes';
import type { GlassSchema, StoreName } from './schema';

export interface Migration {
  /** The version this migration brings the database to. */
  version: number;
  description: string;
  upgrade(
    db: IDBPDatabase<GlassSchema>,
    tx: IDBPTransaction<GlassSchema, StoreName[], 'versionchange'>,
  ): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'observations, materialised retailer profiles, organisations, meta',
    upgrade(db) {
      const observations = db.createObjectStore('observations', { keyPath: 'id' });
      observations.createIndex('by-retailer', 'retailer');
      observations.createIndex('by-kind', 'kind');
      observations.createIndex('by-org', 'tracker.orgKey');
      observations.createIndex('by-last-seen', 'lastSeen');
      const retailers = db.createObjectStore('retailers', { keyPath: 'retailer' });
      retailers.createIndex('by-last-seen', 'lastSeen');
      db.createObjectStore('organizations', { keyPath: 'key' });
      db.createObjectStore('meta', { keyPath: 'key' });
    },
  },
  {
    version: 2,
    description: "watchlist of the user's own identifiers; profiles rebuilt with what recipients received",
    upgrade(db, tx) {
      db.createObjectStore('watchlist', { keyPath: 'key' });
      // Version 2 profiles carry new fields (received, apiSignals, identifiersGiven, observation
      // counts): rebuild every stored profile from its observations, inside the upgrade transaction.
      rebuildAllProfiles(tx);
    },
  },
  {
    version: 3,
    description: "profiles gain engineInferences (what personalisation engines' cookies say)",
    upgrade(_db, tx) {
      rebuildAllProfiles(tx);
    },
  },
  {
    version: 4,
    description: "profiles gain privacyLinks (the shop's own privacy controls)",
    upgrade(_db, tx) {
      rebuildAllProfiles(tx);
    },
  },
  {
    version: 5,
    description: 'profiles gain personalization (what the pages show the shop knows)',
    upgrade(_db, tx) {
      rebuildAllProfiles(tx);
    },
  },
  {
    version: 6,
    description:
      "shop summaries next to the profiles, so the dashboard opens without reading every profile's evidence",
    upgrade(db, tx) {
      db.createObjectStore('summaries', { keyPath: 'retailer' });
      // From the observations, like the earlier rebuilds: stored profiles may be of any older shape.
      rebuildAllProfiles(tx);
    },
  },
];

function rebuildAllProfiles(tx: IDBPTransaction<GlassSchema, StoreName[], 'versionchange'>): void {
  void tx
    .objectStore('observations')
    .getAll()
    .then((observations) => rebuildProfiles(tx, observations));
}

function rebuildProfiles(
  tx: IDBPTransaction<GlassSchema, StoreName[], 'versionchange'>,
  observations: Observation[],
): Promise<unknown> {
  const byRetailer = new Map<string, Observation[]>();
  for (const observation of observations) {
    byRetailer.set(observation.retailer, [...(byRetailer.get(observation.retailer) ?? []), observation]);
  }
  // Before version 6 there is no summaries store; once it exists, summaries are kept in step.
  // (Checked when the observations arrive, after every migration's synchronous part has run.)
  const retailers = tx.objectStore('retailers');
  const withSummaries = tx.objectStoreNames.contains('summaries');
  const put = withSummaries
    ? (profile: RetailerProfile) => putProfile(tx, profile)
    : (profile: RetailerProfile) => retailers.put(profile);
  return (withSummaries ? clearProfiles(tx) : retailers.clear()).then(() =>
    Promise.all(
      [...byRetailer].map(([retailer, list]) => {
        const profile = buildProfile(retailer, list);
        return profile ? put(profile) : Promise.resolve(undefined);
      }),
    ),
  );
}

/** The schema version this build of the extension writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Check that migrations are numbered 1..n without gaps (a test runs this on MIGRATIONS). */
export function assertMigrationsOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration ${index} has version ${migration.version}, expected ${index + 1}`);
    }
  });
}
