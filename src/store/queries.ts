/**
 * Read-only queries for extension pages (popup, dashboard) and the export. Pages never write.
 */
import type { Observation, Organization, RetailerProfile } from '../model';
import type { OptOutData } from '../optouts';
import { popupViewOf, type PopupView, type ShopSummary } from '../profile';
import type { GlassDatabase } from './open';

export function getRetailerProfile(
  db: GlassDatabase,
  retailer: string,
): Promise<RetailerProfile | undefined> {
  return db.get('retailers', retailer);
}

/**
 * What the popup shows for one shop (popupViewOf), from its profile and the organisations read
 * in one transaction. The worker composes the view from its own directory of organisations;
 * this read is for a popup whose worker does not answer.
 */
export async function readPopupView(
  db: GlassDatabase,
  site: string,
  optOuts?: OptOutData,
): Promise<PopupView> {
  const tx = db.transaction(['retailers', 'organizations']);
  const [profile, organizations] = await Promise.all([
    tx.objectStore('retailers').get(site),
    tx.objectStore('organizations').getAll(),
    tx.done,
  ]);
  return popupViewOf(
    site,
    profile,
    new Map(organizations.map((organization) => [organization.key, organization])),
    optOuts,
  );
}

/**
 * All retailer profiles, most recently seen first. Read in pages: at a year of use they are
 * megabytes, and one getAll would be one long task for the page that reads them.
 */
export async function listRetailerProfiles(db: GlassDatabase): Promise<RetailerProfile[]> {
  const tx = db.transaction('retailers');
  const profiles = await readProfilesInPages(tx.store);
  await tx.done;
  return profiles;
}

async function readProfilesInPages(store: {
  getAll(query?: IDBKeyRange, count?: number): Promise<RetailerProfile[]>;
}): Promise<RetailerProfile[]> {
  const profiles: RetailerProfile[] = [];
  await readInPages(
    store,
    PROFILES_PER_PAGE,
    (page) => profiles.push(...page),
    (profile) => profile.retailer,
  );
  return profiles.sort(newestFirst);
}

/** As the by-last-seen index orders shops, reversed: newest first, ties by name descending. */
function newestFirst(a: { lastSeen: number; retailer: string }, b: { lastSeen: number; retailer: string }) {
  return b.lastSeen - a.lastSeen || (a.retailer < b.retailer ? 1 : a.retailer > b.retailer ? -1 : 0);
}

/** Every shop's summary (src/profile/shop-summary.ts), most recently seen first: what the dashboard opens with. */
export async function listShopSummaries(db: GlassDatabase): Promise<ShopSummary[]> {
  const summaries = await db.getAll('summaries');
  return summaries.sort(newestFirst);
}

/**
 * The stored shop a host belongs to, found without the Public Suffix List: a shop is stored under
 * its registrable domain, which is always one of the host's dot-separated suffixes, so the
 * longest suffix with a stored summary is the host's shop. For a page that must name the site
 * when the worker (which holds the list) does not answer.
 */
export async function storedShopOfHost(db: GlassDatabase, hostname: string): Promise<string | undefined> {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  const longestFirst = labels.map((_, start) => labels.slice(start).join('.')).filter(Boolean);
  const tx = db.transaction('summaries');
  const stored = await Promise.all(longestFirst.map((suffix) => tx.store.getKey(suffix)));
  return stored.find((key) => key !== undefined);
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
  const organizations = tx.objectStore('organizations').getAll();
  const retailers = await readProfilesInPages(tx.objectStore('retailers'));
  await readInPages(tx.objectStore('observations'), pageSize, onPage, (observation) => observation.id);
  await tx.done;
  return { retailers, organizations: await organizations };
}

/** Profiles per read: about half a megabyte at a year of use. */
const PROFILES_PER_PAGE = 25;

/** Every record of a store in key order, `pageSize` per request, each page handed to `onPage`. */
async function readInPages<T>(
  store: { getAll(query?: IDBKeyRange, count?: number): Promise<T[]> },
  pageSize: number,
  onPage: (records: T[]) => void,
  keyOf: (record: T) => IDBValidKey,
): Promise<void> {
  let after: IDBValidKey | undefined;
  for (;;) {
    const page = await store.getAll(
      after === undefined ? undefined : IDBKeyRange.lowerBound(after, true),
      pageSize,
    );
    if (page.length > 0) onPage(page);
    if (page.length < pageSize) return;
    after = keyOf(page[page.length - 1]!);
  }
}
