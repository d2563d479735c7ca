/**
 * The research report end to end, scanned the way the property tests scan generated ones
 * (issue 6, point 5): a customer shops and checks out on an allowlisted shop (the demo shop
 * served under www.galeria.de, a symlinked fixture, so the report names it) and visits a shop
 * that is not on the allowlist. The dashboard's "Research report" must show a valid report that
 * names the first shop with what it learned, only counts the other, and contains none of the
 * customer's values in any encoding or hash, no URL part, no fixture domain and nothing finer
 * than the week; "Save report file" saves exactly the payload shown.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIdentifierPool } from '../../src/identifiers';
import type { WatchlistEntry } from '../../src/model';
import { EPSILON_LN3, isoWeek, UUID_V4_PATTERN, type ResearchReport } from '../../src/report';
import { launchBrowser, waitForWebRequestReady, type Browser } from './harness/chromium';
import { CUSTOMER, shoppingJourney } from './harness/checkout-journey';
import { eventually, openDashboard } from './harness/extension-pages';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIST = resolve(ROOT, 'dist');
const SHOP = 'https://www.galeria.de/';
const CONTROL = 'https://www.control-shop.example/';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2 A/AA violations on the page (as test/e2e/accessibility.e2e.ts runs it). */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(context: Document, options: object): Promise<{ violations: { id: string; help: string }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help}`);
  });
}

async function payloadOf(dashboard: Page): Promise<string> {
  return (await dashboard.getByTestId('report-payload').textContent()) ?? '';
}

describe('the research report of a shopping journey', () => {
  let browser: Browser;
  let dashboard: Page;
  let text: string;
  let report: ResearchReport;
  let saved = '';

  beforeAll(async () => {
    browser = await launchBrowser({ extensionDir: DIST, allowThirdPartyCookies: true });
    await waitForWebRequestReady(browser);
    const page = await browser.context.newPage();
    await shoppingJourney(page, SHOP, CONTROL);
    ({ dashboard, text, report } = await eventually(
      async () => {
        const opened = await openDashboard(browser, 'report');
        await opened.getByTestId('report-payload').waitFor();
        // The page starts with noise on (ε = ln 3); the plain truth is checked against the journey.
        await opened.getByTestId('report-noise-none').check();
        await opened.getByTestId('report-payload').filter({ hasText: '"mechanism": "none"' }).waitFor();
        const shown = await payloadOf(opened);
        const parsed = JSON.parse(shown) as ResearchReport;
        const shop = parsed.shops['galeria.de'];
        const learned =
          shop && (['identity', 'contact', 'location', 'purchases'] as const).every((k) => shop.knowledge[k]);
        if (shop?.companies.includes('facebook') && learned && parsed.unnamed_shops === '2-4')
          return { dashboard: opened, text: shown, report: parsed };
        await opened.close();
        return undefined;
      },
      20_000,
      'a report naming the shop with what it learned',
    ));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is valid against docs/report.schema.json and names the allowlisted shop only', async () => {
    const validate = await reportSchemaValidator();
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(report.shops)).toEqual(['galeria.de']);
    // The control shop and the harness's warm-up host are counted, not named.
    expect(report.unnamed_shops).toBe('2-4');
    expect(report.ldp).toEqual({ mechanism: 'none' });
    const shop = report.shops['galeria.de']!;
    expect(shop.knowledge).toMatchObject({ identity: true, contact: true, location: true, purchases: true });
    expect(shop.counts.page_views).not.toBe('0');
    expect(shop.gpc).toEqual({ sent: true, site_declares: 'unknown' });
  });

  it('contains none of the customer’s values, in any encoding or hash, no URL part, no other domain, no time finer than the week', () => {
    const watchlist: WatchlistEntry[] = Object.entries(CUSTOMER).map(([kind, value]) => ({
      kind: kind as WatchlistEntry['kind'],
      value,
      source: { type: 'user' },
      addedAt: 0,
    }));
    // The nonce is random by design (a UUID v4 can hold ten digits in a row): check its form,
    // then scan everything else.
    expect(report.nonce).toMatch(UUID_V4_PATTERN);
    const rest = text.replace(report.nonce, 'NONCE');
    const lower = rest.toLowerCase();
    const forms = [...buildIdentifierPool(watchlist).tokens.keys(), ...Object.values(CUSTOMER)];
    expect(forms.length).toBeGreaterThan(100);
    expect(forms.filter((form) => lower.includes(form.toLowerCase()))).toEqual([]);
    expect(rest).not.toMatch(/[/?#@=]/);
    expect(rest).not.toMatch(/\.example|glass-demo|control-shop|facebook\.com|checkout|thanks/);
    expect(report.period).toBe(isoWeek(Date.now()));
    expect(rest).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{10,}/);
  });

  it('saves exactly the payload shown, and builds a new one with noise at the chosen ε', async () => {
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByTestId('report-save').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`glass-customer-report-${report.period}.json`);
    expect(await readFile(await download.path(), 'utf8')).toBe(text);
    saved = await download.path();
    await expect
      .poll(() => dashboard.getByTestId('report-status').textContent())
      .toContain(download.suggestedFilename());

    await dashboard.getByTestId('report-noise-0').check();
    await expect.poll(() => payloadOf(dashboard)).toContain('randomized-response');
    const noisy = JSON.parse(await payloadOf(dashboard)) as ResearchReport;
    expect(noisy.ldp).toMatchObject({ mechanism: 'randomized-response', p_truth: 0.75 });
    expect(noisy.nonce).not.toBe(report.nonce);
    expect(Object.keys(noisy.shops)).toEqual(['galeria.de']);
  });

  it('passes WCAG A/AA checks in light and dark mode', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await dashboard.emulateMedia({ colorScheme: scheme });
      expect(await violations(dashboard), scheme).toEqual([]);
    }
  });

  it('is read by the researcher CLI into its tables', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'glass-e2e-report-'));
    try {
      await copyFile(saved, resolve(dir, 'report.json'));
      const cli = resolve(ROOT, 'cli', 'glass-customer.mjs');
      const tables = resolve(dir, 'tables');
      const summary = execFileSync('node', [cli, 'report', 'aggregate', dir, '--out', tables], {
        encoding: 'utf8',
      });
      expect(summary).toMatch(/reports aggregated\s+1/);
      const rows = (name: string) => readFileSync(resolve(tables, name), 'utf8').split('\r\n');
      expect(rows('shop-companies.csv')).toContain('galeria.de,facebook,1,1,1.000000');
      expect(rows('shop-knowledge.csv')).toContain('galeria.de,knowledge,contact,1,1,0,1.000000,');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the noisy answers of a saved report: new draws and later reports repeat them, deleting the shop forgets them', async () => {
    // Noise at ε = ln 3 was chosen above; nothing noisy has been saved yet.
    const first = JSON.parse(await payloadOf(dashboard)) as ResearchReport;
    expect(first.ldp).toMatchObject({ mechanism: 'randomized-response', memoized: true });
    // As the researcher CLI checks it: ε as Chromium states it must be the schema's ε.
    const validate = await reportSchemaValidator();
    expect(validate(first), JSON.stringify(validate.errors)).toBe(true);

    // Saving keeps them: both answers of each pair, under ε and the shop.
    await Promise.all([dashboard.waitForEvent('download'), dashboard.getByTestId('report-save').click()]);
    const kept = await eventually(async () => {
      const answers = await storedReportAnswers(browser);
      return answers && Object.keys(answers).length > 0 ? answers : undefined;
    });
    expect(Object.keys(kept).every((key) => key.startsWith(`${EPSILON_LN3}|galeria.de|`))).toBe(true);
    expect(Object.values(kept).every((pair) => Array.isArray(pair) && pair.length === 2)).toBe(true);

    // A new draw is a new report (new nonce) with the same answers.
    await dashboard.getByTestId('report-redraw').click();
    await expect
      .poll(async () => (JSON.parse(await payloadOf(dashboard)) as ResearchReport).nonce)
      .not.toBe(first.nonce);
    expect((JSON.parse(await payloadOf(dashboard)) as ResearchReport).shops).toEqual(first.shops);

    // A dashboard opened later builds its report from the kept answers.
    const later = await openDashboard(browser, 'report');
    await later.getByTestId('report-noise-0').check();
    await expect.poll(() => payloadOf(later)).toContain('randomized-response');
    expect((JSON.parse(await payloadOf(later)) as ResearchReport).shops).toEqual(first.shops);

    // Deleting what was recorded about the shop deletes its kept answers, and its gpc.json check
    // (stored here as the popup would have stored it), but not another site's.
    const check = { checkedAt: Date.now(), declaration: { status: 'not-declared' } };
    await browser.serviceWorker!.evaluate((gpcChecks) => chrome.storage.local.set({ gpcChecks }), {
      'galeria.de': check,
      'otto.de': check,
    });
    await later.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'ui/delete', scope: { kind: 'retailer', retailer: 'galeria.de' } }),
    );
    await expect.poll(async () => Object.keys((await storedReportAnswers(browser)) ?? {}).length).toBe(0);
    expect(
      await browser.serviceWorker!.evaluate(async () =>
        Object.keys((await chrome.storage.local.get('gpcChecks'))['gpcChecks'] as object),
      ),
    ).toEqual(['otto.de']);
    await later.close();
  });
});

function storedReportAnswers(browser: Browser): Promise<Record<string, unknown> | undefined> {
  return browser.serviceWorker!.evaluate(
    async () =>
      (await chrome.storage.local.get('reportAnswers'))['reportAnswers'] as
        Record<string, unknown> | undefined,
  );
}

async function reportSchemaValidator() {
  const schema = JSON.parse(await readFile(resolve(ROOT, 'docs', 'report.schema.json'), 'utf8')) as object;
  return new Ajv2020({ allErrors: true }).compile(schema);
}
