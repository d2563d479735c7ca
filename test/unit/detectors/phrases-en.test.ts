import { describe, expect, it } from 'vitest';
import { findPhrase } from '../../../src/detectors/page/page-text';
import { PHRASES_EN } from '../../../src/detectors/page/phrases-en';
import { expectWellFormed } from './personalization-dom';

describe('phrases-en', () => {
  it('is lower-case NFKC, without duplicates, personal and crowd lists apart', () => {
    expect(PHRASES_EN.lang).toBe('en');
    expectWellFormed(PHRASES_EN);
  });

  it('keeps a bare "recommended" out of the personal list', () => {
    expect(findPhrase('recommended', PHRASES_EN.widgets['personal-recommendations'])).toBeUndefined();
    expect(findPhrase('recommended for you', PHRASES_EN.widgets['personal-recommendations'])).toBe(
      'recommended for you',
    );
  });

  it('greets a name but not a sign-in prompt', () => {
    expect(PHRASES_EN.greeting.exec('Hello, Theo')?.[1]).toBe('Theo');
    expect(PHRASES_EN.greeting.test('Hello, sign in')).toBe(false);
    expect(PHRASES_EN.greeting.test('Hi there')).toBe(false);
  });

  it('recognises delivery lead-ins and saved cards', () => {
    expect(PHRASES_EN.delivery.test('delivering to chicago 60602')).toBe(true);
    expect(PHRASES_EN.delivery.test('express delivery to netherlands')).toBe(false);
    expect(PHRASES_EN.savedPayment.test('visa ending in 4242')).toBe(true);
    expect(PHRASES_EN.savedPayment.test('offer ending in 2 days')).toBe(false);
  });
});
