import { describe, expect, it } from 'vitest';
import {
  birthdayVariants,
  emailVariants,
  phoneVariants,
  postcodeVariants,
  textVariants,
} from '../../../src/identifiers';

describe('normalisation', () => {
  it('emails: lower-cased first; Gmail dots and +tags removed', () => {
    expect(emailVariants(' T.Beispiel+news@Gmail.com')[0]).toBe('t.beispiel+news@gmail.com');
    expect(emailVariants('t.beispiel+news@gmail.com')).toEqual(
      expect.arrayContaining(['tbeispiel@gmail.com', 't.beispiel@gmail.com']),
    );
    // Dots are only insignificant at Gmail.
    expect(emailVariants('t.beispiel@example.de')).not.toContain('tbeispiel@example.de');
  });

  it('phones: E.164 from German and Chinese national numbers and from 00-prefixed ones', () => {
    expect(phoneVariants('0621 123456')[0]).toBe('+49621123456');
    expect(phoneVariants('13800138000')[0]).toBe('+8613800138000');
    expect(phoneVariants('0044 20 7946 0958')[0]).toBe('+442079460958');
    expect(phoneVariants('+1 (555) 010-9999')).toEqual(
      expect.arrayContaining(['+15550109999', '15550109999', '5550109999']),
    );
    expect(phoneVariants('12')).toEqual([]);
  });

  it('names and cities: lower-cased and without spaces (Meta ct)', () => {
    expect(textVariants('  Bad   Homburg ')).toEqual(['bad homburg', 'Bad Homburg', 'badhomburg']);
  });

  it('postcodes and birthdays', () => {
    expect(postcodeVariants('SW1A 1AA')[0]).toBe('sw1a1aa');
    expect(birthdayVariants('03.07.1985')[0]).toBe('19850703');
    expect(birthdayVariants('1985-07-03')).toEqual(['19850703', '1985-07-03']);
  });
});
