/**
 * The disclosure of a personalised price ("Personalisierter Preis auf Grundlage automatisierter
 * Entscheidungsfindung", "个性化定价", "专属价"), which EU and Chinese law require (signals.md
 * §4.2). Matched in headings, labels and account areas of at most 120 characters.
 */
import { describeElement, findPhrase } from './page-text';
import { finding, type PageDetector } from './personalization-signals';

export const personalizedPrice: PageDetector = {
  id: 'personalized-price',
  detect(candidate, { sets }) {
    if (candidate.norm.length > 120 || !(candidate.heading || candidate.label || candidate.account))
      return undefined;
    for (const set of sets) {
      if (findPhrase(candidate.norm, set.personalizedPrice))
        return finding('personalized-price', candidate.text, describeElement(candidate.el), 'high');
    }
    return undefined;
  },
};
