/**
 * Benchmark: exporting a year of browsing — exactly 100,000 observations of every kind, 500
 * shops, 200 real tracker-database organisations (year-of-browsing.ts), merged into stored
 * observations and profiles by the store's own pure functions — as the dashboard does it:
 *
 * - JSON: the canonical export in slices of 500 observations (json-writer.ts), the pieces a
 *   Blob is made of; also the slowest single slice, which is the longest the page's main
 *   thread is busy at a time;
 * - CSV: one row per knowledge item of every shop;
 * - import: parsing and validating the JSON file the export made (the background's work);
 *
 * against the baseline measured side by side: plain `JSON.stringify` of the same stored
 * observation records. Median and p99 over the runs. The IndexedDB reads are not part of it
 * (Node has no real IndexedDB); they happen page by page between the slices.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadTrackerMatcher } from '../../src/classify';
import {
  byCodeUnits,
  jsonHead,
  jsonObservations,
  jsonTail,
  knowledgeCsv,
  type ExportInput,
} from '../../src/export';
import { parseImport } from '../../src/import';
import { observationId, type Observation, type Organization } from '../../src/model';
import { buildProfile, mergeObservation, shopSummaryOf } from '../../src/profile';
import { benchDashboardExport } from './export-dashboard';
import { fmt, printTable, summarize } from './stats';
import { organizationCandidates, yearOfBrowsing, type TrackerDbJson } from './year-of-browsing';

const RUNS = 9;
const SLICE = 500;

function trackerFile(name: string): string {
  const require = createRequire(import.meta.url);
  return require.resolve('@ghostery/trackerdb').replace(/dist[/\\]cjs[/\\]index\.js$/, `dist/${name}`);
}

async function storedYear(): Promise<ExportInput> {
  const matcher = await loadTrackerMatcher(new Uint8Array(readFileSync(trackerFile('trackerdb.engine'))));
  const candidates = organizationCandidates(
    JSON.parse(readFileSync(trackerFile('trackerdb.json'), 'utf8')) as TrackerDbJson,
  );
  const observations = new Map<string, Observation>();
  const organizations = new Map<string, Organization>();
  for (const batch of yearOfBrowsing({ matcher, candidates }).batches()) {
    for (const organization of batch.organizations) organizations.set(organization.key, organization);
    for (const delta of batch.deltas) {
      const id = observationId(delta);
      observations.set(id, mergeObservation(observations.get(id), delta));
    }
  }
  const byRetailer = new Map<string, Observation[]>();
  for (const o of observations.values())
    byRetailer.set(o.retailer, [...(byRetailer.get(o.retailer) ?? []), o]);
  const retailers = [...byRetailer].map(([retailer, list]) => buildProfile(retailer, list)!);
  return {
    retailers,
    organizations: [...organizations.values()],
    // In key order, as IndexedDB returns them.
    observations: [...observations.values()].sort((a, b) => byCodeUnits(a.id, b.id)),
    generator: { name: 'Glass Customer', version: '0.1.0', databaseVersion: 5 },
    exportedAt: Date.UTC(2026, 0, 1),
  };
}

/** The dashboard's JSON export: head, slices of SLICE observations, tail; returns the pieces and the slowest slice. */
function exportJson(input: ExportInput): { pieces: string[]; slowestSliceMs: number } {
  const pieces = [jsonHead(input)];
  let slowest = 0;
  for (let start = 0; start < input.observations.length; start += SLICE) {
    const began = performance.now();
    pieces.push(jsonObservations(input.observations.slice(start, start + SLICE), start));
    slowest = Math.max(slowest, performance.now() - began);
  }
  pieces.push(jsonTail(input.observations.length));
  return { pieces, slowestSliceMs: slowest };
}

function timed<T>(work: () => T): [number, T] {
  const began = performance.now();
  const result = work();
  return [performance.now() - began, result];
}

export async function benchExport(): Promise<void> {
  const planned = performance.now();
  const input = await storedYear();
  const planMs = performance.now() - planned;
  const organizations = new Map(input.organizations.map((o) => [o.key, o]));
  const samples = {
    baseline: [] as number[],
    json: [] as number[],
    slice: [] as number[],
    csv: [] as number[],
  };
  const importMs: number[] = [];
  let sizes = { baseline: 0, json: 0, csv: 0 };
  for (let run = 0; run < RUNS; run++) {
    // Alternate the order, so neither side always runs on a warmer heap.
    const baselineFirst = run % 2 === 0;
    const [baselineMs1, plain1] = baselineFirst ? timed(() => JSON.stringify(input.observations)) : [0, ''];
    const [jsonMs, json] = timed(() => exportJson(input));
    const [baselineMs, plain] = baselineFirst
      ? [baselineMs1, plain1]
      : timed(() => JSON.stringify(input.observations));
    const [csvMs, csv] = timed(() => knowledgeCsv(input.retailers.map(shopSummaryOf), organizations));
    samples.baseline.push(baselineMs);
    samples.json.push(jsonMs);
    samples.slice.push(json.slowestSliceMs);
    samples.csv.push(csvMs);
    const text = json.pieces.join('');
    sizes = { baseline: plain.length, json: text.length, csv: csv.length };
    if (run < 3) {
      const [parseMs, parsed] = timed(() => parseImport(text));
      if (!parsed.ok) throw new Error(`the export does not import: ${parsed.code} ${parsed.detail}`);
      importMs.push(parseMs);
    }
  }
  const base = summarize(samples.baseline);
  const row = (name: string, values: number[], size?: number) => {
    const s = summarize(values);
    return [
      name,
      fmt(s.median, 1),
      fmt(s.p99, 1),
      fmt(s.median / base.median),
      size ? fmt(size / 1e6, 1) : '',
      s.n,
    ];
  };
  printTable(
    `Export of ${input.observations.length.toLocaleString('en')} observations, ${input.retailers.length} shops, ${input.organizations.length} organisations (year planned in ${fmt(planMs / 1000, 1)} s)`,
    ['what', 'median ms', 'p99 ms', 'ratio to baseline', 'MB (chars/1e6)', 'runs'],
    [
      row('baseline: JSON.stringify(observations)', samples.baseline, sizes.baseline),
      row('JSON export, in slices of 500', samples.json, sizes.json),
      row('  slowest single slice', samples.slice),
      row('CSV export (knowledge items)', samples.csv, sizes.csv),
      row('import: parse + validate the JSON', importMs),
    ],
  );
  await benchDashboardExport();
}
