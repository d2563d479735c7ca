// Proves the fixture sites emit what they claim, in real Chromium WITHOUT the extension, by reading the
// fixture server's request log. Extension tests build on these journeys, so a miss there is the extension's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './harness/chromium';
import { clearLog, fetchLog, waitForRequests, type LoggedRequest } from './harness/fixture-log';

const TIMEOUT = 60_000;
const TRACKING = 'https://www.tracking-shop.example';
const CONTROL = 'https://www.control-shop.example';
const DEMO = 'https://www.glass-demo-shop.example';

/** Script hosts are only contacted by the page being loaded; collection hosts must name that page. */
const DEMO_SCRIPT_HOSTS = [
  'connect.facebook.net',
  'www.googletagmanager.com',
  'static.criteo.net',
  's.pinimg.com',
  'static.hotjar.com',
];
const DEMO_COLLECTION_HOSTS = [
  'www.facebook.com',
  'www.google-analytics.com',
  'sslwidget.criteo.com',
  'analytics.tiktok.com',
  'ct.pinterest.com',
  'bat.bing.com',
  'in.hotjar.com',
];

// SHA-256 of "test@example.com" (signals.md §2.5 test vector).
const TEST_EMAIL_SHA256 = '973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b';

function param(request: LoggedRequest, name: string): string | null {
  return new URL(request.url).searchParams.get(name);
}

/** Criteo's pN values are URL-encoded mini-queries; returns them decoded once, in order. */
function criteoEvents(request: LoggedRequest): string[] {
  const params = new URL(request.url).searchParams;
  return [...params.keys()].filter((key) => /^p\d+$/.test(key)).map((key) => params.get(key) ?? '');
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function mentionsPage(request: LoggedRequest, pageUrl: string): boolean {
  return decoded(request.url).includes(pageUrl) || request.body.includes(pageUrl);
}

async function expectDemoVendorsContacted(pageUrl: string): Promise<void> {
  for (const host of DEMO_SCRIPT_HOSTS) {
    await waitForRequests(() => true, { host, description: `a request to ${host} from ${pageUrl}` });
  }
  for (const host of DEMO_COLLECTION_HOSTS) {
    await waitForRequests((r) => mentionsPage(r, pageUrl), {
      host,
      description: `a beacon to ${host} naming ${pageUrl}`,
    });
  }
}

async function expectMetaEvent(event: string): Promise<LoggedRequest> {
  const [hit] = await waitForRequests((r) => r.path.startsWith('/tr') && param(r, 'ev') === event, {
    host: 'www.facebook.com',
    description: `Meta /tr ev=${event}`,
  });
  return hit!;
}

async function expectGa4Event(event: string): Promise<LoggedRequest> {
  const [hit] = await waitForRequests(
    (r) =>
      r.method === 'POST' && r.path === '/g/collect' && param(r, 'v') === '2' && param(r, 'en') === event,
    { host: 'www.google-analytics.com', description: `GA4 /g/collect en=${event}` },
  );
  return hit!;
}

describe('fixture sites, without the extension', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser({});
    page = await browser.context.newPage();
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
  }, TIMEOUT);

  it(
    'tracking shop contacts exactly Meta, Google Analytics and Criteo',
    async () => {
      await clearLog();
      await page.goto(`${TRACKING}/`);
      await expectMetaEvent('PageView');
      await expectGa4Event('page_view');
      await waitForRequests((r) => r.path === '/event' && criteoEvents(r).includes('e=vh'), {
        host: 'sslwidget.criteo.com',
        description: 'Criteo viewHome',
      });

      await page.goto(`${TRACKING}/product.html`);
      const viewContent = await expectMetaEvent('ViewContent');
      expect(param(viewContent, 'id')).toBe('710000000000001');
      expect(param(viewContent, 'dl')).toBe(`${TRACKING}/product.html`);
      expect(param(viewContent, 'cd[value]')).toBe('49.99');
      expect(param(viewContent, 'cd[currency]')).toBe('EUR');
      expect(param(viewContent, 'cd[content_ids]')).toBe('["NW-TRX-042"]');

      const viewItem = await expectGa4Event('view_item');
      expect(param(viewItem, 'tid')).toBe('G-TRK7SHOP01');
      expect(param(viewItem, 'epn.value')).toBe('49.99');
      expect(param(viewItem, 'cu')).toBe('EUR');
      expect(param(viewItem, 'pr1')).toContain('pr49.99');

      const [criteo] = await waitForRequests((r) => criteoEvents(r).includes('e=vp&p=NW-TRX-042'), {
        host: 'sslwidget.criteo.com',
        description: 'Criteo viewItem',
      });
      expect(param(criteo!, 'a')).toBe('41201');
      expect(criteoEvents(criteo!)[0]).toBe('e=exd&site_type=d');
      expect(param(criteo!, 'tld')).toBe('tracking-shop.example');

      const hosts = new Set((await fetchLog()).map((r) => r.host));
      expect([...hosts].sort()).toEqual(
        [
          'www.tracking-shop.example',
          'connect.facebook.net',
          'www.facebook.com',
          'www.google-analytics.com',
          'static.criteo.net',
          'sslwidget.criteo.com',
        ].sort(),
      );
    },
    TIMEOUT,
  );

  it(
    'control shop makes first-party requests only',
    async () => {
      await clearLog();
      await page.goto(`${CONTROL}/`);
      await page.goto(`${CONTROL}/produkt.html`);
      for (const seite of ['start', 'produkt']) {
        await waitForRequests(
          (r) => r.method === 'POST' && r.path === '/api/stats' && r.body.includes(`"seite":"${seite}"`),
          { host: 'www.control-shop.example', description: `the /api/stats beacon of ${seite}` },
        );
      }

      const log = await fetchLog();
      expect(log.length).toBeGreaterThan(0);
      // Requests of the page this tab showed before (its pagehide beacons, a late favicon) may land after
      // clearLog(); they name that page as their referrer or origin.
      const fromOtherPage = (r: LoggedRequest) =>
        [r.headers['referer'], r.headers['origin']].some((from) => from && !from.startsWith(CONTROL));
      expect(
        log.filter((r) => r.host !== 'www.control-shop.example' && !fromOtherPage(r)).map((r) => r.url),
      ).toEqual([]);
      expect(log.some((r) => r.path.endsWith('.svg'))).toBe(true);
    },
    TIMEOUT,
  );

  for (const [name, path, metaEvent, ga4Event] of [
    ['home', '/', 'PageView', 'page_view'],
    ['product', '/product.html', 'ViewContent', 'view_item'],
    ['cart', '/cart.html', 'AddToCart', 'add_to_cart'],
    ['checkout', '/checkout.html', 'InitiateCheckout', 'begin_checkout'],
  ] as const) {
    it(
      `demo shop ${name} page contacts every declared vendor`,
      async () => {
        await clearLog();
        await page.goto(`${DEMO}${path}`);
        await expectDemoVendorsContacted(`${DEMO}${path}`);
        await expectMetaEvent(metaEvent);
        await expectGa4Event(ga4Event);
      },
      TIMEOUT,
    );
  }

  it(
    'demo shop checkout leads to a thank-you page that reports the purchase',
    async () => {
      await page.goto(`${DEMO}/checkout.html`);
      await page.fill('#name', 'Test Person');
      await page.fill('#email', 'Test@Example.com ');
      await page.fill('#street', 'Musterstraße 1');
      await page.fill('#postcode', '10115');
      await page.fill('#city', 'Berlin');
      await clearLog();
      await Promise.all([page.waitForURL(`${DEMO}/thanks.html`), page.click('#place-order')]);

      const [order] = await waitForRequests((r) => r.method === 'POST' && r.path === '/thanks.html', {
        host: 'www.glass-demo-shop.example',
        description: 'the checkout form POST',
      });
      expect(order!.body).toContain('email=Test%40Example.com');

      await expectDemoVendorsContacted(`${DEMO}/thanks.html`);
      const purchase = await expectMetaEvent('Purchase');
      expect(param(purchase, 'cd[value]')).toBe('549');
      expect(param(purchase, 'cd[currency]')).toBe('EUR');
      // Manual advanced matching: the pixel hashes the normalised email it was given.
      expect(param(purchase, 'ud[em]')).toBe(TEST_EMAIL_SHA256);

      const ga4 = await expectGa4Event('purchase');
      expect(param(ga4, 'ep.transaction_id')).toMatch(/^KC-\d+$/);
      expect(param(ga4, 'epn.value')).toBe('549');

      await waitForRequests((r) => criteoEvents(r).some((e) => e.startsWith('e=vc&id=KC-')), {
        host: 'sslwidget.criteo.com',
        description: 'Criteo trackTransaction',
      });
      await waitForRequests((r) => r.body.includes('"event":"CompletePayment"'), {
        host: 'analytics.tiktok.com',
        description: 'TikTok CompletePayment',
      });
      await waitForRequests((r) => param(r, 'event') === 'checkout' && param(r, 'ed[value]') === '549', {
        host: 'ct.pinterest.com',
        description: 'Pinterest checkout',
      });
      await waitForRequests((r) => param(r, 'ea') === 'purchase' && param(r, 'gv') === '549', {
        host: 'bat.bing.com',
        description: 'UET purchase',
      });
    },
    TIMEOUT,
  );
});
