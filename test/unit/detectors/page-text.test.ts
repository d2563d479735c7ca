import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  describeElement,
  findPhrase,
  langFromTag,
  langFromText,
  maskCardDigits,
  maskPostcodes,
  normalizeText,
  toSimplified,
} from '../../../src/detectors/page/page-text';

describe('page-text', () => {
  it('normalises once: NFKC, zero-width removed, whitespace collapsed, lower case, Simplified', () => {
    const clean = cleanText('  Hello,\u200B\n  ＴＨＥＯ  ');
    expect(clean).toBe('Hello, THEO');
    expect(normalizeText(clean)).toBe('hello, theo');
    expect(normalizeText(cleanText('為您推薦'))).toBe('为您推荐');
    expect(normalizeText('Related to items you’ve viewed')).toBe("related to items you've viewed");
    expect(normalizeText(cleanText('您好！歡迎來到'))).toBe('您好!欢迎来到');
  });

  it('maps only Chinese text to Simplified', () => {
    expect(toSimplified('瀏覽記錄')).toBe('浏览记录');
    expect(toSimplified('plain latin')).toBe('plain latin');
  });

  it('chooses the language from the tag, else from the script', () => {
    expect(langFromTag('de-AT')).toBe('de');
    expect(langFromTag('zh_TW')).toBe('zh');
    expect(langFromTag('fr')).toBeUndefined();
    expect(langFromTag(null)).toBeUndefined();
    expect(langFromText('京东 你好')).toBe('zh');
    expect(langFromText('Hallo und willkommen')).toBe('de');
    expect(langFromText('Hello and welcome')).toBe('en');
  });

  it('describes an element by id, or by tag and class under the nearest id', () => {
    const { document } = parseHTML(
      '<div id="rhf"><section><h2 class="p13n-title big">x</h2></section></div><p>y</p>',
    );
    expect(describeElement(document.querySelector('#rhf')!)).toBe('#rhf');
    expect(describeElement(document.querySelector('h2')!)).toBe('#rhf h2.p13n-title');
    expect(describeElement(document.querySelector('p')!)).toBe('p');
  });

  it('masks postcodes and card digits', () => {
    expect(maskPostcodes('Deliver to Berlin 10115')).toBe('Deliver to Berlin 10•••');
    expect(maskPostcodes('Deliver to London SW1A 1AA')).toBe('Deliver to London SW•••');
    expect(maskCardDigits('Visa ending in 4242')).toBe('Visa ending in ••••');
  });

  it('finds phrases as whole words, with * gaps', () => {
    expect(findPhrase('add to cart', ['ad'])).toBeUndefined();
    expect(findPhrase('ad · sponsored', ['ad'])).toBe('ad');
    expect(findPhrase('weil sie die lampe angesehen haben', ['weil sie * angesehen haben'])).toBeDefined();
    expect(findPhrase('猜你喜欢', ['猜你喜欢'])).toBe('猜你喜欢');
    expect(findPhrase('anything', [])).toBeUndefined();
  });

  it('finds Latin phrases only at a word start, searching on after a match inside a word', () => {
    expect(findPhrase('preorder now', ['reorder'])).toBeUndefined();
    expect(findPhrase('über-reorder', ['reorder'])).toBe('reorder');
    // "ad" inside "bad" fails at its start; the search goes on to the word "ad".
    expect(findPhrase('bad ad', ['ad', 'bad ads'])).toBe('ad');
    expect(findPhrase('mein2ad ad', ['ad'])).toBe('ad');
    expect(findPhrase('xad', ['ad'])).toBeUndefined();
  });

  it('returns the leftmost phrase across Latin and other scripts', () => {
    const phrases = ['recently viewed', '猜你喜欢'];
    expect(findPhrase('猜你喜欢 · recently viewed', phrases)).toBe('猜你喜欢');
    expect(findPhrase('recently viewed · 猜你喜欢', phrases)).toBe('recently viewed');
    expect(findPhrase('x猜你喜欢', phrases)).toBe('猜你喜欢');
  });
});
