/**
 * "What would an anonymous visitor see?" in real Chromium: off by default (the popup only says
 * where to turn it on, and nothing is fetched); once turned on, one click fetches the product
 * page twice from the same shop without cookies or referrer and shows the price difference and
 * the personal widgets only the customer sees. The fixture shop serves known customers (cookie
 * `ps_customer`) €49.99, a greeting and recommendations; strangers €44.99.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, waitForWebRequestReady, type Browser } from './harness/chromium';
import { openDashboard, openPopupFor, storedSettings, tabIdOf } from './harness/extension-pages';
import { clearLog, fetchLog } from './harness/fixture-log';

const DIST = resolve(import.meta.dirname, '..', '..', 'dist');
const SHOP_HOST = 'www.price-shop.example';
const PRODUCT = `https://${SHOP_HOST}/product/kettle-7.html`;

describe('the anonymous comparison', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser({ extensionDir: DIST });
    await waitForWebRequestReady(browser);
    const page = await browser.context.newPage();
    await page.goto(`https://${SHOP_HOST}/`, { waitUntil: 'load' });
    await page.goto(`${PRODUCT}?variant=black&utm_source=newsletter#reviews`, { waitUntil: 'load' });
    // The customer's version of the page (the shop recognised its cookie).
    await page.getByText('Recommended for you, Theo').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is off by default: the popup says where to turn it on and fetches nothing', async () => {
    await clearLog();
    const popup = await openPopupFor(browser, await tabIdOf(browser, PRODUCT));
    await expect.poll(() => popup.getByTestId('comparison-off').isVisible()).toBe(true);
    expect(await popup.getByTestId('compare-button').count()).toBe(0);
    await popup.close();
    // Opening the popup checks the site's GPC declaration (gpc.e2e.ts); nothing else is fetched.
    const requests = await fetchLog(SHOP_HOST);
    // Chromium asks for the shop's favicon after load, sometimes late.
    expect(requests.filter((r) => !['/.well-known/gpc.json', '/favicon.ico'].includes(r.path))).toEqual([]);
  });

  it('once turned on, compares on click, with two cookie-less fetches to the same shop only', async () => {
    const dashboard = await openDashboard(browser, 'settings');
    const toggle = dashboard.getByTestId('comparison-toggle');
    await toggle.check();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await expect.poll(async () => (await storedSettings(browser))?.['compareAnonymous']).toBe(true);
    await dashboard.close();

    const popup = await openPopupFor(browser, await tabIdOf(browser, PRODUCT));
    await clearLog();
    await popup.getByTestId('compare-button').click();
    const result = popup.getByTestId('comparison-result');
    await result.waitFor({ timeout: 10_000 });

    expect(await result.getAttribute('data-price-status')).toBe('differs');
    const sentence = await popup.getByTestId('comparison-price').textContent();
    expect(sentence).toMatch(/You see €49\.99; an anonymous visitor sees €44\.99\./);
    const onlyYou = await popup
      .getByTestId('comparison-only-you')
      .locator('li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-signal')));
    expect(onlyYou.sort()).toEqual(['greeting', 'personal-recommendations']);
    expect(await popup.getByTestId('comparison-also-anonymous').textContent()).toContain(
      'what you looked at',
    );
    // Page text is shown masked, as everywhere else.
    expect(await popup.getByTestId('comparison-only-you').textContent()).not.toContain('Theo');
    await popup.screenshot({
      path: resolve(import.meta.dirname, '..', '..', 'test-results', 'popup-anonymous-comparison.png'),
    });
    await popup.close();

    const log = await fetchLog();
    // Exactly the two anonymous fetches: same shop and path, product parameter kept, campaign tag
    // dropped, no cookie, no referrer; nothing to any other host.
    expect(log.map((entry) => [entry.host, entry.path, entry.method])).toEqual([
      [SHOP_HOST, '/product/kettle-7.html', 'GET'],
      [SHOP_HOST, '/product/kettle-7.html', 'GET'],
    ]);
    for (const entry of log) {
      expect(entry.url).toBe(`${PRODUCT}?variant=black`);
      expect(entry.headers.cookie).toBeUndefined();
      expect(entry.headers.referer).toBeUndefined();
    }
  });

  it('is not offered on pages that are not product pages', async () => {
    const popup = await openPopupFor(browser, await tabIdOf(browser, PRODUCT));
    await popup.getByTestId('anonymous-comparison').waitFor();
    await popup.close();
    const home = await browser.context.newPage();
    await home.goto(`https://${SHOP_HOST}/?from=home`, { waitUntil: 'load' });
    const homePopup = await openPopupFor(browser, await tabIdOf(browser, `https://${SHOP_HOST}/?from=home`));
    await homePopup.getByTestId('site').waitFor();
    await homePopup.waitForTimeout(500);
    expect(await homePopup.getByTestId('anonymous-comparison').count()).toBe(0);
    await homePopup.close();
  });
});
