/**
 * The live page's answer to the comparison, as it crosses from the content script to the
 * extension page: the request's name, and the validation of the answer (a process boundary, so
 * it is checked like any message). Apart from ./page-view.ts, which builds a view with the
 * detectors, so that the popup loads those only when the user asks for a comparison.
 */
import * as v from 'valibot';
import { PERSONALIZATION_SIGNAL_IDS } from '../detectors/page/personalization-signals';
import type { PageView } from './compare-views';

/** The request an extension page sends to the content script of a tab's top frame. */
export const PAGE_VIEW_REQUEST = 'content/page-view';

export const MAX_VIEW_FINDINGS = 40;

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
