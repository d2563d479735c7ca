import { describe, expect, it } from 'vitest';
import { loyalty } from '../../../src/detectors/page/loyalty';
import { scan } from './personalization-dom';

describe('loyalty', () => {
  it('finds points next to a number and status phrases with a value', () => {
    expect(
      scan('<div class="account-box"><span class="title">1,250 points</span></div>', 'en', [loyalty])[0],
    ).toMatchObject({
      signal: 'loyalty',
      category: 'purchase-history',
      confidence: 'high',
    });
    expect(scan('<h3>Punktestand: 300</h3>', 'de', [loyalty])).toHaveLength(1);
    expect(scan('<a>我的积分 520</a>', 'zh', [loyalty])).toHaveLength(1);
    expect(scan('<h3>Member since 2019</h3>', 'en', [loyalty])).toHaveLength(1);
  });

  it('ignores programme names and points words without a number', () => {
    for (const body of [
      '<a>Prime</a>',
      '<a>PAYBACK</a>',
      '<a>京豆</a>',
      '<h2>Collect points with every order</h2>',
      '<a>PLUS会员</a>',
    ])
      expect(scan(body, 'en', [loyalty]), body).toEqual([]);
  });
});
