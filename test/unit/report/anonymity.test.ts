/**
 * Anonymity is tested, not promised (issue 6, point 5). For generated profiles that carry the
 * user's own watchlist values (emails, phones, names, cities, postcodes, birthdays) in every
 * free-form field a profile has — masked values, page text, engine details, privacy-link URLs
 * with paths and queries, event names, cookie names, company and domain keys — plus rare domains
 * and arbitrary times, no report ever contains:
 *
 * - a watchlist value in any encoding or hash the leak detector itself looks for (the pool of
 *   src/identifiers, so every normalisation, URL/base64 form and MD5/SHA hash is covered);
 * - a URL path or query, or any `/ ? # @ =` at all;
 * - a domain that is not on the allowlist, or a company that is not a tracker-database key;
 * - a time finer than the ISO week, or any number but the declared versions and ε.
 *
 * And more strongly: every key and string value of the report is one of the declared
 * vocabulary, a bucket, an allowlisted site or an organisation key (or the nonce and period, by
 * their patterns).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIdentifierPool } from '../../../src/identifiers';
import { API_SIGNAL_CODES, type RetailerProfile, type WatchlistEntry } from '../../../src/model';
import {
  buildResearchReport,
  COUNT_BUCKETS,
  COUNT_FIELDS,
  CONSENT_VERSION,
  DETECTOR_RULESET_VERSION,
  EPSILON_CHOICES,
  FLAG_GROUPS,
  GPC_DECLARATIONS,
  ISO_WEEK_PATTERN,
  isoWeek,
  REPORT_ORIGINS,
  REPORT_SCHEMA_ID,
  REPORT_SCHEMA_VERSION,
  statedTruthProbability,
  UUID_V4_PATTERN,
  type ResearchReport,
} from '../../../src/report';
import { DEFAULT_SETTINGS } from '../../../src/settings';
import { company, reportInput, shippedAllowlist } from './report-fixtures';

const require = createRequire(import.meta.url);
const trackerDbPath = require
  .resolve('@ghostery/trackerdb')
  .replace(/dist[/\\]cjs[/\\]index\.js$/, 'dist/trackerdb.json');
const ORG_KEYS = new Set(
  Object.keys((JSON.parse(readFileSync(trackerDbPath, 'utf8')) as { organizations: object }).organizations),
);
const ALLOWLIST = shippedAllowlist();
const ALLOWED_SITES = [...ALLOWLIST.sites];
const EXTENSION_VERSION = '0.1.0';

/** Every field name a report may hold: the declared fields of docs/report-format.md. */
const FIELD_NAMES = [
  ...['schema', 'schema_version', 'nonce', 'origin', 'extension_version', 'ruleset_version'],
  ...['consent_version', 'allowlist_version', 'period', 'ldp', 'unnamed_shops', 'shops'],
  ...['mechanism', 'epsilon', 'p_truth', 'memoized', 'counts', 'companies', 'gpc', 'sent', 'site_declares'],
  ...Object.keys(FLAG_GROUPS),
  ...Object.values(FLAG_GROUPS).flat(),
  ...COUNT_FIELDS,
];
const VALUES = [
  REPORT_SCHEMA_ID,
  ...REPORT_ORIGINS,
  ...COUNT_BUCKETS,
  ...GPC_DECLARATIONS,
  'none',
  'randomized-response',
  EXTENSION_VERSION,
];
const ALLOWED_STRINGS = new Set<string>([...FIELD_NAMES, ...VALUES, ...ALLOWED_SITES, ...ORG_KEYS]);
const ALLOWED_NUMBERS = new Set<number>([
  REPORT_SCHEMA_VERSION,
  DETECTOR_RULESET_VERSION,
  CONSENT_VERSION,
  ALLOWLIST.version,
  ...EPSILON_CHOICES,
  ...EPSILON_CHOICES.map(statedTruthProbability),
]);
/** Public strings a report may contain anyway; a watchlist value that happens to be one of them is no leak. */
// JSON's own words too: a generated city may be called "False".
const PUBLIC_TEXT = [...ALLOWED_STRINGS, ...ALLOWED_NUMBERS, 'true', 'false', 'null']
  .join('\n')
  .toLowerCase();

// ——— generators ———

const letters = (min: number, max: number) => fc.stringMatching(new RegExp(`^[a-z]{${min},${max}}$`));
const rareDomain = fc
  .tuple(letters(6, 14), fc.constantFrom('example', 'de', 'com', 'cn', 'shop', 'co.uk', 'myshopify.com'))
  .map(([label, suffix]) => `${label}.${suffix}`)
  .filter((domain) => !ALLOWLIST.sites.has(domain) && !ORG_KEYS.has(domain));
const timestamp = fc.integer({ min: Date.UTC(2001, 0, 1), max: Date.UTC(2099, 0, 1) });
const capitalised = letters(4, 10).map((word) => word[0]!.toUpperCase() + word.slice(1));

const watchEntry: fc.Arbitrary<Omit<WatchlistEntry, 'addedAt' | 'source'>> = fc.oneof(
  fc.emailAddress().map((value) => ({ kind: 'email' as const, value })),
  fc
    .tuple(letters(3, 12), letters(3, 12), fc.constantFrom('gmail.com', 'web.de', 'qq.com'))
    .map(([a, b, d]) => ({ kind: 'email' as const, value: `${a}.${b}+shop@${d}` })),
  fc.stringMatching(/^\+(49|86|1)[1-9][0-9]{7,10}$/).map((value) => ({ kind: 'phone' as const, value })),
  fc.stringMatching(/^01[5-7][0-9] ?[0-9]{7}$/).map((value) => ({ kind: 'phone' as const, value })),
  fc.tuple(capitalised, capitalised).map(([a, b]) => ({ kind: 'name' as const, value: `${a} ${b}` })),
  capitalised.map((value) => ({ kind: 'city' as const, value })),
  fc.stringMatching(/^[0-9]{5}$/).map((value) => ({ kind: 'postcode' as const, value })),
  fc
    .tuple(
      fc.integer({ min: 1, max: 28 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1930, max: 2010 }),
    )
    .map(([d, m, y]) => ({ kind: 'birthday' as const, value: `${d}.${m}.${y}` })),
  fc
    .tuple(capitalised, fc.integer({ min: 1, max: 200 }))
    .map(([street, n]) => ({ kind: 'street' as const, value: `${street}straße ${n}` })),
);

interface World {
  watchlist: WatchlistEntry[];
  profiles: RetailerProfile[];
  urls: string[];
  domains: string[];
  times: number[];
  gpcExceptions: string[];
  now: number;
}

/** A profile whose every free-form field carries watchlist values, URLs, rare domains and times. */
function profileArbitrary(
  values: string[],
): fc.Arbitrary<{ profile: RetailerProfile; urls: string[]; domains: string[]; times: number[] }> {
  const value = fc.constantFrom(...values);
  const url = fc
    .tuple(fc.constantFrom(...ALLOWED_SITES), letters(3, 10), value, value)
    .map(
      ([site, path, v1, v2]) =>
        `https://www.${site}/${path}/${encodeURIComponent(v1)}?email=${encodeURIComponent(v2)}&p=${path}`,
    );
  return fc
    .record({
      retailer: fc.oneof(fc.constantFrom(...ALLOWED_SITES), rareDomain),
      pageViews: fc.nat(100_000),
      times: fc.array(timestamp, { minLength: 2, maxLength: 6 }),
      companyKeys: fc.uniqueArray(
        fc.oneof(
          fc.constantFrom('facebook', 'google', 'criteo', 'bol.com', 'allegro.pl', 'hotjar'),
          rareDomain,
          value,
        ),
        { maxLength: 6 },
      ),
      unknown: fc.uniqueArray(rareDomain, { maxLength: 4 }),
      urls: fc.array(url, { minLength: 1, maxLength: 4 }),
      codes: fc.array(fc.oneof(fc.constantFrom(...API_SIGNAL_CODES), value), { maxLength: 4 }),
      signals: fc.array(fc.oneof(fc.constantFrom(...FLAG_GROUPS.personalization), value), { maxLength: 4 }),
      scriptSite: rareDomain,
      picks: fc.array(value, { minLength: 6, maxLength: 6 }),
    })
    .map(({ retailer, pageViews, times, companyKeys, unknown, urls, codes, signals, scriptSite, picks }) => {
      const [t0, t1] = [Math.min(...times), Math.max(...times)];
      const [a, b, c, d, e, f] = picks as [string, string, string, string, string, string];
      const received = {
        identifiers: { email: ['sha256', 'plain'], [a]: ['md5'] },
        beforeSubmit: 1,
        events: { [`meta:${b}`]: 2, 'ga4:purchase': 1, [`${c}:view_item`]: 3 },
        persistentIdentifiers: [d, '_ga'],
      };
      const profile: RetailerProfile = {
        retailer,
        firstSeen: t0,
        lastSeen: t1,
        pageViews,
        companies: Object.fromEntries(
          companyKeys.map((key) => [
            key,
            company(key, { domains: [scriptSite, key], received, firstSeen: t0, lastSeen: t1, tags: [e] }),
          ]),
        ),
        unknownThirdParties: Object.fromEntries(
          unknown.map((domain) => [
            domain,
            { domain, requests: 1, received, observations: 1, firstSeen: t0, lastSeen: t1 },
          ]),
        ),
        identifiersGiven: Object.fromEntries(
          picks.map((v, i) => [
            `email:${v}`,
            { kind: i % 2 ? 'email' : v, masked: v, firstSeen: times[i % times.length]!, lastSeen: t1 },
          ]),
        ),
        apiSignals: Object.fromEntries(
          codes.map((code) => [
            `${code}|${scriptSite}`,
            { code, party: 'third' as const, scriptSite, orgKey: f, reports: 3 },
          ]),
        ),
        engineInferences: {
          [`dynamic-yield|location`]: {
            engine: 'dynamic-yield',
            meaning: 'location',
            detail: a,
            firstSeen: t0,
            lastSeen: t1,
          },
          [`${b}|${c}`]: { engine: b, meaning: c, detail: urls[0]!, firstSeen: t0, lastSeen: t1 },
          'klaviyo|first-seen': {
            engine: 'klaviyo',
            meaning: 'first-seen',
            detail: t0,
            firstSeen: t0,
            lastSeen: t1,
          },
        },
        privacyLinks: Object.fromEntries(
          urls.map((href, i) => [
            `privacy-policy|${href}`,
            { purpose: i ? d : 'privacy-policy', href, text: e, lastSeen: t1 },
          ]),
        ),
        personalization: Object.fromEntries(
          signals.map((signal) => [
            signal,
            {
              signal,
              category: 'identity',
              evidence: `Hallo ${f}, ${urls[0]}`,
              where: `#${a}`,
              confidence: 'high',
              pages: 2,
              firstSeen: t0,
              lastSeen: t1,
            },
          ]),
        ),
      };
      return {
        profile,
        urls,
        domains: [...unknown, scriptSite, ...companyKeys.filter((k) => !ORG_KEYS.has(k))],
        times,
      };
    });
}

const world: fc.Arbitrary<World> = fc
  .uniqueArray(watchEntry, { minLength: 1, maxLength: 5, selector: (entry) => entry.value })
  .chain((entries) => {
    const watchlist = entries.map((entry) => ({ ...entry, source: { type: 'user' as const }, addedAt: 0 }));
    const values = entries.map((entry) => entry.value);
    return fc
      .record({
        shops: fc.array(profileArbitrary(values), { minLength: 1, maxLength: 14 }),
        gpcExceptions: fc.array(rareDomain, { maxLength: 3 }),
        now: timestamp,
      })
      .map(({ shops, gpcExceptions, now }) => {
        const bySite = new Map(shops.map((shop) => [shop.profile.retailer, shop]));
        const kept = [...bySite.values()];
        return {
          watchlist,
          profiles: kept.map((shop) => shop.profile),
          urls: kept.flatMap((shop) => shop.urls),
          domains: [
            ...kept.flatMap((shop) => shop.domains),
            ...kept.map((s) => s.profile.retailer).filter((r) => !ALLOWLIST.sites.has(r)),
          ],
          times: [...kept.flatMap((shop) => shop.times), now],
          gpcExceptions,
          now,
        };
      });
  });

// ——— checks ———

function buildFor(w: World, epsilon: number | undefined, seed: number): ResearchReport {
  let state = seed >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const gpcChecks = Object.fromEntries(
    w.profiles.map((p, i) => [
      p.retailer,
      { checkedAt: w.now - i * 1000, declaration: { status: 'declared', lastUpdate: '2026-01-15' } },
    ]),
  );
  return buildResearchReport(
    reportInput({
      profiles: w.profiles,
      organizationKeys: ORG_KEYS,
      settings: { ...DEFAULT_SETTINGS, gpcExceptions: w.gpcExceptions },
      gpcChecks,
      now: w.now,
      epsilon,
      extensionVersion: EXTENSION_VERSION,
      random: next,
    }),
  );
}

/** Every key and string of the report is declared; every number is a declared version or ε. */
function undeclared(value: unknown, path: string, out: string[] = []): string[] {
  if (typeof value === 'string') {
    const ok =
      path === 'nonce'
        ? UUID_V4_PATTERN.test(value)
        : path === 'period'
          ? ISO_WEEK_PATTERN.test(value)
          : ALLOWED_STRINGS.has(value);
    if (!ok) out.push(`${path} = ${value}`);
  } else if (typeof value === 'number') {
    if (!ALLOWED_NUMBERS.has(value)) out.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => undeclared(item, `${path}.${i}`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (!ALLOWED_STRINGS.has(key)) out.push(`key ${path}.${key}`);
      undeclared(item, path ? `${path}.${key}` : key, out);
    }
  } else if (typeof value !== 'boolean') out.push(`${path}: ${typeof value}`);
  return out;
}

function expectAnonymous(w: World, report: ResearchReport): void {
  // The nonce is random by design and checked for its form by undeclared(); a run of its hex
  // digits may by chance spell a short value, so the scans below read everything else.
  const json = JSON.stringify({ ...report, nonce: 'NONCE' });
  const lower = json.toLowerCase();
  const strings = [...json.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) =>
    (JSON.parse(m[0]) as string).toLowerCase(),
  );

  // The watchlist values in every form the leak detector knows, and as typed.
  const pool = buildIdentifierPool(w.watchlist);
  const forms = [...pool.tokens.keys(), ...w.watchlist.map((entry) => entry.value.toLowerCase())];
  // A value that happens to be a public word (e.g. digits of a stated p) is no leak.
  const leaked = forms.filter(
    (form) =>
      !PUBLIC_TEXT.includes(form) && (lower.includes(form) || strings.some((text) => text.includes(form))),
  );
  expect(leaked).toEqual([]);

  // No URL parts at all.
  expect(json).not.toMatch(/[/?#@=]/);
  const parts = w.urls.flatMap((url) =>
    [new URL(url).pathname, new URL(url).search].map((part) => part.toLowerCase()),
  );
  expect(parts.filter((part) => lower.includes(part))).toEqual([]);

  // Only allowlisted shops; no rare domain anywhere.
  for (const site of Object.keys(report.shops)) expect(ALLOWLIST.sites.has(site)).toBe(true);
  expect(w.domains.filter((domain) => !PUBLIC_TEXT.includes(domain) && lower.includes(domain))).toEqual([]);

  // Time: the week the report was made, nothing finer, and no generated time in any unit.
  expect(report.period).toBe(isoWeek(w.now));
  const units = w.times.flatMap((time) => [
    time,
    Math.floor(time / 1000),
    new Date(time).toISOString().slice(0, 10),
  ]);
  expect(units.filter((unit) => json.includes(String(unit)))).toEqual([]);
  expect(json).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}/);

  expect(undeclared(report, '')).toEqual([]);
}

describe('research reports are anonymous', () => {
  it('for generated profiles full of watchlist values, URLs, rare domains and times (no noise)', () => {
    let withShops = 0;
    fc.assert(
      fc.property(world, fc.integer(), (w, seed) => {
        const report = buildFor(w, undefined, seed);
        if (Object.values(report.shops).some((shop) => shop.companies.length > 0)) withShops++;
        expectAnonymous(w, report);
      }),
      { numRuns: 150 },
    );
    // The property is only worth something if most reports name shops and their companies.
    expect(withShops).toBeGreaterThan(75);
  }, 30_000);

  it('and with randomised response at every offered ε', () => {
    fc.assert(
      fc.property(world, fc.constantFrom(...EPSILON_CHOICES), fc.integer(), (w, epsilon, seed) =>
        expectAnonymous(w, buildFor(w, epsilon, seed)),
      ),
      { numRuns: 60 },
    );
  }, 30_000);
});
