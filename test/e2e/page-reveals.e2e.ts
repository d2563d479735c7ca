/**
 * What the page reveals, end to end: shops in English, German and Chinese that greet the
 * visitor, show a delivery location and personal lists, and a shop with only generic
 * "Recommended"/"Bestsellers" headings. The export must list each signal with its evidence;
 * the plain shop must have none. Privacy links are found in all three languages.
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
const SHOPS = {
  en: 'https://www.theo-shop.example/',
  de: 'https://www.kaufhaus-quadrate.example/',
  zh: 'https://www.jingdian-shop.example/',
  plain: 'https://www.plain-shop.example/',
};
const EXPECTED_SIGNALS = [
  'buy-again',
  'delivery-location',
  'greeting',
  'personal-recommendations',
  'recently-viewed',
];

let browser: Browser;
let exported: ExportDocument;
const retailer = (site: string) => exported.retailers.find((r) => r.retailer === site)!;

beforeAll(async () => {
  browser = await launchBrowser({ extensionDir: DIST });
  await waitForWebRequestReady(browser);
  for (const url of Object.values(SHOPS)) {
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
  }
  const dashboard = await openDashboard(browser);
  exported = await eventually(
    async () => {
      const { document } = await exportFromDashboard(dashboard);
      const sites = [
        'theo-shop.example',
        'kaufhaus-quadrate.example',
        'jingdian-shop.example',
        'plain-shop.example',
      ];
      const ready = sites.every(
        (site) => (document.retailers.find((r) => r.retailer === site)?.privacyLinks.length ?? 0) > 0,
      );
      const personal = sites
        .slice(0, 3)
        .every(
          (site) => (document.retailers.find((r) => r.retailer === site)?.personalization.length ?? 0) >= 5,
        );
      return ready && personal ? document : undefined;
    },
    20_000,
    'findings of all four shops',
  );
});

afterAll(async () => {
  await browser?.close();
});

describe('what the page reveals', () => {
  it.each([
    ['English', 'theo-shop.example'],
    ['German', 'kaufhaus-quadrate.example'],
    ['Chinese', 'jingdian-shop.example'],
  ])('finds the %s shop’s signals with their evidence', (_language, site) => {
    const found = retailer(site).personalization;
    const signals = found.map((p) => p.signal);
    expect(signals).toEqual(expect.arrayContaining(EXPECTED_SIGNALS));
    // The English shop's loyalty widget renders 2 s after load (tested below); nothing else may appear.
    expect(signals.filter((signal) => !EXPECTED_SIGNALS.includes(signal))).toEqual(
      site === 'theo-shop.example' ? signals.filter((s) => s === 'loyalty') : [],
    );
    const greeting = found.find((p) => p.signal === 'greeting')!;
    expect(greeting.category).toBe('identity');
    expect(greeting.evidence).toContain('•••');
    expect(found.find((p) => p.signal === 'delivery-location')!.category).toBe('location');
    for (const item of found) expect(item.where.length).toBeGreaterThan(0);
  });

  it('scans widgets rendered after load, masking the name the greeting revealed', async () => {
    const dashboard = await openDashboard(browser);
    const loyalty = await eventually(
      async () => {
        const { document } = await exportFromDashboard(dashboard);
        return document.retailers
          .find((r) => r.retailer === 'theo-shop.example')
          ?.personalization.find((p) => p.signal === 'loyalty');
      },
      15_000,
      'the late loyalty widget',
    );
    expect(loyalty).toMatchObject({ category: 'purchase-history', evidence: 'T•••, you have 1,250 points' });
    await dashboard.close();
  });

  it('masks the name in greetings and the postcode in delivery locations', () => {
    const text = JSON.stringify(exported.retailers.map((r) => r.personalization));
    expect(text).not.toMatch(/Theo|王先生|68159/);
  });

  it('finds nothing personal on a shop with generic recommendation headings', () => {
    expect(retailer('plain-shop.example').personalization).toEqual([]);
  });

  it('finds each shop’s own privacy links in three languages', () => {
    expect(
      retailer('theo-shop.example')
        .privacyLinks.map((l) => l.purpose)
        .sort(),
    ).toEqual(['do-not-sell', 'privacy-policy']);
    expect(
      retailer('kaufhaus-quadrate.example')
        .privacyLinks.map((l) => l.purpose)
        .sort(),
    ).toEqual(['cookie-settings', 'privacy-policy']);
    expect(
      retailer('jingdian-shop.example')
        .privacyLinks.map((l) => l.purpose)
        .sort(),
    ).toEqual(['delete-account', 'privacy-policy']);
  });

  it('shows the signals in the popup, as what the shop appears to know by category', async () => {
    const popup = await openPopupFor(browser, await tabIdOf(browser, SHOPS.zh));
    const items = popup.getByTestId('knowledge-items').locator('li[data-how="they-showed"]');
    expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-subject')).sort())).toEqual(
      ['buy-again', 'delivery-location', 'greeting', 'personal-recommendations', 'recently-viewed'],
    );
    const chips = await popup
      .getByTestId('knowledge-chips')
      .locator('button')
      .evaluateAll((buttons) =>
        buttons.map((b) => [b.getAttribute('data-category'), b.getAttribute('data-count')]),
      );
    expect(chips).toEqual([
      ['identity', '1'],
      ['location', '1'],
      ['browsing', '1'],
      ['purchases', '1'],
      ['interests', '1'],
    ]);
    // A chip filters the list to its category.
    await popup.locator('button[data-category="location"]').click();
    expect(await popup.getByTestId('knowledge-items').locator('li').count()).toBe(1);
    await popup.screenshot({
      path: resolve(import.meta.dirname, '..', '..', 'test-results', 'popup-zh-shop.png'),
    });
    await popup.close();
  });
});
