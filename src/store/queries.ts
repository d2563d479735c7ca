/**
 * Read-only queries for extension pages (popup, dashboard) and the export. Pages never write.
 */
import type { Observation, Organization, RetailerProfile } from '../model';
import type { ShopSummary } from '../profile';
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

/** Every shop's summary (src/profile/shop-summary.ts), most recently seen first: what the dashboard opens with. */
export async function listShopSummaries(db: GlassDatabase): Promise<ShopSummary[]> {
  const summaries = await db.getAll('summaries');
  return summaries.sort((a, b) => b.lastSeen - a.lastSeen || a.retailer.localeCompare(b.retailer));
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

/**
 * The export snapshot for a large export: retailers and organisations at once, observations in
 * id order a page at a time, all in one read transaction (a consistent snapshot). Each page is
 * its own IndexedDB request, so the page's main thread gets the event loop back between pages.
 * `onPage` must be synchronous: awaiting anything else would let the transaction close.
 */
export async function readExportSnapshotInPages(
  db: GlassDatabase,
  pageSize: number,
  onPage: (observations: Observation[]) => void,
): Promise<{ retailers: RetailerProfile[]; organizations: Organization[] }> {
  const tx = db.transaction(['retailers', 'organizations', 'observations']);
  const [retailers, organizations] = await Promise.all([
    tx.objectStore('retailers').index('by-last-seen').getAll(),
    tx.objectStore('organizations').getAll(),
  ]);
  const observations = tx.objectStore('observations');
  let after: string | undefined;
  for (;;) {
    const page = await observations.getAll(
      after === undefined ? undefined : IDBKeyRange.lowerBound(after, true),
      pageSize,
    );
    if (page.length > 0) onPage(page);
    if (page.length < pageSize) break;
    after = page[page.length - 1]!.id;
  }
  await tx.done;
  return { retailers: retailers.reverse(), organizations };
}
