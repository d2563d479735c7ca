/**
 * Displayed delivery location, postcode or chosen store ("Deliver to Berlin 10115",
 * "Delivering to Chicago 60602", "Deliver to Netherlands", "配送至 北京") in a location area
 * (signals.md §4.3, §4.4: `#glow-ingress-*`, `#ttbar-mycity`). Not personal: delivery options
 * ("Lieferung an Abholstation möglich", "Deliver to your Kindle Library") and prompts
 * ("Lieferadresse wählen"). Postcodes are masked to their first two digits.
 */
import { visibleText } from './candidates';
import { cleanText, describeElement, maskPostcodes, normalizeText } from './page-text';
import { finding, type PageDetector, type PhraseSet } from './personalization-signals';

const CURRENCY_SELECTOR = /\((?:[a-z]{3}|[$€£¥])(?:\s?[$€£¥])?\)/u;

/** The place named after the lead-in, or undefined when there is none or it is an option. */
function placeAfter(norm: string, set: PhraseSet): string | undefined {
  const match = set.delivery.exec(norm);
  if (!match) return undefined;
  if (set.deliveryPrompt.some((word) => norm.includes(word))) return undefined;
  // "Deliver to: United Kingdom (GBP)" is a country and currency selector, a site setting.
  if (CURRENCY_SELECTOR.test(norm)) return undefined;
  const rest = norm
    .slice(match.index + match[0].length)
    .replace(/^[\s:：,]+/u, '')
    .trim();
  if (!rest) return '';
  const first = rest.split(/[\s,]/u)[0] ?? '';
  if (set.deliveryNotPlace.some((word) => first === word || (set.lang === 'zh' && rest.startsWith(word))))
    return undefined;
  return rest;
}

export const deliveryLocation: PageDetector = {
  id: 'delivery-location',
  detect(candidate, { sets }) {
    if (!candidate.location) return undefined;
    for (const set of sets) {
      let place = placeAfter(candidate.norm, set);
      let text = candidate.text;
      if (place === '') {
        // "Deliver to" / "配送至：" alone: the place is in a sibling (e.g. `#glow-ingress-line2`).
        const parent = candidate.el.parentElement;
        text = cleanText((parent && visibleText(parent, 120)) ?? '');
        place = text && text.length <= 120 ? placeAfter(normalizeText(text), set) : undefined;
      }
      if (!place) continue;
      const postcode = /\b\d{4,6}\b/u.test(place);
      return finding(
        'delivery-location',
        maskPostcodes(text),
        describeElement(candidate.el),
        postcode ? 'high' : 'medium',
      );
    }
    return undefined;
  },
};
