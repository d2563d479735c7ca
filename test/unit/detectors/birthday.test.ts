import { describe, expect, it } from 'vitest';
import { birthday } from '../../../src/detectors/page/birthday';
import { scan } from './personalization-dom';

describe('birthday', () => {
  it('finds birthday greetings and offers in three languages', () => {
    expect(scan('<h2>Happy birthday, here is 10% off</h2>', 'en', [birthday])[0]).toMatchObject({
      signal: 'birthday-offer',
      category: 'demographics',
      confidence: 'medium',
    });
    expect(scan('<h2>Dein Geburtstagsgutschein</h2>', 'de', [birthday])).toHaveLength(1);
    expect(scan('<a>领取生日券</a>', 'zh', [birthday])).toHaveLength(1);
  });

  it('ignores body copy', () => {
    expect(scan('<p>Happy birthday cards for every occasion</p>', 'en', [birthday])).toEqual([]);
  });
});
