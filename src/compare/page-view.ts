/**
 * One view of a product page, as the comparison needs it: the offer and the personal signals.
 * Built the same way from the live page (content script) and from a fetched copy (parsed by
 * the extension page), so like is compared with like. The live page's answer crosses a
 * process boundary, so it is validated like any message.
 */
import * as v from 'valibot';
import { scanPersonalization } from '../detectors/page';
import { PERSONALIZATION_SIGNAL_IDS } from '../detectors/page/personalization-signals';
import type { PageView } from './compare-views';
import { extractOffer } from './offer';

/** The request an extension page sends to the content script of a tab's top frame. */
export const PAGE_VIEW_REQUEST = 'content/page-view';

export const MAX_VIEW_FINDINGS = 40;

export function pageViewOf(root: ParentNode): PageView {
  const findings = scanPersonalization(root).slice(0, MAX_VIEW_FINDINGS);
  return {
    offer: extractOffer(root),
    findings: findings.map(({ signal, evidence }) => ({ signal, evidence })),
  };
}

const PriceSchema = v.strictObject({
  amount: v.pipe(v.number(), v.finite(), v.minValue(0)),
  currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/))),
  text: v.pipe(v.string(), v.maxLength(40)),
});

export const PageViewSchema = v.strictObject({
  offer: v.strictObject({
    isProduct: v.boolean(),
    price: v.optional(PriceSchema),
    priceSource: v.optional(v.picklist(['json-ld', 'microdata', 'meta', 'element'])),
  }),
  findings: v.pipe(
    v.array(
      v.strictObject({
        signal: v.picklist(PERSONALIZATION_SIGNAL_IDS),
        evidence: v.pipe(v.string(), v.maxLength(80)),
      }),
    ),
    v.maxLength(MAX_VIEW_FINDINGS),
  ),
});

/** A page view from elsewhere (the content script's answer), or undefined when malformed. */
export function parsePageView(raw: unknown): PageView | undefined {
  const result = v.safeParse(PageViewSchema, raw);
  return result.success ? result.output : undefined;
}
