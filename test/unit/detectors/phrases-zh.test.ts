import { describe, expect, it } from 'vitest';
import { findPhrase, normalizeText } from '../../../src/detectors/page/page-text';
import { PHRASES_ZH } from '../../../src/detectors/page/phrases-zh';
import { expectWellFormed } from './personalization-dom';

describe('phrases-zh', () => {
  it('is lower-case NFKC, without duplicates, personal and crowd lists apart', () => {
    expect(PHRASES_ZH.lang).toBe('zh');
    expectWellFormed(PHRASES_ZH);
  });

  it('is Simplified Chinese: mapping to Simplified changes no phrase', () => {
    const all = Object.values(PHRASES_ZH.widgets).flat();
    for (const phrase of all) expect(normalizeText(phrase)).toBe(phrase);
  });

  it('finds Traditional page text after normalisation, but not a bare 推荐', () => {
    const recs = PHRASES_ZH.widgets['personal-recommendations'];
    expect(findPhrase(normalizeText('為您推薦'), recs)).toBe('为您推荐');
    expect(findPhrase(normalizeText('最近瀏覽'), PHRASES_ZH.widgets['recently-viewed'])).toBe('最近浏览');
    expect(findPhrase('推荐', recs)).toBeUndefined();
  });

  it('greets a name but not the login prompt', () => {
    expect(PHRASES_ZH.greeting.exec('您好,王先生')?.[1]).toBe('王先生');
    expect(PHRASES_ZH.greeting.test('你好,请登录')).toBe(false);
    expect(PHRASES_ZH.savedPayment.test('尾号1234')).toBe(true);
  });
});
