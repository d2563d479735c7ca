/**
 * A site's own statement about Global Privacy Control: `/.well-known/gpc.json`, which the GPC
 * specification defines as `{"gpc": true, "lastUpdate": "YYYY-MM-DD"}`. The background fetches
 * it only when the user opens the popup, at most once per site per week; this module turns the
 * response into a declaration and keeps the cache of checks. Pure: the response body is hostile
 * input, parsed strictly and bounded in size before it gets here.
 */
import * as v from 'valibot';

export const GPC_WELL_KNOWN_PATH = '/.well-known/gpc.json';
/** A real gpc.json is a few dozen bytes; anything over this is not one. */
export const GPC_JSON_MAX_BYTES = 16 * 1024;
export const GPC_CHECK_TIMEOUT_MS = 10_000;
/** A site is asked again only after a week, whatever the answer was. */
export const GPC_CHECK_INTERVAL_MS = 7 * 24 * 60 * 60 * 1000;
/** Bound on remembered checks; the oldest are dropped first. */
export const MAX_GPC_CHECKS = 500;

export type GpcDeclaration =
  /** `"gpc": true`: the site says it honours GPC, since `lastUpdate` when it gives one. */
  | { status: 'declared'; lastUpdate?: string }
  /** `"gpc": false`, or the site has no gpc.json (404, 410). */
  | { status: 'not-declared' }
  /** A gpc.json that is not what the specification describes (or is too large). */
  | { status: 'invalid' }
  /** Not checked: network error, timeout, a redirect (not followed), another status. */
  | { status: 'unavailable' };

export interface GpcCheck {
  /** Epoch milliseconds of the request. */
  checkedAt: number;
  declaration: GpcDeclaration;
}

/** The URL of the gpc.json of the host a page is on (always https), or undefined for non-web pages. */
export function gpcJsonUrl(pageUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!url.hostname) return undefined;
  // An https page's port is part of its origin; an http page's port is not the https one.
  return `https://${url.protocol === 'https:' ? url.host : url.hostname}${GPC_WELL_KNOWN_PATH}`;
}

/** What an HTTP answer to the gpc.json request means (`body` only for status 200). */
export function declarationOfResponse(status: number, body?: string): GpcDeclaration {
  if (status === 200) return body === undefined ? { status: 'invalid' } : parseGpcJson(body);
  if (status === 404 || status === 410) return { status: 'not-declared' };
  return { status: 'unavailable' };
}

/**
 * A gpc.json body: a JSON object whose `gpc` is a boolean and whose `lastUpdate`, when present,
 * is a real calendar date written YYYY-MM-DD. Other members are ignored (JSON resources grow);
 * everything else about the shape makes the file invalid.
 */
export function parseGpcJson(text: string): GpcDeclaration {
  if (text.length > GPC_JSON_MAX_BYTES) return { status: 'invalid' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { status: 'invalid' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { status: 'invalid' };
  const record = parsed as Record<string, unknown>;
  if (!Object.prototype.hasOwnProperty.call(record, 'gpc') || typeof record.gpc !== 'boolean')
    return { status: 'invalid' };
  let lastUpdate: string | undefined;
  if (Object.prototype.hasOwnProperty.call(record, 'lastUpdate')) {
    if (typeof record.lastUpdate !== 'string' || !isCalendarDate(record.lastUpdate))
      return { status: 'invalid' };
    lastUpdate = record.lastUpdate;
  }
  if (!record.gpc) return { status: 'not-declared' };
  return lastUpdate ? { status: 'declared', lastUpdate } : { status: 'declared' };
}

/** YYYY-MM-DD naming a day that exists (no 2024-02-30), years 1970–9999. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1970) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const DeclarationSchema = v.union([
  v.strictObject({
    status: v.literal('declared'),
    lastUpdate: v.optional(v.pipe(v.string(), v.check(isCalendarDate))),
  }),
  v.strictObject({ status: v.picklist(['not-declared', 'invalid', 'unavailable']) }),
]);

const CheckSchema = v.strictObject({
  checkedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  declaration: DeclarationSchema,
});

/** The remembered check of a site while it is less than a week old (a clock set back expires it). */
export function freshCheck(cache: unknown, site: string, now: number): GpcCheck | undefined {
  const check = checksOf(cache).get(site);
  if (!check) return undefined;
  const age = now - check.checkedAt;
  return age >= 0 && age < GPC_CHECK_INTERVAL_MS ? check : undefined;
}

/**
 * The cache with this site's new check: well-formed, unexpired entries only, at most
 * MAX_GPC_CHECKS of them (the newest), as a plain object for extension storage.
 */
export function withCheck(
  cache: unknown,
  site: string,
  check: GpcCheck,
  now: number,
): Record<string, GpcCheck> {
  const checks = checksOf(cache);
  checks.delete(site);
  const kept = [...checks].filter(
    ([, c]) => now - c.checkedAt >= 0 && now - c.checkedAt < GPC_CHECK_INTERVAL_MS,
  );
  kept.sort(([, a], [, b]) => b.checkedAt - a.checkedAt);
  return Object.fromEntries([[site, check], ...kept.slice(0, MAX_GPC_CHECKS - 1)]);
}

/**
 * The cache without these sites' checks (the user deleted what was recorded about them), or
 * empty for 'all': the cache is a list of sites the user opened the popup on.
 */
export function withoutChecks(cache: unknown, sites: readonly string[] | 'all'): Record<string, GpcCheck> {
  if (sites === 'all') return {};
  const checks = checksOf(cache);
  for (const site of sites) checks.delete(site);
  return Object.fromEntries(checks);
}

function checksOf(cache: unknown): Map<string, GpcCheck> {
  const checks = new Map<string, GpcCheck>();
  if (typeof cache !== 'object' || cache === null || Array.isArray(cache)) return checks;
  for (const [site, value] of Object.entries(cache)) {
    const result = v.safeParse(CheckSchema, value);
    if (result.success) checks.set(site, result.output);
  }
  return checks;
}
