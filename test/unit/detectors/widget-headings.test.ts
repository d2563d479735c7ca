import { describe, expect, it } from 'vitest';
import { classifyWidgetTitle, widgetHeadings } from '../../../src/detectors/page/widget-headings';
import { PHRASES_DE } from '../../../src/detectors/page/phrases-de';
import { PHRASES_EN } from '../../../src/detectors/page/phrases-en';
import { PHRASES_ZH } from '../../../src/detectors/page/phrases-zh';
import { scan, signals } from './personalization-dom';

describe('widget-headings', () => {
  it('classifies personal, item-based, popularity and sponsored titles', () => {
    const en = [PHRASES_EN];
    expect(classifyWidgetTitle('inspired by your browsing history', en)?.widget).toBe(
      'personal-recommendations',
    );
    expect(classifyWidgetTitle('customers who viewed this item also viewed', en)?.widget).toBe('item-based');
    expect(classifyWidgetTitle('best sellers in garden', en)?.widget).toBe('popularity');
    expect(classifyWidgetTitle('sponsored products', en)?.widget).toBe('sponsored');
    expect(classifyWidgetTitle('recommended', en)).toBeUndefined();
    expect(classifyWidgetTitle('看了又看', [PHRASES_ZH])?.widget).toBe('item-based');
    expect(
      classifyWidgetTitle('kunden, die diesen artikel gekauft haben, kauften auch', [PHRASES_DE])?.widget,
    ).toBe('item-based');
  });

  it('finds personal widget titles in three languages', () => {
    expect(
      signals(
        scan('<div class="p13n-desktop-carousel"><h2>Recommended for you</h2></div>', 'en', [widgetHeadings]),
      ),
    ).toEqual(['personal-recommendations']);
    expect(
      scan('<div class="p13n-carousel"><h2>Recommended for you</h2></div>', 'en', [widgetHeadings])[0]
        ?.confidence,
    ).toBe('high');
    expect(signals(scan('<h2>Inspiriert von deinem Browserverlauf</h2>', 'de', [widgetHeadings]))).toEqual([
      'personal-recommendations',
    ]);
    expect(signals(scan('<h2>最近瀏覽</h2><h2>根据浏览猜你喜欢</h2>', 'zh-TW', [widgetHeadings]))).toEqual([
      'personal-recommendations',
      'recently-viewed',
    ]);
    const [found] = scan('<h3>Buy it again</h3>', 'en', [widgetHeadings]);
    expect(found).toMatchObject({ signal: 'buy-again', category: 'purchase-history', where: 'h3' });
  });

  it('ignores generic, crowd and sponsored widgets', () => {
    const body = `<h2>Recommended</h2><h2>Empfohlen</h2><h2>推荐</h2><h2>Bestseller</h2>
      <h2>Customers who bought this item also bought</h2><h2>Frequently bought together</h2>
      <h2>Sponsored</h2><h2>You may also like</h2>`;
    expect(scan(body, 'en', [widgetHeadings])).toEqual([]);
    expect(scan(body, 'de', [widgetHeadings])).toEqual([]);
  });

  it('counts a link only when its whole label is a personal list, never a plain account link', () => {
    expect(signals(scan('<a href="/rv">Recently Viewed</a>', 'en', [widgetHeadings]))).toEqual([
      'recently-viewed',
    ]);
    expect(scan('<a href="/rv">Recently Viewed</a>', 'en', [widgetHeadings])[0]?.confidence).toBe('low');
    expect(scan('<a href="/o">Your Orders</a>', 'en', [widgetHeadings])).toEqual([]);
    expect(
      scan('<a href="/p/1">Garden hose recently viewed by 50 people this week</a>', 'en', [widgetHeadings]),
    ).toEqual([]);
  });

  it('ignores body copy and footers', () => {
    expect(
      scan('<p>Recommended for you</p><footer><h3>Recently viewed</h3></footer>', 'en', [widgetHeadings]),
    ).toEqual([]);
  });
});
