/**
 * Benchmark, in real Chromium: the page-personalisation scan on a real product page of about
 * 5,000 elements (../shared/corpus/pages/amazon-7.html), and the page's total main-thread time
 * with and without the extension, from navigation until 3 s after load so the idle-time scan is
 * included, alternating runs in one session, for two versions of the page (PAGE_VERSIONS): as
 * saved, running its own inline scripts, and without any script. Two readings of CDP
 * Performance.getMetrics:
 * - TaskDuration: wall time of the main thread's tasks. On a machine with few cores it also
 *   counts time the thread waited while other processes (the browser, our worker) had the CPU;
 * - ThreadTime: CPU time of the main thread, which is what the page itself spends, our content
 *   scripts included.
 *
 * Three situations are measured, each with a fresh browser per run (SITUATIONS below): a page
 * opened in a new tab of a running browser (the goal's measure), the next page in the same tab,
 * and a cold start.
 *
 * Then a few more loads with the extension, traced, give the CPU time of our own scripts
 * on the page's thread, per script (extension-cpu.ts): a figure that does not drown in the
 * variation of the page's total. In a new tab, the same traced loads also run two variants of
 * the build in turn with it (extension-variants.ts) on both versions of the page: the page scan
 * reduced to reading the page, and no page scan, to show how much of the cost any scan that
 * reads the page would have.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { findChromium, launchBrowser } from '../e2e/harness/chromium';
import { extensionCpuByScript, startTrace, type TraceEvent } from './extension-cpu';
import { classicScript, extensionVariants } from './extension-variants';
import { fmt, printTable, summarize } from './stats';

const PAGE = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'pages', 'amazon-7.html');
const DIST = resolve(import.meta.dirname, '..', '..', 'dist');
const SCAN_RUNS = 40;
const PAGE_RUNS = 9;
/** Warm loads with the extension, traced, to attribute its own scripts' CPU time. */
const TRACED_RUNS = 7;

/**
 * The product page in two versions, each served alone from a local server (links to elsewhere
 * fail fast):
 * - as saved: with its own 228 inline scripts (about 500 kB of the shop's code, which run
 *   without an error); its 30 external scripts are left out, as they cannot be fetched here.
 *   The closer of the two to what a shopper's browser runs;
 * - without scripts: parsing, style and layout only, the least work a page can do, against
 *   which our own work weighs most.
 */
const PAGE_VERSIONS = ['as saved', 'without scripts'] as const;
type PageVersion = (typeof PAGE_VERSIONS)[number];

const SCRIPT_ELEMENT = /<script\b[^>]*>[\s\S]*?<\/script>/gi;

function withoutScripts(html: string): string {
  return html.replace(SCRIPT_ELEMENT, '');
}

function withoutExternalScripts(html: string): string {
  return html.replace(SCRIPT_ELEMENT, (element) => (/^<script\b[^>]*\bsrc=/i.test(element) ? '' : element));
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
  const saved = readFileSync(PAGE, 'utf8');
  const sites = {
    'as saved': await serve(withoutExternalScripts(saved)),
    'without scripts': await serve(withoutScripts(saved)),
  } satisfies Record<PageVersion, unknown>;
  try {
    const scan = await measureScan(
      sites['without scripts'].url,
      // The detectors as one script for the page, built from the sources the content script uses.
      await classicScript(
        resolve(import.meta.dirname, '..', '..', 'src', 'detectors', 'page', 'index.ts'),
        'GlassScan',
      ),
    );
    const samples = Object.fromEntries(
      PAGE_VERSIONS.flatMap((version) =>
        SITUATIONS.map((situation) => [
          `${version}|${situation}`,
          { with: [] as MainThreadTime[], without: [] as MainThreadTime[] },
        ]),
      ),
    ) as Record<string, { with: MainThreadTime[]; without: MainThreadTime[] }>;
    const samplesOf = (version: PageVersion, situation: Situation) => samples[`${version}|${situation}`]!;
    for (let run = 0; run < PAGE_RUNS; run++) {
      // Alternate which goes first, so neither profits from a warmer machine.
      for (const extension of run % 2 === 0 ? [false, true] : [true, false]) {
        for (const version of PAGE_VERSIONS) {
          for (const situation of SITUATIONS) {
            const time = await mainThreadTime(sites[version].url, extension, situation);
            samplesOf(version, situation)[extension ? 'with' : 'without'].push(time);
          }
        }
      }
    }
    const s = summarize(scan.times);
    printTable(
      `Page personalisation scan in Chromium: amazon-7.html without scripts (${scan.elements} elements), ${SCAN_RUNS} scans (ms)`,
      ['measure', 'median', 'p99', 'samples', 'findings'],
      [['scanPersonalization(document)', fmt(s.median), fmt(s.p99), s.n, scan.findings]],
    );
    const sl = summarize(scan.slices);
    console.log(
      `  sliced scan as run at idle time (cold): ${sl.n} slices, median ${fmt(sl.median)} ms, longest ${fmt(Math.max(...scan.slices))} ms (a long task is > 50 ms)`,
    );
    const baseline = (version: PageVersion, situation: Situation) =>
      summarize(samplesOf(version, situation).without.map((t) => t.cpu)).median;
    for (const version of PAGE_VERSIONS) {
      const ratios: string[] = [];
      for (const [metric, title] of [
        ['task', 'Main-thread task time (wall) of the page, load + 3 s (ms)'],
        ['cpu', 'Main-thread CPU time of the page, load + 3 s (ms)'],
      ] as const) {
        const rows: (string | number)[][] = [];
        for (const situation of SITUATIONS) {
          const w = summarize(samplesOf(version, situation).with.map((t) => t[metric]));
          const o = summarize(samplesOf(version, situation).without.map((t) => t[metric]));
          rows.push(
            [`${situation}: with Glass Customer`, fmt(w.median), fmt(w.p99), w.n, fmt(w.median / o.median)],
            [`${situation}: without (baseline)`, fmt(o.median), fmt(o.p99), o.n, '1.00'],
          );
          if (situation === 'new tab')
            ratios.push(`${metric === 'task' ? 'wall' : 'CPU'} ${fmt(w.median / o.median)}`);
        }
        printTable(
          `${title}, the page ${version}`,
          ['measure', 'median', 'p99', 'samples', 'ratio (median)'],
          rows,
        );
      }
      console.log(`  goal (new tab, warm browser): ratio ≤ 1.05; measured ${ratios.join(', ')}`);
      for (const situation of ['new tab', 'same tab'] as const) {
        const runs = await ownCpuRuns(sites[version].url, situation, [DIST]);
        printOwnCpu(`the page ${version}, ${situation}`, runs[0]!, baseline(version, situation));
      }
    }
    const variants = await extensionVariants(DIST);
    try {
      for (const version of PAGE_VERSIONS) {
        const builds = await ownCpuRuns(sites[version].url, 'new tab', [
          DIST,
          variants.readOnly,
          variants.noScan,
        ]);
        printCostFloor(
          `the page ${version}`,
          [
            ['Glass Customer as built', builds[0]!],
            ['page scan only reading the page (read-only-scan.ts)', builds[1]!],
            ['no page scan (MAIN-world hooks, bridge, form watcher)', builds[2]!],
          ],
          baseline(version, 'new tab'),
        );
      }
    } finally {
      variants.remove();
    }
  } finally {
    for (const site of Object.values(sites)) site.close();
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

/**
 * How the measured page is opened, each time in a fresh browser:
 * - new tab: one page was loaded and closed before (the browser and our worker are running),
 *   then the page opens in a new tab, a new renderer process that compiles our scripts afresh;
 * - same tab: the page is the next one in the tab that loaded the first, as when a shopper
 *   clicks from page to page of a shop; the same-site renderer is kept, with our compiled code;
 * - cold: the page is the first thing the new browser loads, racing the worker's own start
 *   (engine and database loading) for the machine's two cores; it happens once per session.
 */
const SITUATIONS = ['new tab', 'same tab', 'cold'] as const;
type Situation = (typeof SITUATIONS)[number];

interface MainThreadTime {
  /** Wall time of the main thread's tasks (ms). */
  task: number;
  /** CPU time of the main thread (ms). */
  cpu: number;
}

async function mainThreadTime(
  url: string,
  extension: boolean,
  situation: Situation,
): Promise<MainThreadTime> {
  const { metrics } = await loadPage(url, extension ? DIST : undefined, situation, false);
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  return { task: ms('TaskDuration'), cpu: ms('ThreadTime') };
}

/**
 * Loads the page in a fresh browser, with the extension built in `extensionDir` or none, as
 * `situation` says; its performance metrics 3 s after load and, when `traced`, its trace.
 */
async function loadPage(
  url: string,
  extensionDir: string | undefined,
  situation: Situation,
  traced: boolean,
): Promise<{ metrics: { name: string; value: number }[]; trace: TraceEvent[] }> {
  const browser = await launchBrowser(extensionDir ? { extensionDir } : {});
  try {
    let page: Page | undefined;
    if (situation !== 'cold') {
      // One page first, as in any browsing session; then let the browser settle.
      const first = await browser.context.newPage();
      await first.goto(`${url}?warm-up=${Date.now()}`, { waitUntil: 'load' });
      await first.waitForTimeout(2000);
      if (situation === 'same tab') page = first;
      else await first.close();
    }
    page ??= await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const endTrace = traced ? await startTrace(cdp) : undefined;
    await page.goto(`${url}?run=${Date.now()}`, { waitUntil: 'load' });
    await page.waitForTimeout(3000);
    const { metrics } = await cdp.send('Performance.getMetrics');
    return { metrics, trace: (await endTrace?.()) ?? [] };
  } finally {
    await browser.close();
  }
}

/**
 * Per build in `extensionDirs`, per traced load, the CPU time of the extension's own scripts
 * (ms, per script). The builds take turns, so none profits from a calmer moment of the machine.
 */
async function ownCpuRuns(
  url: string,
  situation: Situation,
  extensionDirs: readonly string[],
): Promise<Map<string, number>[][]> {
  const runs = extensionDirs.map(() => [] as Map<string, number>[]);
  for (let run = 0; run < TRACED_RUNS; run++) {
    for (const [i, dir] of extensionDirs.entries()) {
      const { trace } = await loadPage(url, dir, situation, true);
      runs[i]!.push(extensionCpuByScript(trace));
    }
  }
  return runs;
}

const totalOf = (run: Map<string, number>) => [...run.values()].reduce((a, b) => a + b, 0);

/**
 * The same traced loads for the build and its two variants (extension-variants.ts): what our
 * scripts cost when the scan matches nothing but still reads the page, and with no scan at all.
 */
function printCostFloor(
  label: string,
  variants: [string, Map<string, number>[]][],
  baselineCpu: number,
): void {
  const rows = variants.map(([name, runs]) => {
    const total = summarize(runs.map(totalOf));
    const scan = summarize(runs.map((run) => run.get('extension/content/top-frame.js') ?? 0));
    return [name, fmt(total.median), fmt(total.p99), fmt(scan.median), fmt(1 + total.median / baselineCpu)];
  });
  printTable(
    `Where the new-tab cost lies, ${label}: our scripts' CPU time, ${TRACED_RUNS} traced loads of each build in turn (ms)`,
    ['build', 'all our scripts', 'p99', 'of it top-frame.js', 'ratio from our scripts'],
    rows,
  );
}

function printOwnCpu(label: string, runs: Map<string, number>[], baselineCpu: number): void {
  const scripts = [...new Set(runs.flatMap((run) => [...run.keys()]))].sort();
  const rows = scripts.map((script) => {
    const s = summarize(runs.map((run) => run.get(script) ?? 0));
    return [script, fmt(s.median), fmt(s.p99)];
  });
  const total = summarize(runs.map(totalOf));
  rows.push(['all of them', fmt(total.median), fmt(total.p99)]);
  printTable(
    `CPU time of the extension's own scripts on the page's main thread, ${label}, ${runs.length} traced loads (ms)`,
    ['script', 'median', 'p99'],
    rows,
  );
  console.log(
    `  ${fmt(total.median)} ms is ${fmt((100 * total.median) / baselineCpu, 1)} % of the page's own CPU time without the extension (${label}: ${fmt(baselineCpu, 1)} ms): ratio ${fmt(1 + total.median / baselineCpu)} from our scripts alone (the isolated worlds' creation and our garbage are not in it)`,
  );
}
