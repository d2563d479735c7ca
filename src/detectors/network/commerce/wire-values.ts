/**
 * Reading single values off the wire: amounts, quantities, currency codes, short texts, lists and
 * JSON. Tags send numbers as strings ("49.99"), unset variables as "undefined", and page text of any
 * length, so every reader takes unknown input, returns undefined for what it cannot trust, and never
 * throws.
 */

/** What tags send when a page variable was empty: they mean "nothing was sent", not a value. */
const EMPTY_MARKERS = new Set(['', 'undefined', 'null', 'nan', '[]', '{}']);

/** Longest text kept from a beacon (names, search terms, ids): enough to recognise, bounded in memory. */
export const MAX_TEXT_LENGTH = 200;

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
/** "49,99": a decimal comma with at most two decimals (European shops); "1,234" stays unread. */
const DECIMAL_COMMA = /^[+-]?\d+,\d{1,2}$/;
const CURRENCY_CODE = /^[a-z]{3}$/i;

/** A string or number as trimmed text, or undefined when it is empty or a placeholder. */
export function scalarText(value: unknown): string | undefined {
  let text: string;
  if (typeof value === 'string') text = value.trim();
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else return undefined;
  return EMPTY_MARKERS.has(text.toLowerCase()) ? undefined : text;
}

/** scalarText, cut to MAX_TEXT_LENGTH. */
export function shortText(value: unknown, max = MAX_TEXT_LENGTH): string | undefined {
  const text = scalarText(value);
  return text === undefined ? undefined : text.slice(0, max);
}

/** Whether a field carries something: a non-placeholder scalar, or a list holding one. */
export function isPresent(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(isPresent);
  return scalarText(value) !== undefined;
}

/** A money amount; undefined for anything that is not a plain finite number. */
export function amount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = scalarText(value);
  if (text === undefined) return undefined;
  const normalised = DECIMAL_COMMA.test(text) ? text.replace(',', '.') : text;
  if (!PLAIN_NUMBER.test(normalised)) return undefined;
  const number = Number(normalised);
  return Number.isFinite(number) ? number : undefined;
}

/** A quantity: a non-negative amount. */
export function quantity(value: unknown): number | undefined {
  const number = amount(value);
  return number !== undefined && number >= 0 ? number : undefined;
}

/** An ISO 4217-shaped currency code, upper-cased; anything else is dropped rather than passed on. */
export function currency(value: unknown): string | undefined {
  const text = scalarText(value);
  return text !== undefined && CURRENCY_CODE.test(text) ? text.toUpperCase() : undefined;
}

/** JSON.parse that returns undefined instead of throwing. */
export function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Cheap check before parsing: only text that opens like JSON is worth JSON.parse. */
export function looksLikeJson(text: string): boolean {
  const first = text.trimStart()[0];
  return first === '{' || first === '[';
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function asArray(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/** A JSON value that may arrive already parsed or as a JSON string (bracket params carry strings). */
export function jsonValue(value: unknown): unknown {
  return typeof value === 'string' && looksLikeJson(value) ? parseJson(value) : value;
}

/**
 * A list of ids as tags send them: a JSON array (`["A","B"]`), a bracketed list that is not JSON
 * (`[A,B]`), a comma list (`A,B`) or a single id.
 */
export function idList(value: unknown): string[] {
  const parsed = jsonValue(value);
  if (Array.isArray(parsed)) return parsed.map((id) => shortText(id)).filter((id) => id !== undefined);
  const text = scalarText(value);
  if (text === undefined) return [];
  // A bracketed list that is not JSON (or JSON cut short by the body cap): split it by hand.
  return text
    .replace(/^\[/, '')
    .replace(/\]$/, '')
    .split(',')
    .map((id) => shortText(id.trim().replace(/^"|"$/g, '')))
    .filter((id) => id !== undefined);
}
