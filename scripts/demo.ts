/**
 * `npm run demo`: build the extension, start the bundled demo shop (fixture server with real
 * tracker host names mapped to this machine) and open Chromium with the extension loaded.
 *
 * With a display: a real window shows the shop, the popup (as a tab) and the dashboard; close
 * the browser to stop. Without one (or with --headless): walk through the shop, print the
 * observed profile as a table and save a screenshot of the popup and the export file in
 * demo-output/.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import englishMessages from '../public/_locales/en/messages.json' with { type: 'json' };
import { startFixtureServer } from '../test/fixtures/server';
import {
  chromiumInstallHint,
  findChromium,
  launchBrowser,
  waitForWebRequestReady,
} from '../test/e2e/harness/chromium';
import {
  exportFromDashboard,
  openDashboard,
  openPopupFor,
  tabIdOf,
} from '../test/e2e/harness/extension-pages';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'demo-output');
const SHOP = 'https://www.glass-demo-shop.example/';
const DEMO_SITE = 'glass-demo-shop.example';

async function main(): Promise<void> {
  if (!findChromium()) {
    console.error(chromiumInstallHint());
    process.exitCode = 1;
    return;
  }
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

  console.log('Building the extension…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });

  const server = await startFixtureServer();
  const browser = await launchBrowser({ extensionDir: DIST, headless, allowThirdPartyCookies: true });
  // Ctrl-C (or a terminating parent) must not leave Chromium or the ports 80/443 behind.
  const stop = () => void Promise.allSettled([browser.close(), server.close()]).then(() => process.exit(130));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await waitForWebRequestReady(browser);
    const shop = await browser.context.newPage();
    await shopLikeACustomer(shop);
    const tabId = await tabIdOf(browser, SHOP);
    const popup = await openPopupFor(browser, tabId);

    if (!headless) {
      await openDashboard(browser);
      console.log(
        '\nThe demo shop, the popup (as a tab) and the dashboard are open. Close the browser to stop.',
      );
      await new Promise<void>((done) => browser.context.on('close', () => done()));
      return;
    }

    await mkdir(OUT, { recursive: true });
    await popup.getByTestId('shares-with').waitFor();
    const screenshot = join(OUT, 'popup.png');
    await popup.screenshot({ path: screenshot });
    const dashboard = await openDashboard(browser);
    const { document } = await exportFromDashboard(dashboard);
    const exportPath = join(OUT, 'glass-customer-export.json');
    await writeFile(exportPath, `${JSON.stringify(document, null, 2)}\n`);
    printProfile(document.retailers.find((r) => r.retailer === DEMO_SITE));
    console.log(`\nPopup screenshot: ${screenshot}\nExport:           ${exportPath}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Home → product → cart → checkout (fill in and submit) → thank-you page. */
async function shopLikeACustomer(page: Page): Promise<void> {
  console.log(`Shopping at ${SHOP} …`);
  await page.goto(SHOP, { waitUntil: 'load' });
  await page.goto(`${SHOP}product.html`, { waitUntil: 'load' });
  await page.goto(`${SHOP}cart.html`, { waitUntil: 'load' });
  await page.goto(`${SHOP}checkout.html`, { waitUntil: 'load' });
  for (const input of await page.locator('form input:not([type=hidden]):not([type=submit])').all()) {
    const name = (await input.getAttribute('name')) ?? '';
    await input.fill(SAMPLE_CUSTOMER[name] ?? 'Demo');
  }
  await Promise.all([page.waitForURL(/thanks/), page.locator('form [type=submit]').click()]);
  await page.waitForLoadState('load');
  // Give the tags on the thank-you page a moment to send their purchase events.
  await page.waitForTimeout(1500);
}

/** A made-up customer (example.com is reserved for examples). */
const SAMPLE_CUSTOMER: Record<string, string> = {
  name: 'Theo Beispiel',
  email: 'theo@example.com',
  street: 'Planken 1',
  postcode: '68159',
  city: 'Mannheim',
};

function categoryName(key: string): string {
  const messages = englishMessages as Record<string, { message: string } | undefined>;
  return messages[`category_${key}`]?.message ?? key;
}

type ExportedRetailer = Awaited<ReturnType<typeof exportFromDashboard>>['document']['retailers'][number];

function printProfile(retailer: ExportedRetailer | undefined): void {
  if (!retailer) {
    console.log(`\nNothing was recorded for ${DEMO_SITE}.`);
    process.exitCode = 1;
    return;
  }
  console.log(
    `\n${retailer.retailer}: ${retailer.pageViews} pages seen; shares data with ${retailer.companies.length} companies\n`,
  );
  console.table(
    retailer.companies.map((company) => ({
      company: company.name,
      category: categoryName(company.category),
      requests: company.requests,
      'your data it received': Object.entries(company.received.identifiers)
        .map(([kind, encodings]) => `${kind} (${encodings.join(', ')})`)
        .join('; '),
      'before submit': company.received.beforeSubmit > 0 ? 'yes' : '',
      'events it was told': Object.keys(company.received.events)
        .map((key) => key.split(':')[1])
        .join(', '),
      'identifier cookies': company.received.persistentIdentifiers.join(', '),
    })),
  );
  if (retailer.identifiersGiven.length > 0) {
    console.log(
      `You told ${retailer.retailer}: ${retailer.identifiersGiven.map((g) => `${g.kind} ${g.masked}`).join(', ')}`,
    );
  }
  if (retailer.unknownThirdParties.length > 0) {
    console.log(`Other third-party domains: ${retailer.unknownThirdParties.map((u) => u.domain).join(', ')}`);
  }
}

await main();
