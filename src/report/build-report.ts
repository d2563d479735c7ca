/**
 * The anonymised research report (docs/report-format.md), built from the materialised retailer
 * profiles through declared fields only: every string it holds comes from a fixed vocabulary,
 * the shipped allowlist of public retail sites or the tracker database's organisation keys, and
 * every count is a bucket. Nothing free-form of a profile (masked values, page text, engine
 * details, URLs, script sites, unknown domains, event names, times) is ever read into it.
 * Pure: the caller passes the time, the randomness and what it read from storage.
 */
import type { RetailerProfile } from '../model';
import { freshCheck } from '../gpc/well-known';
import { knowledgeOf } from '../profile/knowledge';
import { gpcAppliesTo, type Settings } from '../settings/settings';
import { SITE_PATTERN, type ReportAllowlist } from './allowlist';
import { memoizedAnswer, memoKey, type AnswerMemo } from './answer-memo';
import { bucketOf } from './buckets';
import { isoWeek } from './iso-week';
import {
  isEpsilonChoice,
  randomizedAnswer,
  statedTruthProbability,
  truthProbability,
} from './randomized-response';
import { checkResearchReport, type ReportShop, type ResearchReport } from './schema';
import { randomUuid } from './uuid';
import {
  CONSENT_VERSION,
  DETECTOR_RULESET_VERSION,
  MAX_SHOPS_PER_REPORT,
  REPORT_SCHEMA_ID,
  REPORT_SCHEMA_VERSION,
} from './versions';
import {
  FLAG_GROUPS,
  ORGANIZATION_KEY_PATTERN,
  type FlagGroup,
  type GpcDeclared,
  type ReportOrigin,
} from './vocabulary';

export interface ReportInput {
  profiles: readonly RetailerProfile[];
  /** Organisation keys of the tracker database (the stored organisations): a company is named only if it is one. */
  organizationKeys: ReadonlySet<string>;
  allowlist: ReportAllowlist;
  /** The settings now: whether GPC is sent to a shop is what they say at the time of the report. */
  settings: Settings;
  /** The GPC declaration cache as stored (storage.local `gpcChecks`); malformed entries are ignored. */
  gpcChecks: unknown;
  /** The time the report is made: only its ISO week enters the report. */
  now: number;
  origin: ReportOrigin;
  extensionVersion: string;
  /** ε of local randomised response for every boolean, or undefined for the plain truth. */
  epsilon: number | undefined;
  /**
   * Kept answers (answer-memo.ts): given, every noisy answer is the kept one and new draws are
   * added to it, for the caller to store once the report is given out; the report says
   * `memoized: true`. Without it every answer is drawn afresh.
   */
  memo?: AnswerMemo;
  /** Uniform [0, 1): the nonce, the randomised answers and which shops are named when there are too many. */
  random: () => number;
}

export function buildResearchReport(input: ReportInput): ResearchReport {
  if (input.epsilon !== undefined && !isEpsilonChoice(input.epsilon)) throw new Error('unsupported ε');
  const named = pickNamedShops(input);
  const { epsilon, memo, random } = input;
  const p = epsilon === undefined ? 1 : truthProbability(epsilon);
  const shops: Record<string, ReportShop> = {};
  for (const profile of named) {
    const answer: Answer = (question, truth) => {
      if (epsilon === undefined) return truth;
      return memo
        ? memoizedAnswer(memo, memoKey(epsilon, profile.retailer, question), truth, p, random)
        : randomizedAnswer(truth, p, random);
    };
    shops[profile.retailer] = shopEntry(profile, input, answer);
  }
  const report = {
    schema: REPORT_SCHEMA_ID,
    schema_version: REPORT_SCHEMA_VERSION,
    // Fresh per report and never stored: it tells two reports apart, it links none.
    nonce: randomUuid(input.random),
    origin: input.origin,
    extension_version: input.extensionVersion,
    ruleset_version: DETECTOR_RULESET_VERSION,
    consent_version: CONSENT_VERSION,
    allowlist_version: input.allowlist.version,
    period: isoWeek(input.now),
    ldp:
      input.epsilon === undefined
        ? { mechanism: 'none' as const }
        : {
            mechanism: 'randomized-response' as const,
            epsilon: input.epsilon,
            p_truth: statedTruthProbability(input.epsilon),
            memoized: memo !== undefined,
          },
    unnamed_shops: bucketOf(input.profiles.length - named.length),
    shops,
  };
  const checked = checkResearchReport(report);
  if (!checked.ok) throw new Error(`research report failed its own schema: ${checked.errors.join('; ')}`);
  return checked.report;
}

/** Allowlisted shops, at most MAX_SHOPS_PER_REPORT of them chosen at random, in site order. */
function pickNamedShops(input: ReportInput): RetailerProfile[] {
  const allowed = input.profiles.filter(
    (profile) => SITE_PATTERN.test(profile.retailer) && input.allowlist.sites.has(profile.retailer),
  );
  // Partial Fisher–Yates: a uniform choice, so which shops appear says nothing about the user's favourites.
  for (let i = 0; i < Math.min(MAX_SHOPS_PER_REPORT, allowed.length); i++) {
    const j = i + Math.floor(input.random() * (allowed.length - i));
    [allowed[i], allowed[j]] = [allowed[j]!, allowed[i]!];
  }
  return allowed
    .slice(0, MAX_SHOPS_PER_REPORT)
    .sort((a, b) => (a.retailer < b.retailer ? -1 : a.retailer > b.retailer ? 1 : 0));
}

/** A shop's answer to one question (`<group>.<key>`, e.g. `knowledge.location`), noisy or not. */
type Answer = (question: string, truth: boolean) => boolean;

function shopEntry(profile: RetailerProfile, input: ReportInput, answer: Answer): ReportShop {
  const companies = Object.keys(profile.companies)
    .filter((key) => input.organizationKeys.has(key) && ORGANIZATION_KEY_PATTERN.test(key))
    .sort();
  const categories = new Set<string>(knowledgeOf(profile).map((item) => item.category));
  const apiCodes = new Set(Object.values(profile.apiSignals).map((signal) => signal.code));
  const signals = new Set(Object.values(profile.personalization).map((seen) => seen.signal));
  const flags = (group: FlagGroup, seen: ReadonlySet<string>) =>
    Object.fromEntries(FLAG_GROUPS[group].map((key) => [key, answer(`${group}.${key}`, seen.has(key))]));
  let eventsSent = 0;
  for (const holder of [...Object.values(profile.companies), ...Object.values(profile.unknownThirdParties)])
    for (const count of Object.values(holder.received.events)) eventsSent += count;

  return {
    counts: {
      page_views: bucketOf(profile.pageViews),
      companies: bucketOf(companies.length),
      unknown_third_parties: bucketOf(Object.keys(profile.unknownThirdParties).length),
      events_sent: bucketOf(eventsSent),
    },
    companies,
    knowledge: flags('knowledge', categories) as ReportShop['knowledge'],
    page_apis: flags('page_apis', apiCodes) as ReportShop['page_apis'],
    personalization: flags('personalization', signals) as ReportShop['personalization'],
    gpc: {
      sent: answer('gpc.sent', gpcAppliesTo(input.settings, profile.retailer)),
      site_declares: declaredSupport(input.gpcChecks, profile.retailer, input.now),
    },
  };
}

/** What the site's gpc.json said when the popup last checked it, within the last week. */
function declaredSupport(cache: unknown, site: string, now: number): GpcDeclared {
  const check = freshCheck(cache, site, now);
  switch (check?.declaration.status) {
    case 'declared':
      return 'yes';
    case 'not-declared':
    case 'invalid':
      return 'no';
    default:
      return 'unknown';
  }
}
