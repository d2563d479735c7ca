/**
 * The user's settings: what they are, their defaults, and how a stored or requested change is
 * validated. Pure; the background keeps them in extension storage (extension/background/settings.ts).
 * Defaults protect the user: Global Privacy Control on, the anonymous comparison (which makes
 * requests of its own) off until the user turns it on, evidence kept for 12 months, no site paused.
 */
import * as v from 'valibot';
import { siteOfHost } from '../classify/site';

/** Bound on each list, so a stored or requested value cannot grow without limit. */
export const MAX_SITES_PER_LIST = 1000;

export interface Settings {
  /** "What would an anonymous visitor see?" on product pages: fetches the page again without cookies. */
  compareAnonymous: boolean;
  /** Send Global Privacy Control (Sec-GPC: 1 and navigator.globalPrivacyControl) to every site… */
  gpc: boolean;
  /** …except these sites (eTLD+1), e.g. where GPC logs the user out of something they want. */
  gpcExceptions: string[];
  /** Evidence last seen longer ago than this many months is deleted (daily, by the background). */
  retentionMonths: number;
  /** Sites (eTLD+1) on which nothing is recorded: their sightings are dropped before they are queued. */
  pausedSites: string[];
}

/** Retention bounds: at least a month, at most ten years. */
export const MIN_RETENTION_MONTHS = 1;
export const MAX_RETENTION_MONTHS = 120;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  compareAnonymous: false,
  gpc: true,
  gpcExceptions: [],
  retentionMonths: 12,
  pausedSites: [],
});

/** A site as the user may type it ("www.shop.de", "shop.de", "https://shop.de/x") → "shop.de". */
export function normalizeSite(input: string): string | undefined {
  let host = input.trim().toLowerCase();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//.exec(host);
  if (scheme) host = host.slice(scheme[0].length);
  host = host.split(/[/?#]/, 1)[0]!.replace(/:\d+$/, '').replace(/\.$/, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) || host.length > 253) return undefined;
  return siteOfHost(host);
}

const SiteList = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(253))),
  v.maxLength(MAX_SITES_PER_LIST),
  v.transform(normalizeSites),
);

const RetentionMonths = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(MIN_RETENTION_MONTHS),
  v.maxValue(MAX_RETENTION_MONTHS),
);

/** A change requested by an extension page: any subset of the settings. */
export const SettingsPatchSchema = v.strictObject({
  compareAnonymous: v.optional(v.boolean()),
  gpc: v.optional(v.boolean()),
  gpcExceptions: v.optional(SiteList),
  retentionMonths: v.optional(RetentionMonths),
  pausedSites: v.optional(SiteList),
});
export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;

export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  return {
    compareAnonymous: patch.compareAnonymous ?? settings.compareAnonymous,
    gpc: patch.gpc ?? settings.gpc,
    gpcExceptions: patch.gpcExceptions ?? settings.gpcExceptions,
    retentionMonths: patch.retentionMonths ?? settings.retentionMonths,
    pausedSites: patch.pausedSites ?? settings.pausedSites,
  };
}

/**
 * Settings read back from storage: each field that is missing or malformed (an older version,
 * a damaged store) falls back to its default, so one bad field never resets the others.
 */
export function settingsFromStored(stored: unknown): Settings {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const field = <T>(schema: v.GenericSchema<unknown, T>, value: unknown, fallback: T): T => {
    const result = v.safeParse(schema, value);
    return result.success ? result.output : fallback;
  };
  return {
    compareAnonymous: field(v.boolean(), record.compareAnonymous, DEFAULT_SETTINGS.compareAnonymous),
    gpc: field(v.boolean(), record.gpc, DEFAULT_SETTINGS.gpc),
    gpcExceptions: field(SiteList, record.gpcExceptions, [...DEFAULT_SETTINGS.gpcExceptions]),
    retentionMonths: field(RetentionMonths, record.retentionMonths, DEFAULT_SETTINGS.retentionMonths),
    pausedSites: field(SiteList, record.pausedSites, [...DEFAULT_SETTINGS.pausedSites]),
  };
}

/** True when nothing may be recorded about this site (eTLD+1) under these settings. */
export function isRecordingPaused(settings: Pick<Settings, 'pausedSites'>, site: string): boolean {
  return settings.pausedSites.includes(site);
}

/** True when GPC should be sent to this site under these settings. */
export function gpcAppliesTo(settings: Settings, site: string): boolean {
  return settings.gpc && !settings.gpcExceptions.includes(site);
}

function normalizeSites(inputs: string[]): string[] {
  const sites = new Set<string>();
  for (const input of inputs) {
    const site = normalizeSite(input);
    if (site) sites.add(site);
  }
  return [...sites].sort();
}
