/**
 * Tracking tags and personalisation engines installed in a page, recognised by the globals
 * their loaders define (`fbq` for the Meta pixel, `ttq` for TikTok, `optimizely` …). Read in
 * the MAIN world; only the tag ids cross to the extension. The page can define these names
 * itself, so this is evidence that the page claims to run the tag (confidence M); network
 * requests corroborate it.
 */

export interface TagDefinition {
  /** Stable id, also the observation subject. */
  id: string;
  /**
   * Any of these globals being defined means the tag's loader ran. A dotted name
   * (`adobe.target`) is a path of own data properties from the window.
   */
  globals: readonly string[];
  /** A host of the vendor that the tracker database attributes to its organisation. */
  vendorHost: string;
  /** For personalisation engines: the engine id (engine-cookies.ts, engine-hosts.ts). */
  engine?: string;
}

export const TAG_DEFINITIONS: readonly TagDefinition[] = [
  { id: 'meta-pixel', globals: ['fbq', '_fbq'], vendorHost: 'connect.facebook.net' },
  { id: 'google-tag', globals: ['gtag'], vendorHost: 'www.googletagmanager.com' },
  { id: 'google-tag-manager', globals: ['google_tag_manager'], vendorHost: 'www.googletagmanager.com' },
  {
    id: 'google-analytics-legacy',
    globals: ['GoogleAnalyticsObject', '_gaq'],
    vendorHost: 'www.google-analytics.com',
  },
  { id: 'criteo-onetag', globals: ['criteo_q'], vendorHost: 'static.criteo.net' },
  { id: 'tiktok-pixel', globals: ['ttq', 'TiktokAnalyticsObject'], vendorHost: 'analytics.tiktok.com' },
  { id: 'pinterest-tag', globals: ['pintrk'], vendorHost: 's.pinimg.com' },
  { id: 'microsoft-uet', globals: ['uetq', 'UET'], vendorHost: 'bat.bing.com' },
  { id: 'snap-pixel', globals: ['snaptr'], vendorHost: 'sc-static.net' },
  { id: 'hotjar', globals: ['hj', '_hjSettings'], vendorHost: 'static.hotjar.com' },
  { id: 'microsoft-clarity', globals: ['clarity'], vendorHost: 'www.clarity.ms' },
  { id: 'linkedin-insight', globals: ['_linkedin_partner_id', 'lintrk'], vendorHost: 'snap.licdn.com' },
  { id: 'x-pixel', globals: ['twq'], vendorHost: 'static.ads-twitter.com' },
  { id: 'baidu-tongji', globals: ['_hmt'], vendorHost: 'hm.baidu.com' },
  // Personalisation engines (signals.md §5). Names chosen to be specific to each vendor's
  // loader: generic ones such as Segment's `analytics` or Algolia Insights' `aa` are left out.
  {
    id: 'dynamic-yield',
    globals: ['DY', 'DYO'],
    vendorHost: 'cdn.dynamicyield.com',
    engine: 'dynamic-yield',
  },
  { id: 'optimizely', globals: ['optimizely'], vendorHost: 'cdn.optimizely.com', engine: 'optimizely' },
  {
    id: 'adobe-target',
    globals: ['adobe.target', 'mboxCreate'],
    vendorHost: 'assets.adobedtm.com',
    engine: 'adobe',
  },
  { id: 'monetate', globals: ['monetateQ', 'monetateT'], vendorHost: 'se.monetate.net', engine: 'monetate' },
  { id: 'nosto', globals: ['nostojs'], vendorHost: 'connect.nosto.com', engine: 'nosto' },
  { id: 'bloomreach', globals: ['exponea', 'BrTrk'], vendorHost: 'api.exponea.com', engine: 'bloomreach' },
  {
    id: 'salesforce-einstein',
    globals: ['SalesforceInteractions', 'Evergage'],
    vendorHost: 'cdn.c360a.salesforce.com',
    engine: 'salesforce-einstein',
  },
  { id: 'algolia', globals: ['algoliasearch'], vendorHost: 'insights.algolia.io', engine: 'algolia' },
  { id: 'emarsys', globals: ['ScarabQueue'], vendorHost: 'cdn.scarabresearch.com', engine: 'emarsys' },
  { id: 'klaviyo', globals: ['klaviyo', '_learnq'], vendorHost: 'static.klaviyo.com', engine: 'klaviyo' },
  { id: 'tealium', globals: ['utag', 'utag_data'], vendorHost: 'tags.tiqcdn.com', engine: 'tealium' },
];

const TAGS_BY_ID = new Map(TAG_DEFINITIONS.map((tag) => [tag.id, tag]));

export const TAG_IDS: readonly string[] = TAG_DEFINITIONS.map((tag) => tag.id);

export function tagDefinition(id: string): TagDefinition | undefined {
  return TAGS_BY_ID.get(id);
}

/**
 * The ids of tags whose globals are defined. `ownValue(object, key)` returns an own data
 * property's value (undefined when absent or an accessor, so no page getter runs). Never
 * throws: a hostile proxy counts as absent.
 */
export function detectTagGlobals(
  root: unknown,
  ownValue: (object: unknown, key: string) => unknown,
): string[] {
  const found: string[] = [];
  for (const tag of TAG_DEFINITIONS) {
    if (tag.globals.some((path) => safely(() => pathDefined(root, path, ownValue)))) found.push(tag.id);
  }
  return found;
}

function pathDefined(
  root: unknown,
  path: string,
  ownValue: (object: unknown, key: string) => unknown,
): boolean {
  let at = root;
  for (const key of path.split('.')) {
    if (at === null || (typeof at !== 'object' && typeof at !== 'function')) return false;
    at = ownValue(at, key);
    if (at === undefined) return false;
  }
  return true;
}

function safely(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}
