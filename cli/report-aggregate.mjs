/**
 * Aggregation of research reports into tables (docs/report-format.md, "Researcher CLI"). Each
 * report is folded in and dropped, so memory grows with the shops × companies seen, not with
 * the reports. Randomised answers are de-biased per report — (y − (1 − p)) / (2p − 1), with p
 * from the report's own ε — and averaged, which is unbiased even when reports state different ε.
 */

/** @typedef {{ yes: number, n: number, randomized: number, sum: number, sumSquares: number }} FlagTally */
/**
 * Per shop; flags and counts are keyed by group (or field), then signal (or bucket), so no key
 * strings are built per report.
 * @typedef {{ reports: number, declares: Record<string, number>, companies: Map<string, number>, flags: Map<string, Map<string, FlagTally>>, counts: Map<string, Map<string, number>> }} ShopTally
 */

/** Probability of a truthful answer at ε (the exact value; reports state it rounded). @param {number} epsilon */
export function truthProbability(epsilon) {
  return Math.exp(epsilon) / (1 + Math.exp(epsilon));
}

/** One report's unbiased estimate of the true answer. @param {boolean} answer @param {number} p */
export function debiasedAnswer(answer, p) {
  const y = answer ? 1 : 0;
  return p === 1 ? y : (y - (1 - p)) / (2 * p - 1);
}

const FLAG_GROUPS = ['knowledge', 'page_apis', 'personalization'];

export class ReportAggregator {
  constructor() {
    this.reports = 0;
    /** @type {Map<string, number>} */ this.periods = new Map();
    /** @type {Map<string, number>} */ this.mechanisms = new Map();
    /** @type {Map<string, ShopTally>} */ this.shops = new Map();
    /** @type {Map<string, { reports: number, sites: Set<string> }>} */ this.companies = new Map();
  }

  /** Fold in one valid report (checked against the schema before). @param {any} report */
  add(report) {
    this.reports++;
    increment(this.periods, report.period);
    const ldp = report.ldp;
    const p = ldp.mechanism === 'randomized-response' ? truthProbability(ldp.epsilon) : 1;
    increment(
      this.mechanisms,
      ldp.mechanism === 'none' ? 'none' : `randomized-response ε=${ldp.epsilon.toFixed(4)}`,
    );
    /** @type {Set<string>} */
    const companiesInReport = new Set();
    for (const [site, shop] of Object.entries(report.shops)) {
      const tally = this.#shop(site);
      tally.reports++;
      tally.declares[shop.gpc.site_declares]++;
      for (const field in shop.counts) increment(nested(tally.counts, field), shop.counts[field]);
      for (const company of shop.companies) {
        increment(tally.companies, company);
        companiesInReport.add(company);
        let reach = this.companies.get(company);
        if (!reach) this.companies.set(company, (reach = { reports: 0, sites: new Set() }));
        reach.sites.add(site);
      }
      for (const group of FLAG_GROUPS) {
        const flags = nested(tally.flags, group);
        for (const key in shop[group]) addAnswer(flags, key, shop[group][key], p);
      }
      addAnswer(nested(tally.flags, 'gpc'), 'sent', shop.gpc.sent, p);
    }
    for (const company of companiesInReport) this.companies.get(company).reports++;
  }

  /** @param {string} site @returns {ShopTally} */
  #shop(site) {
    let tally = this.shops.get(site);
    if (!tally) {
      tally = {
        reports: 0,
        declares: { yes: 0, no: 0, unknown: 0 },
        companies: new Map(),
        flags: new Map(),
        counts: new Map(),
      };
      this.shops.set(site, tally);
    }
    return tally;
  }

  /** The CSV tables, each as [file name, header, rows], rows sorted. */
  tables() {
    const sites = [...this.shops.keys()].sort();
    /** @type {(string | number)[][]} */ const shops = [];
    /** @type {(string | number)[][]} */ const shopCompanies = [];
    /** @type {(string | number)[][]} */ const shopKnowledge = [];
    /** @type {(string | number)[][]} */ const shopCounts = [];
    for (const site of sites) {
      const tally = /** @type {ShopTally} */ (this.shops.get(site));
      shops.push([site, tally.reports, tally.declares.yes, tally.declares.no, tally.declares.unknown]);
      for (const [company, count] of sortedEntries(tally.companies))
        shopCompanies.push([site, company, tally.reports, count, ratio(count / tally.reports)]);
      for (const [group, signal, flag] of flattened(tally.flags)) {
        const mean = flag.sum / flag.n;
        const variance = flag.n > 1 ? (flag.sumSquares - flag.n * mean * mean) / (flag.n - 1) : NaN;
        const error = Number.isNaN(variance) ? '' : ratio(Math.sqrt(Math.max(0, variance) / flag.n));
        shopKnowledge.push([site, group, signal, flag.n, flag.yes, flag.randomized, ratio(mean), error]);
      }
      for (const [field, bucket, count] of flattened(tally.counts))
        shopCounts.push([site, field, bucket, count]);
    }
    const reach = sortedEntries(this.companies).map(([company, { reports, sites: seenOn }]) => [
      company,
      seenOn.size,
      reports,
      ratio(reports / this.reports),
    ]);
    return [
      [
        'shops.csv',
        ['site', 'reports', 'gpc_declares_yes', 'gpc_declares_no', 'gpc_declares_unknown'],
        shops,
      ],
      [
        'shop-companies.csv',
        ['site', 'company', 'shop_reports', 'reports_with_company', 'prevalence'],
        shopCompanies,
      ],
      [
        'shop-knowledge.csv',
        [
          'site',
          'group',
          'signal',
          'shop_reports',
          'answered_yes',
          'randomized_reports',
          'estimate',
          'std_error',
        ],
        shopKnowledge,
      ],
      ['shop-counts.csv', ['site', 'field', 'bucket', 'reports'], shopCounts],
      ['company-reach.csv', ['company', 'sites', 'reports_with_company', 'share_of_reports'], reach],
    ];
  }
}

/** @template T @param {Map<string, T>} map @returns {[string, T][]} */
function sortedEntries(map) {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** One report's answer into the tally of its signal. @param {Map<string, FlagTally>} flags @param {string} key @param {boolean} answer @param {number} p */
function addAnswer(flags, key, answer, p) {
  let flag = flags.get(key);
  if (!flag) flags.set(key, (flag = { yes: 0, n: 0, randomized: 0, sum: 0, sumSquares: 0 }));
  const estimate = debiasedAnswer(answer, p);
  flag.n++;
  if (answer) flag.yes++;
  if (p !== 1) flag.randomized++;
  flag.sum += estimate;
  flag.sumSquares += estimate * estimate;
}

/** @template T @param {Map<string, Map<string, T>>} map @param {string} key @returns {Map<string, T>} */
function nested(map, key) {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map()));
  return inner;
}

/** @template T @param {Map<string, Map<string, T>>} map @returns {[string, string, T][]} */
function flattened(map) {
  return sortedEntries(map).flatMap(([outer, inner]) =>
    sortedEntries(inner).map(([key, value]) => /** @type {[string, string, T]} */ ([outer, key, value])),
  );
}

/** @param {Map<string, number>} map @param {string} key */
function increment(map, key) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Six decimals: enough for a rate, stable across platforms. @param {number} value */
function ratio(value) {
  return Number.isFinite(value) ? value.toFixed(6) : '';
}
