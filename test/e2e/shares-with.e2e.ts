/**
 * The first slice, end to end in real Chromium with the built extension: a shop that loads
 * three real tracker domains, a control shop with only first-party requests, and a page that
 * attacks the page channel. Checked through what a user sees: popup, badge, dashboard, export.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../src/export';
import { launchBrowser, popupPath, waitForWebRequestReady, type Browser } from './harness/chromium';
import {
  badgeText,
  eventually,
  exportFromDashboard,
  openDashboard,
  openPopupFor,
  popupCompanyNames,
  tabIdOf,
} from './harness/extension-pages';

const DIST = resolve(import.meta.dirname, '..', '..', 'dist');
const TRACKING_SHOP = 'https://www.tracking-shop.example/';
const CONTROL_SHOP = 'https://www.control-shop.example/';
const FORGER = 'https://www.forger.example/';

let browser: Browser;
let exported: ExportDocument;
/** The tab the tracking shop is visited in; the control shop is visited next in the same tab. */
let shopTab: Page;

beforeAll(async () => {
  browser = await launchBrowser({ extensionDir: DIST, allowThirdPartyCookies: true });
  await waitForWebRequestReady(browser);
});

afterAll(async () => {
  await browser?.close();
});

describe('who this shop shares with', () => {
  it('lists exactly the three organisations of the tracking shop, with categories and privacy policies', async () => {
    shopTab = await browser.context.newPage();
    await shopTab.goto(TRACKING_SHOP, { waitUntil: 'load' });
    await shopTab.goto(`${TRACKING_SHOP}product.html`, { waitUntil: 'load' });
    const tabId = await tabIdOf(browser, TRACKING_SHOP);

    const popup = await openPopupFor(browser, tabId);
    await popup.getByTestId('shares-with').waitFor();
    expect((await popupCompanyNames(popup)).sort()).toEqual(['Criteo', 'Google', 'Meta']);
    expect(await popup.getByTestId('shares-with').textContent()).toBe('Shares data with 3 companies');
    expect(await popup.getByTestId('site').textContent()).toBe('tracking-shop.example');
    for (const category of await popup.getByTestId('company-category').allTextContents()) {
      expect(category).toMatch(/^(Advertising|Site analytics|Social media)$/);
    }
    const policies = await popup
      .getByTestId('privacy-policy')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(policies).toHaveLength(3);
    for (const href of policies) expect(href).toMatch(/^https:\/\//);
    await popup.screenshot({
      path: resolve(import.meta.dirname, '..', '..', 'test-results', 'popup-tracking-shop.png'),
    });

    expect(
      await eventually(
        async () => ((await badgeText(browser, tabId)) === '3' ? '3' : undefined),
        10_000,
        'badge 3',
      ),
    ).toBe('3');
    await popup.close();
  });

  it('describes the active tab of its window when it is not told which tab (the toolbar popup)', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(popupPath(browser)));
    // The popup page is its window's active tab: not a web page.
    await popup.getByTestId('not-web').waitFor();
    await shopTab.bringToFront();
    await popup.reload();
    expect(await popup.getByTestId('site').textContent()).toBe('tracking-shop.example');
    expect((await popupCompanyNames(popup)).sort()).toEqual(['Criteo', 'Google', 'Meta']);
    await popup.close();
  });

  it('says a control shop with only first-party requests shares with no third parties', async () => {
    // Same tab: the tracking shop's GA4 engagement beacon leaves on pagehide, after this navigation
    // began, and must be credited to the tracking shop, not to the control shop.
    await shopTab.goto(CONTROL_SHOP, { waitUntil: 'load' });
    await shopTab.goto(`${CONTROL_SHOP}produkt.html`, { waitUntil: 'load' });
    const tabId = await tabIdOf(browser, CONTROL_SHOP);

    const popup = await openPopupFor(browser, tabId);
    await popup.getByTestId('no-third-parties').waitFor();
    expect(await popupCompanyNames(popup)).toEqual([]);
    expect(await popup.getByTestId('site').textContent()).toBe('control-shop.example');
    expect(await badgeText(browser, tabId)).toBe('');
    await popup.close();
  });

  it('ignores a page that forges the page channel, while real tags in it still count', async () => {
    const page = await browser.context.newPage();
    await page.goto(FORGER, { waitUntil: 'load' });
    expect(await page.locator('#learned').textContent()).toBe('not learned');
    // The real MAIN-world script reports Hotjar's global; wait until it has been recorded.
    const dashboard = await openDashboard(browser);
    const forger = await eventually(
      async () => {
        const { document } = await exportFromDashboard(dashboard);
        return document.observations.some((o) => o.retailer === 'forger.example' && o.subject === 'hotjar')
          ? document
          : undefined;
      },
      15_000,
      'the hotjar tag of the forger page',
    );
    const tags = forger.observations
      .filter((o) => o.retailer === 'forger.example' && o.kind === 'tag-installed')
      .map((o) => o.subject);
    expect(tags).toEqual(['hotjar']);
    await dashboard.close();
  });

  it('shows every retailer on the dashboard and exports them in the documented format', async () => {
    const dashboard = await openDashboard(browser, 'shops');
    const retailers = await dashboard
      .getByTestId('retailer')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-retailer')));
    expect(retailers).toEqual(expect.arrayContaining(['tracking-shop.example', 'control-shop.example']));
    await dashboard.screenshot({
      path: resolve(import.meta.dirname, '..', '..', 'test-results', 'dashboard.png'),
      fullPage: true,
    });

    ({ document: exported } = await exportFromDashboard(dashboard));
    expect(exported.format).toBe('glass-customer/export');
    expect(exported.schemaVersion).toBe(1);
    const tracking = exported.retailers.find((r) => r.retailer === 'tracking-shop.example')!;
    expect(tracking.companies.map((c) => c.name).sort()).toEqual(['Criteo', 'Google', 'Meta']);
    expect(tracking.unknownThirdParties).toEqual([]);
    expect(tracking.pageViews).toBeGreaterThanOrEqual(2);
    const meta = tracking.companies.find((c) => c.organization === 'facebook')!;
    expect(meta.domains).toEqual(['facebook.com', 'facebook.net']);
    expect(meta.tags).toContain('meta-pixel');
    // www.facebook.com/tr sets its browser-id cookie on the first hit and gets it back on the next
    // pages' hits: seen through the Set-Cookie and Cookie headers (extraHeaders), never stored.
    expect(meta.cookiesSet).toBeGreaterThanOrEqual(1);
    expect(meta.requestsWithCookies).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(exported)).not.toContain('FixtureBrowserId');
    const control = exported.retailers.find((r) => r.retailer === 'control-shop.example')!;
    expect(control.companies).toEqual([]);
    expect(control.unknownThirdParties).toEqual([]);
    expect(exported.organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Criteo', 'Google', 'Meta']),
    );
    // Evidence keeps no query strings (the shop's pixels carry event data in them).
    for (const observation of exported.observations) {
      for (const evidence of observation.evidence) {
        expect(evidence.page).not.toContain('?');
        expect(evidence.resource ?? '').not.toContain('?');
      }
    }
    await dashboard.close();
  });
});
