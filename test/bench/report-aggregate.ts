/**
 * Benchmark: the researcher CLI aggregating 1,000,000 research reports streamed through its
 * stdin as NDJSON (`glass-customer report aggregate -`), against a baseline that only reads the
 * same stream line by line and JSON.parses each line, in the same run. Reports per second and
 * peak resident memory (the child's own maxRSS), at 100,000 and 1,000,000 reports to show that
 * memory stays bounded: only the deduplication table grows, by 16 bytes per distinct report.
 *
 * Input: 2,000 realistic reports made by the extension's own builder (profiles of 1–14 shops,
 * at most 10 named; companies drawn from 56 common organisation keys, popular ones more often; a
 * third with randomised response),
 * written out again and again with a fresh nonce each, so every one of the million is distinct
 * and none is held in memory: the stream is generated as the child reads it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { RetailerProfile } from '../../src/model';
import { buildResearchReport, EPSILON_CHOICES, FLAG_GROUPS } from '../../src/report';
import { company, profileOf, reportInput, shippedAllowlist } from '../unit/report/report-fixtures';
import { random, type Random } from './seeded-random';
import { fmt, printTable } from './stats';

const CLI = join(import.meta.dirname, '..', '..', 'cli', 'glass-customer.mjs');
const TEMPLATES = 2_000;
const ORGS = [
  ...['google', 'facebook', 'microsoft', 'amazon', 'criteo', 'tiktok', 'pinterest', 'snap', 'hotjar'],
  ...['adobe', 'oracle', 'salesforce', 'taboola', 'outbrain', 'the_trade_desk', 'liveramp', 'quantcast'],
  ...['yandex', 'baidu', 'alibaba', 'tencent', 'twitter', 'linkedin', 'bing', 'awin', 'rakuten'],
  ...['dynamic_yield', 'optimizely', 'bloomreach', 'klaviyo', 'segment', 'mixpanel', 'new_relic', 'akamai'],
  ...[
    'trustpilot',
    'zendesk',
    'intercom',
    'onetrust',
    'cookiebot',
    'usercentrics',
    'mouseflow',
    'contentsquare',
  ],
  ...['fullstory', 'quantum_metric', 'emarsys', 'tealium', 'ensighten', 'sizmek', 'xandr', 'pubmatic'],
  ...['rubicon_project', 'index_exchange', 'openx', 'teads', 'smartadserver', 'adform', 'sovrn', 'medianet'],
];

function templateProfiles(rng: Random, sites: string[]): RetailerProfile[] {
  const count = rng.int(1, 14);
  return rng
    .sample(
      sites,
      sites.map(() => 1),
      count,
    )
    .map((site) => {
      const personalization = Object.fromEntries(
        FLAG_GROUPS.personalization
          .filter(() => rng.chance(0.2))
          .map((signal) => [
            signal,
            {
              signal,
              category: 'identity',
              evidence: '',
              where: '',
              confidence: 'high',
              pages: 1,
              firstSeen: 0,
              lastSeen: 0,
            },
          ]),
      );
      const companies = rng.sample(
        ORGS,
        ORGS.map((_, i) => 1 / (i + 1)),
        rng.int(0, 12),
      );
      return profileOf(site, {
        pageViews: rng.int(1, 40),
        companies: Object.fromEntries(companies.map((key) => [key, company(key)])),
        personalization,
      });
    });
}

/** NDJSON lines of the templates, each with a placeholder where the nonce goes. */
function templates(): string[] {
  const rng = random(2026);
  const sites = [...shippedAllowlist().sites, 'small-shop.example', 'another-shop.example'];
  const organizationKeys = new Set(ORGS);
  return Array.from({ length: TEMPLATES }, (_, i) => {
    const epsilon = i % 3 === 0 ? EPSILON_CHOICES[i % EPSILON_CHOICES.length] : undefined;
    const report = buildResearchReport(
      reportInput({ profiles: templateProfiles(rng, sites), organizationKeys, epsilon, random: rng.next }),
    );
    return JSON.stringify({ ...report, nonce: 'NONCE' });
  });
}

/** The stream of n reports, generated as it is read; each nonce is a distinct valid UUID v4. */
function reportStream(lines: readonly string[], n: number): Readable {
  return Readable.from(
    (function* () {
      const chunk: string[] = [];
      for (let i = 0; i < n; i++) {
        const hex = i.toString(16).padStart(12, '0');
        chunk.push(lines[i % lines.length]!.replace('NONCE', `00000000-0000-4000-8000-${hex}`));
        if (chunk.length === 500) yield chunk.splice(0).join('\n') + '\n';
      }
      if (chunk.length) yield chunk.join('\n') + '\n';
    })(),
  );
}

const BASELINE = `
import { createInterface } from 'node:readline';
let n = 0;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) if (line) { JSON.parse(line); n++; }
console.log('records read ' + n);
console.log('peak memory ' + Math.round(process.resourceUsage().maxRSS / 1024) + ' MB');
`;

interface Measure {
  seconds: number;
  peakMb: number;
  records: number;
}

function measure(args: string[], lines: readonly string[], n: number): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('node', args, { stdio: ['pipe', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
    reportStream(lines, n).pipe(child.stdin);
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const records = Number(/records read\s+([\d,]+)/.exec(stdout)?.[1]?.replace(/,/g, ''));
      const peakMb = Number(/peak memory\s+(\d+) MB/.exec(stdout)?.[1]);
      if (code !== 0 || records !== n) reject(new Error(`child exited ${code}, read ${records}:\n${stdout}`));
      else resolve({ seconds, peakMb, records });
    });
  });
}

export async function benchReportAggregate(): Promise<void> {
  const lines = templates();
  const averageBytes = lines.reduce((sum, line) => sum + line.length, 0) / lines.length;
  const out = mkdtempSync(join(tmpdir(), 'glass-bench-report-'));
  const rows: (string | number)[][] = [];
  try {
    for (const n of [100_000, 1_000_000]) {
      const baseline = await measure(['--input-type=module', '-e', BASELINE], lines, n);
      const aggregate = await measure([CLI, 'report', 'aggregate', '-', '--out', out], lines, n);
      for (const [name, m] of [
        ['read + JSON.parse (baseline)', baseline],
        ['report aggregate', aggregate],
      ] as const) {
        rows.push([
          n.toLocaleString('en-US'),
          name,
          fmt(m.seconds, 1),
          Math.round(m.records / m.seconds).toLocaleString('en-US'),
          m.peakMb,
          m === baseline ? '1.00' : fmt(aggregate.seconds / baseline.seconds),
        ]);
      }
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  printTable(
    `Research report aggregation (NDJSON on stdin, ${Math.round(averageBytes)} bytes per report on average)`,
    ['reports', 'run', 'seconds', 'reports/s', 'peak RSS MB', 'time vs baseline'],
    rows,
  );
}
