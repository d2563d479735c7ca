/**
 * The declared vocabulary of a research report: every key a shop entry may hold. Nothing outside
 * these lists reaches a report; docs/report.schema.json lists the same names (a test compares).
 */
import { PERSONALIZATION_SIGNAL_IDS } from '../detectors/page/personalization-signals';
import { API_SIGNAL_CODES } from '../model';
import { KNOWLEDGE_CATEGORIES } from '../profile/knowledge';

export { KNOWLEDGE_CATEGORIES };

/** Page-API signals: the five fingerprinting kinds, location requests and session recording. */
export const PAGE_API_CODES = API_SIGNAL_CODES;

export const PERSONALIZATION_SIGNALS = PERSONALIZATION_SIGNAL_IDS;

/** The boolean groups of a shop entry, each keyed by its vocabulary. */
export const FLAG_GROUPS = {
  knowledge: KNOWLEDGE_CATEGORIES,
  page_apis: PAGE_API_CODES,
  personalization: PERSONALIZATION_SIGNALS,
} as const;
export type FlagGroup = keyof typeof FLAG_GROUPS;

/**
 * Whether the site declares GPC support in /.well-known/gpc.json: `unknown` when it was not
 * checked in the last week (the popup checks only when opened) or the check failed, never `no`.
 */
export const GPC_DECLARATIONS = ['yes', 'no', 'unknown'] as const;
export type GpcDeclared = (typeof GPC_DECLARATIONS)[number];

/** Bucketed counts per shop. */
export const COUNT_FIELDS = ['page_views', 'companies', 'unknown_third_parties', 'events_sent'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/**
 * A tracker-database organisation key (2,607 of them; a few have spaces, dots, `&`, `'`, `+`,
 * `,` or `!`). Never a slash, `?`, `=`, `@`, `:` or `#`, so no URL, query or email fits.
 */
export const ORGANIZATION_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 _.&'+,!-]{0,63}$/;

/** Who made the report: a user of the extension, or a researcher's crawl with a fresh profile. */
export const REPORT_ORIGINS = ['volunteer', 'crawl'] as const;
export type ReportOrigin = (typeof REPORT_ORIGINS)[number];
