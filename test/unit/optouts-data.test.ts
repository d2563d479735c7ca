/**
 * The shipped opt-out data file: it validates, every company key is an organisation of the
 * shipped tracker database that the engine really attributes requests to, and it holds only
 * the pages our source list verifies.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOptOutData, type OptOutData } from '../../src/optouts';
import { realMatcher } from './helpers';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

function shippedJson(): unknown {
  return JSON.parse(readFileSync(join(root, 'public', 'data', 'opt-outs.json'), 'utf8'));
}

function shipped(): OptOutData {
  const result = parseOptOutData(shippedJson());
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

interface TrackerDbJson {
  organizations: Record<string, { name: string }>;
  patterns: Record<string, { organization: string | null; domains?: string[] }>;
}

const trackerDb = (): TrackerDbJson =>
  JSON.parse(
    readFileSync(
      require.resolve('@ghostery/trackerdb').replace(/dist[/\\]cjs[/\\]index\.js$/, 'dist/trackerdb.json'),
      'utf8',
    ),
  ) as TrackerDbJson;

describe('public/data/opt-outs.json', () => {
  it('validates, with its review date and schema version', () => {
    const result = parseOptOutData(shippedJson());
    expect(result).toMatchObject({ ok: true });
    const data = shipped();
    expect(data.reviewed).toBe('2026-11-25');
    expect(data.schemaVersion).toBe(1);
    expect(Object.keys(data.companies).length).toBeGreaterThanOrEqual(9);
    expect(data.industry.map((page) => page.id)).toEqual(['nai', 'daa', 'daac', 'edaa', 'ddow', 'au']);
  });

  it('keys every company by a real tracker-database organisation', () => {
    const db = trackerDb();
    const missing = Object.keys(shipped().companies).filter((key) => !Object.hasOwn(db.organizations, key));
    expect(missing).toEqual([]);
  });

  it('names organisations the engine attributes requests to (not a stale duplicate key)', async () => {
    const db = trackerDb();
    const matcher = await realMatcher();
    for (const key of Object.keys(shipped().companies)) {
      const domains = Object.values(db.patterns)
        .filter((pattern) => pattern.organization === key)
        .flatMap((pattern) => pattern.domains ?? []);
      expect(domains.length, key).toBeGreaterThan(0);
      const attributed = domains.some((domain) => matcher.matchSite(domain)?.orgKey === key);
      expect(attributed, key).toBe(true);
      expect(matcher.organization(key)?.key, key).toBe(key);
    }
  });

  it('uses https everywhere and ships none of the pages signals.md marks unverified', () => {
    const text = readFileSync(join(root, 'public', 'data', 'opt-outs.json'), 'utf8');
    const urls = [...text.matchAll(/"url": "([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    const unverifiedHosts =
      /facebook|meta\.com|microsoft|bing|pinterest|tiktok|yahoo|acxiom\.com|outbrain|unifiedid|uidapi|euid/i;
    expect(urls.filter((url) => unverifiedHosts.test(new URL(url).hostname))).toEqual([]);
    // The German EDAA page's path is unverified: only the pan-European entry page is listed.
    expect(urls.filter((url) => url.includes('youronlinechoices') && /\/de\b/.test(url))).toEqual([]);
  });

  it('labels every industry page with a region and the per-browser cookie caveat', () => {
    for (const page of shipped().industry) {
      expect(page.region, page.id).toMatch(/^[A-Z]{2}$/);
      expect(page.caveats, page.id).toContain('per-browser-cookie');
    }
  });
});
