/**
 * Read-only queries for extension pages (popup, dashboard) and the export. Pages never write.
 */
import type { Observation, Organization, RetailerProfile } from '../model';
import type { GlassDatabase } from './open';

export function getRetailerProfile(
  db: GlassDatabase,
  retailer: string,
): Promise<RetailerProfile | undefined> {
  return db.get('retailers', retailer);
}

/** All retailer profiles, most recently seen first. */
export async function listRetailerProfiles(db: GlassDatabase): Promise<RetailerProfile[]> {
  const profiles = await db.getAllFromIndex('retailers', 'by-last-seen');
  return profiles.reverse();
}

export async function getOrganizations(
  db: GlassDatabase,
  keys: Iterable<string>,
): Promise<Map<string, Organization>> {
  const unique = [...new Set(keys)];
  const tx = db.transaction('organizations');
  const records = await Promise.all(unique.map((key) => tx.store.get(key)));
  return new Map(records.filter((r): r is Organization => r !== undefined).map((r) => [r.key, r]));
}

export function listOrganizations(db: GlassDatabase): Promise<Organization[]> {
  return db.getAll('organizations');
}

export function listObservations(db: GlassDatabase): Promise<Observation[]> {
  return db.getAll('observations');
}

export function listObservationsOfRetailer(db: GlassDatabase, retailer: string): Promise<Observation[]> {
  return db.getAllFromIndex('observations', 'by-retailer', retailer);
}

/** Everything the export contains, read in one transaction so it is a consistent snapshot. */
export async function readExportSnapshot(db: GlassDatabase) {
  const tx = db.transaction(['retailers', 'organizations', 'observations']);
  const [retailers, organizations, observations] = await Promise.all([
    tx.objectStore('retailers').index('by-last-seen').getAll(),
    tx.objectStore('organizations').getAll(),
    tx.objectStore('observations').getAll(),
  ]);
  return { retailers: retailers.reverse(), organizations, observations };
}
