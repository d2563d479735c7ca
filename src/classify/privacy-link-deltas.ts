/**
 * Privacy links the shop offers on its own pages → observations of the retailer, one per
 * (purpose, URL or text), so the UI can put the shop's own opt-outs one click away.
 */
import type { ObservationDelta } from '../model';
import type { PageContext } from './page-context';

export interface ReportedPrivacyLink {
  purpose: string;
  href?: string;
  text: string;
}

export function privacyLinkDeltas(
  links: readonly ReportedPrivacyLink[],
  page: PageContext,
  at: number,
): ObservationDelta[] {
  return links.map((link) => ({
    retailer: page.site,
    kind: 'privacy-link',
    party: 'first',
    subject: `${link.purpose}|${link.href ?? link.text}`,
    at,
    detail: link.text,
    evidence: { at, page: page.evidencePage },
  }));
}
