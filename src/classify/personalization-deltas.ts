/**
 * What a page showed about the visitor (src/detectors/page) → observations of the retailer,
 * one per signal, keeping the latest masked evidence, where it was, and how sure we are.
 */
import type { ObservationDelta } from '../model';
import type { PageContext } from './page-context';

export interface ReportedPersonalization {
  signal: string;
  evidence: string;
  where: string;
  confidence: 'high' | 'medium' | 'low';
}

export function personalizationDeltas(
  findings: readonly ReportedPersonalization[],
  page: PageContext,
  at: number,
): ObservationDelta[] {
  return findings.map((finding) => ({
    retailer: page.site,
    kind: 'personalization',
    party: 'first',
    subject: finding.signal,
    at,
    detail: finding.evidence,
    where: finding.where,
    counters: { [finding.confidence]: 1 },
    evidence: { at, page: page.evidencePage },
  }));
}
