/**
 * Global Privacy Control in declarativeNetRequest terms. The header comes from a static ruleset
 * (public/rules/gpc.json for Chromium, gpc-firefox.json for Firefox: a `set` of `Sec-GPC: 1` on
 * every resource type, main_frame included), switched on and off with updateEnabledRulesets.
 * Per-site exceptions are dynamic rules of higher priority built here; within one extension an
 * `allow` or `allowAllRequests` rule cancels every modifyHeaders rule of lower or equal priority.
 * Pure: the background applies what this module returns (extension/background/gpc.ts).
 */
import type { Settings } from '../settings/settings';

/** The static ruleset's id in manifest.json `declarative_net_request.rule_resources`. */
export const GPC_RULESET_ID = 'gpc';

/** The static rule's priority; exceptions sit above it. */
export const GPC_RULE_PRIORITY = 1;
export const GPC_EXCEPTION_PRIORITY = 2;

/**
 * Ids of the dynamic exception rules: this block is GPC's, so applying the exceptions replaces
 * exactly these and leaves any other dynamic rule alone.
 */
export const GPC_EXCEPTION_RULE_IDS = [9001, 9002, 9003] as const;

/**
 * Every resource type Chromium's DNR knows (chrome.declarativeNetRequest.ResourceType). A rule
 * without resourceTypes skips main_frame, so the list is spelled out.
 */
export const CHROMIUM_RESOURCE_TYPES = [
  'main_frame',
  'sub_frame',
  'stylesheet',
  'script',
  'image',
  'font',
  'object',
  'xmlhttprequest',
  'ping',
  'csp_report',
  'media',
  'websocket',
  'webtransport',
  'webbundle',
  'other',
] as const;

/**
 * Every resource type Firefox's DNR knows (schema of Firefox 153; `json` since 138). Firefox
 * rejects a rule naming webtransport or webbundle, and has beacon, imageset… of its own.
 */
export const FIREFOX_RESOURCE_TYPES = [
  'main_frame',
  'sub_frame',
  'stylesheet',
  'script',
  'image',
  'imageset',
  'font',
  'object',
  'object_subrequest',
  'xmlhttprequest',
  'xslt',
  'ping',
  'beacon',
  'xml_dtd',
  'csp_report',
  'media',
  'websocket',
  'web_manifest',
  'speculative',
  'json',
  'other',
] as const;

export type ResourceType = (typeof CHROMIUM_RESOURCE_TYPES)[number] | (typeof FIREFOX_RESOURCE_TYPES)[number];

/** The part of a declarativeNetRequest rule this module writes (Chromium's and Firefox's shape). */
export interface DnrRule {
  id: number;
  priority: number;
  action:
    | { type: 'allow' | 'allowAllRequests' }
    | {
        type: 'modifyHeaders';
        requestHeaders: { header: string; operation: 'set'; value: string }[];
      };
  condition: {
    resourceTypes: ResourceType[];
    requestDomains?: string[];
    initiatorDomains?: string[];
  };
}

/** The static rule, as public/rules/gpc*.json hold it for each browser's list of types. */
export function gpcHeaderRule(resourceTypes: readonly ResourceType[]): DnrRule {
  return {
    id: 1,
    priority: GPC_RULE_PRIORITY,
    action: {
      type: 'modifyHeaders',
      requestHeaders: [{ header: 'Sec-GPC', operation: 'set', value: '1' }],
    },
    condition: { resourceTypes: [...resourceTypes] },
  };
}

/**
 * The dynamic rules that keep GPC away from the excepted sites (none while GPC is off or
 * nothing is excepted; DNR refuses empty domain lists). Three rules, because DNR conditions
 * are conjunctive:
 * - `allowAllRequests` on the site's documents (top or framed): the document request and every
 *   request of its frame tree, third-party frames included (a visit to the site is excepted);
 * - `allow` for requests to the site from anywhere (its images embedded elsewhere);
 * - `allow` for requests the site's documents and workers start (its service worker's fetches).
 * Domain conditions match subdomains too, as the sites are eTLD+1.
 */
export function gpcExceptionRules(settings: Settings, resourceTypes: readonly ResourceType[]): DnrRule[] {
  const sites = exceptionDomains(settings);
  if (!settings.gpc || sites.length === 0) return [];
  const [documents, requestsTo, requestsFrom] = GPC_EXCEPTION_RULE_IDS;
  const allTypes = [...resourceTypes];
  return [
    {
      id: documents,
      priority: GPC_EXCEPTION_PRIORITY,
      action: { type: 'allowAllRequests' },
      condition: { resourceTypes: ['main_frame', 'sub_frame'], requestDomains: sites },
    },
    {
      id: requestsTo,
      priority: GPC_EXCEPTION_PRIORITY,
      action: { type: 'allow' },
      condition: { resourceTypes: allTypes, requestDomains: sites },
    },
    {
      id: requestsFrom,
      priority: GPC_EXCEPTION_PRIORITY,
      action: { type: 'allow' },
      condition: { resourceTypes: allTypes, initiatorDomains: sites },
    },
  ];
}

/** Excepted sites DNR accepts as domains: lowercase ASCII host names (settings normalise them so). */
function exceptionDomains(settings: Settings): string[] {
  return [...new Set(settings.gpcExceptions)]
    .filter((site) => /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(site) && site.length <= 253)
    .sort();
}

/**
 * Whether the exception rules in place equal the wanted ones (order of rules and of list
 * entries aside), so that a worker start finding them current changes nothing. Only the fields
 * this module writes are compared; browsers may report defaults for the others.
 */
export function sameRules(current: readonly DnrRule[], wanted: readonly DnrRule[]): boolean {
  const key = (rule: DnrRule) =>
    JSON.stringify([
      rule.id,
      rule.priority,
      rule.action.type,
      [...rule.condition.resourceTypes].sort(),
      [...(rule.condition.requestDomains ?? [])].sort(),
      [...(rule.condition.initiatorDomains ?? [])].sort(),
    ]);
  const keys = (rules: readonly DnrRule[]) => rules.map(key).sort().join('\n');
  return current.length === wanted.length && keys(current) === keys(wanted);
}
