import { describe, expect, it } from 'vitest';
import { personalizedPrice } from '../../../src/detectors/page/personalized-price';
import { scan } from './personalization-dom';

describe('personalized-price', () => {
  it('finds the disclosure of a personalised price', () => {
    expect(scan('<h4>Personalised price</h4>', 'en', [personalizedPrice])[0]).toMatchObject({
      signal: 'personalized-price',
      category: 'financial',
      confidence: 'high',
    });
    expect(
      scan('<h4>Personalisierter Preis auf Grundlage automatisierter Entscheidungsfindung</h4>', 'de', [
        personalizedPrice,
      ]),
    ).toHaveLength(1);
    expect(scan('<a>专属价</a>', 'zh', [personalizedPrice])).toHaveLength(1);
  });

  it('ignores product titles in body copy', () => {
    expect(scan('<p>Personalised price tags for your shop</p>', 'en', [personalizedPrice])).toEqual([]);
  });
});
