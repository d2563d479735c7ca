/**
 * The researcher CLI, spawned as a user runs it: validate and aggregate over a directory of
 * good, broken and duplicate reports (per-file errors, bad files skipped and counted, copies
 * dropped, the CSV tables), and the de-biasing of randomised answers checked statistically on
 * reports built by the extension's own builder with a seeded generator.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildResearchReport, EPSILON_LN3, type ResearchReport } from '../../../src/report';
import { random } from '../../bench/seeded-random';
import { company, greetingSeen, profileOf, reportInput, ROOT } from './report-fixtures';

const CLI = join(ROOT, 'cli', 'glass-customer.mjs');
// Each test spawns Node (and the statistical ones build thousands of reports): slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'glass-report-'));
  dirs.push(dir);
  return dir;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [CLI, ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function csv(dir: string, name: string): string[][] {
  return readFileSync(join(dir, name), 'utf8')
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
}

function report(sites: string[], companies: string[], seed: number): ResearchReport {
  const profiles = sites.map((site) =>
    profileOf(site, { companies: Object.fromEntries(companies.map((key) => [key, company(key)])) }),
  );
  return buildResearchReport(reportInput({ profiles, random: random(seed).next }));
}

describe('glass-customer report validate|aggregate', () => {
  const dir = tempDir();
  const out = join(dir, 'tables');
  const a = report(['amazon.de', 'otto.de'], ['facebook', 'google'], 1);
  const b = report(['amazon.de'], ['google'], 2);
  const c = report(['otto.de', 'nowhere.example'], ['criteo'], 3);
  const d = report(['amazon.de'], ['facebook'], 4);
  writeFileSync(join(dir, 'a.json'), JSON.stringify(a, null, 2));
  writeFileSync(join(dir, 'b-and-c.ndjson'), `${JSON.stringify(b)}\n\n${JSON.stringify(c)}\n{not json\n`);
  writeFileSync(join(dir, 'd-array.json'), JSON.stringify([d]));
  // The same report as a.json, written compactly and with its keys in another order.
  const { shops, ...rest } = a;
  writeFileSync(join(dir, 'copy-of-a.json'), JSON.stringify({ shops, ...rest }));
  writeFileSync(join(dir, 'leaky.json'), JSON.stringify({ ...b, url: 'https://amazon.de/cart?email=x' }));
  writeFileSync(join(dir, 'broken.json'), '{"schema": ');
  writeFileSync(join(dir, 'notes.txt'), 'not a report');

  it('validate names every bad file and exits 1', async () => {
    const result = await run('report', 'validate', dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('5 valid, 3 invalid');
    expect(result.stderr).toMatch(/b-and-c\.ndjson:4: .*JSON/);
    expect(result.stderr).toMatch(/leaky\.json: \(report\): must NOT have additional properties \(url\)/);
    expect(result.stderr).toMatch(/broken\.json: .*JSON/);
    expect(result.stderr).not.toContain('notes.txt');
    expect((await run('report', 'validate', join(dir, 'a.json'))).code).toBe(0);
  });

  it('aggregate skips bad files and copies, writes the tables and prints a summary', async () => {
    const result = await run('report', 'aggregate', dir, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/records read\s+8/);
    expect(result.stdout).toMatch(/invalid \(skipped\)\s+3/);
    expect(result.stdout).toMatch(/duplicates \(skipped\)\s+1/);
    expect(result.stdout).toMatch(/reports aggregated\s+4/);
    expect(result.stdout).toMatch(/peak memory\s+\d+ MB/);
    expect(result.stdout).toMatch(/google\s+2\s+2\s+0\.500000/);

    expect(csv(out, 'shops.csv')).toEqual([
      ['site', 'reports', 'gpc_declares_yes', 'gpc_declares_no', 'gpc_declares_unknown'],
      ['amazon.de', '3', '0', '0', '3'],
      ['otto.de', '2', '0', '0', '2'],
    ]);
    expect(csv(out, 'shop-companies.csv')).toEqual([
      ['site', 'company', 'shop_reports', 'reports_with_company', 'prevalence'],
      ['amazon.de', 'facebook', '3', '2', '0.666667'],
      ['amazon.de', 'google', '3', '2', '0.666667'],
      ['otto.de', 'criteo', '2', '1', '0.500000'],
      ['otto.de', 'facebook', '2', '1', '0.500000'],
      ['otto.de', 'google', '2', '1', '0.500000'],
    ]);
    expect(csv(out, 'company-reach.csv')).toEqual([
      ['company', 'sites', 'reports_with_company', 'share_of_reports'],
      ['criteo', '1', '1', '0.250000'],
      ['facebook', '2', '2', '0.500000'],
      ['google', '2', '2', '0.500000'],
    ]);
    const knowledge = csv(out, 'shop-knowledge.csv');
    expect(knowledge[0]).toEqual([
      'site',
      'group',
      'signal',
      'shop_reports',
      'answered_yes',
      'randomized_reports',
      'estimate',
      'std_error',
    ]);
    expect(knowledge).toContainEqual(['amazon.de', 'gpc', 'sent', '3', '3', '0', '1.000000', '0.000000']);
    expect(knowledge).toContainEqual([
      'amazon.de',
      'knowledge',
      'identity',
      '3',
      '0',
      '0',
      '0.000000',
      '0.000000',
    ]);
    expect(csv(out, 'shop-counts.csv')).toContainEqual(['amazon.de', 'companies', '1', '2']);
  });

  it('reads NDJSON from stdin and refuses to run without inputs', async () => {
    expect((await run('report', 'aggregate')).code).toBe(2);
    const { execFileSync } = await import('node:child_process');
    const stdout = execFileSync('node', [CLI, 'report', 'aggregate', '-', '--out', join(dir, 'stdin')], {
      input: `${JSON.stringify(b)}\n${JSON.stringify(b)}\n`,
      encoding: 'utf8',
    });
    expect(stdout).toMatch(/duplicates \(skipped\)\s+1/);
  });
});

describe('de-biasing randomised answers', () => {
  /** n reports of one shop where a known share of users' shops greeted them by name. */
  function ndjson(n: number, share: number, epsilons: (number | undefined)[], seed: number): string {
    const rng = random(seed);
    const greeted = profileOf('amazon.de', { personalization: { greeting: greetingSeen(1, 0) } });
    const lines: string[] = [];
    for (let i = 0; i < n; i++) {
      const profile = rng.chance(share) ? greeted : profileOf('amazon.de');
      const epsilon = epsilons[i % epsilons.length];
      lines.push(
        JSON.stringify(buildResearchReport(reportInput({ profiles: [profile], epsilon, random: rng.next }))),
      );
    }
    return lines.join('\n');
  }

  async function estimate(lines: string): Promise<{ estimate: number; error: number; yesRate: number }> {
    const dir = tempDir();
    writeFileSync(join(dir, 'reports.ndjson'), lines);
    expect((await run('report', 'aggregate', dir, '--out', join(dir, 'out'))).code).toBe(0);
    const row = csv(join(dir, 'out'), 'shop-knowledge.csv').find(
      (r) => r[1] === 'personalization' && r[2] === 'greeting',
    )!;
    return { estimate: Number(row[6]), error: Number(row[7]), yesRate: Number(row[4]) / Number(row[3]) };
  }

  it('recovers a known proportion at ε = ln 3 where the raw yes-rate is biased', async () => {
    const result = await estimate(ndjson(4000, 0.3, [EPSILON_LN3], 42));
    // p = 0.75: the raw rate is about 0.25 + 0.5 · 0.3 = 0.4; the standard error about 0.016.
    expect(result.yesRate).toBeGreaterThan(0.36);
    expect(Math.abs(result.estimate - 0.3)).toBeLessThan(0.06);
    expect(result.error).toBeGreaterThan(0.01);
    expect(result.error).toBeLessThan(0.025);
  });

  it('recovers it from reports that state different ε, and from plain ones', async () => {
    const mixed = await estimate(ndjson(4000, 0.1, [EPSILON_LN3, 1, 2, undefined], 7));
    expect(Math.abs(mixed.estimate - 0.1)).toBeLessThan(0.05);
    const plain = await estimate(ndjson(500, 0.5, [undefined], 9));
    expect(plain.estimate).toBeCloseTo(plain.yesRate, 6);
  });
});
