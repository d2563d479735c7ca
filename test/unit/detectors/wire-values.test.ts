import { describe, expect, it } from 'vitest';
import {
  amount,
  currency,
  idList,
  isPresent,
  jsonValue,
  looksLikeJson,
  parseJson,
  quantity,
  scalarText,
  shortText,
} from '../../../src/detectors/network/commerce/wire-values';

describe('wire values', () => {
  it('reads amounts sent as numbers or strings, and refuses anything else', () => {
    expect(amount(549)).toBe(549);
    expect(amount('49.99')).toBe(49.99);
    expect(amount(' 549.00 ')).toBe(549);
    expect(amount('49,99')).toBe(49.99);
    expect(amount('1,234')).toBeUndefined();
    expect(amount('12 EUR')).toBeUndefined();
    expect(amount('undefined')).toBeUndefined();
    expect(amount(Number.NaN)).toBeUndefined();
    expect(amount('Infinity')).toBeUndefined();
    expect(amount({ value: 1 })).toBeUndefined();
  });

  it('reads quantities as non-negative amounts', () => {
    expect(quantity('2')).toBe(2);
    expect(quantity(-1)).toBeUndefined();
  });

  it('keeps only ISO-shaped currency codes, upper-cased', () => {
    expect(currency('eur')).toBe('EUR');
    expect(currency('USD')).toBe('USD');
    expect(currency('undefined')).toBeUndefined();
    expect(currency('€')).toBeUndefined();
    expect(currency('EURO')).toBeUndefined();
  });

  it('treats tag placeholders as absent', () => {
    for (const empty of ['', '  ', 'undefined', 'null', 'NaN', '[]', '{}', undefined, null, {}]) {
      expect(isPresent(empty)).toBe(false);
    }
    expect(isPresent('a')).toBe(true);
    expect(isPresent(0)).toBe(true);
    expect(isPresent(['', 'x'])).toBe(true);
    expect(isPresent([''])).toBe(false);
    expect(scalarText(' x ')).toBe('x');
    expect(shortText('x'.repeat(500))).toHaveLength(200);
    expect(shortText('abcdef', 3)).toBe('abc');
  });

  it('parses JSON without throwing', () => {
    expect(parseJson('{"a":1}')).toEqual({ a: 1 });
    expect(parseJson('{"a":')).toBeUndefined();
    expect(parseJson(undefined)).toBeUndefined();
    expect(looksLikeJson('  [1]')).toBe(true);
    expect(looksLikeJson('a=1')).toBe(false);
    expect(jsonValue('[1,2]')).toEqual([1, 2]);
    expect(jsonValue('plain')).toBe('plain');
    expect(jsonValue([3])).toEqual([3]);
  });

  it('reads id lists in every shape tags send', () => {
    expect(idList('["A","B"]')).toEqual(['A', 'B']);
    expect(idList(['A', 7])).toEqual(['A', '7']);
    expect(idList('A,B , C')).toEqual(['A', 'B', 'C']);
    expect(idList('[A,B]')).toEqual(['A', 'B']);
    expect(idList('["A",')).toEqual(['A']);
    expect(idList('single')).toEqual(['single']);
    expect(idList('')).toEqual([]);
    expect(idList(undefined)).toEqual([]);
  });
});
