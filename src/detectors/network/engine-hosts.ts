/**
 * Personalisation engines recognised by the sites their scripts and APIs are served from
 * (signals.md §5). The tracker database files some of them under analytics or utilities; this
 * list says what they are for the shop: engines that personalise what you see.
 */

/** Recipient site (eTLD+1) → engine id (the ids of engine-cookies.ts). */
export const ENGINE_SITES: Readonly<Record<string, string>> = {
  'dynamicyield.com': 'dynamic-yield',
  'dy-api.com': 'dynamic-yield',
  'dy-api.eu': 'dynamic-yield',
  'optimizely.com': 'optimizely',
  'omtrdc.net': 'adobe',
  'adobedc.net': 'adobe',
  'demdex.net': 'adobe',
  'monetate.net': 'monetate',
  'nosto.com': 'nosto',
  'brcdn.com': 'bloomreach',
  'brsrvr.com': 'bloomreach',
  'exponea.com': 'bloomreach',
  'cquotient.com': 'salesforce-einstein',
  'evgnet.com': 'salesforce-einstein',
  'algolia.net': 'algolia',
  'algolia.io': 'algolia',
  'scarabresearch.com': 'emarsys',
  'klaviyo.com': 'klaviyo',
  'tiqcdn.com': 'tealium',
  'segment.com': 'segment',
  'segment.io': 'segment',
};

/** The engine a recipient site belongs to, if any. One map lookup: this runs per request. */
export function engineOfSite(site: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(ENGINE_SITES, site) ? ENGINE_SITES[site] : undefined;
}
