/**
 * Which page each tab shows: tabId → the retailer's page context. Updated on every top-level
 * navigation, kept in storage.session so a restarted service worker still knows its tabs,
 * and filled from tabs.get for tabs that navigated before the worker started.
 */
import { pageContextOf, pageOfRequest, type PageContext } from '../../src/classify';
import { browser } from '../browser';

const STORAGE_KEY = 'tabPages';
const MAX_TABS = 2000;

export class TabPages {
  readonly #pages = new Map<number, PageContext>();
  /** The page each tab showed before its current one, while requests of that page may still arrive. */
  readonly #previous = new Map<number, PageContext>();
  readonly #lookups = new Map<number, Promise<PageContext | undefined>>();
  #saveTimer: ReturnType<typeof setTimeout> | undefined;

  /** Restore what the previous worker knew (call once at start, before handling events). */
  async restore(): Promise<void> {
    const stored = (await browser.storage.session.get(STORAGE_KEY))[STORAGE_KEY];
    if (!stored || typeof stored !== 'object') return;
    for (const [tabId, url] of Object.entries(stored as Record<string, unknown>)) {
      if (typeof url !== 'string' || this.#pages.has(Number(tabId))) continue;
      const page = pageContextOf(url);
      if (page) this.#pages.set(Number(tabId), page);
    }
  }

  get(tabId: number): PageContext | undefined {
    return this.#pages.get(tabId);
  }

  /** The page a request of the tab's top frame came from, judged by its initiator (see pageOfRequest). */
  pageFor(tabId: number, initiator: string | undefined): PageContext | undefined {
    return pageOfRequest(this.#pages.get(tabId), this.#previous.get(tabId), initiator);
  }

  /** The tab's page, asking the browser when this worker has not seen the tab navigate. */
  resolve(tabId: number): Promise<PageContext | undefined> {
    const known = this.#pages.get(tabId);
    if (known) return Promise.resolve(known);
    let lookup = this.#lookups.get(tabId);
    if (!lookup) {
      lookup = browser.tabs
        .get(tabId)
        .then((tab) => {
          const page = tab.url ? pageContextOf(tab.url) : undefined;
          if (page && !this.#pages.has(tabId)) this.set(tabId, tab.url!);
          return this.#pages.get(tabId) ?? page;
        })
        .catch(() => undefined)
        .finally(() => this.#lookups.delete(tabId));
      this.#lookups.set(tabId, lookup);
    }
    return lookup;
  }

  set(tabId: number, url: string): PageContext | undefined {
    const page = pageContextOf(url);
    if (!page) {
      this.remove(tabId);
      return undefined;
    }
    const left = this.#pages.get(tabId);
    if (left && left.site !== page.site) this.#previous.set(tabId, left);
    this.#pages.delete(tabId);
    this.#pages.set(tabId, page);
    if (this.#pages.size > MAX_TABS) {
      const oldest = this.#pages.keys().next().value!;
      this.#pages.delete(oldest);
      this.#previous.delete(oldest);
    }
    this.#scheduleSave();
    return page;
  }

  remove(tabId: number): void {
    this.#previous.delete(tabId);
    if (this.#pages.delete(tabId)) this.#scheduleSave();
  }

  /** Every known tab with the site it shows. */
  all(): [number, string][] {
    return [...this.#pages].map(([tabId, page]) => [tabId, page.site]);
  }

  /** Tabs currently showing a page of `retailer`. */
  tabsOf(retailer: string): number[] {
    const tabs: number[] = [];
    for (const [tabId, page] of this.#pages) if (page.site === retailer) tabs.push(tabId);
    return tabs;
  }

  #scheduleSave(): void {
    if (this.#saveTimer !== undefined) return;
    this.#saveTimer = setTimeout(() => {
      this.#saveTimer = undefined;
      const snapshot = Object.fromEntries([...this.#pages].map(([tabId, page]) => [tabId, page.url]));
      void browser.storage.session.set({ [STORAGE_KEY]: snapshot });
    }, 200);
  }
}
