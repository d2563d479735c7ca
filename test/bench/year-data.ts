/**
 * The data behind the benchmark's synthetic year (year-of-browsing.ts): which real organisations
 * shops embed most, their collection hosts, each commerce vendor's events, the persona, products,
 * cookie names, page-API codes and privacy links. Data only.
 */
import type { ApiSignalCode } from '../../src/model';

/** Companies found on most shops, most common first (tracker-database organisation keys). */
export const COMMON_COMPANIES = [
  'google',
  'facebook',
  'microsoft',
  'criteo',
  'bytedance_inc',
  'pinterest',
  'hotjar',
  'onetrust',
  'amazon_associates',
  'trustpilot',
  'snap_technologies',
  'twitter',
  'taboola',
  'adobe',
  'usercentrics',
  'outbrain',
  'magnite',
  'pubmatic',
  'index_exchange',
  'comscore',
  'cloudflare',
  'new_relic',
  'sentry',
  'paypal',
  'bazaarvoice',
  'yotpo',
  'dynamic_yield',
  'optimizely',
  'bloomreach',
  'salesforce',
  'content_square',
  'mouseflow',
  'fullstory',
  'quantcast',
  'awin',
];

/** Collection hosts whose beacons the commerce decoders read, per organisation. */
export const BEACON_HOSTS: Record<string, string[]> = {
  facebook: ['www.facebook.com', 'connect.facebook.net'],
  google: ['www.google-analytics.com', 'www.googletagmanager.com', 'www.googleadservices.com'],
  bytedance_inc: ['analytics.tiktok.com'],
  pinterest: ['ct.pinterest.com', 's.pinimg.com'],
  criteo: ['sslwidget.criteo.com', 'static.criteo.net'],
  microsoft: ['bat.bing.com', 'www.clarity.ms'],
  snap_technologies: ['tr.snapchat.com', 'sc-static.net'],
};

export type Stage = 'home' | 'list' | 'product' | 'cart' | 'checkout' | 'thanks' | 'search';

/** Events per vendor and the page they fire on, in the vendors' own names. */
export const VENDOR_EVENTS: Record<string, [Stage, string][]> = {
  meta: [
    ['home', 'PageView'],
    ['product', 'ViewContent'],
    ['cart', 'AddToCart'],
    ['checkout', 'InitiateCheckout'],
    ['checkout', 'AddPaymentInfo'],
    ['thanks', 'Purchase'],
    ['search', 'Search'],
    ['list', 'ViewCategory'],
    ['thanks', 'CompleteRegistration'],
    ['product', 'AddToWishlist'],
  ],
  ga4: [
    ['home', 'page_view'],
    ['home', 'user_engagement'],
    ['home', 'scroll'],
    ['list', 'view_item_list'],
    ['list', 'select_item'],
    ['list', 'view_promotion'],
    ['product', 'view_item'],
    ['cart', 'add_to_cart'],
    ['cart', 'view_cart'],
    ['cart', 'remove_from_cart'],
    ['checkout', 'begin_checkout'],
    ['checkout', 'add_shipping_info'],
    ['checkout', 'add_payment_info'],
    ['thanks', 'purchase'],
    ['search', 'view_search_results'],
    ['home', 'login'],
  ],
  'google-ads': [
    ['home', 'page_view'],
    ['thanks', 'conversion'],
    ['cart', 'add_to_cart'],
  ],
  tiktok: [
    ['home', 'Pageview'],
    ['product', 'ViewContent'],
    ['cart', 'AddToCart'],
    ['checkout', 'InitiateCheckout'],
    ['thanks', 'CompletePayment'],
    ['search', 'Search'],
  ],
  pinterest: [
    ['home', 'pagevisit'],
    ['list', 'viewcategory'],
    ['cart', 'addtocart'],
    ['thanks', 'checkout'],
    ['search', 'search'],
  ],
  criteo: [
    ['home', 'vh'],
    ['list', 'vl'],
    ['product', 'vp'],
    ['cart', 'vb'],
    ['thanks', 'vc'],
  ],
  'microsoft-uet': [
    ['home', 'pageLoad'],
    ['product', 'view_item'],
    ['cart', 'add_to_cart'],
    ['thanks', 'purchase'],
  ],
  snap: [
    ['home', 'PAGE_VIEW'],
    ['product', 'VIEW_CONTENT'],
    ['cart', 'ADD_CART'],
    ['thanks', 'PURCHASE'],
  ],
};

/** Which organisation each vendor's beacons go to. */
export const VENDOR_ORG: Record<string, string> = {
  meta: 'facebook',
  ga4: 'google',
  'google-ads': 'google',
  tiktok: 'bytedance_inc',
  pinterest: 'pinterest',
  criteo: 'criteo',
  'microsoft-uet': 'microsoft',
  snap: 'snap_technologies',
};

/** The user this year belongs to. */
export const PERSONA = {
  email: 'theo.beispiel@example.com',
  workEmail: 't.beispiel@firma.example',
  phone: '+49 621 1234567',
  name: 'Theo Beispiel',
  street: 'Planken 1',
  postcode: '68159',
  city: 'Mannheim',
  birthday: '1988-04-12',
};

export const PRODUCTS = [
  'Trail Runner X',
  'Barista Pro Dual Boiler',
  'Merino Base Layer',
  'Noise-cancelling Headphones',
  'Cast Iron Skillet 28 cm',
  'Linen Duvet Cover',
  'Espresso Beans 1 kg',
  'Rain Jacket Storm',
  'Kids Bike 16"',
  'LED Desk Lamp',
  'Yoga Mat Pro',
  'Chef Knife 20 cm',
];

export const COOKIE_NAMES = ['uid', 'id', 'visitor_id', 'uuid', 'sid', 'bid', '_vid', 'tuuid', 'cid', 'ab'];
export const API_CODES: ApiSignalCode[] = [
  'canvas-fingerprint',
  'webgl-fingerprint',
  'audio-fingerprint',
  'font-enumeration',
  'navigator-sweep',
];
export const RECORDERS = ['hotjar', 'content_square', 'mouseflow', 'fullstory', 'microsoft'];
export const PRIVACY_LINKS: [string, string, string][] = [
  ['privacy-policy', '/privacy', 'Privacy policy'],
  ['cookie-settings', '/cookies', 'Cookie settings'],
  ['do-not-sell', '/do-not-sell', 'Do Not Sell or Share My Personal Information'],
  ['privacy-choices', '/privacy-choices', 'Your Privacy Choices'],
  ['delete-account', '/account/delete', 'Delete my account'],
  ['data-access', '/account/data', 'Request my data'],
  ['ad-choices', '/adchoices', 'AdChoices'],
];
