/**
 * Commerce events per vendor (issue point 3): the ordered registry of decoders, one per vendor
 * file, and `decodeCommerceEvents`, which runs for every observed request. It parses the URL once,
 * asks commerce-routes which decoders can concern the request (host table and path shapes, no
 * body parsing), and runs only those, each guarded so one bad beacon cannot break another decoder.
 */
import type { CommerceDecoder, CommerceEvent, CommerceVendor, OutgoingRequest } from '../../../model';
import { candidateVendors } from './commerce-routes';
import { criteoDecoder } from './criteo';
import { ga4Decoder } from './ga4';
import { googleAdsDecoder } from './google-ads';
import { metaPixelDecoder } from './meta-pixel';
import { microsoftUetDecoder } from './microsoft-uet';
import { pinterestDecoder } from './pinterest';
import { snapDecoder } from './snap';
import { tiktokDecoder } from './tiktok';

/** One decoder per vendor, in the order of COMMERCE_VENDORS. */
export const COMMERCE_DECODERS: readonly CommerceDecoder[] = [
  metaPixelDecoder,
  ga4Decoder,
  googleAdsDecoder,
  tiktokDecoder,
  pinterestDecoder,
  criteoDecoder,
  microsoftUetDecoder,
  snapDecoder,
];

const DECODER_OF = new Map<CommerceVendor, CommerceDecoder>(
  COMMERCE_DECODERS.map((decoder) => [decoder.vendor, decoder]),
);

/** What the request told its recipient, as commerce events; [] for anything else. Never throws. */
export function decodeCommerceEvents(request: OutgoingRequest): CommerceEvent[] {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return [];
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return [];
  const events: CommerceEvent[] = [];
  for (const vendor of candidateVendors(url.hostname, url.pathname)) {
    try {
      events.push(...(DECODER_OF.get(vendor)?.decode(request, url) ?? []));
    } catch {
      // Decoders already guard themselves; this keeps a future one that does not from breaking the rest.
    }
  }
  return events;
}

export {
  criteoDecoder,
  ga4Decoder,
  googleAdsDecoder,
  metaPixelDecoder,
  microsoftUetDecoder,
  pinterestDecoder,
  snapDecoder,
  tiktokDecoder,
};
