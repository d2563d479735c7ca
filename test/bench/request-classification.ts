/**
 * Benchmark: our whole per-request work (site lookup, first/third party, tracker-database
 * match, recording decision, and for third-party requests the commerce-event decoding and the
 * identifier scan against a realistic watchlist) against trackerdb's bare `matchUrl` on the
 * same real request URLs, interleaved in one run. Also the engine's load time at worker start.
 *
 * Input: ../shared/corpus/requests/matching-test-requests.json (8,276 real request URLs from
 * brave/adblock-rust, MPL-2.0). Rows whose page is only a scheme placeholder are given one
 * shop page, the same for both sides.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import loadTrackerDB from '@ghostery/trackerdb';
import {
  classifyRequest,
  loadTrackerMatcher,
  pageContextOf,
  requestFindings,
  siteOfUrl,
  type IdentifierPools,
  type PageContext,
} from '../../src/classify';
import { buildIdentifierPool, EMPTY_POOL } from '../../src/identifiers';
import type { WatchlistEntry } from '../../src/model';
import { trackerEngineBytes } from '../unit/helpers';
import { fmt, printTable, summarize } from './stats';

export const CORPUS_PATH = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'corpus',
  'requests',
  'matching-test-requests.json',
);
const PLACEHOLDER_PAGE = 'https://www.example-shop.com/';
const ROUNDS = 5;
const ENGINE_LOADS = 15;

interface CorpusRow {
  url: string;
  sourceUrl: string;
  type: string;
}

/** A watchlist like a shopper's after one checkout (about 300 pool strings; lookups are case-insensitive, so upper-case hex needs no entry of its own). */
const WATCHLIST: WatchlistEntry[] = (
  [
    ['email', 'theo.beispiel@example.com'],
    ['phone', '+49 621 1234567'],
    ['name', 'Theo Beispiel'],
    ['street', 'Planken 1'],
    ['postcode', '68159'],
    ['city', 'Mannheim'],
  ] as const
).map(([kind, value]) => ({ kind, value, source: { type: 'user' }, addedAt: 0 }));

/** adblock-rust's type names → the webRequest names the extension sees. */
const WEB_REQUEST_TYPE: Record<string, string> = {
  xhr: 'xmlhttprequest',
  fetch: 'xmlhttprequest',
  subdocument: 'sub_frame',
};

export async function benchRequestClassification(): Promise<void> {
  if (!existsSync(CORPUS_PATH)) {
    console.log(`Skipped request classification: corpus not found at ${CORPUS_PATH}`);
    return;
  }
  const rows = (JSON.parse(readFileSync(CORPUS_PATH, 'utf8')) as CorpusRow[]).map((row) => {
    const page: PageContext = pageContextOf(row.sourceUrl) ?? pageContextOf(PLACEHOLDER_PAGE)!;
    return {
      url: row.url,
      type: WEB_REQUEST_TYPE[row.type] ?? row.type,
      page,
      thirdParty: siteOfUrl(row.url) !== page.site,
    };
  });
  const bytes = trackerEngineBytes();

  // Engine load at worker start: ours (trackerdb load + our wrapper) and the bare load.
  const ourLoads: number[] = [];
  const bareLoads: number[] = [];
  for (let i = 0; i < ENGINE_LOADS; i++) {
    let start = performance.now();
    await loadTrackerMatcher(bytes);
    ourLoads.push(performance.now() - start);
    start = performance.now();
    await loadTrackerDB(bytes);
    bareLoads.push(performance.now() - start);
  }

  const poolStart = performance.now();
  const pools: IdentifierPools = { watchlist: buildIdentifierPool(WATCHLIST), typedNotSubmitted: EMPTY_POOL };
  const poolBuildMs = performance.now() - poolStart;
  const matcher = await loadTrackerMatcher(bytes);
  const bare = await loadTrackerDB(bytes);
  const ours: number[] = [];
  const baseline: number[] = [];
  const oursThirdParty: number[] = [];
  const baselineThirdParty: number[] = [];
  let recorded = 0;
  let matchedBareThirdParty = 0;
  const at = Date.now();
  // Round 0 warms up both sides (JIT, caches) and is not measured.
  for (let round = 0; round <= ROUNDS; round++) {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      // Alternate which side goes first so neither profits from the other's cache warming.
      const oursFirst = (i + round) % 2 === 0;
      for (const side of oursFirst ? ['ours', 'bare'] : ['bare', 'ours']) {
        const start = process.hrtime.bigint();
        if (side === 'ours') {
          const delta = classifyRequest({ url: row.url, type: row.type, at }, row.page, matcher);
          if (delta?.party === 'third')
            requestFindings({ url: row.url, method: 'GET', type: row.type }, delta, pools);
          const elapsed = Number(process.hrtime.bigint() - start) / 1000;
          if (round > 0) (row.thirdParty ? oursThirdParty : ours).push(elapsed);
          if (round === 1 && delta?.tracker) recorded++;
        } else {
          const matches = bare.matchUrl({
            url: row.url,
            type: row.type as 'script',
            sourceUrl: row.page.url,
          });
          const elapsed = Number(process.hrtime.bigint() - start) / 1000;
          if (round > 0) (row.thirdParty ? baselineThirdParty : baseline).push(elapsed);
          if (
            round === 1 &&
            row.thirdParty &&
            (matches as { organization: object | null }[]).some((m) => m.organization)
          )
            matchedBareThirdParty++;
        }
      }
    }
  }

  const o = summarize([...ours, ...oursThirdParty]);
  const b = summarize([...baseline, ...baselineThirdParty]);
  const o3 = summarize(oursThirdParty);
  const b3 = summarize(baselineThirdParty);
  const firstPartyRows = rows.filter((row) => !row.thirdParty).length;
  const ol = summarize(ourLoads);
  const bl = summarize(bareLoads);
  printTable(
    `Request classification over ${rows.length} real request URLs × ${ROUNDS} rounds (µs per request)`,
    ['measure', 'median', 'p99', 'samples', 'ratio to bare matchUrl (median / p99)'],
    [
      [
        'Glass Customer: party + trackerdb + decision + events + identifier scan',
        fmt(o.median),
        fmt(o.p99),
        o.n,
        `${fmt(o.median / b.median)} / ${fmt(o.p99 / b.p99)}`,
      ],
      ['baseline: trackerdb matchUrl', fmt(b.median), fmt(b.p99), b.n, '1.00 / 1.00'],
      [
        'Glass Customer, third-party requests only',
        fmt(o3.median),
        fmt(o3.p99),
        o3.n,
        `${fmt(o3.median / b3.median)} / ${fmt(o3.p99 / b3.p99)}`,
      ],
      ['baseline, third-party requests only', fmt(b3.median), fmt(b3.p99), b3.n, '1.00 / 1.00'],
    ],
  );
  console.log(
    `  ${firstPartyRows} rows are first-party (we record nothing for them and skip the match).` +
      ` Third-party rows attributed to an organisation: ours ${recorded}, bare matchUrl ${matchedBareThirdParty}.`,
  );
  printTable(
    'Tracker engine load at service-worker start (ms)',
    ['measure', 'median', 'p99', 'samples', 'ratio'],
    [
      ['Glass Customer: loadTrackerMatcher', fmt(ol.median), fmt(ol.p99), ol.n, fmt(ol.median / bl.median)],
      ['baseline: loadTrackerDB', fmt(bl.median), fmt(bl.p99), bl.n, '1.00'],
    ],
  );
  console.log(
    `  identifier pool: ${pools.watchlist.size} strings from ${WATCHLIST.length} watchlist values, built in ${fmt(poolBuildMs)} ms`,
  );
  const met = o.median / b.median <= 2 && o3.median / b3.median <= 2 && o.median <= 20;
  console.log(
    `  goal: ours (with the identifier scan) ≤ 2× bare matchUrl and median ≤ 20 µs → ${met ? 'met' : 'NOT met'}`,
  );
}
