/**
 * The materialised per-retailer profile: what one shop's pages were seen doing, derived
 * from its observations by src/profile and stored so the popup can read it in one get.
 */

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
  firstSeen: number;
  lastSeen: number;
}

/** A third-party domain that the tracker database does not know. */
export interface UnknownThirdParty {
  domain: string;
  requests: number;
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
}
