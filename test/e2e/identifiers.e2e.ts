/**
 * What shops and their partners were told, end to end: a customer fills in the demo shop's
 * checkout form and submits it. The export must show what the shop was told (masked), what each
 * company received (the hashed email, before submit too; decoded purchase events; identifier
 * cookies), and it must contain none of the values themselves. The control shop shows nothing.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../src/export';
import { launchBrowser, waitForWebRequestReady, type Browser } from './harness/chromium';
import { checkout, CUSTOMER, shoppingJourney } from './harness/checkout-journey';
import { eventually, exportFromDashboard, openDashboard } from './harness/extension-pages';
import { clearLog, fetchLog } from './harness/fixture-log';

const DIST = resolve(import.meta.dirname, '..', '..', 'dist');
const SHOP = 'https://www.glass-demo-shop.example/';
const CONTROL = 'https://www.control-shop.example/';
const EMAIL_SHA256 = createHash('sha256').update(CUSTOMER.email.toLowerCase()).digest('hex');

describe('the checkout journey, without the extension', () => {
  it('sends the hashed email to Meta before submit, and again with the purchase', async () => {
    const browser = await launchBrowser({});
    try {
      await clearLog();
      const page = await browser.context.newPage();
      await checkout(page, SHOP);
      const log = await eventually(
        async () => {
          const entries = await fetchLog('www.facebook.com');
          return entries.some((r) => r.url.includes('ev=Purchase')) ? entries : undefined;
        },
        10_000,
        'the Purchase beacon',
      );
      const beforeSubmit = log.find((r) => r.url.includes(`udff[em]=${EMAIL_SHA256}`));
      expect(beforeSubmit?.url).toContain('es=automatic');
      // The pixel reports the page it ran on in `dl`: the checkout page, not the thank-you page.
      expect(decodeURIComponent(new URL(beforeSubmit!.url).searchParams.get('dl') ?? '')).toContain(
        'checkout.html',
      );
      expect(log.some((r) => r.url.includes('ev=Purchase') && r.url.includes(`ud[em]=${EMAIL_SHA256}`))).toBe(
        true,
      );
    } finally {
      await browser.close();
    }
  });
});

describe('the checkout journey, with the extension', () => {
  let browser: Browser;
  let exported: ExportDocument;

  beforeAll(async () => {
    browser = await launchBrowser({ extensionDir: DIST, allowThirdPartyCookies: true });
    await waitForWebRequestReady(browser);
    const page = await browser.context.newPage();
    await shoppingJourney(page, SHOP, CONTROL);
    const dashboard = await openDashboard(browser);
    exported = await eventually(
      async () => {
        const { document } = await exportFromDashboard(dashboard);
        const shop = document.retailers.find((r) => r.retailer === 'glass-demo-shop.example');
        const meta = shop?.companies.find((c) => c.organization === 'facebook');
        return meta?.received.events['meta:Purchase'] && shop?.identifiersGiven.length ? document : undefined;
      },
      15_000,
      'the purchase and the form entries in the export',
    );
  });

  afterAll(async () => {
    await browser?.close();
  });

  const shop = () => exported.retailers.find((r) => r.retailer === 'glass-demo-shop.example')!;
  const company = (key: string) => shop().companies.find((c) => c.organization === key)!;

  it('shows what the user told the shop, masked', () => {
    const given = Object.fromEntries(shop().identifiersGiven.map((g) => [g.kind, g.masked]));
    expect(given).toEqual({
      name: 'T••• B•••',
      email: 'T•••@example.com',
      street: 'P••• 1•••',
      postcode: '68•••',
      city: 'M•••',
    });
  });

  it('shows that Meta received the email as SHA-256, before submit as well', () => {
    const meta = company('facebook');
    expect(meta.received.identifiers['email']).toContain('sha256');
    expect(meta.received.beforeSubmit).toBeGreaterThanOrEqual(1);
    expect(
      exported.observations.some(
        (o) =>
          o.kind === 'identifier-sent' &&
          o.subject === 'facebook.com|email|sha256' &&
          (o.counters['beforeSubmit'] ?? 0) >= 1,
      ),
    ).toBe(true);
  });

  it('does not call the user\'s own (typed) email "unmatched" contact data', async () => {
    // Unmatched hashes are judged 1.5 s after the request; the export above came later than that.
    expect(exported.observations.filter((o) => o.subject.startsWith('facebook.com|contact|'))).toEqual([]);
  });

  it('decodes what each company was told about the purchase', () => {
    const purchase = exported.observations.find(
      (o) => o.kind === 'event-sent' && o.subject === 'facebook.com|meta|Purchase',
    )!;
    expect(purchase.samples.at(-1)).toMatchObject({
      value: 549,
      currency: 'EUR',
      userDataKeys: expect.arrayContaining(['em']),
    });
    const events = exported.observations
      .filter((o) => o.kind === 'event-sent' && o.retailer === 'glass-demo-shop.example')
      .map((o) => o.subject.split('|').slice(1).join(':'));
    expect(events).toEqual(
      expect.arrayContaining([
        'meta:ViewContent',
        'meta:AddToCart',
        'meta:InitiateCheckout',
        'meta:Purchase',
      ]),
    );
    expect(events.some((e) => e.startsWith('ga4:'))).toBe(true);
    expect(events.some((e) => e.startsWith('criteo:'))).toBe(true);
    expect(events.some((e) => e.startsWith('tiktok:'))).toBe(true);
  });

  it('records which companies keep identifier cookies', () => {
    expect(company('facebook').received.persistentIdentifiers).toContain('fr');
  });

  it('keeps the values themselves out of the export', () => {
    const text = JSON.stringify(exported);
    for (const secret of [
      CUSTOMER.email,
      CUSTOMER.email.toLowerCase(),
      EMAIL_SHA256,
      CUSTOMER.street,
      'Beispiel',
      'Mannheim',
      'FixtureBrowserId',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('shows nothing of the kind for the control shop', () => {
    const control = exported.retailers.find((r) => r.retailer === 'control-shop.example')!;
    expect(control.companies).toEqual([]);
    expect(control.identifiersGiven).toEqual([]);
    expect(
      // Its own privacy links are recorded, but nothing personal and nothing shared.
      exported.observations.filter(
        (o) => o.retailer === 'control-shop.example' && o.kind !== 'page-visit' && o.kind !== 'privacy-link',
      ),
    ).toEqual([]);
  });

  it('lists the submitted values on the watchlist, masked, and lets the user delete them', async () => {
    const dashboard = await openDashboard(browser, 'settings');
    await dashboard.getByTestId('watchlist-entry').first().waitFor();
    const entries = await dashboard.getByTestId('watchlist-entry').allTextContents();
    expect(entries.join('\n')).toContain('T•••@example.com');
    expect(entries.join('\n')).not.toContain('Theo.Beispiel');
    await dashboard.getByTestId('watchlist-clear').click();
    await dashboard.getByTestId('watchlist-empty').waitFor();
    await dashboard.close();
  });
});
