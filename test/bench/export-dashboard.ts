/**
 * The export benchmark's browser half, in real Chromium with the built extension: a year of
 * browsing (100,000 observations, fill-store.ts through the store's write path) in the
 * extension's IndexedDB, then the dashboard's "Your data" buttons clicked, each time measured
 * from the click to the browser's download event, with the page's long tasks (> 50 ms, from a
 * PerformanceObserver) counted meanwhile: the export must not freeze the page. Baseline, side
 * by side in the same page: reading every observation with one getAll and JSON.stringify.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { findChromium, launchBrowser } from '../e2e/harness/chromium';
import { openDashboard } from '../e2e/harness/extension-pages';
import type { FillReport } from './fill-store';
import { fmt, printTable, summarize } from './stats';
import { fillerBundle, trackerCandidates } from './ui-render';

const DIST = resolve(import.meta.dirname, '..', '..', 'dist');
const RUNS = 5;

const WATCH_LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
})()`;

const BASELINE = `new Promise((done, fail) => {
  const started = performance.now();
  const open = indexedDB.open('glass-customer');
  open.onerror = () => fail(String(open.error));
  open.onsuccess = () => {
    const request = open.result.transaction('observations').objectStore('observations').getAll();
    request.onsuccess = () => {
      const text = JSON.stringify(request.result);
      open.result.close();
      done({ ms: performance.now() - started, chars: text.length });
    };
  };
})`;

interface Sample {
  ms: number;
  bytes: number;
  longTasks: number[];
}

async function exportOnce(dashboard: Page, testId: string): Promise<Sample> {
  await dashboard.evaluate('window.__longTasks = []');
  const started = Date.now();
  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByTestId(testId).click(),
  ]);
  const ms = Date.now() - started;
  const bytes = (await stat(await download.path())).size;
  // Long tasks are reported a moment after they end.
  await dashboard.waitForTimeout(200);
  return { ms, bytes, longTasks: await dashboard.evaluate<number[]>('window.__longTasks') };
}

export async function benchDashboardExport(): Promise<void> {
  if (!findChromium() || !existsSync(join(DIST, 'manifest.json'))) {
    console.log('Skipped the dashboard export: needs Chromium and a build (npm run build).');
    return;
  }
  const bundle = await fillerBundle();
  const browser = await launchBrowser({ extensionDir: DIST });
  try {
    const filler = await browser.context.newPage();
    await filler.goto(browser.extensionUrl('manifest.json'));
    await filler.evaluate(bundle);
    const report = await filler.evaluate(
      (candidates) =>
        (
          globalThis as unknown as { GlassFill: { fill(c: typeof candidates): Promise<FillReport> } }
        ).GlassFill.fill(candidates),
      trackerCandidates(),
    );
    await filler.close();

    const dashboard = await openDashboard(browser, 'data');
    await dashboard.getByTestId('your-data').waitFor();
    await dashboard.evaluate(WATCH_LONG_TASKS);
    const kinds = [
      ['baseline: getAll + JSON.stringify in the page', ''],
      ['Save JSON (click → download)', 'data-export-json'],
      ['Save table (CSV)', 'data-export-csv'],
      ['Save printable report (HTML)', 'data-export-html'],
    ] as const;
    const samples = new Map<string, Sample[]>(kinds.map(([label]) => [label, []]));
    for (let run = 0; run <= RUNS; run++) {
      for (const [label, testId] of run % 2 === 0 ? kinds : [...kinds].reverse()) {
        let sample: Sample;
        if (testId) sample = await exportOnce(dashboard, testId);
        else {
          await dashboard.evaluate('window.__longTasks = []');
          const { ms, chars } = await dashboard.evaluate<{ ms: number; chars: number }>(BASELINE);
          await dashboard.waitForTimeout(200);
          sample = { ms, bytes: chars, longTasks: await dashboard.evaluate<number[]>('window.__longTasks') };
        }
        // Run 0 warms caches and JIT; it is not counted.
        if (run > 0) samples.get(label)!.push(sample);
      }
    }
    const base = summarize(samples.get(kinds[0][0])!.map((s) => s.ms));
    printTable(
      `Dashboard export in Chromium, ${report.stored.observations.toLocaleString('en')} observations, ${report.stored.retailers} shops, ${RUNS} runs each`,
      [
        'what',
        'median ms',
        'p99 ms',
        'ratio to baseline',
        'MB',
        'longest task ms (max)',
        'long-task ms per export',
      ],
      kinds.map(([label]) => {
        const list = samples.get(label)!;
        const s = summarize(list.map((x) => x.ms));
        const longest = Math.max(0, ...list.flatMap((x) => x.longTasks));
        const total = summarize(list.map((x) => x.longTasks.reduce((a, b) => a + b, 0)));
        return [
          label,
          fmt(s.median, 0),
          fmt(s.p99, 0),
          fmt(s.median / base.median),
          fmt(list[0]!.bytes / 1e6, 1),
          fmt(longest, 0),
          fmt(total.median, 0),
        ];
      }),
    );
  } finally {
    await browser.close();
  }
}
