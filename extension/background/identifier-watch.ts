/**
 * The leak detector's memory in the service worker: the watchlist and its identifier pool,
 * the values typed on each tab but not yet submitted (with their own pools), and each tab's
 * last few third-party requests, so that a value whose "typed" message arrives just after the
 * request that leaked it is still caught. Everything here is bounded; the watchlist itself is
 * in IndexedDB and the rest is rebuilt from it.
 */
import type { IdentifierPools, SubmittedField } from '../../src/classify';
import { buildIdentifierPool, EMPTY_POOL, type IdentifierPool } from '../../src/identifiers';
import {
  WATCHED_KINDS,
  type ObservationDelta,
  type OutgoingRequest,
  type WatchlistEntry,
} from '../../src/model';
import {
  addToWatchlist,
  installSalt,
  listWatchlist,
  watchlistKey,
  type GlassDatabase,
} from '../../src/store';

const MAX_TYPED_PER_TAB = 20;
const RECENT_REQUESTS_PER_TAB = 20;
const RECENT_WINDOW_MS = 10_000;
const MAX_RECENT_BODY = 16 * 1024;

interface RecentRequest {
  at: number;
  request: OutgoingRequest;
  base: ObservationDelta;
}

export class IdentifierWatch {
  #watchlist: IdentifierPool = EMPTY_POOL;
  #watchlistEntries: WatchlistEntry[] = [];
  readonly #typed = new Map<number, { entries: WatchlistEntry[]; pool: IdentifierPool }>();
  readonly #recent = new Map<number, RecentRequest[]>();
  #salt: Promise<string>;

  constructor(private readonly database: Promise<GlassDatabase>) {
    this.#salt = database.then((db) => installSalt(db, randomSalt));
  }

  /** Load the stored watchlist (at worker start and after the user edits it). */
  async reload(): Promise<void> {
    this.#watch(await listWatchlist(await this.database));
  }

  #watch(entries: WatchlistEntry[]): void {
    this.#watchlistEntries = entries;
    this.#watchlist = buildIdentifierPool(entries);
  }

  salt(): Promise<string> {
    return this.#salt;
  }

  pools(tabId: number): IdentifierPools {
    return { watchlist: this.#watchlist, typedNotSubmitted: this.#typed.get(tabId)?.pool ?? EMPTY_POOL };
  }

  /** Keep a third-party request briefly, for rescans when a typed value arrives late. */
  remember(tabId: number, request: OutgoingRequest, base: ObservationDelta): void {
    const now = Date.now();
    const list = (this.#recent.get(tabId) ?? []).filter((r) => now - r.at < RECENT_WINDOW_MS);
    const kept: OutgoingRequest = { ...request };
    if (kept.text && kept.text.length > MAX_RECENT_BODY) kept.text = kept.text.slice(0, MAX_RECENT_BODY);
    delete kept.cookie;
    list.push({ at: now, request: kept, base });
    this.#recent.set(tabId, list.slice(-RECENT_REQUESTS_PER_TAB));
  }

  /**
   * A value was typed (not submitted): watch for it on this tab, and return the tab's recent
   * requests to rescan with a pool of just this value.
   */
  typed(tabId: number, field: SubmittedField): { pool: IdentifierPool; recent: RecentRequest[] } | undefined {
    if (!WATCHED_KINDS.includes(field.kind)) return undefined;
    const entry: WatchlistEntry = {
      kind: field.kind,
      value: field.value,
      source: { type: 'user' },
      addedAt: Date.now(),
    };
    const current = this.#typed.get(tabId)?.entries ?? [];
    if (current.some((e) => watchlistKey(e) === watchlistKey(entry))) return undefined;
    const entries = [...current, entry].slice(-MAX_TYPED_PER_TAB);
    this.#typed.set(tabId, { entries, pool: buildIdentifierPool(entries) });
    const now = Date.now();
    return {
      pool: buildIdentifierPool([entry]),
      recent: (this.#recent.get(tabId) ?? []).filter((r) => now - r.at < RECENT_WINDOW_MS),
    };
  }

  /** A form was submitted: its values join the watchlist; they are no longer "not yet submitted". */
  async submitted(tabId: number, entries: WatchlistEntry[]): Promise<void> {
    const submittedKeys = new Set(entries.map(watchlistKey));
    const typed = this.#typed.get(tabId);
    if (typed) {
      const remaining = typed.entries.filter((e) => !submittedKeys.has(watchlistKey(e)));
      if (remaining.length > 0)
        this.#typed.set(tabId, { entries: remaining, pool: buildIdentifierPool(remaining) });
      else this.#typed.delete(tabId);
    }
    if (entries.length === 0) return;
    // Watched at once, before the store has them: the form's own navigation forgets the tab's
    // typed values, and a hashed beacon judged meanwhile (request-observer.ts) is still the user's.
    const known = new Set(this.#watchlistEntries.map(watchlistKey));
    this.#watch([...this.#watchlistEntries, ...entries.filter((e) => !known.has(watchlistKey(e)))]);
    const added = await addToWatchlist(await this.database, entries);
    if (added.length > 0) await this.reload();
  }

  /** The tab left its page: typed values and recent requests belong to the page. */
  forget(tabId: number): void {
    this.#typed.delete(tabId);
    this.#recent.delete(tabId);
  }
}

function randomSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
