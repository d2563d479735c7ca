/**
 * Which commerce decoders a request can concern, decided from host and path alone, because this
 * runs for every third-party request: one map lookup per host label plus a few string checks, no
 * query or body parsing. Vendor hosts are data (a suffix table); first-party proxies are found by
 * path shape (signals.md §2.1, "payload-shape detection"), and their decoders then check the payload.
 */
import { COMMERCE_VENDORS, type CommerceVendor } from '../../../model';

/** Registrable domains (or deeper suffixes) of each vendor's beacon hosts; the longest suffix wins. */
export const VENDOR_HOST_SUFFIXES: ReadonlyMap<string, CommerceVendor> = new Map<string, CommerceVendor>([
  ['facebook.com', 'meta'],
  ['google-analytics.com', 'ga4'],
  ['analytics.google.com', 'ga4'],
  ['googleadservices.com', 'google-ads'],
  ['google.com', 'google-ads'],
  ['doubleclick.net', 'google-ads'],
  ['googlesyndication.com', 'google-ads'],
  ['tiktok.com', 'tiktok'],
  ['pinterest.com', 'pinterest'],
  ['criteo.com', 'criteo'],
  ['bing.com', 'microsoft-uet'],
  ['snapchat.com', 'snap'],
]);

/** Google's country domains (google.de, google.co.uk, google.com.br) also receive Ads conversions. */
const GOOGLE_COUNTRY_HOST = /(?:^|\.)google\.(?:com?\.)?[a-z]{2,3}$/;

/** Whether hostname is suffix or a subdomain of it. */
export function hostMatches(hostname: string, suffix: string): boolean {
  return hostname === suffix || hostname.endsWith(`.${suffix}`);
}

export function vendorForHost(hostname: string): CommerceVendor | undefined {
  let host = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
  for (;;) {
    const vendor = VENDOR_HOST_SUFFIXES.get(host);
    if (vendor !== undefined) return vendor;
    const dot = host.indexOf('.');
    if (dot === -1) return undefined;
    host = host.slice(dot + 1);
  }
}

export function isGoogleAdsHost(hostname: string): boolean {
  return (
    GOOGLE_COUNTRY_HOST.test(hostname) ||
    hostMatches(hostname, 'googleadservices.com') ||
    hostMatches(hostname, 'doubleclick.net') ||
    hostMatches(hostname, 'googlesyndication.com')
  );
}

/** The vendors whose decoders should look at a request, in registry (COMMERCE_VENDORS) order. */
export function candidateVendors(hostname: string, pathname: string): CommerceVendor[] {
  const found = new Set<CommerceVendor>();
  const byHost = vendorForHost(hostname);
  if (byHost !== undefined) found.add(byHost);
  // First-party proxies: a Meta pixel at /tr, GA4 at …/g/collect (and Universal Analytics at …/collect).
  if (pathname === '/tr' || pathname === '/tr/') found.add('meta');
  if (pathname.endsWith('/collect')) found.add('ga4');
  if (GOOGLE_COUNTRY_HOST.test(hostname)) found.add('google-ads');
  if (found.size <= 1) return [...found];
  return COMMERCE_VENDORS.filter((vendor) => found.has(vendor));
}
