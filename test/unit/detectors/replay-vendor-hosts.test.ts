import { describe, expect, it } from 'vitest';
import { isReplayVendorHost, REPLAY_VENDOR_DOMAINS } from '../../../src/detectors/api/replay-vendor-hosts';
import { realMatcher } from '../helpers';

describe('session-replay vendor hosts', () => {
  it('matches the hosts signals.md §3.4 names, and their subdomains', () => {
    for (const host of [
      'static.hotjar.com',
      'script.hotjar.com',
      'in.hotjar.com',
      'ws.hotjar.io',
      'edge.fullstory.com',
      'rs.fullstory.com',
      'www.clarity.ms',
      'k.clarity.ms',
      'cdn.lr-ingest.io',
      'r.lr-ingest.io',
      'cdn.mouseflow.com',
      't.contentsquare.net',
      'mc.yandex.ru',
      'mc.yandex.com',
    ]) {
      expect(isReplayVendorHost(host), host).toBe(true);
    }
  });

  it('does not match look-alikes, parents of narrow entries, or CDNs', () => {
    for (const host of [
      'nothotjar.com',
      'hotjar.com.evil.example',
      'yandex.ru',
      'cdn.jsdelivr.net',
      'openfpcdn.io',
      '',
    ]) {
      expect(isReplayVendorHost(host), host).toBe(false);
    }
    expect(isReplayVendorHost(undefined as unknown as string)).toBe(false);
  });

  it('lists each domain once, in lowercase', () => {
    expect(new Set(REPLAY_VENDOR_DOMAINS).size).toBe(REPLAY_VENDOR_DOMAINS.length);
    for (const domain of REPLAY_VENDOR_DOMAINS) expect(domain).toBe(domain.toLowerCase());
  });

  it('names hosts the tracker database attributes to organisations', async () => {
    const matcher = await realMatcher();
    const known = ['static.hotjar.com', 'edge.fullstory.com', 'www.clarity.ms', 'cdn.lr-ingest.io'].filter(
      (host) => matcher.matchSite(host),
    );
    expect(known.length).toBeGreaterThanOrEqual(3);
  });
});
