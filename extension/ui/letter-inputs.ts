/**
 * Access-request letter inputs built from what was observed: for a shop, what it appears to
 * know, the companies it passed data to and its own privacy links as the contact; for a company,
 * what it was told and by which shops, and its privacy contact from the tracker database. Items
 * are worded in the UI language (knowledge-text.ts).
 */
import type { AccessRequestInput, ObservedItem } from '../../src/letters';
import type { Organization, RetailerProfile } from '../../src/model';
import type { CompanyDossier, KnowledgeItem } from '../../src/profile';
import { howKnownLabel, knowledgeWhat } from './knowledge-text';

function observed(item: KnowledgeItem): ObservedItem {
  const detail = item.detail !== undefined && item.how !== 'inferred' ? `: “${item.detail}”` : '';
  return {
    category: item.category,
    description: `${knowledgeWhat(item)}${detail} (${howKnownLabel(item.how)})`,
    firstSeen: item.firstSeen,
    lastSeen: item.lastSeen,
  };
}

/** The shop's contact for data requests: its data-access page, else its privacy policy. */
function shopContact(profile: RetailerProfile): { contact?: string; policyUrl?: string } {
  const links = Object.values(profile.privacyLinks ?? {});
  const href = (purpose: string) => links.find((link) => link.purpose === purpose && link.href)?.href;
  const policyUrl = href('privacy-policy');
  const contact = href('data-access') ?? policyUrl;
  return { ...(contact ? { contact } : {}), ...(policyUrl ? { policyUrl } : {}) };
}

export function shopLetterInput(
  profile: RetailerProfile,
  knowledge: readonly KnowledgeItem[],
  nameOf: (holder: string) => string,
  now: number,
): AccessRequestInput {
  return {
    recipient: { name: profile.retailer, kind: 'shop', site: profile.retailer, ...shopContact(profile) },
    observed: knowledge.map(observed),
    recipients: Object.keys(profile.companies).map(nameOf).sort(),
    date: now,
  };
}

export function companyLetterInput(
  dossier: CompanyDossier,
  organization: Organization | undefined,
  knowledge: readonly KnowledgeItem[],
  now: number,
): AccessRequestInput {
  const held = knowledge.filter((item) => item.heldBy.includes(dossier.orgKey));
  const recipient: AccessRequestInput['recipient'] = {
    name: organization?.name ?? dossier.orgKey,
    kind: 'company',
  };
  if (organization?.websiteUrl) recipient.site = organization.websiteUrl;
  if (organization?.privacyContact) recipient.contact = organization.privacyContact;
  if (organization?.privacyPolicyUrl) recipient.policyUrl = organization.privacyPolicyUrl;
  return {
    recipient,
    observed: held.map((item) => ({
      ...observed(item),
      description: `${observed(item).description} — ${item.retailer}`,
    })),
    sources: dossier.shops.map((shop) => shop.retailer),
    date: now,
  };
}
