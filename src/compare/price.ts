/**
 * Prices as shops print them ("€49.99", "49,99 €", "$1,299.00", "1.299,00 EUR", "¥199",
 * "￥1,299.00") → an amount and a currency. Pure. Only what is confidently a price comes out:
 * a number with at most two decimals and a currency sign or code.
 */

export interface Price {
  amount: number;
  /** ISO 4217 code when the sign or code says it, else undefined. */
  currency?: string;
  /** The text as the page printed it, trimmed and at most 40 characters. */
  text: string;
}

const SIGNS: Record<string, string> = {
  '€': 'EUR',
  '£': 'GBP',
  $: 'USD',
  us$: 'USD',
  a$: 'AUD',
  c$: 'CAD',
  '¥': 'CNY',
  '￥': 'CNY',
  元: 'CNY',
  rmb: 'CNY',
  chf: 'CHF',
  'fr.': 'CHF',
};

const CODES = new Set([
  'EUR',
  'USD',
  'GBP',
  'CNY',
  'CHF',
  'JPY',
  'CAD',
  'AUD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
]);

// Grouped thousands first (at least one group), else plain digits: the longer reading wins.
const NUMBER = String.raw`\d{1,3}(?:[.,'’ \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const SIGN = String.raw`us\$|a\$|c\$|[€£$¥￥元]|rmb|chf|fr\.|\b[a-z]{3}\b`;
const PRICE_PATTERN = new RegExp(String.raw`(?:(${SIGN})\s?(${NUMBER}))|(?:(${NUMBER})\s?(${SIGN}))`, 'giu');

/** The first price in a short text, or undefined. */
export function parsePrice(text: string): Price | undefined {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length === 0 || clean.length > 80) return undefined;
  PRICE_PATTERN.lastIndex = 0;
  for (let match = PRICE_PATTERN.exec(clean); match; match = PRICE_PATTERN.exec(clean)) {
    // A three-letter word is a currency only when it is a code ("nur 24,95 EUR": not "nur").
    const currency = currencyOf((match[1] ?? match[4])!);
    const amount = currency ? parseAmount((match[2] ?? match[3])!) : undefined;
    if (currency && amount !== undefined) return { amount, currency, text: match[0].trim().slice(0, 40) };
    // Look again from the next character, so the number can pair with a sign after it.
    PRICE_PATTERN.lastIndex = match.index + 1;
  }
  return undefined;
}

/** A machine-readable amount ("44.99", "44,99", 44.99) with an optional ISO code, as in structured data. */
export function structuredPrice(amount: unknown, currency: unknown): Price | undefined {
  const value =
    typeof amount === 'number' ? amount : typeof amount === 'string' ? parseAmount(amount.trim()) : undefined;
  if (value === undefined || !Number.isFinite(value) || value < 0) return undefined;
  const code =
    typeof currency === 'string' && CODES.has(currency.trim().toUpperCase())
      ? currency.trim().toUpperCase()
      : undefined;
  const price: Price = {
    amount: Math.round(value * 100) / 100,
    text: `${code ? `${code} ` : ''}${value}`.slice(0, 40),
  };
  if (code) price.currency = code;
  return price;
}

/** True when two prices name the same amount in the same (or an unknown) currency. */
export function samePrice(a: Price, b: Price): boolean {
  return (
    a.amount === b.amount &&
    (a.currency === undefined || b.currency === undefined || a.currency === b.currency)
  );
}

function currencyOf(sign: string): string | undefined {
  const lower = sign.toLowerCase();
  if (Object.prototype.hasOwnProperty.call(SIGNS, lower)) return SIGNS[lower];
  const upper = sign.toUpperCase();
  return CODES.has(upper) ? upper : undefined;
}

/**
 * "1.299,00" and "1,299.00" are both 1299: the last separator followed by one or two digits
 * is the decimal mark, every other separator groups thousands.
 */
function parseAmount(digits: string): number | undefined {
  const compact = digits.replace(/['’ \u00a0\u202f]/g, '');
  const decimal = /[.,](\d{1,2})$/.exec(compact);
  const whole = (decimal ? compact.slice(0, decimal.index) : compact).replace(/[.,]/g, '');
  if (!/^\d+$/.test(whole)) return undefined;
  const value = Number(`${whole}.${decimal?.[1] ?? '0'}`);
  return Number.isFinite(value) ? value : undefined;
}
