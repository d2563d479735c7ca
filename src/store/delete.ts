/**
 * Deleting what was recorded: everything about one shop, everything one company was seen
 * receiving, or everything. Each deletion is one readwrite transaction that removes the
 * observations and rebuilds (or removes) the materialised profiles they fed, so a crash — the
 * worker stopped, the browser closed, an error — leaves either all of it deleted or none of it.
 *
 * Profiles are rebuilt from the remaining observations rather than updated by subtraction:
 * first/last seen only widen when observations are added, so a rebuild is the exact answer.
 */
import type { IDBPTransaction } from 'idb';
import type { Observation } from '../model';
import { buildProfile } from '../profile';
import type { GlassDatabase } from './open';
import { clearProfiles, deleteProfile, putProfile } from './profile-writes';
import type { GlassSchema } from './schema';

export type DeleteScope =
  { kind: 'retailer'; retailer: string } | { kind: 'organization'; orgKey: string } | { kind: 'all' };

/**
 * The shops whose own records (outside the evidence: their report answers, their gpc.json check)
 * a deletion takes with it: the one shop, every shop, or none, since deleting a company keeps
 * the shops.
 */
export function shopsDeletedBy(scope: DeleteScope): readonly string[] | 'all' {
  if (scope.kind === 'all') return 'all';
  return scope.kind === 'retailer' ? [scope.retailer] : [];
}

export type EvidenceTransaction = IDBPTransaction<
  GlassSchema,
  ('observations' | 'retailers' | 'summaries' | 'organizations')[],
  'readwrite'
>;

export interface DeleteResult {
  /** Observations removed. */
  observations: number;
  /** Retailers whose profile was rebuilt or removed. */
  retailers: string[];
}

export interface WriteHooks {
  /**
   * Test seam: runs inside the transaction after the deletes were issued and before the profiles
   * are rebuilt. Throwing (or aborting the transaction) there is what a crash mid-way looks like.
   */
  midway?(tx: EvidenceTransaction): void | Promise<void>;
}

export function deleteEvidence(
  db: GlassDatabase,
  scope: DeleteScope,
  hooks: WriteHooks = {},
): Promise<DeleteResult> {
  switch (scope.kind) {
    case 'retailer':
      return deleteInTransaction(
        db,
        (tx) => tx.objectStore('observations').index('by-retailer').getAll(scope.retailer),
        hooks,
        // A shop with a profile but no observations left (it cannot happen, but) goes too.
        (tx) => deleteProfile(tx, scope.retailer),
      );
    case 'organization':
      return deleteInTransaction(
        db,
        (tx) => tx.objectStore('observations').index('by-org').getAll(scope.orgKey),
        hooks,
        (tx) => tx.objectStore('organizations').delete(scope.orgKey),
      );
    case 'all':
      return inEvidenceTransaction(db, async (tx) => {
        const [observations, retailers] = await Promise.all([
          tx.objectStore('observations').count(),
          tx.objectStore('retailers').getAllKeys(),
        ]);
        await Promise.all([
          tx.objectStore('observations').clear(),
          clearProfiles(tx),
          tx.objectStore('organizations').clear(),
        ]);
        await hooks.midway?.(tx);
        return { observations, retailers: retailers.sort() };
      });
  }
}

/**
 * Delete the observations `select` finds, then rebuild the profiles of their retailers, all in
 * one transaction. `also` removes records that belong to the scope (an organisation's record).
 */
export function deleteInTransaction(
  db: GlassDatabase,
  select: (tx: EvidenceTransaction) => Promise<Observation[]>,
  hooks: WriteHooks = {},
  also?: (tx: EvidenceTransaction) => Promise<unknown>,
): Promise<DeleteResult> {
  return inEvidenceTransaction(db, async (tx) => {
    const doomed = await select(tx);
    const store = tx.objectStore('observations');
    await Promise.all([...doomed.map((o) => store.delete(o.id)), also?.(tx)]);
    await hooks.midway?.(tx);
    const retailers = [...new Set(doomed.map((o) => o.retailer))].sort();
    await rebuildRetailers(tx, retailers);
    return { observations: doomed.length, retailers };
  });
}

/** Rebuild the profiles of `retailers` from their observations in this transaction; remove empty ones. */
export async function rebuildRetailers(tx: EvidenceTransaction, retailers: Iterable<string>): Promise<void> {
  const observations = tx.objectStore('observations').index('by-retailer');
  await Promise.all(
    [...retailers].map(async (retailer) => {
      const profile = buildProfile(retailer, await observations.getAll(retailer));
      await (profile ? putProfile(tx, profile) : deleteProfile(tx, retailer));
    }),
  );
}

/**
 * Run `work` in one readwrite transaction over the evidence stores and wait until it commits.
 * Any error aborts the transaction, so nothing of what `work` issued is kept.
 */
export async function inEvidenceTransaction<T>(
  db: GlassDatabase,
  work: (tx: EvidenceTransaction) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(['observations', 'retailers', 'summaries', 'organizations'], 'readwrite');
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted (by the work itself) or finished.
    }
    // Requests issued before the abort now fail with AbortError: expected, not unhandled.
    await tx.done.catch(() => undefined);
    throw error;
  }
}
