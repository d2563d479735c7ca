/**
 * The worker's composed popup views, one per recently shown shop (bounded, least recently used
 * dropped first), kept current so that a popup is answered without reading the store or
 * composing: a write to a shop drops its view, and once writes have paused for `settleMs` the
 * view is composed again if it was kept, or if the shop is open in a tab (`warm`) — the popup
 * is usually opened on the shop the user is looking at, after its page has loaded. A change
 * that may touch many shops at once (a deletion, an import, pruning) drops every view.
 */
import type { PopupView } from './popup-view';

export interface PopupViewCacheOptions {
  /** The shop's view as the store holds it now. */
  compose: (site: string) => Promise<PopupView>;
  /** Whether to compose a shop's view ahead of a popup (the shop is open in a tab). */
  warm: (site: string) => boolean;
  /** Views kept; about 25 KB each for the busiest shop at a year of use. */
  capacity?: number;
  /** How long writes must pause before dropped views are composed again. */
  settleMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export class PopupViewCache {
  readonly #compose: (site: string) => Promise<PopupView>;
  readonly #warm: (site: string) => boolean;
  readonly #capacity: number;
  readonly #settleMs: number;
  readonly #setTimer: (run: () => void, ms: number) => unknown;
  readonly #clearTimer: (timer: unknown) => void;
  /** In recency order: the first entry is the least recently used. */
  readonly #views = new Map<string, PopupView>();
  /** Shops whose view is to be composed once writes settle. */
  readonly #due = new Set<string>();
  /**
   * Counts changes. A view whose composing overlapped a change may predate it, so it is
   * returned to its caller (it is as current as a read before the change) but not kept.
   */
  #changes = 0;
  #timer: unknown;

  constructor(options: PopupViewCacheOptions) {
    this.#compose = options.compose;
    this.#warm = options.warm;
    this.#capacity = options.capacity ?? 16;
    this.#settleMs = options.settleMs ?? 1000;
    this.#setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.#clearTimer =
      options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  }

  /** The shop's view: the kept one, or composed now (and kept). */
  view(site: string): Promise<PopupView> {
    const kept = this.#views.get(site);
    if (!kept) return this.#composeAndKeep(site);
    this.#views.delete(site);
    this.#views.set(site, kept);
    return Promise.resolve(kept);
  }

  /** After a write: these shops' views are out of date. */
  written(sites: Iterable<string>): void {
    this.#changes += 1;
    for (const site of sites) {
      if (this.#views.delete(site) || this.#warm(site)) this.#due.add(site);
    }
    if (this.#due.size === 0) return;
    // Bounded like the views: a write touching more shops than are kept composes the latest few.
    for (const site of this.#due) {
      if (this.#due.size <= this.#capacity) break;
      this.#due.delete(site);
    }
    if (this.#timer !== undefined) this.#clearTimer(this.#timer);
    this.#timer = this.#setTimer(() => this.#composeDue(), this.#settleMs);
  }

  /** After a deletion, an import or pruning: no kept view can be trusted. */
  clear(): void {
    this.#changes += 1;
    this.#views.clear();
    this.#due.clear();
    if (this.#timer !== undefined) this.#clearTimer(this.#timer);
    this.#timer = undefined;
  }

  #composeDue(): void {
    this.#timer = undefined;
    const sites = [...this.#due];
    this.#due.clear();
    for (const site of sites) {
      this.#composeAndKeep(site).catch(() => {
        // The store could not be read; the popup composes the view when it asks.
      });
    }
  }

  async #composeAndKeep(site: string): Promise<PopupView> {
    const changes = this.#changes;
    const view = await this.#compose(site);
    if (changes === this.#changes) {
      this.#views.delete(site);
      this.#views.set(site, view);
      for (const oldest of this.#views.keys()) {
        if (this.#views.size <= this.#capacity) break;
        this.#views.delete(oldest);
      }
    }
    return view;
  }
}
