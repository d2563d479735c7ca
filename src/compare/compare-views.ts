/**
 * "What would an anonymous visitor see?": the user's view of a product page against two
 * fetches of the same URL without cookies. Fetching twice filters noise: when the two anonymous
 * views disagree with each other (an A/B test, a price that just changed), no difference is
 * claimed. Pure.
 */
import type { PersonalizationSignal } from '../detectors/page/personalization-signals';
import type { Offer } from './offer';
import { samePrice, type Price } from './price';

/** What one view of the page showed. */
export interface PageView {
  offer: Offer;
  /** Personal signals on the page, with their (masked) evidence. */
  findings: readonly { signal: PersonalizationSignal; evidence: string }[];
}

export type PriceComparison =
  /** The anonymous views agree with each other and differ from what the user sees. */
  | { status: 'differs'; you: Price; anonymous: Price }
  | { status: 'same'; you: Price; anonymous: Price }
  /** The two anonymous views disagree: an experiment or a change, nothing can be concluded. */
  | { status: 'anonymous-varies'; you: Price; anonymous: Price[] }
  /** A price is missing on one side (e.g. drawn by scripts, which a fetched page does not run). */
  | { status: 'not-comparable'; you?: Price; anonymous?: Price };

export interface ViewComparison {
  price: PriceComparison;
  /** Personal things the user's page shows that neither anonymous view shows. */
  onlyForYou: { signal: PersonalizationSignal; evidence: string }[];
  /** Things that looked personal on the user's page but an anonymous visitor sees too. */
  alsoForAnonymous: PersonalizationSignal[];
}

export function compareViews(you: PageView, anonymous: readonly [PageView, PageView]): ViewComparison {
  const anonymousSignals = new Set(anonymous.flatMap((view) => view.findings.map((f) => f.signal)));
  const onlyForYou: ViewComparison['onlyForYou'] = [];
  const alsoForAnonymous = new Set<PersonalizationSignal>();
  const seen = new Set<PersonalizationSignal>();
  for (const finding of you.findings) {
    if (anonymousSignals.has(finding.signal)) alsoForAnonymous.add(finding.signal);
    else if (!seen.has(finding.signal))
      onlyForYou.push({ signal: finding.signal, evidence: finding.evidence });
    seen.add(finding.signal);
  }
  return {
    price: comparePrices(you.offer.price, anonymous),
    onlyForYou,
    alsoForAnonymous: [...alsoForAnonymous],
  };
}

function comparePrices(you: Price | undefined, anonymous: readonly [PageView, PageView]): PriceComparison {
  const [first, second] = anonymous.map((view) => view.offer.price);
  if (!you || !first || !second) {
    const comparison: PriceComparison = { status: 'not-comparable' };
    if (you) comparison.you = you;
    const seen = first ?? second;
    if (seen) comparison.anonymous = seen;
    return comparison;
  }
  if (!samePrice(first, second)) return { status: 'anonymous-varies', you, anonymous: [first, second] };
  return { status: samePrice(you, first) ? 'same' : 'differs', you, anonymous: first };
}
