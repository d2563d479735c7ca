/**
 * A saved payment method shown to the visitor ("Visa ending in 4242", "endet auf 4242",
 * "尾号1234", "•••• 4242") — signals.md §4.3. Only in short texts of headings, labels, account
 * or payment areas, so card numbers in help text do not count. Digits are masked.
 */
import { describeElement, maskCardDigits } from './page-text';
import { finding, type PageDetector } from './personalization-signals';

const PAYMENT_AREA = /pay|card|wallet|zahl|karte/iu;

export const savedPayment: PageDetector = {
  id: 'saved-payment',
  detect(candidate, { sets }) {
    if (candidate.norm.length > 80) return undefined;
    const area =
      candidate.heading ||
      candidate.label ||
      candidate.account ||
      PAYMENT_AREA.test(candidate.el.getAttribute('class') ?? '') ||
      PAYMENT_AREA.test(candidate.el.getAttribute('id') ?? '');
    if (!area) return undefined;
    for (const set of sets) {
      if (!set.savedPayment.test(candidate.norm)) continue;
      return finding('saved-payment', maskCardDigits(candidate.text), describeElement(candidate.el), 'high');
    }
    return undefined;
  },
};
