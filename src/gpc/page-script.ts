/**
 * How the MAIN-world GPC script (extension/gpc/navigator-gpc.ts) is registered: at document_start in
 * every frame of http(s) pages, except on the user's excepted sites, and not at all while GPC is
 * off. The exceptions become `excludeMatches`, so the script itself carries no configuration and
 * is identical for every user. Pure; the background registers what this returns.
 */
import type { Settings } from '../settings/settings';

export const GPC_SCRIPT_ID = 'glass-customer-gpc';

/** scripting.RegisteredContentScript as Chromium (119+) and Firefox (128+) accept it. */
export interface GpcScriptRegistration {
  id: string;
  js: string[];
  matches: string[];
  excludeMatches?: string[];
  runAt: 'document_start';
  allFrames: true;
  /** about:blank, data: and blob: frames match by their origin (the page that made them). */
  matchOriginAsFallback?: boolean;
  world: 'MAIN';
  persistAcrossSessions: true;
}

const PAGES = ['http://*/*', 'https://*/*'];

/** The registration wanted under these settings, or undefined when no script should run. */
export function gpcScriptRegistration(settings: Settings, file: string): GpcScriptRegistration | undefined {
  if (!settings.gpc) return undefined;
  const excluded = excludeMatchesFor(settings.gpcExceptions);
  return {
    id: GPC_SCRIPT_ID,
    js: [file],
    matches: PAGES,
    ...(excluded.length > 0 ? { excludeMatches: excluded } : {}),
    runAt: 'document_start',
    allFrames: true,
    matchOriginAsFallback: true,
    world: 'MAIN',
    persistAcrossSessions: true,
  };
}

/**
 * Match patterns for a site and all its subdomains (`*.shop.de` matches shop.de itself too).
 * IP literals and single-label hosts have no subdomains and are matched exactly; anything that
 * is not a plain host name is left out rather than risk an invalid pattern.
 */
export function excludeMatchesFor(sites: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const site of sites) {
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(site) || site.length > 253) continue;
    const exact = /^\d+\.\d+\.\d+\.\d+$/.test(site) || !site.includes('.');
    patterns.add(exact ? `*://${site}/*` : `*://*.${site}/*`);
  }
  return [...patterns].sort();
}

/** Whether a registered script (as scripting.getRegisteredContentScripts reports it) is the wanted one. */
export function sameRegistration(
  current: Partial<Record<keyof GpcScriptRegistration, unknown>> | undefined,
  wanted: GpcScriptRegistration | undefined,
): boolean {
  if (!current || !wanted) return current === wanted;
  const list = (value: unknown) => (Array.isArray(value) ? [...(value as string[])].sort().join(' ') : '');
  return (
    current.id === wanted.id &&
    list(current.js) === list(wanted.js) &&
    list(current.matches) === list(wanted.matches) &&
    list(current.excludeMatches) === list(wanted.excludeMatches) &&
    current.runAt === wanted.runAt &&
    current.allFrames === wanted.allFrames &&
    current.world === wanted.world &&
    (current.matchOriginAsFallback ?? false) === (wanted.matchOriginAsFallback ?? false) &&
    (current.persistAcrossSessions ?? true) === wanted.persistAcrossSessions
  );
}
