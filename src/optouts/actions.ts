/**
 * What the user can do about a company, an industry body or a shop: a list of actions, each a
 * link the UI can show (curated opt-out pages first, then the privacy policy and privacy contact
 * from the tracker database). Only http(s) and mailto: URLs leave this module.
 */
import type { Organization } from '../model';
import { singleLine } from '../letters/plain-text';
import { classifyContact, mailtoAddress, safeWebUrl } from './safe-url';
import type { Caveat, OptOutData, PageKind } from './schema';

export type OptOutActionKind =
  | PageKind
  | 'privacy-policy'
  /** The privacy contact is an email address; `url` is its mailto:. */
  | 'privacy-email'
  /** The privacy contact is a web page (usually a form). */
  | 'privacy-contact-form'
  | 'industry'
  | 'shop-link';

export interface OptOutAction {
  kind: OptOutActionKind;
  /** http(s) or mailto:. Absent only for a shop's control that is a button, not a link. */
  url?: string;
  /** The part of the company or the industry body ("Adobe Audience Manager", "NAI"). */
  name?: string;
  /** shop-link only: the privacy-link purpose (do-not-sell, cookie-settings, …). */
  purpose?: string;
  /** shop-link only: the link's text as the shop's page shows it (plain text, bounded). */
  text?: string;
  /** ISO 3166-1 alpha-2 or EU: where the page applies. */
  region?: string;
  caveats?: Caveat[];
  /** Where the action comes from; `source` cites the support of a curated one. */
  origin: 'curated' | 'trackerdb' | 'shop-page';
  source?: string;
}

/** The organisation fields the lookup needs (the tracker database's, via the Organization model). */
export type OrganizationContacts = Pick<Organization, 'key'> &
  Partial<Pick<Organization, 'privacyPolicyUrl' | 'privacyContact'>>;

export function companyOptOutActions(org: OrganizationContacts, data?: OptOutData): OptOutAction[] {
  const actions: OptOutAction[] = [];
  const policy = safeWebUrl(org.privacyPolicyUrl);
  const company = data && Object.hasOwn(data.companies, org.key) ? data.companies[org.key] : undefined;
  for (const page of company?.pages ?? []) {
    const url = 'url' in page ? safeWebUrl(page.url) : policy;
    if (!url) continue;
    const action: OptOutAction = { kind: page.kind, url, origin: 'curated', source: page.source };
    if (page.name) action.name = page.name;
    if (page.region) action.region = page.region;
    if (page.caveats?.length) action.caveats = [...page.caveats];
    actions.push(action);
  }
  const used = new Set(actions.map((action) => action.url));
  if (policy && !used.has(policy)) {
    actions.push({ kind: 'privacy-policy', url: policy, origin: 'trackerdb' });
    used.add(policy);
  }
  const contact = classifyContact(org.privacyContact);
  if (contact?.kind === 'email')
    actions.push({ kind: 'privacy-email', url: mailtoAddress(contact.address), origin: 'trackerdb' });
  else if (contact?.kind === 'url' && !used.has(contact.url))
    actions.push({ kind: 'privacy-contact-form', url: contact.url, origin: 'trackerdb' });
  return actions;
}

/**
 * The industry opt-out pages, those for `preferredRegions` first (e.g. ['DE', 'EU'] for a user
 * in Germany), the rest in the file's order.
 */
export function industryOptOutActions(
  data: OptOutData,
  preferredRegions: readonly string[] = [],
): OptOutAction[] {
  const rank = (region: string) => {
    const index = preferredRegions.indexOf(region);
    return index === -1 ? preferredRegions.length : index;
  };
  return data.industry
    .map((page, order) => ({ page, order }))
    .sort((a, b) => rank(a.page.region) - rank(b.page.region) || a.order - b.order)
    .flatMap(({ page }) => {
      const url = safeWebUrl(page.url);
      if (!url) return [];
      const action: OptOutAction = {
        kind: 'industry',
        url,
        name: page.name,
        region: page.region,
        origin: 'curated',
        source: page.source,
      };
      if (page.caveats?.length) action.caveats = [...page.caveats];
      return [action];
    });
}

/** A privacy control found on a shop's page (the shape of the profile's privacy links). */
export interface ShopPrivacyLink {
  purpose: string;
  href?: string;
  text: string;
}

export const MAX_SHOP_LINK_TEXT = 120;

/** The shop's own controls, one per purpose and target; links only to http(s). */
export function shopOptOutActions(links: readonly ShopPrivacyLink[]): OptOutAction[] {
  const seen = new Set<string>();
  const actions: OptOutAction[] = [];
  for (const link of links) {
    const purpose = singleLine(link.purpose, 40);
    if (!purpose) continue;
    const url = link.href === undefined ? undefined : safeWebUrl(link.href);
    // A link whose target is not http(s) is neither shown as a link nor passed off as a button.
    if (link.href !== undefined && !url) continue;
    const text = singleLine(link.text, MAX_SHOP_LINK_TEXT);
    const key = `${purpose}|${url ?? text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const action: OptOutAction = { kind: 'shop-link', purpose, origin: 'shop-page' };
    if (url) action.url = url;
    if (text) action.text = text;
    actions.push(action);
  }
  return actions;
}
