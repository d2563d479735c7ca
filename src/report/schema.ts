/**
 * The research report's shape as a valibot schema: what the builder checks its own output
 * against before returning it (defence in depth) and the type of a report. The published
 * contract is docs/report.schema.json (JSON Schema, used by the researcher CLI); a test checks
 * that both accept and reject the same reports, so every rule here is one JSON Schema can state
 * (shops keyed by site rather than a list, so "each shop once" needs no custom check).
 */
import * as v from 'valibot';
import { SITE_PATTERN } from './allowlist';
import { COUNT_BUCKETS } from './buckets';
import { ISO_WEEK_PATTERN } from './iso-week';
import { EPSILON_CHOICES, statedTruthProbability } from './randomized-response';
import { UUID_V4_PATTERN } from './uuid';
import { MAX_SHOPS_PER_REPORT, REPORT_SCHEMA_ID, REPORT_SCHEMA_VERSION } from './versions';
import {
  COUNT_FIELDS,
  FLAG_GROUPS,
  GPC_DECLARATIONS,
  ORGANIZATION_KEY_PATTERN,
  REPORT_ORIGINS,
  type CountField,
  type FlagGroup,
} from './vocabulary';

const Bucket = v.picklist(COUNT_BUCKETS);
const Version = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9999));

function flags<const K extends readonly string[]>(keys: K) {
  return v.strictObject(
    Object.fromEntries(keys.map((key) => [key, v.boolean()])) as Record<
      K[number],
      v.BooleanSchema<undefined>
    >,
  );
}

const Counts = v.strictObject(
  Object.fromEntries(COUNT_FIELDS.map((field) => [field, Bucket])) as Record<CountField, typeof Bucket>,
);

const Companies = v.pipe(
  v.array(v.pipe(v.string(), v.regex(ORGANIZATION_KEY_PATTERN))),
  v.maxLength(500),
  v.check((keys) => new Set(keys).size === keys.length, 'each company once'),
);

const Shop = v.strictObject({
  counts: Counts,
  companies: Companies,
  knowledge: flags(FLAG_GROUPS.knowledge),
  page_apis: flags(FLAG_GROUPS.page_apis),
  personalization: flags(FLAG_GROUPS.personalization),
  gpc: v.strictObject({ sent: v.boolean(), site_declares: v.picklist(GPC_DECLARATIONS) }),
});

const NoNoise = v.strictObject({ mechanism: v.literal('none') });
/** One shape per offered ε, with its p written out, so a report cannot state a p its ε does not give. */
const RandomizedResponse = v.union(
  EPSILON_CHOICES.map((epsilon) =>
    v.strictObject({
      mechanism: v.literal('randomized-response'),
      epsilon: v.literal(epsilon),
      p_truth: v.literal(statedTruthProbability(epsilon)),
      // Kept answers repeated in every report, or drawn afresh (docs/report-format.md).
      memoized: v.boolean(),
    }),
  ),
);

export const ResearchReportSchema = v.strictObject({
  schema: v.literal(REPORT_SCHEMA_ID),
  schema_version: v.literal(REPORT_SCHEMA_VERSION),
  nonce: v.pipe(v.string(), v.regex(UUID_V4_PATTERN)),
  origin: v.picklist(REPORT_ORIGINS),
  extension_version: v.pipe(v.string(), v.regex(/^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/)),
  ruleset_version: Version,
  consent_version: Version,
  allowlist_version: Version,
  period: v.pipe(v.string(), v.regex(ISO_WEEK_PATTERN)),
  ldp: v.union([NoNoise, RandomizedResponse]),
  unnamed_shops: Bucket,
  shops: v.pipe(
    v.record(v.pipe(v.string(), v.regex(SITE_PATTERN)), Shop),
    v.check(
      (shops) => Object.keys(shops).length <= MAX_SHOPS_PER_REPORT,
      `at most ${MAX_SHOPS_PER_REPORT} shops`,
    ),
  ),
});

export type ResearchReport = v.InferOutput<typeof ResearchReportSchema>;
export type ReportShop = ResearchReport['shops'][string];
export type ReportFlags = Pick<ReportShop, FlagGroup>;

export type ReportCheck = { ok: true; report: ResearchReport } | { ok: false; errors: string[] };

/** Check a value against the report schema; errors name the path (`shops.amazon.de.counts: …`). */
export function checkResearchReport(value: unknown): ReportCheck {
  const result = v.safeParse(ResearchReportSchema, value);
  if (result.success) return { ok: true, report: result.output };
  return {
    ok: false,
    errors: result.issues.map((issue) => {
      const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    }),
  };
}
