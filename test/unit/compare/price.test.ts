import { describe, expect, it } from 'vitest';
import { parsePrice, samePrice, structuredPrice } from '../../../src/compare';

describe('parsePrice', () => {
  it.each([
    ['€49.99', 49.99, 'EUR'],
    ['49,99 €', 49.99, 'EUR'],
    ['1.299,00 €', 1299, 'EUR'],
    ['$1,299.00', 1299, 'USD'],
    ['US$ 12', 12, 'USD'],
    ['£7.5', 7.5, 'GBP'],
    ['¥199', 199, 'CNY'],
    ['￥1,299.00', 1299, 'CNY'],
    ['199.00元', 199, 'CNY'],
    ['Jetzt nur 24,95 EUR', 24.95, 'EUR'],
    ['CHF 1’299.–', 1299, 'CHF'],
    ['Only 3 left, now $5.00', 5, 'USD'],
  ])('%s', (text, amount, currency) => {
    const price = parsePrice(text);
    expect(price?.amount).toBe(amount);
    expect(price?.currency).toBe(currency);
  });

  it('finds nothing in text without a currency, or in long text', () => {
    expect(parsePrice('Only 3 left')).toBeUndefined();
    expect(parsePrice('4.5 out of 5 stars')).toBeUndefined();
    expect(parsePrice(`${'word '.repeat(30)} €5`)).toBeUndefined();
  });
});

describe('structuredPrice and samePrice', () => {
  it('reads schema.org amounts and ISO codes', () => {
    expect(structuredPrice('44.99', 'eur')).toMatchObject({ amount: 44.99, currency: 'EUR' });
    expect(structuredPrice(44.99, undefined)).toMatchObject({ amount: 44.99 });
    expect(structuredPrice('free', 'EUR')).toBeUndefined();
    expect(structuredPrice(-1, 'EUR')).toBeUndefined();
  });

  it('compares amounts, and currencies when both are known', () => {
    expect(samePrice(parsePrice('€44.99')!, structuredPrice('44.99', 'EUR')!)).toBe(true);
    expect(samePrice(parsePrice('€44.99')!, parsePrice('$44.99')!)).toBe(false);
    expect(samePrice(parsePrice('€44.99')!, structuredPrice('44.99', undefined)!)).toBe(true);
    expect(samePrice(parsePrice('€49.99')!, parsePrice('€44.99')!)).toBe(false);
  });
});
