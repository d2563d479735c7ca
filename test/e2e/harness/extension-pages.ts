/**
 * What a user sees, read the way a user would: the popup for a tab, the dashboard, the export
 * file and the toolbar badge. Shared by the end-to-end tests and `npm run demo`.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { ExportDocument } from '../../../src/export';
import { dashboardPath, popupPath, type Browser } from './chromium';

/** The id of the tab showing a URL that starts with `urlPrefix`, as the extension sees it. */
export async function tabIdOf(browser: Browser, urlPrefix: string): Promise<number> {
  const id = await browser.serviceWorker!.evaluate(async (prefix) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url?.startsWith(prefix))?.id;
  }, urlPrefix);
  if (id === undefined) throw new Error(`no tab shows ${urlPrefix}`);
  return id;
}

/** Open the popup as a tab describing `tabId` (Playwright cannot click the toolbar button). */
export async function openPopupFor(browser: Browser, tabId: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 400, height: 640 });
  await page.goto(`${browser.extensionUrl(popupPath(browser))}?tab=${tabId}`);
  await page.locator('[data-testid="site"], [data-testid="not-web"]').first().waitFor();
  return page;
}

/** Company names the popup lists, in its order. */
export async function popupCompanyNames(popup: Page): Promise<string[]> {
  return popup.locator('[data-testid="company-name"]').allTextContents();
}

/** Open the dashboard (optionally at a view: `shops`, `settings`, `shop/<site>` …) once it has rendered. */
export async function openDashboard(browser: Browser, view = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${browser.extensionUrl(dashboardPath(browser))}${view ? `#${view}` : ''}`);
  await page.locator('body[data-ready]').waitFor({ state: 'attached' });
  return page;
}

/** Click Export JSON on the dashboard and parse the downloaded file. */
export async function exportFromDashboard(
  dashboard: Page,
): Promise<{ document: ExportDocument; path: string }> {
  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByTestId('export-json').click(),
  ]);
  const path = await download.path();
  return { document: JSON.parse(await readFile(path, 'utf8')) as ExportDocument, path };
}

export async function badgeText(browser: Browser, tabId: number): Promise<string> {
  return browser.serviceWorker!.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * The settings as the worker has stored them. A settings checkbox flips on click, before the
 * worker has saved the change; a test that closes the page and goes on waits for this instead.
 */
export function storedSettings(browser: Browser): Promise<Record<string, unknown> | undefined> {
  return browser.serviceWorker!.evaluate(
    async () =>
      (await chrome.storage.local.get('settings'))['settings'] as Record<string, unknown> | undefined,
  );
}

/** Poll until `check` returns a value that is not undefined, or fail after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
}
