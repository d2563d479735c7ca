import type { OutgoingRequest } from './outgoing-request';

/**
 * A commerce or tracking event decoded from a vendor's beacon: what the company was told.
 * Produced by the decoders in src/detectors/network/commerce/, one per vendor.
 */
export const COMMERCE_VENDORS = [
  'meta',
  'ga4',
  'google-ads',
  'tiktok',
  'pinterest',
  'criteo',
  'microsoft-uet',
  'snap',
] as const;

export type CommerceVendor = (typeof COMMERCE_VENDORS)[number];

export interface CommerceItem {
  id?: string;
  name?: string;
  price?: number;
  quantity?: number;
}

export interface CommerceEvent {
  vendor: CommerceVendor;
  /** The vendor's own event name, as sent: "Purchase", "view_item", "vp", "PAGE_VIEW" … */
  event: string;
  /** The vendor's account, pixel or tag id the event was sent to (e.g. Meta pixel id, GA4 "G-…"). */
  accountId?: string;
  value?: number;
  currency?: string;
  items: CommerceItem[];
  searchTerm?: string;
  /** An order id was sent (the id itself is not kept). */
  hasOrderId?: boolean;
  /**
   * Names of the user-data fields the request carried, normalised to Meta's keys where a vendor
   * has an equivalent (em, ph, fn, ln, ge, db, ct, st, zp, country, external_id). Never values.
   */
  userDataKeys: string[];
  /** The tag collected form fields by itself (Meta `es=automatic`/`udff`, Google `ec_mode=a`, TikTok `auto_*`). */
  automaticMatching?: boolean;
}

/** One decoder per vendor; `decode` must never throw and returns [] for requests it does not know. */
export interface CommerceDecoder {
  vendor: CommerceVendor;
  decode(request: OutgoingRequest, url: URL): CommerceEvent[];
}
