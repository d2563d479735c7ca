/**
 * The glass customer, end to end, in each UI language (Chromium's --lang): after journeys
 * through the fixture shops (English, German and Chinese shops that show what they know, and a
 * shop that shares with Meta, Google and Criteo), the popup and the dashboard — opened as tabs —
 * show each shop's items by category, its companies and its opt-out links; the dashboard's
 * overview, company dossier and shop letter agree; the letter names what was observed and the
 * shop's contact. Screenshots go to test-results/ (looked at by a person, not compared).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, waitForWebRequestReady, type Browser } from './harness/chromium';
import { eventually, openDashboard, openPopupFor, tabIdOf } from './harness/extension-pages';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIST = resolve(ROOT, 'dist');
const SHOTS = resolve(ROOT, 'test-results');
const THEO = 'https://www.theo-shop.example/';
const KAUFHAUS = 'https://www.kaufhaus-quadrate.example/';
const JINGDIAN = 'https://www.jingdian-shop.example/';
const TRACKING = 'https://www.tracking-shop.example/';

/** The UI languages and the locale folder whose strings the pages must show. */
const LANGUAGES = [
  { lang: 'en', locale: 'en' },
  { lang: 'de', locale: 'de' },
  { lang: 'zh-CN', locale: 'zh_CN' },
] as const;

function messages(locale: string): Record<string, { message: string }> {
  return JSON.parse(
    readFileSync(resolve(ROOT, 'public', '_locales', locale, 'messages.json'), 'utf8'),
  ) as Record<string, { message: string }>;
}

describe.each(LANGUAGES)('the glass profile in $lang', ({ lang, locale }) => {
  const text = messages(locale);
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser({ extensionDir: DIST, lang });
    await waitForWebRequestReady(browser);
    for (const url of [THEO, KAUFHAUS, JINGDIAN, TRACKING, `${TRACKING}product.html`]) {
      const page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
    }
    // The page scans run at idle time: wait until the German shop's findings are in the popup.
    await eventually(
      async () => {
        const popup = await openPopupFor(browser, await tabIdOf(browser, KAUFHAUS));
        const count = await popup.getByTestId('knowledge-items').locator('li').count();
        await popup.close();
        return count >= 5 ? count : undefined;
      },
      15_000,
      'the German shop’s findings',
    );
    // …and every greeting shop's (the tests below read all three).
    await eventually(
      async () => {
        const dashboard = await openDashboard(browser);
        const greeting = dashboard.locator('[data-key="identity|greeting"]');
        const shops = (await greeting.count()) > 0 ? await greeting.getAttribute('data-shops') : null;
        await dashboard.close();
        return shops === '3' ? shops : undefined;
      },
      15_000,
      'three shops greeting the user',
    );
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('popup: what the German shop appears to know, by category, in the UI language', async () => {
    const popup = await openPopupFor(browser, await tabIdOf(browser, KAUFHAUS));
    expect(await popup.locator('html').getAttribute('lang')).toMatch(new RegExp(`^${lang.split('-')[0]}`));
    expect(await popup.getByTestId('appears-to-know').locator('.summary').textContent()).toBe(
      text.popupAppearsToKnow!.message,
    );
    const chips = await popup
      .getByTestId('knowledge-chips')
      .locator('button')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-category')));
    expect(chips).toEqual(['identity', 'location', 'browsing', 'purchases', 'interests']);
    expect(await popup.locator('button[data-category="identity"]').textContent()).toContain(
      text.knowledge_identity!.message,
    );
    const greeting = popup.locator('li[data-subject="greeting"]');
    expect(await greeting.textContent()).toContain('Hallo T•••');
    expect(await greeting.textContent()).not.toContain('Theo');
    // The shop's own privacy controls, as opt-out links.
    const links = await popup
      .getByTestId('shop-privacy-links')
      .locator('a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toContain('https://www.kaufhaus-quadrate.example/datenschutz');
    await popup.screenshot({ path: resolve(SHOTS, `glass-popup-de-shop-${lang}.png`) });
    await popup.close();
  });

  it('popup: the tracking shop shares with three companies, with their opt-out pages', async () => {
    const popup = await openPopupFor(browser, await tabIdOf(browser, TRACKING));
    expect(await popup.getByTestId('shares-with').getAttribute('data-count')).toBe('3');
    const names = await popup.getByTestId('company-name').allTextContents();
    expect(names.sort()).toEqual(['Criteo', 'Google', 'Meta']);
    const optOuts = await popup
      .getByTestId('company-opt-out-links')
      .locator('a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(optOuts).toEqual(
      expect.arrayContaining(['https://myadcenter.google.com/', 'https://www.criteo.com/privacy/']),
    );
    expect(await popup.getByTestId('ask-for-data').textContent()).toBe(text.popupAskForData!.message);
    await popup.screenshot({ path: resolve(SHOTS, `glass-popup-tracking-shop-${lang}.png`), fullPage: true });
    await popup.close();
  });

  it('dashboard: the overview lists each item with the shops that know it', async () => {
    const dashboard = await openDashboard(browser);
    expect(await dashboard.locator('#overview-heading').textContent()).toBe(text.overviewHeading!.message);
    const keys = await dashboard
      .getByTestId('overview-entry')
      .evaluateAll((entries) => entries.map((e) => e.getAttribute('data-key')));
    expect(keys).toEqual(
      expect.arrayContaining(['identity|greeting', 'location|delivery-location', 'browsing|recently-viewed']),
    );
    // Three shops greet the user by name.
    expect(await dashboard.locator('[data-key="identity|greeting"]').getAttribute('data-shops')).toBe('3');
    // Filtering by category keeps only that category.
    await dashboard.getByTestId('filter-category').selectOption('location');
    const filtered = await dashboard
      .getByTestId('overview-entry')
      .evaluateAll((entries) => entries.map((e) => e.getAttribute('data-key')!.split('|')[0]));
    expect(new Set(filtered)).toEqual(new Set(['location']));
    await dashboard.getByTestId('filter-category').selectOption('');
    await dashboard.screenshot({
      path: resolve(SHOTS, `glass-dashboard-overview-${lang}.png`),
      fullPage: true,
    });
    await dashboard.close();
  });

  it('dashboard: the Google dossier and the data-flow graph', async () => {
    const dashboard = await openDashboard(browser, 'companies');
    const dossiers = await dashboard
      .getByTestId('dossier')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-org')));
    expect(dossiers.sort()).toEqual(['criteo', 'facebook', 'google']);
    expect(await dashboard.getByTestId('industry-opt-out-list').locator('a').count()).toBeGreaterThan(2);
    await dashboard.locator('[data-org="google"] a').first().click();
    await dashboard.getByTestId('company-page').waitFor();
    expect(await dashboard.getByTestId('dossier-shop').getAttribute('data-retailer')).toBe(
      'tracking-shop.example',
    );
    await dashboard.getByTestId('company-opt-outs').waitFor();
    const optOuts = await dashboard
      .getByTestId('company-opt-outs')
      .locator('a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(optOuts).toContain('https://myadcenter.google.com/');
    await dashboard.screenshot({
      path: resolve(SHOTS, `glass-dashboard-company-${lang}.png`),
      fullPage: true,
    });

    await dashboard.getByTestId('nav-graph').click();
    await dashboard.getByTestId('flow-graph').waitFor();
    expect(await dashboard.getByTestId('graph-edge').count()).toBe(3);
    await dashboard.getByTestId('graph-category').selectOption('advertising');
    expect(await dashboard.getByTestId('graph-edge').count()).toBeLessThan(3);
    await dashboard.screenshot({ path: resolve(SHOTS, `glass-dashboard-graph-${lang}.png`) });
    await dashboard.close();
  });

  it('dashboard: the access-request letter names what was observed and the shop’s contact', async () => {
    const dashboard = await openDashboard(browser, `shop/theo-shop.example/letter`);
    const letter = dashboard.getByTestId('shop-letter');
    await letter.waitFor();
    const body = await letter.locator('textarea').last().inputValue();
    expect(body).toContain('theo-shop.example');
    expect(body).toContain('https://www.theo-shop.example/privacy');
    expect(body).toContain('Hello, T•••');
    expect(body).toContain('Deliver to');
    expect(body).not.toContain('Theo,');
    await dashboard.screenshot({
      path: resolve(SHOTS, `glass-dashboard-letter-${lang}.png`),
      fullPage: true,
    });
    await dashboard.close();
  });
});
