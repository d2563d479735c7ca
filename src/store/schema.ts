/**
 * The IndexedDB schema of Glass Customer: one database, its object stores and indexes.
 * Every change to it is a numbered migration in ./migrations.ts.
 */
import type { DBSchema } from 'idb';
import type { Observation, Organization, RetailerProfile, WatchlistEntry } from '../model';
import type { ShopSummary } from '../profile';

export const DATABASE_NAME = 'glass-customer';

export interface GlassSchema extends DBSchema {
  /** Deduplicated evidence, keyed by `retailer|kind|party|subject`. */
  observations: {
    key: string;
    value: Observation;
    indexes: { 'by-retailer': string; 'by-kind': string; 'by-org': string; 'by-last-seen': number };
  };
  /** Materialised per-retailer profiles, derived from observations (src/profile). */
  retailers: {
    key: string;
    value: RetailerProfile;
    indexes: { 'by-last-seen': number };
  };
  /** Per-retailer summaries (src/profile/shop-summary.ts), written with each profile (profile-writes.ts). */
  summaries: {
    key: string;
    value: ShopSummary;
  };
  /** Organisations that received data, as described by the tracker database. */
  organizations: {
    key: string;
    value: Organization;
  };
  /** The user's own identifiers (from forms they submitted or typed in settings); local only, never exported in reports. */
  watchlist: {
    key: string;
    value: StoredWatchlistEntry;
  };
  /** Small records: settings, bookkeeping. */
  meta: {
    key: string;
    value: { key: string; value: unknown };
  };
}

export type StoreName = 'observations' | 'retailers' | 'summaries' | 'organizations' | 'watchlist' | 'meta';

/** A watchlist entry with its key: `<kind>|<normalised value>`, so the same value is stored once. */
export interface StoredWatchlistEntry extends WatchlistEntry {
  key: string;
}
