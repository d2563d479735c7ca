/**
 * The watchlist: the user's own identifiers, kept so the leak detector can recognise them in
 * traffic. Stored only here, deduplicated by kind and normalised value, deletable one by one or
 * all at once; never part of a research report.
 */
import type { WatchlistEntry } from '../model';
import type { GlassDatabase } from './open';
import type { StoredWatchlistEntry } from './schema';

/** At most this many entries: the pool grows about 150 strings per entry. */
export const MAX_WATCHLIST_ENTRIES = 200;

export function watchlistKey(entry: Pick<WatchlistEntry, 'kind' | 'value'>): string {
  return `${entry.kind}|${entry.value.trim().toLowerCase().replace(/\s+/g, ' ')}`;
}

export function listWatchlist(db: GlassDatabase): Promise<StoredWatchlistEntry[]> {
  return db.getAll('watchlist');
}

/** Add entries not yet present; returns the ones that were new. */
export async function addToWatchlist(
  db: GlassDatabase,
  entries: readonly WatchlistEntry[],
): Promise<WatchlistEntry[]> {
  const tx = db.transaction('watchlist', 'readwrite');
  const existing = new Set(await tx.store.getAllKeys());
  const added: WatchlistEntry[] = [];
  for (const entry of entries) {
    const key = watchlistKey(entry);
    if (existing.has(key) || existing.size + added.length >= MAX_WATCHLIST_ENTRIES) continue;
    existing.add(key);
    added.push(entry);
    void tx.store.put({ ...entry, key });
  }
  await tx.done;
  return added;
}

export async function removeFromWatchlist(db: GlassDatabase, key: string): Promise<void> {
  await db.delete('watchlist', key);
}

export async function clearWatchlist(db: GlassDatabase): Promise<void> {
  await db.clear('watchlist');
}

/** A per-install random salt for digests of personal values (created on first use). */
export async function installSalt(db: GlassDatabase, makeSalt: () => string): Promise<string> {
  const tx = db.transaction('meta', 'readwrite');
  const stored = await tx.store.get('salt');
  if (typeof stored?.value === 'string') {
    await tx.done;
    return stored.value;
  }
  const salt = makeSalt();
  await tx.store.put({ key: 'salt', value: salt });
  await tx.done;
  return salt;
}
