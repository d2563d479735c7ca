/**
 * The shipped allowlist of public retail sites (public/data/report-allowlist.json): it
 * validates, and every entry is a site as profiles key it — its own eTLD+1 under the Public
 * Suffix List — listed once, in order.
 */
import { describe, expect, it } from 'vitest';
import { siteOfHost } from '../../../src/classify/site';
import { parseAllowlist, withExtraSites } from '../../../src/report';
import { shippedAllowlist, shippedAllowlistJson } from './report-fixtures';

describe('public/data/report-allowlist.json', () => {
  it('validates, with a version, a source and a review date', () => {
    const json = shippedAllowlistJson() as { source: string; reviewed: string; domains: string[] };
    expect(parseAllowlist(json).ok).toBe(true);
    expect(json.source).toMatch(/CC0/);
    expect(json.reviewed).toMatch(/^\d{4}-\d{2}$/);
    expect(json.domains.length).toBeGreaterThan(50);
  });

  it('lists only eTLD+1 sites, each once, sorted', () => {
    const { domains } = shippedAllowlistJson() as { domains: string[] };
    for (const domain of domains) expect(siteOfHost(domain), domain).toBe(domain);
    expect(domains).toEqual([...new Set(domains)].sort());
  });

  it('rejects a list with a URL or a subdomain-shaped entry that is not a site name', () => {
    const base = shippedAllowlistJson() as Record<string, unknown>;
    expect(parseAllowlist({ ...base, domains: ['https://shop.example/'] }).ok).toBe(false);
    expect(parseAllowlist({ ...base, domains: ['Shop.Example'] }).ok).toBe(false);
    expect(parseAllowlist({ ...base, extra: 1 }).ok).toBe(false);
  });

  it('adds a researcher’s own sites while stating the shipped version', () => {
    const extra = parseAllowlist({
      ...(shippedAllowlistJson() as object),
      version: 7,
      domains: ['shop.example'],
    });
    if (!extra.ok) throw new Error(extra.error);
    const merged = withExtraSites(shippedAllowlist(), extra.allowlist);
    expect(merged.sites.has('shop.example')).toBe(true);
    expect(merged.sites.has('amazon.de')).toBe(true);
    expect(merged.version).toBe(shippedAllowlist().version);
  });
});
