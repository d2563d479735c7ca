/**
 * Member prices ("Your member price", "Mitgliederpreis", "会员价"): the shop prices by the
 * visitor's membership. Many shops show member prices to everyone, so this is low confidence
 * unless it sits in an account area or says "your".
 */
import { describeElement, findPhrase } from './page-text';
import { finding, type PageDetector } from './personalization-signals';

const YOUR = /\b(?:your|ihr|dein)\b|您的|你的/u;

export const memberPrice: PageDetector = {
  id: 'member-price',
  detect(candidate, { sets }) {
    if (candidate.norm.length > 60 || !(candidate.heading || candidate.label || candidate.account))
      return undefined;
    for (const set of sets) {
      if (!findPhrase(candidate.norm, set.memberPrice)) continue;
      const strong = candidate.account || YOUR.test(candidate.norm);
      return finding(
        'member-price',
        candidate.text,
        describeElement(candidate.el),
        strong ? 'medium' : 'low',
      );
    }
    return undefined;
  },
};
