/**
 * Global Privacy Control in real Chromium, read from what the fixture server receives: the
 * `Sec-GPC: 1` header on the document and every sub-resource (stylesheet, script, image,
 * fetch, beacon, a cross-site frame and the frame's own requests), `navigator.globalPrivacyControl`
 * in the page and in the frame before any page script runs; none of it for a site the user
 * excepts in the dashboard, nor anywhere once GPC is turned off. The popup reads the site's
 * /.well-known/gpc.json — only when it is opened, once per site.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardPath, launchBrowser, waitForWebRequestReady, type Browser } from './harness/chromium';
import { eventually, openPopupFor, tabIdOf } from './harness/extension-pages';
import { clearLog, fetchLog, waitForRequests, type LoggedRequest } from './harness/fixture-log';

const DIST = resolve(import.meta.dirname, '..', '..', 'dist');
const SHOP_HOST = 'www.gpc-shop.example';
const WIDGET_HOST = 'reviews.gpc-widgets.example';
const QUIET_HOST = 'www.stille-shop.example';
const SHOP = `https://${SHOP_HOST}/`;
const QUIET = `https://${QUIET_HOST}/`;
const WELL_KNOWN = '/.well-known/gpc.json';

/** What each request of the shop's journey is, by the Sec-Fetch-Dest Chromium sends with it. */
const SHOP_JOURNEY = [
  [SHOP_HOST, '/', 'document'],
  [SHOP_HOST, '/css/shop.css', 'style'],
  [SHOP_HOST, '/js/shop.js', 'script'],
  [SHOP_HOST, '/img/logo.svg', 'image'],
  [SHOP_HOST, '/api/stock.json', 'empty'],
  [SHOP_HOST, '/api/visit', 'empty'],
  [WIDGET_HOST, '/embed.html', 'iframe'],
  [WIDGET_HOST, '/js/widget.js', 'script'],
  [WIDGET_HOST, '/img/stars.svg', 'image'],
];

/** Loads the shop in a new tab and waits until the page, its fetch, beacon and frame are all done. */
async function visitShop(browser: Browser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(SHOP, { waitUntil: 'load' });
  await page.locator('body[data-stock-loaded="true"]').waitFor();
  await page.frameLocator('#reviews').locator('body[data-widget-loaded="true"]').waitFor();
  await waitForRequests((r) => r.path === '/api/visit', { host: SHOP_HOST, description: 'the beacon' });
  return page;
}

async function visitQuietShop(browser: Browser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(QUIET, { waitUntil: 'load' });
  await page.locator('body[data-geladen="true"]').waitFor();
  await waitForRequests((r) => r.path === '/img/feder.svg', { host: QUIET_HOST, description: 'the image' });
  return page;
}

/** The journey's requests (favicons are the browser's own, not the page's). */
async function journeyLog(...hosts: string[]): Promise<LoggedRequest[]> {
  const log = (await fetchLog()).filter((r) => hosts.includes(r.host) && r.path !== '/favicon.ico');
  expect(log.length).toBeGreaterThan(0);
  return log;
}

function destinations(log: LoggedRequest[]): string[][] {
  return log.map((r) => [r.host, r.path, r.headers['sec-fetch-dest'] ?? '']);
}

async function gpcInPage(page: Page) {
  const frame = page.frame({ url: /gpc-widgets\.example/ });
  return {
    top: await page.evaluate(() => (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl),
    topAtStart: await page.evaluate(() => document.documentElement.dataset.gpcAtStart),
    frame: await frame?.evaluate(
      () => (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl,
    ),
    frameAtStart: await frame?.evaluate(() => document.documentElement.dataset.gpcAtStart),
  };
}

describe('the GPC fixtures, without the extension', () => {
  it('load every kind of sub-resource and a cross-site frame, and Chromium sends no GPC itself', async () => {
    const browser = await launchBrowser({});
    try {
      await clearLog();
      const page = await visitShop(browser);
      const log = await journeyLog(SHOP_HOST, WIDGET_HOST);
      expect(destinations(log)).toEqual(expect.arrayContaining(SHOP_JOURNEY));
      expect(log.find((r) => r.path === '/api/visit')?.method).toBe('POST');
      expect(log.filter((r) => 'sec-gpc' in r.headers)).toEqual([]);
      expect(await gpcInPage(page)).toEqual({
        top: undefined,
        topAtStart: 'undefined',
        frame: undefined,
        frameAtStart: 'undefined',
      });
    } finally {
      await browser.close();
    }
  });
});

describe('Global Privacy Control, with the extension', () => {
  let browser: Browser;
  let dashboard: Page;

  beforeAll(async () => {
    browser = await launchBrowser({ extensionDir: DIST });
    await waitForWebRequestReady(browser);
    // The worker registers the page script at start; wait for it rather than for a fixed time.
    await eventually(
      () =>
        browser.serviceWorker!.evaluate(async () => {
          const scripts = await chrome.scripting.getRegisteredContentScripts();
          return scripts.length > 0 ? true : undefined;
        }),
      10_000,
      'the GPC page script registration',
    );
    dashboard = await browser.context.newPage();
    await dashboard.goto(`${browser.extensionUrl(dashboardPath(browser))}#settings`);
    await dashboard.getByTestId('privacy-settings').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('covers every resource type this Chromium knows, main_frame included, with one static rule', async () => {
    const known = await browser.serviceWorker!.evaluate(() =>
      Object.values(chrome.declarativeNetRequest.ResourceType),
    );
    const [rule] = JSON.parse(await readFile(resolve(DIST, 'rules', 'gpc.json'), 'utf8')) as {
      condition: { resourceTypes: string[] };
    }[];
    expect([...rule!.condition.resourceTypes].sort()).toEqual([...known].sort());
    expect(
      await browser.serviceWorker!.evaluate(() => chrome.declarativeNetRequest.getEnabledRulesets()),
    ).toEqual(['gpc']);
  });

  it('exposes no file to web pages: the registered script needs no web-accessible entry', async () => {
    const manifest = JSON.parse(await readFile(resolve(DIST, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('sends Sec-GPC: 1 with the document and every sub-resource, the frame’s requests too', async () => {
    await clearLog();
    const page = await visitShop(browser);
    const log = await journeyLog(SHOP_HOST, WIDGET_HOST);
    expect(destinations(log)).toEqual(expect.arrayContaining(SHOP_JOURNEY));
    expect(log.map((r) => [r.path, r.headers['sec-gpc']])).toEqual(log.map((r) => [r.path, '1']));
    await page.close();
  });

  it('defines navigator.globalPrivacyControl before the first page script, in the page and in the frame', async () => {
    const page = await visitShop(browser);
    expect(await gpcInPage(page)).toEqual({
      top: true,
      topAtStart: 'true',
      frame: true,
      frameAtStart: 'true',
    });
    // Like a native property: a configurable getter on Navigator.prototype, not on navigator itself.
    expect(
      await page.evaluate(() => {
        const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'globalPrivacyControl');
        return {
          getter: typeof descriptor?.get,
          configurable: descriptor?.configurable,
          own: Object.prototype.hasOwnProperty.call(navigator, 'globalPrivacyControl'),
        };
      }),
    ).toEqual({ getter: 'function', configurable: true, own: false });
    await page.close();
  });

  it('shows in the popup what the site declares in gpc.json, fetched only once the popup opens', async () => {
    await clearLog();
    const page = await visitShop(browser);
    const quiet = await visitQuietShop(browser);
    expect((await fetchLog()).filter((r) => r.path === WELL_KNOWN)).toEqual([]);

    const popup = await openPopupFor(browser, await tabIdOf(browser, SHOP));
    const line = popup.locator('[data-testid="gpc-status"][data-state="done"]');
    await line.waitFor();
    expect(await line.getAttribute('data-sending')).toBe('sent');
    expect(await line.getAttribute('data-declaration')).toBe('declared');
    expect(await line.textContent()).toBe(
      'Global Privacy Control sent ✓ · This site says it honours GPC (since Nov 4, 2024)',
    );
    await popup.screenshot({ path: resolve(DIST, '..', 'test-results', 'popup-gpc.png') });
    await popup.close();
    const fetched = (await fetchLog()).filter((r) => r.path === WELL_KNOWN);
    expect(fetched.map((r) => [r.host, r.method])).toEqual([[SHOP_HOST, 'GET']]);
    expect(fetched[0]!.headers.cookie).toBeUndefined();
    expect(fetched[0]!.headers.referer).toBeUndefined();

    // Opened again: answered from the week-long cache, no second request.
    const again = await openPopupFor(browser, await tabIdOf(browser, SHOP));
    await again.locator('[data-testid="gpc-status"][data-declaration="declared"]').waitFor();
    await again.close();

    const quietPopup = await openPopupFor(browser, await tabIdOf(browser, QUIET));
    const quietLine = quietPopup.locator('[data-testid="gpc-status"][data-state="done"]');
    await quietLine.waitFor();
    expect(await quietLine.getAttribute('data-declaration')).toBe('not-declared');
    expect(await quietPopup.getByTestId('gpc-declaration').textContent()).toBe(
      'This site does not declare that it honours GPC',
    );
    await quietPopup.close();
    expect((await fetchLog()).filter((r) => r.path === WELL_KNOWN).map((r) => r.host)).toEqual([
      SHOP_HOST,
      QUIET_HOST,
    ]);
    await page.close();
    await quiet.close();
  });

  it('sends nothing to a site the user excepts in the dashboard, and again once the exception is removed', async () => {
    // Keyboard only: type the site as a URL, press Enter.
    const input = dashboard.getByRole('textbox', { name: 'Site', exact: true });
    await input.fill('not a site');
    await input.press('Enter');
    await dashboard.getByTestId('gpc-exception-error').waitFor();
    await input.fill('https://www.gpc-shop.example/jackets');
    await input.press('Enter');
    await dashboard.locator('[data-testid="gpc-exception"][data-site="gpc-shop.example"]').waitFor();

    await clearLog();
    const page = await visitShop(browser);
    const quiet = await visitQuietShop(browser);
    const excepted = await journeyLog(SHOP_HOST, WIDGET_HOST);
    expect(destinations(excepted)).toEqual(expect.arrayContaining(SHOP_JOURNEY));
    expect(excepted.filter((r) => 'sec-gpc' in r.headers).map((r) => r.url)).toEqual([]);
    const { top, topAtStart } = await gpcInPage(page);
    expect({ top, topAtStart }).toEqual({ top: undefined, topAtStart: 'undefined' });
    // Other sites still get it.
    expect((await journeyLog(QUIET_HOST)).map((r) => r.headers['sec-gpc'])).toEqual(['1', '1', '1']);
    expect(await quiet.evaluate(() => document.documentElement.dataset.gpcAtStart)).toBe('true');

    const popup = await openPopupFor(browser, await tabIdOf(browser, SHOP));
    await popup.locator('[data-testid="gpc-status"][data-sending="exception"]').waitFor();
    expect(await popup.getByTestId('gpc-sending').textContent()).toBe(
      'Global Privacy Control not sent (exception)',
    );
    await popup.close();
    await page.close();
    await quiet.close();

    const remove = dashboard.getByRole('button', { name: 'Remove the exception for gpc-shop.example' });
    await remove.focus();
    await remove.press('Enter');
    await dashboard.getByTestId('gpc-exceptions-empty').waitFor();
    await clearLog();
    const after = await visitShop(browser);
    expect((await journeyLog(SHOP_HOST, WIDGET_HOST)).filter((r) => r.headers['sec-gpc'] !== '1')).toEqual(
      [],
    );
    expect((await gpcInPage(after)).topAtStart).toBe('true');
    await after.close();
  });

  /** What the worker has switched on for GPC: the header ruleset and the page script. */
  const gpcInWorker = () =>
    browser.serviceWorker!.evaluate(async () => ({
      rulesets: await chrome.declarativeNetRequest.getEnabledRulesets(),
      scripts: (await chrome.scripting.getRegisteredContentScripts()).length,
    }));

  it('sends nothing anywhere once GPC is turned off, and resumes when it is turned on', async () => {
    const toggle = dashboard.getByRole('checkbox', { name: /Global Privacy Control/ });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    // The checkbox flips on click; the worker turns the ruleset and the page script off after it
    // has stored the setting.
    await expect.poll(gpcInWorker).toEqual({ rulesets: [], scripts: 0 });

    await clearLog();
    const page = await visitShop(browser);
    const log = await journeyLog(SHOP_HOST, WIDGET_HOST);
    expect(destinations(log)).toEqual(expect.arrayContaining(SHOP_JOURNEY));
    expect(log.filter((r) => 'sec-gpc' in r.headers).map((r) => r.url)).toEqual([]);
    expect(await gpcInPage(page)).toEqual({
      top: undefined,
      topAtStart: 'undefined',
      frame: undefined,
      frameAtStart: 'undefined',
    });
    const popup = await openPopupFor(browser, await tabIdOf(browser, SHOP));
    await popup.locator('[data-testid="gpc-status"][data-sending="off"]').waitFor();
    await popup.close();
    await page.close();

    await toggle.check();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await expect.poll(gpcInWorker).toEqual({ rulesets: ['gpc'], scripts: 1 });
    await clearLog();
    const quiet = await visitQuietShop(browser);
    expect((await journeyLog(QUIET_HOST)).map((r) => r.headers['sec-gpc'])).toEqual(['1', '1', '1']);
    expect(await quiet.evaluate(() => document.documentElement.dataset.gpcAtStart)).toBe('true');
    await quiet.close();
  });
});
