/**
 * Retention: evidence last seen longer ago than the user's retention (default 12 months) is
 * deleted. An observation whose last sighting is older than the cutoff goes as a whole; the
 * profiles of the shops it fed are rebuilt in the same transaction. The background runs this
 * once a day (a browser alarm, which survives the worker being stopped) and when the setting
 * changes.
 */
import { deleteInTransaction, type DeleteResult, type WriteHooks } from './delete';
import type { GlassDatabase } from './open';

/** The moment `months` calendar months (UTC) before `now`: evidence last seen before it is pruned. */
export function retentionCutoff(now: number, months: number): number {
  const date = new Date(now);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - months);
  // 31 March minus one month is the last day of February, not 3 March.
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.getTime();
}

/** Delete every observation last seen before `cutoff` (ms), in one transaction. */
export function pruneBefore(
  db: GlassDatabase,
  cutoff: number,
  hooks: WriteHooks = {},
): Promise<DeleteResult> {
  return deleteInTransaction(
    db,
    (tx) => tx.objectStore('observations').index('by-last-seen').getAll(IDBKeyRange.upperBound(cutoff, true)),
    hooks,
  );
}
