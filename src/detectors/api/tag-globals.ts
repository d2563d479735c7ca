/**
 * Tracking tags installed in a page, recognised by the globals their loaders define
 * (`fbq` for the Meta pixel, `ttq` for TikTok …). Read in the MAIN world; only the tag ids
 * cross to the extension. The page can define these names itself, so this is evidence that
 * the page claims to run the tag (confidence M); network requests corroborate it.
 */

export interface TagDefinition {
  /** Stable id, also the observation subject. */
  id: string;
  /** Any of these globals being defined means the tag's loader ran. */
  globals: readonly string[];
  /** A host of the vendor that the tracker database attributes to its organisation. */
  vendorHost: string;
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
  { id: 'dynamic-yield', globals: ['DY', 'DYO'], vendorHost: 'cdn.dynamicyield.com' },
];

const TAGS_BY_ID = new Map(TAG_DEFINITIONS.map((tag) => [tag.id, tag]));

export const TAG_IDS: readonly string[] = TAG_DEFINITIONS.map((tag) => tag.id);

export function tagDefinition(id: string): TagDefinition | undefined {
  return TAGS_BY_ID.get(id);
}

/** The ids of tags whose globals are defined. Never throws: a hostile getter counts as absent. */
export function detectTagGlobals(isDefined: (name: string) => boolean): string[] {
  const found: string[] = [];
  for (const tag of TAG_DEFINITIONS) {
    if (tag.globals.some((name) => safely(() => isDefined(name)))) found.push(tag.id);
  }
  return found;
}

function safely(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}
