/**
 * What the popup shows for one shop, composed from the shop's stored profile and the
 * organisations it names. The worker composes it (its store connection, its code and its
 * directory of organisations are warm) and sends it as JSON, so a cold popup page neither
 * opens the store nor decodes a whole profile and every organisation to show one screen; the
 * view carries only what the popup renders. Pure; the popup composes the same view itself from
 * the store when the worker does not answer.
 */
import type { Organization, RetailerProfile } from '../model';
import { companyOptOutActions, type OptOutAction, type OptOutData } from '../optouts';
import { companyListingOf, summarizeCompanies, type CompanyListing } from './company-summary';
import { knowledgeOf, type KnowledgeItem } from './knowledge';

/** Companies the popup lists, busiest first; the dashboard's page of the shop lists every one. */
export const POPUP_COMPANIES_LISTED = 8;

/** Domains outside the tracker database that the popup names before "and N more". */
export const POPUP_UNKNOWN_DOMAINS_NAMED = 8;

/**
 * The profile without its companies (summarised in `companies`) and with its unknown third
 * parties cut to a count and the first few domains: at a year of use the busiest shop has
 * hundreds, three quarters of its profile, and the popup names eight.
 */
export type PopupProfile = Omit<RetailerProfile, 'companies' | 'unknownThirdParties'> & {
  unknownThirdParties: { count: number; first: string[] };
};

export interface PopupView {
  site: string;
  profile?: PopupProfile;
  knowledge: KnowledgeItem[];
  /** The busiest companies, with what the popup's list shows of each. */
  companies: CompanyListing[];
  /** How many companies the shop shares with. */
  companyCount: number;
  /**
   * The curated opt-out pages (src/optouts, the dated data file) of every company the shop
   * shares with, each named: matched here rather than in the popup, so the popup neither loads
   * and validates the data file nor is sent every company to match.
   */
  companyOptOuts: OptOutAction[];
  /** Names, by organisation key, of every organisation the view mentions. */
  names: Record<string, string>;
}

/** `optOuts`: the curated opt-out data; without it the view lists no curated pages. */
export function popupViewOf(
  site: string,
  profile: RetailerProfile | undefined,
  organizations: ReadonlyMap<string, Organization>,
  optOuts?: OptOutData,
): PopupView {
  if (!profile) return { site, knowledge: [], companies: [], companyCount: 0, companyOptOuts: [], names: {} };
  const listings = summarizeCompanies(profile, organizations).map(companyListingOf);
  const { companies: _summarised, unknownThirdParties, ...rest } = profile;
  const knowledge = knowledgeOf(profile);
  const mentioned = new Set([
    ...Object.keys(profile.companies),
    ...Object.values(profile.apiSignals).flatMap((signal) => (signal.orgKey ? [signal.orgKey] : [])),
    ...knowledge.flatMap((item) => item.heldBy),
  ]);
  const unknownDomains = Object.keys(unknownThirdParties);
  return {
    site,
    profile: {
      ...rest,
      unknownThirdParties: {
        count: unknownDomains.length,
        first: unknownDomains
          .slice(0, POPUP_UNKNOWN_DOMAINS_NAMED)
          .map((domain) => unknownThirdParties[domain]!.domain),
      },
    },
    knowledge,
    companies: listings.slice(0, POPUP_COMPANIES_LISTED),
    companyCount: listings.length,
    companyOptOuts: optOuts ? curatedOptOuts(listings, optOuts) : [],
    names: Object.fromEntries(
      [...mentioned].flatMap((key) => {
        const name = organizations.get(key)?.name;
        return name === undefined ? [] : [[key, name]];
      }),
    ),
  };
}

/** Each company's curated pages, named after the company where the page has no name of its own. */
function curatedOptOuts(listings: readonly CompanyListing[], optOuts: OptOutData): OptOutAction[] {
  return listings.flatMap((company) =>
    // Curated pages need only the key and, for some, the policy the listing carries.
    companyOptOutActions({ key: company.orgKey, privacyPolicyUrl: company.privacyPolicyUrl }, optOuts)
      .filter((action) => action.origin === 'curated')
      .map((action) => ({ ...action, name: action.name ?? company.name })),
  );
}
