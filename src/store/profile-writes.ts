/**
 * The one way to change a materialised retailer profile: its summary (src/profile/shop-summary.ts)
 * is written, deleted or cleared with it, in the caller's transaction, so both commit or neither.
 */
import type { RetailerProfile } from '../model';
import { shopSummaryOf } from '../profile';
import type { GlassSchema, StoreName } from './schema';
import type { IDBPTransaction } from 'idb';

/** The evidence transactions (record, delete, import) and the upgrade transaction. */
export type ProfileTransaction =
  | IDBPTransaction<
      GlassSchema,
      ('observations' | 'retailers' | 'summaries' | 'organizations')[],
      'readwrite'
    >
  | IDBPTransaction<GlassSchema, StoreName[], 'versionchange'>;

/** Both kinds have `retailers` and `summaries` in scope; one type for the calls below. */
const scoped = (tx: ProfileTransaction) => tx as IDBPTransaction<GlassSchema, StoreName[], 'readwrite'>;

export function putProfile(transaction: ProfileTransaction, profile: RetailerProfile): Promise<unknown> {
  const tx = scoped(transaction);
  return Promise.all([
    tx.objectStore('retailers').put(profile),
    tx.objectStore('summaries').put(shopSummaryOf(profile)),
  ]);
}

export function deleteProfile(transaction: ProfileTransaction, retailer: string): Promise<unknown> {
  const tx = scoped(transaction);
  return Promise.all([
    tx.objectStore('retailers').delete(retailer),
    tx.objectStore('summaries').delete(retailer),
  ]);
}

export function clearProfiles(transaction: ProfileTransaction): Promise<unknown> {
  const tx = scoped(transaction);
  return Promise.all([tx.objectStore('retailers').clear(), tx.objectStore('summaries').clear()]);
}
