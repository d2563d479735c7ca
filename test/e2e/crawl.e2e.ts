/**
 * The researcher crawl against the fixture shops, end to end: `glass-customer crawl` in two
 * shards over one list (home → product → cart where the shop links them), one schema-valid
 * report per site with origin "crawl" naming the list's sites, and `glass-customer report
 * aggregate` turning the crawl's output into the documented CSV tables.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResearchReport } from '../../src/report';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'cli', 'glass-customer.mjs');
const SITES = [
  'https://www.tracking-shop.example/',
  'https://www.glass-demo-shop.example/',
  'https://www.engine-shop.example/',
];

const run = (...args: string[]) =>
  promisify(execFile)('node', [CLI, ...args], { cwd: ROOT, timeout: 240_000 });

describe('glass-customer crawl over the fixture shops', () => {
  const dir = mkdtempSync(join(tmpdir(), 'glass-crawl-'));
  const out = join(dir, 'reports');
  const tables = join(dir, 'tables');
  const logs: string[] = [];

  beforeAll(async () => {
    writeFileSync(join(dir, 'sites.txt'), `# fixture shops\n${SITES.join('\n')}\n`);
    for (const shard of ['1/2', '2/2']) {
      const { stdout } = await run(
        'crawl',
        '--sites',
        join(dir, 'sites.txt'),
        '--out',
        out,
        '--shard',
        shard,
        '--journey',
        '--fixtures',
      );
      logs.push(stdout);
    }
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('splits the list between shards and writes one valid report per site', () => {
    expect(logs[0]).toContain('2 of 2 sites crawled (shard 1/2 of 3 URLs)');
    expect(logs[0]).toContain(SITES[0]);
    expect(logs[0]).toContain(SITES[2]);
    expect(logs[1]).toContain('1 of 1 sites crawled (shard 2/2 of 3 URLs)');
    expect(readdirSync(out).sort()).toEqual([
      'engine-shop.example.json',
      'glass-demo-shop.example.json',
      'tracking-shop.example.json',
    ]);
    const schema = JSON.parse(readFileSync(join(ROOT, 'docs', 'report.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    for (const file of readdirSync(out)) {
      const report = JSON.parse(readFileSync(join(out, file), 'utf8')) as ResearchReport;
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
      expect(report.origin).toBe('crawl');
      expect(Object.keys(report.shops)).toEqual([file.replace(/\.json$/, '')]);
    }
  });

  it('follows the journey: home, a product page and the cart', () => {
    expect(logs.join('\n')).toMatch(/www\.glass-demo-shop\.example\/: 3 page\(s\)/);
  });

  it('aggregates into the documented CSV tables', async () => {
    const { stdout } = await run('report', 'aggregate', out, '--out', tables);
    expect(stdout).toMatch(/reports aggregated\s+3/);
    expect(readdirSync(tables).sort()).toEqual([
      'company-reach.csv',
      'shop-companies.csv',
      'shop-counts.csv',
      'shop-knowledge.csv',
      'shops.csv',
    ]);
    const rows = (name: string) => readFileSync(join(tables, name), 'utf8').trimEnd().split('\r\n');
    expect(rows('shops.csv')).toEqual([
      'site,reports,gpc_declares_yes,gpc_declares_no,gpc_declares_unknown',
      'engine-shop.example,1,0,0,1',
      'glass-demo-shop.example,1,0,0,1',
      'tracking-shop.example,1,0,0,1',
    ]);
    expect(rows('shop-companies.csv')).toContain('tracking-shop.example,facebook,1,1,1.000000');
    expect(rows('shop-companies.csv')).toContain('glass-demo-shop.example,facebook,1,1,1.000000');
    expect(rows('company-reach.csv').find((row) => row.startsWith('facebook,'))).toMatch(
      /^facebook,[23],[23],/,
    );
    expect(rows('shop-knowledge.csv')).toContain(
      'glass-demo-shop.example,knowledge,browsing,1,1,0,1.000000,',
    );
  });
});
