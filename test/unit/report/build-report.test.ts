/**
 * The research report builder: allowlisted shops only (the others counted), what each entry
 * says, GPC's "unknown" when the site was not checked, the cap on named shops, randomised
 * response, and the report's own schema check.
 */
import { describe, expect, it } from 'vitest';
import {
  buildResearchReport,
  EPSILON_LN3,
  checkResearchReport,
  isoWeek,
  MAX_SHOPS_PER_REPORT,
  type ResearchReport,
} from '../../../src/report';
import { random } from '../../bench/seeded-random';
import { CANVAS_BY_THIRD_PARTY, company, greetingSeen, profileOf, reportInput, T0 } from './report-fixtures';

const DAY = 86_400_000;

function amazon() {
  return profileOf('amazon.de', {
    pageViews: 7,
    companies: {
      facebook: company('facebook', {
        received: {
          identifiers: { email: ['sha256'] },
          beforeSubmit: 0,
          events: { 'meta:Purchase': 1, 'meta:PageView': 3 },
          persistentIdentifiers: ['fr'],
        },
      }),
      google: company('google'),
      'not-a-known-org': company('not-a-known-org'),
    },
    unknownThirdParties: {
      'rare-cdn.example': {
        domain: 'rare-cdn.example',
        requests: 2,
        received: { identifiers: {}, beforeSubmit: 0, events: { 'x:y': 1 }, persistentIdentifiers: [] },
        observations: 1,
        firstSeen: T0,
        lastSeen: T0,
      },
    },
    identifiersGiven: { 'name:ab12': { kind: 'name', masked: 'T••• B.', firstSeen: T0, lastSeen: T0 } },
    apiSignals: CANVAS_BY_THIRD_PARTY,
    personalization: { greeting: greetingSeen(3) },
  });
}

describe('buildResearchReport', () => {
  it('names allowlisted shops with their companies, categories, page APIs, signals and buckets', () => {
    const report = buildResearchReport(
      reportInput({ profiles: [amazon(), profileOf('tiny-local-shop.de'), profileOf('another.example')] }),
    );
    expect(Object.keys(report.shops)).toEqual(['amazon.de']);
    expect(report.unnamed_shops).toBe('2-4');
    expect(report.period).toBe('2026-W49');
    expect(report.ldp).toEqual({ mechanism: 'none' });
    const shop = report.shops['amazon.de']!;
    expect(shop.companies).toEqual(['facebook', 'google']);
    expect(shop.counts).toEqual({
      page_views: '5-9',
      companies: '2-4',
      unknown_third_parties: '1',
      events_sent: '5-9',
    });
    expect(shop.knowledge).toMatchObject({ identity: true, contact: true, purchases: true, device: true });
    expect(shop.knowledge.financial).toBe(false);
    expect(shop.page_apis['canvas-fingerprint']).toBe(true);
    expect(shop.page_apis['session-recording']).toBe(false);
    expect(shop.personalization.greeting).toBe(true);
    expect(shop.personalization['buy-again']).toBe(false);
  });

  it('says GPC support is unknown unless a check of the last week answered', () => {
    const build = (gpcChecks: unknown, now = T0) =>
      buildResearchReport(reportInput({ profiles: [amazon()], gpcChecks, now })).shops['amazon.de']!.gpc;
    expect(build({})).toEqual({ sent: true, site_declares: 'unknown' });
    const declared = { 'amazon.de': { checkedAt: T0 - DAY, declaration: { status: 'declared' } } };
    expect(build(declared).site_declares).toBe('yes');
    expect(build(declared, T0 + 8 * DAY).site_declares).toBe('unknown');
    const notDeclared = { 'amazon.de': { checkedAt: T0, declaration: { status: 'not-declared' } } };
    expect(build(notDeclared).site_declares).toBe('no');
    const failed = { 'amazon.de': { checkedAt: T0, declaration: { status: 'unavailable' } } };
    expect(build(failed).site_declares).toBe('unknown');
    expect(build({ 'amazon.de': 'garbage' }).site_declares).toBe('unknown');
  });

  it('reports GPC as not sent where the user turned it off or excepted the shop', () => {
    const sent = (settings: Partial<ReturnType<typeof reportInput>['settings']>) =>
      buildResearchReport(
        reportInput({ profiles: [amazon()], settings: { ...reportInput().settings, ...settings } }),
      ).shops['amazon.de']!.gpc.sent;
    expect(sent({ gpc: false })).toBe(false);
    expect(sent({ gpcExceptions: ['amazon.de'] })).toBe(false);
  });

  it('names at most ten shops, chosen at random, and counts the rest', () => {
    const sites = ['amazon.com', 'amazon.de', 'ebay.de', 'otto.de', 'zalando.de', 'jd.com', 'taobao.com'];
    const more = ['tmall.com', 'ikea.com', 'etsy.com', 'walmart.com', 'target.com', 'dm.de'];
    const profiles = [...sites, ...more].map((site) => profileOf(site));
    const chosen = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const report = buildResearchReport(reportInput({ profiles, random: random(seed).next }));
      const named = Object.keys(report.shops);
      expect(named).toHaveLength(MAX_SHOPS_PER_REPORT);
      expect(named).toEqual([...named].sort());
      expect(report.unnamed_shops).toBe('2-4');
      named.forEach((site) => chosen.add(site));
    }
    expect(chosen.size).toBe(profiles.length);
  });

  it('uses a fresh nonce for every report', () => {
    const input = reportInput({ profiles: [amazon()], random: random(3).next });
    const nonces = new Set(Array.from({ length: 50 }, () => buildResearchReport(input).nonce));
    expect(nonces.size).toBe(50);
  });

  it('randomises every boolean with the stated ε and says so', () => {
    const profiles = [amazon()];
    const input = reportInput({ profiles, epsilon: EPSILON_LN3, random: random(11).next });
    const truth = buildResearchReport(reportInput({ profiles }));
    let flipped = 0;
    let total = 0;
    for (let i = 0; i < 400; i++) {
      const report: ResearchReport = buildResearchReport(input);
      expect(report.ldp).toEqual({
        mechanism: 'randomized-response',
        epsilon: EPSILON_LN3,
        p_truth: 0.75,
        memoized: false,
      });
      const shop = report.shops['amazon.de']!;
      const truthShop = truth.shops['amazon.de']!;
      for (const group of ['knowledge', 'page_apis', 'personalization'] as const) {
        for (const [key, value] of Object.entries(shop[group])) {
          total++;
          if (value !== truthShop[group][key as keyof (typeof shop)[typeof group]]) flipped++;
        }
      }
      // Companies and buckets are not booleans and are never randomised.
      expect(shop.companies).toEqual(truthShop.companies);
    }
    // 1 − p = 0.25 of answers flipped; 10,800 answers put 0.25 ± 0.02 beyond five standard errors.
    expect(flipped / total).toBeGreaterThan(0.23);
    expect(flipped / total).toBeLessThan(0.27);
  });

  it('refuses an ε it does not offer', () => {
    expect(() => buildResearchReport(reportInput({ epsilon: 0.5 }))).toThrow(/ε/);
  });

  it('produces reports its own schema accepts, and an empty one when nothing is allowlisted', () => {
    const report = buildResearchReport(reportInput({ profiles: [profileOf('nowhere.example')] }));
    expect(report.shops).toEqual({});
    expect(report.unnamed_shops).toBe('1');
    expect(checkResearchReport(report).ok).toBe(true);
  });
});

describe('isoWeek', () => {
  it('follows ISO 8601 at year boundaries, in UTC', () => {
    expect(isoWeek(Date.UTC(2026, 0, 1))).toBe('2026-W01');
    expect(isoWeek(Date.UTC(2027, 0, 1))).toBe('2026-W53');
    expect(isoWeek(Date.UTC(2024, 11, 30))).toBe('2025-W01');
    expect(isoWeek(Date.UTC(2021, 0, 3, 23, 59))).toBe('2020-W53');
    expect(isoWeek(Date.UTC(2026, 11, 7))).toBe('2026-W50');
  });
});
