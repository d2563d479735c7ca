/**
 * One site of a researcher crawl: a fresh Chromium profile with the built extension, the site's
 * home page and, with the journey, a product page and the cart (found by their links), then the
 * materialised profiles and organisation keys read back from the extension's own IndexedDB
 * through its dashboard page (which asks the worker to flush its write queue first).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RetailerProfile } from '../src/model';
import { launchBrowser, type Browser } from '../test/e2e/harness/chromium';

export interface SiteVisit {
  profiles: RetailerProfile[];
  organizationKeys: string[];
  /** The pages the journey reached, in order. */
  pages: string[];
}

export interface VisitOptions {
  extensionDir: string;
  journey: boolean;
  /** Send every host to the local fixture server (tests); otherwise the real network. */
  fixtures: boolean;
  /** Time for a page's beacons after load. */
  settleMs?: number;
}

// Evaluated as strings: tsx would wrap named functions in a __name() helper the page does not have.
const LINK_MATCHING = (pattern: string) => `(() => {
  const re = new RegExp(${JSON.stringify(pattern)}, 'i');
  const links = [...document.querySelectorAll('a[href]')].filter((a) => a.host === location.host);
  const link = links.find((a) => re.test(a.pathname) || re.test(a.textContent || ''));
  return link ? link.href : null;
})()`;
const PRODUCT_LINK = LINK_MATCHING('product|produkt|artikel|item|goods|/p/|/dp/|商品');
const CART_LINK = LINK_MATCHING('cart|basket|warenkorb|bag|购物车');

const READ_STORE = `new Promise((resolve, reject) => {
  const open = indexedDB.open('glass-customer');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['retailers', 'organizations'], 'readonly');
    const retailers = tx.objectStore('retailers').getAll();
    const organizations = tx.objectStore('organizations').getAllKeys();
    tx.oncomplete = () => {
      resolve({ profiles: retailers.result, organizationKeys: organizations.result });
      db.close();
    };
    tx.onerror = () => reject(tx.error);
  };
})`;

const WATCH_WARMUP = (url: string) => `(() => {
  globalThis.__crawlSeen = false;
  globalThis.__crawlListener = () => { globalThis.__crawlSeen = true; };
  chrome.webRequest.onBeforeRequest.addListener(globalThis.__crawlListener, { urls: [${JSON.stringify(`${url}*`)}] });
})()`;
const UNWATCH = `chrome.webRequest.onBeforeRequest.removeListener(globalThis.__crawlListener)`;

export async function visitSite(url: string, options: VisitOptions): Promise<SiteVisit> {
  const browser = await launchBrowser({
    extensionDir: options.extensionDir,
    allowThirdPartyCookies: true,
    realNetwork: !options.fixtures,
  });
  try {
    await waitUntilObserving(browser);
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(options.settleMs ?? 1500);
    const pages = [page.url()];
    if (options.journey) {
      for (const find of [PRODUCT_LINK, CART_LINK]) {
        const next = await page.evaluate<string | null>(find);
        if (!next) break;
        await page.goto(next, { waitUntil: 'load' });
        await page.waitForTimeout(options.settleMs ?? 1500);
        pages.push(page.url());
      }
    }
    const dashboard = await browser.context.newPage();
    const path = browser.manifest?.options_ui?.page;
    if (!path) throw new Error('the built manifest declares no options page');
    await dashboard.goto(browser.extensionUrl(path));
    await dashboard.locator('body[data-ready]').waitFor({ state: 'attached' });
    const stored = await dashboard.evaluate<Omit<SiteVisit, 'pages'>>(READ_STORE);
    return { ...stored, pages };
  } finally {
    await browser.close();
  }
}

/**
 * The readiness gate (testing.md): webRequest listeners are not live the instant the worker
 * starts, and a missed first load would lose the site's requests. A one-shot listener in the
 * worker watches a local warm-up page, loaded until it fires; the site is loaded only then.
 * The warm-up page is 127.0.0.1, never a site of the crawl list, so it never enters a report.
 */
async function waitUntilObserving(browser: Browser): Promise<void> {
  const server = createServer((_request, response) => response.end('warm-up'));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const warmup = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const worker = browser.serviceWorker!;
  const page = await browser.context.newPage();
  try {
    await worker.evaluate(WATCH_WARMUP(warmup));
    for (let attempt = 0; attempt < 50; attempt++) {
      await page.goto(`${warmup}?n=${attempt}`).catch(() => undefined);
      if (await worker.evaluate<boolean>('globalThis.__crawlSeen === true')) return;
      await page.waitForTimeout(100);
    }
    throw new Error('the extension did not start observing requests');
  } finally {
    await worker.evaluate(UNWATCH).catch(() => undefined);
    await page.close();
    server.close();
  }
}
