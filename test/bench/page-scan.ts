/**
 * Benchmark, in real Chromium: the page-personalisation scan on a real product page of about
 * 5,000 elements (../shared/corpus/pages/amazon-7.html), and the page's total main-thread time
 * with and without the extension, from navigation until 3 s after load so the idle-time scan is
 * included, alternating runs in one session. Two readings of CDP Performance.getMetrics:
 * - TaskDuration: wall time of the main thread's tasks. On a machine with few cores it also
 *   counts time the thread waited while other processes (the browser, our worker) had the CPU;
 * - ThreadTime: CPU time of the main thread, which is what the page itself spends, our content
 *   scripts included.
 * The page is served from a local server with its scripts removed, so only our work differs.
 *
 * Two situations are measured, each with a fresh browser per run:
 * - warm: the browser has already loaded one page (as any browsing session has), so the
 *   extension's worker is running; this is what a page costs while the user browses;
 * - cold: the page is the first thing the new browser loads, racing the worker's own start
 *   (engine and database loading) for the machine's two cores; it happens once per session.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { findChromium, launchBrowser } from '../e2e/harness/chromium';
import { fmt, printTable, summarize } from './stats';

const PAGE = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'pages', 'amazon-7.html');
const DIST = resolve(import.meta.dirname, '..', '..', 'dist');
const SCAN_RUNS = 40;
const PAGE_RUNS = 9;

/** The detectors as one script for the page, built from the same sources the content script uses. */
async function scannerBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: resolve(import.meta.dirname, '..', '..', 'src', 'detectors', 'page', 'index.ts'),
        name: 'GlassScan',
        formats: ['iife'],
      },
    },
  });
  const result = Array.isArray(output) ? output[0]! : output;
  if (!('output' in result)) throw new Error('unexpected vite build result');
  return result.output[0].code;
}

function serve(html: string): Promise<{ url: string; close(): void }> {
  const server = createServer((request, response) => {
    if (request.url === '/' || request.url?.startsWith('/?')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(html);
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        close: () => server.close(),
      }),
    ),
  );
}

export async function benchPageScan(): Promise<void> {
  if (!existsSync(PAGE)) {
    console.log(`Skipped page scan: corpus page not found at ${PAGE}`);
    return;
  }
  if (!findChromium() || !existsSync(join(DIST, 'manifest.json'))) {
    console.log('Skipped page scan: needs Chromium and a build (npm run build).');
    return;
  }
  // Scripts removed: the page's own JavaScript would dominate and vary; links to elsewhere fail fast.
  const html = readFileSync(PAGE, 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const site = await serve(html);
  try {
    const scan = await measureScan(site.url, await scannerBundle());
    const samples = {
      warm: { with: [] as MainThreadTime[], without: [] as MainThreadTime[] },
      cold: { with: [] as MainThreadTime[], without: [] as MainThreadTime[] },
    };
    for (let run = 0; run < PAGE_RUNS; run++) {
      // Alternate which goes first, so neither profits from a warmer machine.
      for (const extension of run % 2 === 0 ? [false, true] : [true, false]) {
        for (const situation of ['warm', 'cold'] as const) {
          const time = await mainThreadTime(site.url, extension, situation === 'warm');
          samples[situation][extension ? 'with' : 'without'].push(time);
        }
      }
    }
    const s = summarize(scan.times);
    printTable(
      `Page personalisation scan in Chromium: amazon-7.html (${scan.elements} elements), ${SCAN_RUNS} scans (ms)`,
      ['measure', 'median', 'p99', 'samples', 'findings'],
      [['scanPersonalization(document)', fmt(s.median), fmt(s.p99), s.n, scan.findings]],
    );
    const sl = summarize(scan.slices);
    console.log(
      `  sliced scan as run at idle time (cold): ${sl.n} slices, median ${fmt(sl.median)} ms, longest ${fmt(Math.max(...scan.slices))} ms (a long task is > 50 ms)`,
    );
    const ratios: string[] = [];
    for (const [metric, title] of [
      ['task', 'Main-thread task time (wall) of the page, load + 3 s (ms)'],
      ['cpu', 'Main-thread CPU time of the page, load + 3 s (ms)'],
    ] as const) {
      const rows: (string | number)[][] = [];
      for (const situation of ['warm', 'cold'] as const) {
        const w = summarize(samples[situation].with.map((t) => t[metric]));
        const o = summarize(samples[situation].without.map((t) => t[metric]));
        rows.push(
          [`${situation}: with Glass Customer`, fmt(w.median), fmt(w.p99), w.n, fmt(w.median / o.median)],
          [`${situation}: without (baseline)`, fmt(o.median), fmt(o.p99), o.n, '1.00'],
        );
        if (situation === 'warm')
          ratios.push(`${metric === 'task' ? 'wall' : 'CPU'} ${fmt(w.median / o.median)}`);
      }
      printTable(title, ['measure', 'median', 'p99', 'samples', 'ratio (median)'], rows);
    }
    console.log(`  goal (warm browser): ratio ≤ 1.05; measured ${ratios.join(', ')}`);
  } finally {
    site.close();
  }
}

async function measureScan(url: string, bundle: string) {
  const browser = await launchBrowser({});
  try {
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.addScriptTag({ content: bundle });
    return await page.evaluate((runs) => {
      const scanner = (
        globalThis as unknown as {
          GlassScan: {
            scanPersonalization(root: ParentNode): unknown[];
            scanSteps(root: ParentNode): Iterator<undefined, unknown[]>;
          };
        }
      ).GlassScan;
      // First the sliced scan as the content script runs it, cold: its longest slice is what the page feels.
      const slices: number[] = [];
      const steps = scanner.scanSteps(document);
      for (let done = false; !done;) {
        const start = performance.now();
        done = Boolean(steps.next().done);
        slices.push(performance.now() - start);
      }
      const times: number[] = [];
      let findings = 0;
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        findings = scanner.scanPersonalization(document).length;
        times.push(performance.now() - start);
      }
      return { times, slices, findings, elements: document.querySelectorAll('*').length };
    }, SCAN_RUNS);
  } finally {
    await browser.close();
  }
}

interface MainThreadTime {
  /** Wall time of the main thread's tasks (ms). */
  task: number;
  /** CPU time of the main thread (ms). */
  cpu: number;
}

async function mainThreadTime(url: string, extension: boolean, warm: boolean): Promise<MainThreadTime> {
  const browser = await launchBrowser(extension ? { extensionDir: DIST } : {});
  try {
    if (warm) {
      // One page first, as in any browsing session; then let the browser settle.
      const first = await browser.context.newPage();
      await first.goto(`${url}?warm-up=${Date.now()}`, { waitUntil: 'load' });
      await first.waitForTimeout(2000);
      await first.close();
    }
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${url}?run=${Date.now()}`, { waitUntil: 'load' });
    await page.waitForTimeout(3000);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
    return { task: ms('TaskDuration'), cpu: ms('ThreadTime') };
  } finally {
    await browser.close();
  }
}
