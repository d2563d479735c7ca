/**
 * Loyalty status or points shown to the visitor ("1,250 points", "Punktestand: 300",
 * "积分 520", "Member since 2019") — signals.md §4.2. Programme names alone ("Prime",
 * "PAYBACK", "PLUS会员", "京豆" as a menu link) are shown to everyone and do not count: a
 * points word needs a number next to it, a status phrase a value after it.
 */
import { describeElement, findPhrase } from './page-text';
import { finding, type PageDetector } from './personalization-signals';

const NUMBER = /\d[\d.,]*/u;

export const loyalty: PageDetector = {
  id: 'loyalty',
  detect(candidate, { sets }) {
    const { norm } = candidate;
    if (norm.length > 60 || !(candidate.heading || candidate.label || candidate.account)) return undefined;
    for (const set of sets) {
      const unit = findPhrase(norm, set.loyaltyUnits);
      if (unit) {
        const at = norm.indexOf(unit);
        const before = norm.slice(Math.max(0, at - 12), at).trim();
        const after = norm.slice(at + unit.length, at + unit.length + 12).trim();
        if (/\d$/u.test(before) || /^[:：]?\s*\d/u.test(after))
          return finding('loyalty', candidate.text, describeElement(candidate.el), 'high');
      }
      const status = findPhrase(norm, set.loyaltyStatus);
      if (status && norm.length > status.length + 1 && (NUMBER.test(norm) || candidate.account))
        return finding('loyalty', candidate.text, describeElement(candidate.el), 'medium');
    }
    return undefined;
  },
};
