/**
 * Page-API signals end to end, in real Chromium: FingerprintJS 5.2.0 and rrweb 2.2.2 exactly as
 * published on npm, served under the hosts sites load them from (openfpcdn.io, cdn.jsdelivr.net);
 * a first-party store locator asking for the position; a shop whose chart, WebGL viewer and emoji
 * probe must not look like fingerprinting; the existing control shop; and a page that forges the
 * page channel and its stack traces. Every fixture is first proven without the extension, from
 * the fixture server's log; then the extension's findings are read from the dashboard export.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../src/export';
import { launchBrowser, waitForWebRequestReady, type Browser } from './harness/chromium';
import { eventually, exportFromDashboard, openDashboard } from './harness/extension-pages';
import { clearLog, fetchLog, waitForRequests, type LoggedRequest } from './harness/fixture-log';

const DIST = resolve(import.meta.dirname, '..', '..', 'dist');
const FINGERPRINT_SHOP = 'https://www.fingerprint-shop.example/';
const REPLAY_SHOP = 'https://www.replay-shop.example/';
const GEO_SHOP = 'https://www.geo-shop.example/';
const CHART_SHOP = 'https://www.chart-shop.example/';
const CONTROL_SHOP = 'https://www.control-shop.example/';
const FORGER = 'https://www.api-forger.example/';
const FINGERPRINTJS = 'https://openfpcdn.io/fingerprintjs/v5';
const RRWEB = 'https://cdn.jsdelivr.net/npm/rrweb@2.2.2/dist/rrweb.umd.min.cjs';
const POSITION = { latitude: 53.55, longitude: 9.99 };

type Observation = ExportDocument['observations'][number];

/** What FingerprintJS v5 does in this Chromium, attributed to its CDN. */
const FINGERPRINTJS_SIGNALS = [
  'audio-fingerprint|openfpcdn.io',
  'canvas-fingerprint|openfpcdn.io',
  'font-enumeration|openfpcdn.io',
  'navigator-sweep|openfpcdn.io',
  'webgl-fingerprint|openfpcdn.io',
];

async function visitFingerprintShop(page: Page): Promise<string> {
  await page.goto(FINGERPRINT_SHOP, { waitUntil: 'load' });
  // The shop writes FingerprintJS's visitor id into the page when agent.get() has resolved.
  await page.waitForFunction(() => document.body.dataset.visitorId !== undefined, undefined, {
    timeout: 20_000,
  });
  return page.evaluate(() => document.body.dataset.visitorId!);
}

/** Types like a person (one key at a time), so the recording spans several upload periods. */
async function fillReplayForm(page: Page): Promise<void> {
  await page.goto(REPLAY_SHOP, { waitUntil: 'load' });
  await page.locator('#name').pressSequentially('Jane Doe', { delay: 80 });
  await page.locator('#email').pressSequentially('jane@example.com', { delay: 80 });
  await page.locator('#street').pressSequentially('12 Harbour Lane', { delay: 80 });
  await page.locator('#save').click();
}

async function findStores(browser: Browser, page: Page): Promise<void> {
  await browser.context.grantPermissions(['geolocation'], { origin: GEO_SHOP.slice(0, -1) });
  await page.goto(GEO_SHOP, { waitUntil: 'load' });
  await page.locator('#find-stores').click();
  await page.locator('#stores li').first().waitFor();
}

/** Views the product, downloads the chart, then asks for the nearest showroom (the last call). */
async function useChartShop(browser: Browser, page: Page): Promise<string> {
  await browser.context.grantPermissions(['geolocation'], { origin: CHART_SHOP.slice(0, -1) });
  await page.goto(CHART_SHOP, { waitUntil: 'load' });
  await page.locator('#price-chart').hover({ position: { x: 200, y: 100 } });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#download-chart').click(),
  ]);
  // The WebGL viewer turns for 180 frames, then marks the canvas.
  await page.waitForFunction(() => document.getElementById('viewer')?.dataset.frames === '180');
  await page.locator('#nearest-showroom').click();
  await page.locator('#showroom:not(:empty)').waitFor();
  return download.suggestedFilename();
}

async function runForger(page: Page): Promise<string> {
  await page.goto(FORGER, { waitUntil: 'load' });
  await page.waitForFunction(() => document.getElementById('status')?.textContent !== 'pending');
  return (await page.locator('#status').textContent()) ?? '';
}

describe('the page-API fixtures, without the extension', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    await browser.context.setGeolocation(POSITION);
    await clearLog();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('fingerprint shop: loads FingerprintJS from openfpcdn.io, which computes a visitor id the shop sends home', async () => {
    const page = await browser.context.newPage();
    const visitorId = await visitFingerprintShop(page);
    expect(visitorId).toMatch(/^[0-9a-f]{32}$/);
    await waitForRequests((r) => r.method === 'GET' && r.path === '/fingerprintjs/v5', {
      host: 'openfpcdn.io',
      description: 'FingerprintJS from its CDN',
    });
    await waitForRequests((r) => r.path === '/api/visitor' && r.body.includes(visitorId), {
      host: 'www.fingerprint-shop.example',
      description: 'the visitor id beacon',
    });
    // FingerprintJS's WebGL source needs a context: Chromium renders WebGL with SwiftShader here even
    // under --disable-gpu, and answers the unmasked renderer query once the debug extension is on.
    const renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'no WebGL';
    });
    expect(renderer).not.toBe('no WebGL');
    await page.close();
  });

  it('replay shop: rrweb from jsDelivr records typing; the shop uploads large batches every second', async () => {
    const page = await browser.context.newPage();
    await fillReplayForm(page);
    await waitForRequests((r) => r.path === '/npm/rrweb@2.2.2/dist/rrweb.umd.min.cjs', {
      host: 'cdn.jsdelivr.net',
      description: 'rrweb from jsDelivr',
    });
    const uploads = await eventually(
      async () => {
        const posts = (await fetchLog('r.lr-ingest.io')).filter(
          (r: LoggedRequest) => r.method === 'POST' && r.path === '/i' && r.body.length >= 1024,
        );
        const spread = posts.length > 1 ? posts.at(-1)!.at - posts[0]!.at : 0;
        return posts.length >= 2 && spread >= 500 ? posts : undefined;
      },
      15_000,
      'two large recording uploads',
    );
    const bodies = uploads.map((r) => r.body).join('\n');
    expect(bodies).toContain('"type":2'); // rrweb's full snapshot of the DOM
    expect(bodies).toMatch(/"source":5,"text":"[^"]*jane@example/); // an input event with what was typed
    await page.close();
  });

  it('geo shop: its own store locator asks for the position and sends it, rounded, to its store search', async () => {
    const page = await browser.context.newPage();
    await findStores(browser, page);
    await waitForRequests((r) => r.path === '/api/stores' && r.url.includes('lat=53.55&lng=9.99'), {
      host: 'www.geo-shop.example',
      description: 'the store search with the position',
    });
    await page.close();
  });

  it('chart shop: draws a chart, downloads it as PNG, turns a WebGL model and finds a showroom', async () => {
    const page = await browser.context.newPage();
    expect(await useChartShop(browser, page)).toBe('price-history.png');
    expect(await page.evaluate(() => document.documentElement.className)).toMatch(/emoji/);
    await waitForRequests((r) => r.path === '/api/showrooms' && r.url.includes('lat=53.5'), {
      host: 'www.chart-shop.example',
      description: 'the showroom search',
    });
    await page.close();
  });

  it('forger: runs to the end without learning the secret', async () => {
    const page = await browser.context.newPage();
    expect(await runForger(page)).toBe('done');
    await page.close();
  });
});

describe('page-API signals, with the extension', () => {
  let browser: Browser;
  let dashboard: Page;

  beforeAll(async () => {
    browser = await launchBrowser({ extensionDir: DIST });
    await browser.context.setGeolocation(POSITION);
    await waitForWebRequestReady(browser);
    dashboard = await openDashboard(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  function apiSignals(document: ExportDocument, retailer: string): Observation[] {
    return document.observations
      .filter((o) => o.retailer === retailer && o.kind === 'api-signal')
      .sort((a, b) => a.subject.localeCompare(b.subject));
  }

  /** Polls the export until `retailer` has api-signal observations for all `subjects` (with `calls`). */
  async function signalsOnceRecorded(
    retailer: string,
    subjects: string[],
    calls = 1,
  ): Promise<Observation[]> {
    return eventually(
      async () => {
        const { document } = await exportFromDashboard(dashboard);
        const found = apiSignals(document, retailer);
        const complete = subjects.every((subject) =>
          found.some((o) => o.subject === subject && (o.counters.calls ?? 0) >= calls),
        );
        return complete ? found : undefined;
      },
      30_000,
      `${subjects.join(', ')} on ${retailer}`,
    );
  }

  it("attributes FingerprintJS's canvas, WebGL, audio, font and navigator fingerprinting to openfpcdn.io", async () => {
    const page = await browser.context.newPage();
    await visitFingerprintShop(page);
    const signals = await signalsOnceRecorded('fingerprint-shop.example', FINGERPRINTJS_SIGNALS);
    expect(signals.map((o) => o.subject)).toEqual(FINGERPRINTJS_SIGNALS);
    for (const signal of signals) {
      expect(signal.party).toBe('third');
      expect(signal.evidence.map((e) => e.resource)).toContain(FINGERPRINTJS);
      // Each heuristic fires once per load: FingerprintJS probes each technique once (fonts in a hidden
      // iframe, which the parent page's hooks cover and report for).
      expect(signal.counters.calls).toBe(1);
    }
    await page.close();
  });

  it('attributes session recording to the rrweb script, not to the shop that uploads its events', async () => {
    const page = await browser.context.newPage();
    await fillReplayForm(page);
    const signals = await signalsOnceRecorded('replay-shop.example', ['session-recording|jsdelivr.net']);
    expect(signals.map((o) => [o.subject, o.party])).toEqual([['session-recording|jsdelivr.net', 'third']]);
    expect(signals[0]!.evidence.map((e) => e.resource)).toContain(RRWEB);
    await page.close();
  });

  it("reports the store locator's geolocation request as the shop's own", async () => {
    const page = await browser.context.newPage();
    await findStores(browser, page);
    const signals = await signalsOnceRecorded('geo-shop.example', ['geolocation-request|geo-shop.example']);
    expect(signals.map((o) => [o.subject, o.party])).toEqual([
      ['geolocation-request|geo-shop.example', 'first'],
    ]);
    expect(signals[0]!.evidence.map((e) => e.resource)).toContain(`${GEO_SHOP}js/store-locator.js`);
    await page.close();
  });

  it('finds no fingerprinting in a chart download, a WebGL viewer, an emoji probe, or the control shop', async () => {
    // The control shop first: whatever it triggered at load would be reported within half a second.
    const control = await browser.context.newPage();
    await control.goto(CONTROL_SHOP, { waitUntil: 'load' });
    await control.goto(`${CONTROL_SHOP}produkt.html`, { waitUntil: 'load' });
    await control.locator('.kaufen').click();

    const page = await browser.context.newPage();
    expect(await useChartShop(browser, page)).toBe('price-history.png');
    // The showroom lookup is the chart shop's last API call, so its geolocation signal arrives with
    // or after anything the chart, the viewer or the emoji probe could have caused.
    const signals = await signalsOnceRecorded('chart-shop.example', [
      'geolocation-request|chart-shop.example',
    ]);
    expect(signals.map((o) => o.subject)).toEqual(['geolocation-request|chart-shop.example']);
    expect(signals[0]!.evidence.map((e) => e.resource)).toContain(`${CHART_SHOP}js/showroom.js`);

    const { document } = await exportFromDashboard(dashboard);
    expect(document.observations.some((o) => o.retailer === 'control-shop.example')).toBe(true);
    expect(apiSignals(document, 'control-shop.example')).toEqual([]);
    await Promise.all([page.close(), control.close()]);
  });

  it('records only what a forging page really did: its own position requests, credited to itself', async () => {
    const page = await browser.context.newPage();
    expect(await runForger(page)).toBe('done');
    const signals = await signalsOnceRecorded(
      'api-forger.example',
      ['geolocation-request|api-forger.example'],
      4,
    );
    // Planted secrets, forged messages, toJSON on the prototypes, replaced WeakMap/String/RegExp
    // methods, a blank canvas read back, and four position requests behind forged stacks (sourceURL,
    // eval, a prepareStackTrace with poisoned call sites, a locked one): one observation, the page's.
    expect(signals.map((o) => [o.subject, o.party])).toEqual([
      ['geolocation-request|api-forger.example', 'first'],
    ]);
    expect(signals[0]!.counters.calls).toBe(4);
    // Its tag report (sent 2 s after load, once window.hj exists) still crosses, unchanged by the
    // toJSON it planted on the prototypes.
    const document = await eventually(
      async () => {
        const exported = (await exportFromDashboard(dashboard)).document;
        return exported.observations.some(
          (o) => o.retailer === 'api-forger.example' && o.kind === 'tag-installed',
        )
          ? exported
          : undefined;
      },
      15_000,
      'the tag report of the forger page',
    );
    expect(
      document.observations
        .filter((o) => o.retailer === 'api-forger.example' && o.kind === 'tag-installed')
        .map((o) => o.subject),
    ).toEqual(['hotjar']);
    expect(JSON.stringify(apiSignals(document, 'api-forger.example'))).not.toMatch(/openfpcdn|hotjar/);
    await page.close();
  });
});
