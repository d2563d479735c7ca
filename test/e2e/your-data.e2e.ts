/**
 * "Your data", end to end in real Chromium: after a journey through fixture shops, the
 * dashboard's Your data view saves the JSON, CSV and printable report (Playwright's download
 * event); deleting the tracking shop removes it from the popup and the dashboard; importing the
 * saved JSON brings it back; a broken file gets a clear error and changes nothing; a paused
 * site records nothing; the daily retention alarm exists, and shortening the retention prunes
 * evidence older than it at once.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../src/export';
import { launchBrowser, waitForWebRequestReady, type Browser } from './harness/chromium';
import { eventually, openDashboard, openPopupFor, tabIdOf } from './harness/extension-pages';

const DIST = resolve(import.meta.dirname, '..', '..', 'dist');
const THEO = 'https://www.theo-shop.example/';
const TRACKING = 'https://www.tracking-shop.example/';
const JINGDIAN = 'https://www.jingdian-shop.example/';

async function download(dashboard: Page, testId: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByTestId(testId).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

async function shopsOnDashboard(browser: Browser): Promise<string[]> {
  const dashboard = await openDashboard(browser, 'shops');
  const shops = await dashboard
    .getByTestId('retailer')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-retailer')!));
  await dashboard.close();
  return shops;
}

async function popupCompanies(browser: Browser, url: string): Promise<string | null> {
  const popup = await openPopupFor(browser, await tabIdOf(browser, url));
  const count = (await popup.getByTestId('shares-with').count())
    ? await popup.getByTestId('shares-with').getAttribute('data-count')
    : null;
  await popup.close();
  return count;
}

describe('your data: export, delete, import, pause', () => {
  let browser: Browser;
  let dashboard: Page;
  let saved: { name: string; text: string };

  beforeAll(async () => {
    browser = await launchBrowser({ extensionDir: DIST });
    await waitForWebRequestReady(browser);
    for (const url of [THEO, TRACKING, `${TRACKING}product.html`]) {
      const page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
    }
    await eventually(
      async () => ((await popupCompanies(browser, TRACKING)) === '3' ? true : undefined),
      15_000,
      'the tracking shop’s three companies',
    );
    dashboard = await openDashboard(browser, 'data');
    await dashboard.getByTestId('your-data').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('saves the profile as JSON, CSV and a printable report', async () => {
    saved = await download(dashboard, 'data-export-json');
    expect(saved.name).toMatch(/^glass-customer-export-\d{4}-\d{2}-\d{2}\.json$/);
    const document = JSON.parse(saved.text) as ExportDocument;
    expect(document.format).toBe('glass-customer/export');
    expect(document.retailers.map((r) => r.retailer)).toEqual(
      expect.arrayContaining(['tracking-shop.example', 'theo-shop.example']),
    );
    expect(document.observations.length).toBeGreaterThan(10);

    const csv = await download(dashboard, 'data-export-csv');
    expect(csv.name).toMatch(/\.csv$/);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'shop,category,how_known,what,detail,encodings,count,companies,strength,first_seen,last_seen',
    );
    expect(lines.some((line) => line.startsWith('tracking-shop.example,') && line.includes('Meta'))).toBe(
      true,
    );

    const html = await download(dashboard, 'data-export-html');
    expect(html.name).toMatch(/\.html$/);
    expect(html.text).toContain('tracking-shop.example');
    expect(html.text).not.toMatch(/<script/i);
    // The report opens as a page of its own and shows the shops.
    const report = await browser.context.newPage();
    await report.setContent(html.text);
    expect(await report.locator('h2').allTextContents()).toEqual(
      expect.arrayContaining(['tracking-shop.example', 'theo-shop.example']),
    );
    await report.close();
  });

  it('deletes one shop: gone from the popup and the dashboard, other shops stay', async () => {
    // Shown once before: the worker keeps the view it composed, and the deletion must drop it.
    expect(await popupCompanies(browser, TRACKING)).toBe('3');
    await dashboard.getByTestId('delete-shop-select').selectOption('tracking-shop.example');
    await dashboard.getByTestId('delete-shop').click();
    await dashboard.getByTestId('delete-shop-confirm').waitFor();
    await dashboard.getByTestId('confirm-yes').click();
    await eventually(async () =>
      (await dashboard.getByTestId('delete-status').textContent()) ? true : undefined,
    );
    expect(
      await dashboard.getByTestId('delete-shop-select').locator('option').allTextContents(),
    ).not.toContain('tracking-shop.example');
    const shops = await shopsOnDashboard(browser);
    expect(shops).not.toContain('tracking-shop.example');
    expect(shops).toContain('theo-shop.example');
    expect(await popupCompanies(browser, TRACKING)).toBeNull();
  });

  it('a broken file gets a clear error and changes nothing', async () => {
    const broken = join(tmpdir(), `glass-broken-${process.pid}.json`);
    await writeFile(broken, saved.text.slice(0, Math.floor(saved.text.length / 2)));
    const before = await shopsOnDashboard(browser);
    await dashboard.getByTestId('import-file').setInputFiles(broken);
    await dashboard.getByTestId('import-mode-merge').check();
    await dashboard.getByTestId('import-submit').click();
    const error = dashboard.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('ends too early');
    expect(await shopsOnDashboard(browser)).toEqual(before);
  });

  it('imports the saved JSON back: the shop and its companies return', async () => {
    const file = join(tmpdir(), `glass-export-${process.pid}.json`);
    await writeFile(file, saved.text);
    await dashboard.getByTestId('import-file').setInputFiles(file);
    await dashboard.getByTestId('import-mode-restore').check();
    await dashboard.getByTestId('import-submit').click();
    await dashboard.getByTestId('import-submit-confirm').waitFor();
    await dashboard.getByTestId('confirm-yes').click();
    await eventually(async () => {
      const status = await dashboard.getByTestId('import-status').textContent();
      return status && /Imported \d+/.test(status) ? status : undefined;
    });
    expect(await dashboard.getByTestId('import-error').count()).toBe(0);
    expect(await shopsOnDashboard(browser)).toContain('tracking-shop.example');
    expect(await popupCompanies(browser, TRACKING)).toBe('3');
    // What was deleted is back as it was exported.
    const again = JSON.parse((await download(dashboard, 'data-export-json')).text) as ExportDocument;
    const first = JSON.parse(saved.text) as ExportDocument;
    const tracking = (document: ExportDocument) =>
      document.observations.filter((o) => o.retailer === 'tracking-shop.example').map((o) => o.id);
    expect(tracking(again)).toEqual(expect.arrayContaining(tracking(first)));
  });

  it('records nothing on a paused site', async () => {
    await dashboard.getByTestId('paused-input').fill('https://www.jingdian-shop.example/');
    await dashboard.getByTestId('paused-add').click();
    await dashboard.locator('[data-testid="paused-site"][data-site="jingdian-shop.example"]').waitFor();
    const page = await browser.context.newPage();
    await page.goto(JINGDIAN, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    expect(await shopsOnDashboard(browser)).not.toContain('jingdian-shop.example');
    // Resumed, the same page is recorded again: the pause was what kept it out.
    await dashboard.getByTestId('paused-remove').click();
    await dashboard.getByTestId('paused-empty').waitFor();
    await page.reload({ waitUntil: 'load' });
    await eventually(
      async () => ((await shopsOnDashboard(browser)).includes('jingdian-shop.example') ? true : undefined),
      10_000,
      'the resumed shop',
    );
  });

  it('keeps a daily retention alarm, and a shortened retention prunes old evidence at once', async () => {
    const sw = browser.serviceWorker!;
    const alarm = await sw.evaluate(() => chrome.alarms.get('retention-prune'));
    expect(alarm?.periodInMinutes).toBe(24 * 60);
    // Age every stored observation of the Theo shop by two years, straight in the worker's store.
    await sw.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('glass-customer');
          open.onsuccess = () => {
            const tx = open.result.transaction('observations', 'readwrite');
            const store = tx.objectStore('observations');
            const old = Date.now() - 2 * 365 * 86_400_000;
            store.index('by-retailer').openCursor('theo-shop.example').onsuccess = (event) => {
              const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
              if (!cursor) return;
              cursor.update({ ...(cursor.value as object), firstSeen: old, lastSeen: old });
              cursor.continue();
            };
            tx.oncomplete = () => done();
            tx.onerror = () => fail(new Error(String(tx.error)));
          };
          open.onerror = () => fail(new Error(String(open.error)));
        }),
    );
    await dashboard.getByTestId('retention-input').fill('6');
    await dashboard.getByTestId('retention-save').click();
    await eventually(async () =>
      (await dashboard.getByTestId('retention-status').textContent()) ? true : undefined,
    );
    await eventually(
      async () => ((await shopsOnDashboard(browser)).includes('theo-shop.example') ? undefined : true),
      10_000,
      'the aged shop to be pruned',
    );
    expect(await shopsOnDashboard(browser)).toContain('tracking-shop.example');
    await dashboard.getByTestId('retention-input').fill('12');
    await dashboard.getByTestId('retention-save').click();
  });
});
