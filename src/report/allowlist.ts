/**
 * The allowlist of public retail sites a research report may name (public/data/report-allowlist.json;
 * docs/report-format.md). Every other shop is only counted: a rare domain, or a person's own list
 * of sites, identifies them (signals.md §7). Researchers crawling their own list of shops pass an
 * extra allowlist; its sites are named too, and the report still states the shipped version.
 */
import * as v from 'valibot';

export const ALLOWLIST_FORMAT = 'glass-customer/report-allowlist';

/** A site as profiles key it: a lower-case eTLD+1 (checked against the Public Suffix List by a test). */
export const SITE_PATTERN =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

const AllowlistFileSchema = v.strictObject({
  format: v.literal(ALLOWLIST_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9999)),
  source: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
  reviewed: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/))),
  domains: v.pipe(
    v.array(v.pipe(v.string(), v.regex(SITE_PATTERN, 'a lower-case site name (eTLD+1)'))),
    v.maxLength(100_000),
  ),
});

export interface ReportAllowlist {
  /** Version of the shipped allowlist, stated in every report. */
  version: number;
  sites: ReadonlySet<string>;
}

export type AllowlistResult = { ok: true; allowlist: ReportAllowlist } | { ok: false; error: string };

export function parseAllowlist(value: unknown): AllowlistResult {
  const result = v.safeParse(AllowlistFileSchema, value);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
    return { ok: false, error: `allowlist${path ? ` ${path}` : ''}: ${issue.message}` };
  }
  return { ok: true, allowlist: { version: result.output.version, sites: new Set(result.output.domains) } };
}

/** The shipped allowlist with more sites (a researcher's own list); the version stays the shipped one. */
export function withExtraSites(base: ReportAllowlist, ...extra: ReportAllowlist[]): ReportAllowlist {
  const sites = new Set(base.sites);
  for (const list of extra) for (const site of list.sites) sites.add(site);
  return { version: base.version, sites };
}
