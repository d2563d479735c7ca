/**
 * The materialised per-retailer profile: what one shop's pages were seen doing, derived
 * from its observations by src/profile and stored so the popup can read it in one get.
 */

/** What a recipient was seen receiving. */
export interface Received {
  /** Identifier kind (email, phone, …, or "contact" for unknown hashed contact data) → encodings seen (plain, sha256, …). */
  identifiers: Record<string, string[]>;
  /** Identifier sightings that left before the user submitted the form holding them. */
  beforeSubmit: number;
  /** Decoded events by "<vendor>:<event>" → count. */
  events: Record<string, number>;
  /** Names of identifier cookies it set or received. */
  persistentIdentifiers: string[];
}

/** A company the retailer shares data with, with what was seen going to it. */
export interface CompanyLink {
  orgKey: string;
  /** Requests sent to the company from this retailer's pages. */
  requests: number;
  /** Requests that carried the company's cookies (it can recognise the browser). */
  requestsWithCookies: number;
  /** Responses that set a cookie. */
  cookiesSet: number;
  /** Sightings (requests and tag reports) per tracker category; one company can do advertising and analytics. */
  categories: Record<string, number>;
  /** Recipient eTLD+1s attributed to the company. */
  domains: string[];
  /** Tracking tags of this company found installed in the retailer's pages. */
  tags: string[];
  received: Received;
  /** Page-API signals of this company's scripts (canvas-fingerprint, session-recording, …). */
  apiSignals: string[];
  /** How many observations contribute to this entry; it exists while this is above 0. */
  observations: number;
  firstSeen: number;
  lastSeen: number;
}

/** A third-party domain that the tracker database does not know. */
export interface UnknownThirdParty {
  domain: string;
  requests: number;
  received: Received;
  /** How many observations contribute to this entry; it exists while this is above 0. */
  observations: number;
  firstSeen: number;
  lastSeen: number;
}

/** Something the user told the shop in a form, masked. */
export interface IdentifierGiven {
  kind: string;
  masked: string;
  firstSeen: number;
  lastSeen: number;
}

/** A page-API signal in the retailer's pages, by the script that caused it. */
export interface ApiSignalSeen {
  code: string;
  party: 'first' | 'third';
  /** Site of the calling script (the retailer itself for inline code). */
  scriptSite: string;
  orgKey?: string;
  reports: number;
}

/** What a personalisation engine's cookie says the shop inferred. */
export interface EngineInference {
  engine: string;
  meaning: string;
  detail?: string | number;
  firstSeen: number;
  lastSeen: number;
}

/** A privacy control the shop offers on its own pages. */
export interface PrivacyLinkSeen {
  purpose: string;
  /** Absolute http(s) URL, or absent for a button that opens a dialog. */
  href?: string;
  text: string;
  lastSeen: number;
}

/** Something the page showed that reveals what the shop knows about the visitor. */
export interface PersonalizationSeen {
  signal: string;
  /** Knowledge category: identity, location, browsing-history, purchase-history, interests, financial, demographics. */
  category: string;
  /** The latest matched text, personal parts masked. */
  evidence: string;
  where: string;
  confidence: string;
  pages: number;
  firstSeen: number;
  lastSeen: number;
}

export interface RetailerProfile {
  /** The retailer: eTLD+1 of the tab's top-level page. */
  retailer: string;
  firstSeen: number;
  lastSeen: number;
  pageViews: number;
  companies: Record<string, CompanyLink>;
  unknownThirdParties: Record<string, UnknownThirdParty>;
  /** Keyed by observation subject (kind and salted digest of the value). */
  identifiersGiven: Record<string, IdentifierGiven>;
  /** Keyed by observation subject (`<code>|<script site>`). */
  apiSignals: Record<string, ApiSignalSeen>;
  /** Keyed by observation subject (`<engine>|<meaning>`). */
  engineInferences: Record<string, EngineInference>;
  /** Keyed by observation subject (`<purpose>|<url or text>`). */
  privacyLinks: Record<string, PrivacyLinkSeen>;
  /** Keyed by signal id. */
  personalization: Record<string, PersonalizationSeen>;
}
