import { describe, expect, it } from 'vitest';
import { memberPrice } from '../../../src/detectors/page/member-price';
import { scan } from './personalization-dom';

describe('member-price', () => {
  it('finds member prices, stronger when addressed to the visitor', () => {
    expect(scan('<h3>Your member price: €39.99</h3>', 'en', [memberPrice])[0]).toMatchObject({
      signal: 'member-price',
      category: 'financial',
      confidence: 'medium',
    });
    expect(scan('<h3>Mitgliederpreis 19,99 €</h3>', 'de', [memberPrice])[0]?.confidence).toBe('low');
    expect(scan('<a>会员价 ¥99</a>', 'zh', [memberPrice])).toHaveLength(1);
  });

  it('ignores body copy and long texts', () => {
    expect(scan('<p>Member price</p>', 'en', [memberPrice])).toEqual([]);
    expect(scan(`<h3>Member price ${'x'.repeat(80)}</h3>`, 'en', [memberPrice])).toEqual([]);
  });
});
