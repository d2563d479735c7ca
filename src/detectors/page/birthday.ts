/**
 * Birthday greetings and offers ("Happy birthday", "Geburtstagsgutschein", "生日券"): the
 * shop knows at least the month of birth (signals.md §1, §4.2; confidence M). Only in
 * headings, labels or account areas.
 */
import { describeElement, findPhrase } from './page-text';
import { finding, type PageDetector } from './personalization-signals';

export const birthday: PageDetector = {
  id: 'birthday-offer',
  detect(candidate, { sets }) {
    if (candidate.norm.length > 80 || !(candidate.heading || candidate.label || candidate.account))
      return undefined;
    for (const set of sets) {
      if (findPhrase(candidate.norm, set.birthday))
        return finding('birthday-offer', candidate.text, describeElement(candidate.el), 'medium');
    }
    return undefined;
  },
};
