#!/usr/bin/env node
/**
 * The researcher CLI (docs/report-format.md): `glass-customer report validate|aggregate <files
 * or dirs>`. Plain ESM on Node's own modules and ajv, so `npx glass-customer` runs straight
 * after `npm ci`, with no build step. `glass-customer crawl` drives Chromium with the built
 * extension and the report builder in src/: it runs scripts/crawl.ts through tsx, one of the
 * dev dependencies `npm ci` installs.
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeTables } from './csv.mjs';
import { ReportAggregator } from './report-aggregate.mjs';
import { readReports } from './report-input.mjs';
import { reportErrors } from './report-schema.mjs';
import { SeenSet } from './seen-set.mjs';

const USAGE = `Usage:
  glass-customer report validate <files or dirs…>
  glass-customer report aggregate <files or dirs…> [--out <dir>]
  glass-customer crawl --sites <file> --out <dir> [--shard i/n] [--journey]

Inputs: report files (.json: one report or an array), NDJSON files (.ndjson, .jsonl: one report
per line), directories (searched for both) and - for NDJSON on stdin.
validate  checks every report against docs/report.schema.json; exits 1 if any is invalid.
aggregate skips invalid reports and copies of the same report, writes CSV tables to --out
          (default ./report-tables) and prints a summary.
crawl     visits each URL of <file> (one per line) in headless Chromium with the built extension
          (npm run build) and a fresh profile, optionally home → product → cart, and writes one
          report per site to <dir>; --shard i/n takes every n-th URL from the i-th.`;

/** Per-record errors printed before the rest are only counted. */
const MAX_ERRORS_SHOWN = 100;

async function main(argv) {
  if (argv[0] === 'crawl') return crawl(argv.slice(1));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, action, ...inputs] = positionals;
  if (values.help) return void console.log(USAGE);
  if (command !== 'report' || !['validate', 'aggregate'].includes(action ?? '') || inputs.length === 0) {
    console.error(USAGE);
    return 2;
  }
  return action === 'validate' ? validate(inputs) : aggregate(inputs, values.out ?? 'report-tables');
}

/** @param {string[]} args */
function crawl(args) {
  let loader;
  try {
    loader = import.meta.resolve('tsx');
  } catch {
    console.error('crawl needs the dev dependencies (tsx, playwright-core): run npm ci in the project.');
    return 2;
  }
  const script = fileURLToPath(new URL('../scripts/crawl.ts', import.meta.url));
  const result = spawnSync(process.execPath, ['--import', loader, script, ...args], { stdio: 'inherit' });
  return result.status ?? 2;
}

/** @param {string[]} inputs */
async function validate(inputs) {
  const errors = errorPrinter();
  let valid = 0;
  for await (const record of readReports(inputs)) {
    const problems = 'error' in record ? [record.error] : reportErrors(record.value);
    if (problems.length === 0) valid++;
    else errors.print(record.source, problems);
  }
  console.log(`${format(valid)} valid, ${format(errors.count)} invalid`);
  return errors.count === 0 ? 0 : 1;
}

/** @param {string[]} inputs @param {string} out */
async function aggregate(inputs, out) {
  const started = performance.now();
  const errors = errorPrinter();
  const seen = new SeenSet();
  const aggregator = new ReportAggregator();
  let read = 0;
  let duplicates = 0;
  for await (const record of readReports(inputs)) {
    read++;
    const problems = 'error' in record ? [record.error] : reportErrors(record.value);
    if (problems.length > 0) errors.print(record.source, problems);
    else if (!seen.add(record.value)) duplicates++;
    else aggregator.add(record.value);
  }
  await mkdir(out, { recursive: true });
  const tables = aggregator.tables();
  await writeTables(out, tables);
  const seconds = (performance.now() - started) / 1000;
  const rows = [
    ['records read', format(read)],
    ['invalid (skipped)', format(errors.count)],
    ['duplicates (skipped)', format(duplicates)],
    ['reports aggregated', format(aggregator.reports)],
    ['periods', summarize(aggregator.periods)],
    ['noise', summarize(aggregator.mechanisms)],
    ['shops named', format(aggregator.shops.size)],
    ['companies', format(aggregator.companies.size)],
    ['time', `${seconds.toFixed(1)} s (${format(Math.round(read / Math.max(seconds, 1e-3)))} records/s)`],
    ['peak memory', `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`],
  ];
  console.log('Glass Customer research reports');
  printColumns(rows);
  console.log(`Tables in ${out}/: ${tables.map(([name]) => name).join(', ')}`);
  const reach = tables.find(([name]) => name === 'company-reach.csv')?.[2] ?? [];
  if (reach.length > 0) {
    console.log('\nCompanies with the widest reach');
    const top = [...reach].sort((a, b) => Number(b[2]) - Number(a[2]) || (a[0] < b[0] ? -1 : 1)).slice(0, 10);
    printColumns([['company', 'sites', 'reports', 'share'], ...top.map((row) => row.map(String))]);
  }
  return aggregator.reports > 0 ? 0 : 1;
}

function errorPrinter() {
  const printer = {
    count: 0,
    /** @param {string} source @param {string[]} problems */
    print(source, problems) {
      printer.count++;
      if (printer.count <= MAX_ERRORS_SHOWN) console.error(`${source}: ${problems.join('; ')}`);
      else if (printer.count === MAX_ERRORS_SHOWN + 1)
        console.error('… further invalid reports are only counted');
    },
  };
  return printer;
}

/** @param {Map<string, number>} map */
function summarize(map) {
  if (map.size === 0) return '—';
  const entries = [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const shown = entries.slice(0, 6).map(([key, count]) => `${key}: ${format(count)}`);
  return entries.length > 6 ? `${shown.join(', ')}, … (${entries.length})` : shown.join(', ');
}

/** @param {string[][]} rows */
function printColumns(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows)
    console.log(`  ${row.map((cell, i) => cell.padEnd(widths[i])).join('  ')}`.trimEnd());
}

/** @param {number} n */
function format(n) {
  return n.toLocaleString('en-US');
}

process.exitCode = await main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  return 2;
});
