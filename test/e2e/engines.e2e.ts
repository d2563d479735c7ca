/**
 * What a shop's personalisation engines inferred, read from its own cookies as they are sent
 * with each top-level navigation: the guessed city, experiment buckets, visit counts, browsed
 * products, an interest profile. Without the extension, the fixture is first shown to set them.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../src/export';
import { launchBrowser, waitForWebRequestReady, type Browser } from './harness/chromium';
import {
  eventually,
  exportFromDashboard,
  openDashboard,
  openPopupFor,
  tabIdOf,
} from './harness/extension-pages';

const DIST = resolve(import.meta.dirname, '..', '..', 'dist');
const SHOP = 'https://www.engine-shop.example/';

describe('the engine shop, without the extension', () => {
  it('keeps engine state in first-party cookies in the engines’ formats', async () => {
    const browser = await launchBrowser({});
    try {
      const page = await browser.context.newPage();
      await page.goto(SHOP, { waitUntil: 'load' });
      await page.goto(`${SHOP}produkt.html`, { waitUntil: 'load' });
      const cookies = Object.fromEntries(
        (await browser.context.cookies(SHOP)).map((c) => [c.name, decodeURIComponent(c.value)]),
      );
      expect(cookies['_dy_df_geo']).toBe('Germany.Baden-Württemberg.Mannheim');
      expect(cookies['_br_uid_2']).toMatch(/hc=2$/);
      expect(cookies['__cq_bc']).toContain('KANNE-7');
    } finally {
      await browser.close();
    }
  });
});

describe('the engine shop, with the extension', () => {
  let browser: Browser;
  let exported: ExportDocument;

  beforeAll(async () => {
    browser = await launchBrowser({ extensionDir: DIST });
    await waitForWebRequestReady(browser);
    const page = await browser.context.newPage();
    await page.goto(SHOP, { waitUntil: 'load' });
    await page.goto(`${SHOP}produkt.html`, { waitUntil: 'load' });
    await page.goto(SHOP, { waitUntil: 'load' });
    const dashboard = await openDashboard(browser);
    exported = await eventually(
      async () => {
        const { document } = await exportFromDashboard(dashboard);
        const shop = document.retailers.find((r) => r.retailer === 'engine-shop.example');
        return shop?.engineInferences.some((i) => i.meaning === 'browsed-products') ? document : undefined;
      },
      10_000,
      'the engine inferences in the export',
    );
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('explains what each engine inferred', () => {
    const shop = exported.retailers.find((r) => r.retailer === 'engine-shop.example')!;
    const inferred = Object.fromEntries(
      shop.engineInferences.map((i) => [`${i.engine}|${i.meaning}`, i.detail]),
    );
    expect(inferred).toMatchObject({
      'dynamic-yield|location': 'Mannheim',
      'optimizely|experiments': 2,
      'bloomreach|visit-count': 2,
      'salesforce-einstein|browsed-products': 'KANNE-7',
      'salesforce-einstein|profile-built': null,
    });
    expect(typeof inferred['optimizely|first-seen']).toBe('number');
    // Recognised by their hosts and their page globals too: the pages load both engines' scripts.
    expect(Object.keys(inferred)).toEqual(
      expect.arrayContaining(['dynamic-yield|present', 'optimizely|present']),
    );
    expect(shop.companies.map((c) => [c.name, c.tags]).sort()).toEqual([
      ['Dynamic Yield', ['dynamic-yield']],
      ['Optimizely', ['optimizely']],
    ]);
  });

  it('shows them in the popup, and keeps cookie values out of the export', async () => {
    const popup = await openPopupFor(browser, await tabIdOf(browser, SHOP));
    const items = await popup.getByTestId('engines-inferred').locator('li').allTextContents();
    expect(items).toEqual(
      expect.arrayContaining(['Dynamic Yield: where you are: Mannheim', 'Bloomreach: counts your visits: 2']),
    );
    await popup.screenshot({
      path: resolve(import.meta.dirname, '..', '..', 'test-results', 'popup-engine-shop.png'),
    });
    await popup.close();
    const text = JSON.stringify(exported);
    expect(text).not.toContain('7315550012');
    expect(text).not.toContain('0~0.42');
  });

  it('finds the shop’s own privacy link (German) and lists it in the popup', async () => {
    const dashboard = await openDashboard(browser);
    const links = await eventually(
      async () => {
        const { document } = await exportFromDashboard(dashboard);
        const found =
          document.retailers.find((r) => r.retailer === 'engine-shop.example')?.privacyLinks ?? [];
        return found.length > 0 ? found : undefined;
      },
      10_000,
      'the privacy link in the export',
    );
    expect(links).toEqual([
      expect.objectContaining({
        purpose: 'privacy-policy',
        href: 'https://www.engine-shop.example/datenschutz.html',
        text: 'datenschutzerklärung',
      }),
    ]);
    await dashboard.close();
    const popup = await openPopupFor(browser, await tabIdOf(browser, SHOP));
    const link = popup.getByTestId('shop-privacy-links').locator('a');
    expect(await link.getAttribute('href')).toBe('https://www.engine-shop.example/datenschutz.html');
    expect(await link.textContent()).toBe('Privacy policy');
    await popup.close();
  });

  it('infers nothing for the control shop', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.control-shop.example/', { waitUntil: 'load' });
    await page.goto('https://www.control-shop.example/produkt.html', { waitUntil: 'load' });
    const dashboard = await openDashboard(browser);
    const { document } = await exportFromDashboard(dashboard);
    expect(document.retailers.find((r) => r.retailer === 'control-shop.example')?.engineInferences).toEqual(
      [],
    );
  });
});
