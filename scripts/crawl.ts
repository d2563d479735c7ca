/**
 * `npx glass-customer crawl --sites <file> --out <dir> [--shard i/n] [--journey] [--fixtures]`:
 * the researcher crawl (docs/report-format.md). Each URL of the list is visited in headless
 * Chromium with the built extension and a fresh profile (optionally home → product → cart), and
 * one research report per site is written to <dir>/<site>.json, with origin "crawl". The list's
 * own sites are named besides the shipped allowlist; any other site a visit reached is counted.
 * A shard i/n takes every n-th URL starting at the i-th, so n machines split one list.
 * Run through tsx by cli/glass-customer.mjs: it needs the dev dependencies, Chromium and dist/.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { siteOfUrl } from '../src/classify/site';
import { buildResearchReport, cryptoRandom, parseAllowlist, withExtraSites } from '../src/report';
import { DEFAULT_SETTINGS } from '../src/settings';
import { visitSite } from './crawl-site';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');

/** The list's URLs: one per line, `#` comments and blank lines ignored, bare hosts as https. */
function crawlUrls(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line.length > 0)
    .map((line) => (/^https?:\/\//i.test(line) ? line : `https://${line}/`));
}

/** Shard "i/n" (1 ≤ i ≤ n): the URLs at positions i−1, i−1+n, i−1+2n … */
function shardOf<T>(items: readonly T[], shard: string): T[] {
  const match = /^(\d+)\/(\d+)$/.exec(shard);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!(count >= 1 && index >= 1 && index <= count))
    throw new Error(`--shard must be i/n with 1 ≤ i ≤ n, not ${shard}`);
  return items.filter((_, position) => position % count === index - 1);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sites: { type: 'string' },
      out: { type: 'string' },
      shard: { type: 'string', default: '1/1' },
      journey: { type: 'boolean', default: false },
      fixtures: { type: 'boolean', default: false },
    },
  });
  if (!values.sites || !values.out) {
    console.error(
      'Usage: glass-customer crawl --sites <file> --out <dir> [--shard i/n] [--journey] [--fixtures]',
    );
    return 2;
  }
  const all = crawlUrls(await readFile(values.sites, 'utf8'));
  const urls = shardOf(all, values.shard);
  const listSites = new Set(all.map(siteOfUrl).filter((site): site is string => site !== undefined));
  const shipped = parseAllowlist(
    JSON.parse(await readFile(join(ROOT, 'public', 'data', 'report-allowlist.json'), 'utf8')),
  );
  if (!shipped.ok) throw new Error(shipped.error);
  const allowlist = withExtraSites(shipped.allowlist, {
    version: shipped.allowlist.version,
    sites: listSites,
  });
  const manifest = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8')) as { version: string };
  await mkdir(values.out, { recursive: true });

  let failed = 0;
  for (const url of urls) {
    const site = siteOfUrl(url);
    try {
      const visit = await visitSite(url, {
        extensionDir: DIST,
        journey: values.journey,
        fixtures: values.fixtures,
      });
      const report = buildResearchReport({
        // The warm-up page of the readiness gate is no site of the crawl.
        profiles: visit.profiles.filter((profile) => profile.retailer !== '127.0.0.1'),
        organizationKeys: new Set(visit.organizationKeys),
        allowlist,
        settings: { ...DEFAULT_SETTINGS },
        gpcChecks: {},
        now: Date.now(),
        origin: 'crawl',
        extensionVersion: manifest.version,
        epsilon: undefined,
        random: cryptoRandom,
      });
      await writeFile(join(values.out, `${site}.json`), `${JSON.stringify(report, null, 2)}\n`);
      console.log(
        `${url}: ${visit.pages.length} page(s), ${report.shops[site ?? '']?.companies.length ?? 0} companies`,
      );
    } catch (error) {
      failed++;
      console.error(`${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(
    `${urls.length - failed} of ${urls.length} sites crawled (shard ${values.shard} of ${all.length} URLs) → ${values.out}/`,
  );
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  return 2;
});
