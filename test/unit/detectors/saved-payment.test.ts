import { describe, expect, it } from 'vitest';
import { savedPayment } from '../../../src/detectors/page/saved-payment';
import { scan } from './personalization-dom';

describe('saved-payment', () => {
  it('finds a saved card and masks its digits', () => {
    const [found] = scan(
      '<div class="pmts-instrument"><span class="payment-line">Visa ending in 4242</span></div>',
      'en',
      [savedPayment],
    );
    expect(found).toMatchObject({
      signal: 'saved-payment',
      category: 'financial',
      evidence: 'Visa ending in ••••',
    });
    expect(scan('<h3>Karte endet auf 1234</h3>', 'de', [savedPayment])[0]?.evidence).toBe(
      'Karte endet auf ••••',
    );
    expect(scan('<div class="payment">银行卡 尾号1234</div>', 'zh', [savedPayment])[0]?.evidence).toBe(
      '银行卡 尾号••••',
    );
    expect(scan('<div class="card-payment">•••• 4242</div>', 'en', [savedPayment])).toHaveLength(1);
  });

  it('ignores help text and other numbers', () => {
    expect(scan('<p>Cards ending in 4242 are test cards.</p>', 'en', [savedPayment])).toEqual([]);
    expect(scan('<h3>Offer ending in 3 days</h3>', 'en', [savedPayment])).toEqual([]);
  });
});
