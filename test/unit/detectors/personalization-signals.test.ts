import { describe, expect, it } from 'vitest';
import {
  finding,
  NON_PERSONAL_WIDGET_CLASSES,
  PERSONALIZATION_SIGNAL_IDS,
  PERSONALIZATION_SIGNALS,
} from '../../../src/detectors/page/personalization-signals';

describe('personalization-signals', () => {
  it('maps every personal signal to a knowledge category', () => {
    expect(PERSONALIZATION_SIGNALS).toEqual({
      greeting: 'identity',
      'delivery-location': 'location',
      'recently-viewed': 'browsing-history',
      'buy-again': 'purchase-history',
      'personal-recommendations': 'interests',
      'saved-payment': 'financial',
      loyalty: 'purchase-history',
      'member-price': 'financial',
      'birthday-offer': 'demographics',
      'personalized-price': 'financial',
    });
    expect(PERSONALIZATION_SIGNAL_IDS).toHaveLength(10);
  });

  it('keeps the non-personal widget classes out of the personal signals', () => {
    for (const widget of NON_PERSONAL_WIDGET_CLASSES)
      expect(PERSONALIZATION_SIGNAL_IDS).not.toContain(widget);
  });

  it('builds findings with the category and evidence of at most 80 characters', () => {
    const f = finding('greeting', 'x'.repeat(200), 'h1', 'high');
    expect(f.category).toBe('identity');
    expect(f.evidence).toHaveLength(80);
  });
});
