/**
 * One view of a product page, as the comparison needs it: the offer and the personal signals.
 * Built the same way from the live page (content script) and from a fetched copy (parsed by
 * the extension page), so like is compared with like. How the live page's view crosses to the
 * extension page: ./page-view-message.ts.
 */
import { scanPersonalization } from '../detectors/page';
import type { PageView } from './compare-views';
import { extractOffer } from './offer';
import { MAX_VIEW_FINDINGS } from './page-view-message';

export function pageViewOf(root: ParentNode): PageView {
  const findings = scanPersonalization(root).slice(0, MAX_VIEW_FINDINGS);
  return {
    offer: extractOffer(root),
    findings: findings.map(({ signal, evidence }) => ({ signal, evidence })),
  };
}
