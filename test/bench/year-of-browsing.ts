/**
 * A year of synthetic browsing, for the UI-render benchmark (ui-render.ts): 500 shops visited
 * over 365 days with a realistic skew (a few shops on most days, a long tail seen once or
 * twice), 200 real organisations of the Ghostery tracker database, and every observation kind
 * of docs/data-model.md. Sightings are built by the same src/classify functions the service
 * worker calls: requests classified and matched by the real tracker engine, commerce beacons in
 * the vendors' wire formats decoded by the real decoders, the user's hashed email found by the
 * real identifier scan, engine cookies read by the real interpreter. The batches hold exactly
 * `observations` distinct observation ids. Each fact is sighted on the visit that first shows it
 * and again on later visits with some chance, so counts grow over the year without writing every
 * request of it (the store's size follows the distinct facts, not the sightings).
 *
 * Pure and deterministic: a seed, a tracker matcher and the candidate organisations in, the
 * same batches out. Not part of the extension; bundled into an extension page by the benchmark.
 */
import {
  attributeApiSignals,
  attributeTags,
  classifyRequest,
  engineInferenceDeltas,
  identifiersGiven,
  pageContextOf,
  personalizationDeltas,
  privacyLinkDeltas,
  siteOfHost,
  type ReportedPersonalization,
  type ReportedPrivacyLink,
  type SubmittedField,
  type TrackerMatcher,
} from '../../src/classify';
import { TAG_IDS, tagDefinition } from '../../src/detectors/api/tag-globals';
import { buildIdentifierPool, type IdentifierPool } from '../../src/identifiers';
import {
  observationId,
  type ObservationDelta,
  type Organization,
  type WatchlistEntry,
} from '../../src/model';
import { random, type Random } from './seeded-random';
import {
  API_CODES,
  BEACON_HOSTS,
  COMMON_COMPANIES,
  COOKIE_NAMES,
  PERSONA,
  PRIVACY_LINKS,
  RECORDERS,
  VENDOR_EVENTS,
  VENDOR_ORG,
} from './year-data';
import { beaconItem, cookieItem, leakItem, pagesOf, requestItem, type Item } from './year-items';
import { engineCookies } from './year-wire';

export interface OrganizationCandidate {
  orgKey: string;
  category: string;
  /** Domains of the organisation's patterns in the tracker database. */
  domains: string[];
}

/** The parts of @ghostery/trackerdb's trackerdb.json this module reads. */
export interface TrackerDbJson {
  patterns: Record<string, { organization: string | null; category: string; domains: string[] }>;
}

export interface YearOptions {
  matcher: TrackerMatcher;
  candidates: readonly OrganizationCandidate[];
  seed?: number;
  shops?: number;
  companies?: number;
  /** Distinct observations the year produces, exactly. */
  observations?: number;
  /** Epoch ms of the first day. */
  start?: number;
  /** Sightings per write, as the service worker's write queue flushes them (maxPending). */
  batchSize?: number;
}

export interface Batch {
  deltas: ObservationDelta[];
  /** Organisations first seen in this batch, as the recorder passes them. */
  organizations: Organization[];
}

export interface YearOfBrowsing {
  /** Retailer sites, most visited first. */
  shops: string[];
  /** Organisation keys of the companies. */
  companies: string[];
  /** Distinct observation ids the batches produce. */
  observations: number;
  /** Page views over the year. */
  pageViews: number;
  batches(): Generator<Batch, void, undefined>;
}

const DAY = 86_400_000;
const DAYS = 365;
const DEFAULT_START = Date.UTC(2025, 0, 1);

/** Categories never seen on ordinary shops. */
const EXCLUDED_CATEGORIES = new Set(['pornvertising', 'extensions']);

/** Organisations of the tracker database, with their domains, from trackerdb.json. */
export function organizationCandidates(db: TrackerDbJson): OrganizationCandidate[] {
  const byOrg = new Map<string, OrganizationCandidate>();
  for (const pattern of Object.values(db.patterns)) {
    if (!pattern.organization || pattern.domains.length === 0) continue;
    if (EXCLUDED_CATEGORIES.has(pattern.category)) continue;
    const entry = byOrg.get(pattern.organization) ?? {
      orgKey: pattern.organization,
      category: pattern.category,
      domains: [],
    };
    entry.domains = [...new Set([...entry.domains, ...pattern.domains])].sort();
    byOrg.set(pattern.organization, entry);
  }
  return [...byOrg.values()].sort((a, b) => a.orgKey.localeCompare(b.orgKey));
}

interface Company {
  orgKey: string;
  /** Popularity rank among the companies (0 = on nearly every shop). */
  rank: number;
  /** Hosts its scripts and beacons are loaded from (matched to this organisation by the engine). */
  hosts: string[];
}

interface Shop {
  site: string;
  rank: number;
  visits: { day: number; at: number; pages: number; purchase: boolean }[];
  items: Item[];
}

/**
 * Plan the year. The number of distinct observations is tuned by a scale on how many third
 * parties, cookies and events each shop has, then topped up to exactly `observations` with
 * small unknown third parties (CDNs, review widgets), as real shops have many.
 */
export function yearOfBrowsing(options: YearOptions): YearOfBrowsing {
  const target = options.observations ?? 100_000;
  const seed = options.seed ?? 20_250_101;
  const companies = chooseCompanies(options, random(seed));
  let scale = 1;
  let best: { plan: Shop[]; total: number } | undefined;
  for (let attempt = 0; attempt < 8; attempt++) {
    const plan = planShops(options, companies, scale, random(seed + 1));
    const total = plan.reduce((sum, shop) => sum + distinctIds(shop).size, 0);
    if (total <= target && total > (best?.total ?? -1)) best = { plan, total };
    if (total <= target && total >= target * 0.9) break;
    scale *= (target * 0.95) / total;
  }
  if (!best)
    throw new Error(`a year of ${options.shops ?? 500} shops holds more than ${target} observations`);
  return finish(options, best.plan, companies, target, seed);
}

function finish(
  options: YearOptions,
  shops: Shop[],
  companies: Company[],
  target: number,
  seed: number,
): YearOfBrowsing {
  const rng = random(seed + 2);
  const perShop = shops.map((shop) => distinctIds(shop).size);
  let missing = target - perShop.reduce((a, b) => a + b, 0);
  // Top up: small unknown third parties (each one new observation), more on busier shops.
  for (let serial = 0; missing > 0; serial++) {
    const shop = shops[Math.min(shops.length - 1, Math.floor(Math.pow(rng.next(), 2.2) * shops.length))]!;
    const host = `cdn.${rng.pick(['static', 'img', 'reviews', 'chat', 'search', 'fonts'])}-${serial}.example`;
    const item = requestItem(
      options.matcher,
      host,
      '/asset.js',
      'script',
      rng.int(0, shop.visits.length - 1),
      0.1,
    );
    const before = distinctIds(shop).size;
    shop.items.push(item);
    if (distinctIds(shop).size === before) shop.items.pop();
    else missing--;
  }
  const observations = shops.reduce((sum, shop) => sum + distinctIds(shop).size, 0);
  return {
    shops: shops.map((shop) => shop.site),
    companies: companies.map((company) => company.orgKey),
    observations,
    pageViews: shops.reduce((sum, shop) => sum + shop.visits.reduce((n, visit) => n + visit.pages, 0), 0),
    batches: () => batches(options, shops, random(seed + 3)),
  };
}

const idCache = new WeakMap<Shop, { items: number; ids: Set<string> }>();

/** The distinct observation ids a shop's planned items produce over the year. */
function distinctIds(shop: Shop): Set<string> {
  const cached = idCache.get(shop);
  if (cached && cached.items === shop.items.length) return cached.ids;
  const ids = cached?.ids ?? new Set<string>();
  const pages = pagesOf(shop.site);
  for (const item of shop.items.slice(cached?.items ?? 0))
    for (const delta of item.emit(pages, 0, true)) ids.add(observationId(delta));
  idCache.set(shop, { items: shop.items.length, ids });
  return ids;
}

function chooseCompanies(options: YearOptions, rng: Random): Company[] {
  const count = options.companies ?? 200;
  const byKey = new Map(options.candidates.map((c) => [c.orgKey, c]));
  const rest = options.candidates.filter(
    (c) => !COMMON_COMPANIES.includes(c.orgKey) && !EXCLUDED_CATEGORIES.has(c.category),
  );
  // Shops embed advertising and analytics far more often than, say, video players.
  const weight = (c: OrganizationCandidate) =>
    c.category === 'advertising' ? 4 : c.category === 'site_analytics' ? 3 : 1;
  const ordered = [
    ...COMMON_COMPANIES.map((key) => byKey.get(key)).filter((c) => c !== undefined),
    ...rng.sample(rest, rest.map(weight), rest.length),
  ];
  const chosen: Company[] = [];
  for (const candidate of ordered) {
    if (chosen.length >= count) break;
    const hosts = hostsOf(options.matcher, candidate);
    if (hosts.length > 0) chosen.push({ orgKey: candidate.orgKey, rank: chosen.length, hosts });
  }
  if (chosen.length < count) throw new Error(`only ${chosen.length} organisations matched`);
  return chosen;
}

/** Hosts the engine attributes to this organisation, one per site, beacon hosts first. */
function hostsOf(matcher: TrackerMatcher, candidate: OrganizationCandidate): string[] {
  const hosts: string[] = [];
  const sites = new Set<string>();
  for (const host of [...(BEACON_HOSTS[candidate.orgKey] ?? []), ...candidate.domains.slice(0, 6)]) {
    if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(host)) continue;
    const site = siteOfHost(host);
    if (sites.has(site)) continue;
    if (matchHost(matcher, host)?.orgKey !== candidate.orgKey) continue;
    sites.add(site);
    hosts.push(host);
  }
  return hosts;
}

const PROBE_PAGE = pageContextOf('https://probe-shop.example/')!;

function matchHost(matcher: TrackerMatcher, host: string) {
  return matcher.match({
    url: `https://${host}/`,
    hostname: host,
    site: siteOfHost(host),
    type: 'script',
    sourceUrl: PROBE_PAGE.url,
    sourceHostname: PROBE_PAGE.hostname,
    sourceSite: PROBE_PAGE.site,
  });
}

function planShops(options: YearOptions, companies: Company[], scale: number, rng: Random): Shop[] {
  const count = options.shops ?? 500;
  const start = options.start ?? DEFAULT_START;
  const shops: Shop[] = [];
  const watchlist: WatchlistEntry[] = [
    { kind: 'email', value: PERSONA.email, source: { type: 'user' }, addedAt: start },
    { kind: 'phone', value: PERSONA.phone, source: { type: 'user' }, addedAt: start },
    { kind: 'name', value: PERSONA.name, source: { type: 'user' }, addedAt: start },
  ];
  const pool = buildIdentifierPool(watchlist);
  for (let rank = 1; rank <= count; rank++) {
    const site = `shop-${String(rank).padStart(3, '0')}.example`;
    const popularity = 1 / Math.pow(rank, 0.9);
    const visitCount = Math.max(1, Math.min(300, Math.round(240 * popularity * (0.7 + 0.6 * rng.next()))));
    const days = rng
      .sample(
        Array.from({ length: DAYS }, (_, day) => day),
        Array.from({ length: DAYS }, () => 1),
        visitCount,
      )
      .sort((a, b) => a - b);
    const buyer = rng.chance(0.25 + 0.6 * Math.pow(popularity, 0.3));
    const visits = days.map((day) => ({
      day,
      at: start + day * DAY + rng.int(8 * 3600, 23 * 3600) * 1000,
      pages: Math.min(12, 1 + Math.floor(-Math.log(1 - rng.next()) * 3)),
      purchase: false,
    }));
    if (buyer) for (const visit of visits) visit.purchase = rng.chance(0.12);
    if (buyer && !visits.some((v) => v.purchase)) visits[visits.length - 1]!.purchase = true;
    const shop: Shop = { site, rank, visits, items: [] };
    planItems(shop, options.matcher, companies, pool, scale, popularity, buyer, rng);
    shops.push(shop);
  }
  return shops;
}

/** Everything one shop will show over the year, as items that visits emit. */
function planItems(
  shop: Shop,
  matcher: TrackerMatcher,
  companies: Company[],
  pool: IdentifierPool,
  scale: number,
  popularity: number,
  buyer: boolean,
  rng: Random,
): void {
  const last = shop.visits.length - 1;
  const laterVisit = () => (last === 0 || rng.chance(0.7) ? 0 : rng.int(0, last));
  const firstPurchase = shop.visits.findIndex((visit) => visit.purchase);
  const items = shop.items;

  items.push({
    first: 0,
    repeat: 1,
    emit: (visit, at) => [
      classifyRequest({ url: visit.home.url, type: 'main_frame', at }, visit.home, matcher)!,
    ],
  });

  // Third parties: the companies on this shop, the most common ones most likely.
  const companyCount = Math.min(
    companies.length,
    Math.max(3, Math.round(scale * (6 + 48 * Math.pow(popularity, 0.4)) * (0.7 + 0.6 * rng.next()))),
  );
  const present = rng.sample(
    companies,
    companies.map((c) => 1 / Math.pow(1 + c.rank, 1.1)),
    companyCount,
  );
  const presentKeys = new Set(present.map((c) => c.orgKey));
  for (const company of present) {
    const first = laterVisit();
    const hosts = company.hosts.slice(0, Math.max(1, Math.round(scale * rng.int(1, 3))));
    for (const host of hosts) {
      items.push(requestItem(matcher, host, '/tag.js', 'script', first, 0.2));
      const cookies = Math.round(scale * rng.int(0, 2) * (rng.chance(0.6) ? 1 : 0));
      for (let c = 0; c < cookies; c++) {
        items.push(
          cookieItem(matcher, host, `${rng.pick(COOKIE_NAMES)}${c === 0 ? '' : `_${c}`}`, first, 0.1),
        );
      }
    }
  }

  // Small unknown services (not in the tracker database).
  const unknown = Math.round(scale * rng.int(1, 4 + Math.round(12 * popularity)));
  for (let u = 0; u < unknown; u++) {
    const host = `api.${rng.pick(['reviews', 'search', 'chat', 'img', 'fonts', 'pay'])}-service-${rng.int(1, 60)}.example`;
    items.push(requestItem(matcher, host, '/v1/widget', 'xmlhttprequest', laterVisit(), 0.1));
    if (rng.chance(0.2)) items.push(cookieItem(matcher, host, 'session_uid', laterVisit(), 0.3));
  }

  // Tags installed in the page, for the companies present.
  const tags = TAG_IDS.filter((id) => {
    const host = tagDefinition(id)?.vendorHost;
    const org = host ? matcher.matchSite(host)?.orgKey : undefined;
    return org !== undefined && presentKeys.has(org) && rng.chance(0.8);
  });
  if (tags.length > 0)
    items.push({ first: 0, repeat: 0.3, emit: (visit, at) => attributeTags(tags, visit.home, matcher, at) });

  // Commerce events, decoded from the vendors' beacons.
  const identifiersSent = buyer && rng.chance(0.7);
  for (const [vendor, events] of Object.entries(VENDOR_EVENTS)) {
    if (!presentKeys.has(VENDOR_ORG[vendor]!)) continue;
    const used = events.filter((_, i) => i < 2 || rng.chance(Math.min(1, 0.35 * scale)));
    for (const [stage, event] of used) {
      if ((stage === 'thanks' || stage === 'checkout') && firstPurchase < 0) continue;
      const first = stage === 'thanks' || stage === 'checkout' ? firstPurchase : laterVisit();
      const withIdentifiers = identifiersSent && (stage === 'thanks' || stage === 'checkout');
      items.push(beaconItem(matcher, vendor, event, stage, first, withIdentifiers ? pool : undefined, rng));
    }
  }

  // What the user told the shop, and leaks of it.
  if (firstPurchase >= 0) {
    const fields: SubmittedField[] = [
      { kind: 'email', value: rng.chance(0.8) ? PERSONA.email : PERSONA.workEmail },
      { kind: 'name', value: PERSONA.name },
      { kind: 'street', value: PERSONA.street },
      { kind: 'postcode', value: PERSONA.postcode },
      { kind: 'city', value: PERSONA.city },
    ];
    if (rng.chance(0.5)) fields.push({ kind: 'phone', value: PERSONA.phone });
    if (rng.chance(0.2)) fields.push({ kind: 'birthday', value: PERSONA.birthday });
    if (rng.chance(0.3)) fields.push({ kind: 'card', value: rng.pick(['visa 4242', 'mastercard 4444']) });
    items.push({
      first: firstPurchase,
      repeat: 0.05,
      emit: (visit, at) => identifiersGiven(fields, visit.checkout, 'bench-salt', at).deltas,
    });
    if (rng.chance(0.15)) {
      // A leaky form: the email left before the user pressed submit.
      items.push(leakItem(matcher, pool, firstPurchase));
    }
  }

  // Page-API signals: fingerprinting scripts of companies present, session recorders, location.
  if (rng.chance(0.25 + 0.3 * popularity)) {
    const company = rng.pick(present);
    const codes = API_CODES.filter(() => rng.chance(0.5));
    const script = `https://${company.hosts[0]}/fp.js`;
    if (codes.length > 0)
      items.push({
        first: laterVisit(),
        repeat: 0.5,
        emit: (visit, at) =>
          attributeApiSignals(
            codes.map((code) => ({ code, script, count: 3 })),
            visit.product,
            matcher,
            at,
          ),
      });
  }
  const recorder = present.find((c) => RECORDERS.includes(c.orgKey));
  if (recorder)
    items.push({
      first: laterVisit(),
      repeat: 0.6,
      emit: (visit, at) =>
        attributeApiSignals(
          [{ code: 'session-recording', script: `https://${recorder.hosts[0]}/rec.js`, count: 1 }],
          visit.home,
          matcher,
          at,
        ),
    });
  if (rng.chance(0.05))
    items.push({
      first: laterVisit(),
      repeat: 0.2,
      emit: (visit, at) =>
        attributeApiSignals([{ code: 'geolocation-request', script: '', count: 1 }], visit.home, matcher, at),
    });

  // Personalisation engines' cookies on top-level navigations.
  if (rng.chance(0.2 + 0.4 * popularity)) {
    const cookie = engineCookies(rng, shop.visits[0]!.at);
    items.push({
      first: laterVisit(),
      repeat: 0.3,
      emit: (visit, at) => engineInferenceDeltas(cookie, visit.home, at),
    });
  }

  // The shop's own privacy links.
  if (rng.chance(0.85)) {
    const links: ReportedPrivacyLink[] = PRIVACY_LINKS.filter((_, i) => i === 0 || rng.chance(0.35)).map(
      ([purpose, path, text]) =>
        purpose === 'cookie-settings' && rng.chance(0.5)
          ? { purpose, text }
          : { purpose, href: `https://www.${shop.site}${path}`, text },
    );
    items.push({ first: 0, repeat: 0.2, emit: (visit, at) => privacyLinkDeltas(links, visit.home, at) });
  }

  // What the pages show the shop knows: more once the user has an account.
  const known = buyer ? 0.7 : 0.15;
  const findings: ReportedPersonalization[] = [];
  const show = (signal: string, evidence: string, where: string, p: number) => {
    if (rng.chance(p))
      findings.push({ signal, evidence, where, confidence: rng.chance(0.8) ? 'high' : 'medium' });
  };
  show('greeting', 'Hello, T•••', '#nav-account', known);
  show('delivery-location', 'Deliver to Mannheim 68•••', '#glow-ingress-line2', known * 0.8);
  show('recently-viewed', 'Recently viewed', 'h2.carousel-title', 0.4);
  show('personal-recommendations', 'Recommended for you, T•••', '#rhf h2', known * 0.8);
  show('buy-again', 'Buy it again', 'h2.p13n-title', known * 0.5);
  show('loyalty', 'T•••, you have 1,250 points', '#loyalty', known * 0.3);
  show('saved-payment', 'Visa ending in ••••', '#payment', known * 0.3);
  show('member-price', 'Your member price €44.99', 'span.member-price', known * 0.2);
  show('birthday-offer', 'Happy birthday! 15% off', 'h3.banner-title', known * 0.05);
  for (const finding of findings) {
    items.push({
      first:
        finding.signal === 'greeting' || finding.signal === 'saved-payment'
          ? Math.max(0, firstPurchase)
          : laterVisit(),
      repeat: 0.3,
      emit: (visit, at) =>
        personalizationDeltas(
          [finding],
          finding.signal === 'saved-payment' ? visit.checkout : visit.home,
          at,
        ),
    });
  }
}

/** The year, day by day, in batches of the write queue's size; each organisation is passed once. */
function* batches(options: YearOptions, shops: Shop[], rng: Random): Generator<Batch, void, undefined> {
  const size = options.batchSize ?? 500;
  const byDay: { shop: Shop; visit: number }[][] = Array.from({ length: DAYS }, () => []);
  for (const shop of shops)
    shop.visits.forEach((visit, index) => byDay[visit.day]!.push({ shop, visit: index }));
  const seenOrganizations = new Set<string>();
  let pending: ObservationDelta[] = [];
  let organizations: Organization[] = [];
  const add = (delta: ObservationDelta) => {
    const orgKey = delta.tracker?.orgKey;
    if (orgKey && !seenOrganizations.has(orgKey)) {
      const organization = options.matcher.organization(orgKey);
      if (organization) {
        seenOrganizations.add(orgKey);
        organizations.push(organization);
      }
    }
    pending.push(delta);
  };
  for (const day of byDay) {
    const sightings: ObservationDelta[] = [];
    for (const { shop, visit: index } of day) {
      const visit = shop.visits[index]!;
      const pages = pagesOf(shop.site);
      for (let page = 1; page < visit.pages; page++)
        sightings.push(shop.items[0]!.emit(pages, visit.at + page * 40_000, false)[0]!);
      for (const item of shop.items) {
        if (item.first > index || (item.purchaseOnly && !visit.purchase)) continue;
        if (item.first < index && !rng.chance(item.repeat)) continue;
        sightings.push(
          ...item.emit(pages, visit.at + rng.int(0, visit.pages * 40) * 1000, item.first === index),
        );
      }
    }
    sightings.sort((a, b) => a.at - b.at);
    for (const delta of sightings) {
      add(delta);
      if (pending.length >= size) {
        yield { deltas: pending, organizations };
        pending = [];
        organizations = [];
      }
    }
  }
  if (pending.length > 0) yield { deltas: pending, organizations };
}
