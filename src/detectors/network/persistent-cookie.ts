/**
 * Persistent identifiers: cookies a third party sets or receives whose value looks like an
 * identifier (long, varied, not a flag or a word) and, when set, that live for weeks or more.
 * Such a cookie lets the company recognise this browser across every site that embeds it.
 * Only names and lifetimes leave this module; values are judged and forgotten.
 */

export interface CookieIdentifier {
  name: string;
  /** Lifetime in days for cookies being set; undefined for cookies seen in a request. */
  lifetimeDays?: number;
}

/** A cookie must live at least this long to count as persistent. */
export const MIN_LIFETIME_DAYS = 30;

/**
 * Longest cookie name kept. Real names are short ("_fbp", "IDE"; "mp_<32 hex>_mixpanel" is among
 * the longest), but a name is whatever the header says: a longer one is cut like every wire text.
 */
export const MAX_COOKIE_NAME_LENGTH = 128;

/**
 * Looks like an identifier: ≥ 10 characters and ≥ 6 distinct ones, mixing digits with letters or
 * separators, or a long pure number (≥ 15 digits; shorter ones are usually timestamps).
 */
export function isIdentifierLike(value: string): boolean {
  const v = value.trim().replace(/^"|"$/g, '');
  if (v.length < 10 || v.length > 4096) return false;
  if (new Set(v).size < 6) return false;
  if (/^(true|false|null|undefined|yes|no)$/i.test(v)) return false;
  if (/^\d+$/.test(v)) return v.length >= 15;
  return /\d/.test(v) && /[A-Za-z._-]/.test(v);
}

/** Parse Set-Cookie header values; keep those that are persistent identifiers. `now` in ms. */
export function persistentCookiesSet(setCookieHeaders: readonly string[], now: number): CookieIdentifier[] {
  const found: CookieIdentifier[] = [];
  for (const header of setCookieHeaders) {
    // Chrome joins several Set-Cookie headers with newlines in one value.
    for (const line of header.split('\n')) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq <= 0) continue;
      const name = cookieName(pair.slice(0, eq));
      const value = pair.slice(eq + 1).trim();
      const lifetimeDays = lifetimeOf(attributes, now);
      if (lifetimeDays !== undefined && lifetimeDays >= MIN_LIFETIME_DAYS && isIdentifierLike(value)) {
        found.push({ name, lifetimeDays: Math.round(lifetimeDays) });
      }
    }
  }
  return found;
}

/** Identifier-like cookies in a Cookie request header (names only). */
export function identifierCookiesSent(cookieHeader: string): CookieIdentifier[] {
  const found: CookieIdentifier[] = [];
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    if (isIdentifierLike(part.slice(eq + 1))) found.push({ name: cookieName(part.slice(0, eq)) });
  }
  return found;
}

function cookieName(raw: string): string {
  return raw.trim().slice(0, MAX_COOKIE_NAME_LENGTH);
}

function lifetimeOf(attributes: string[], now: number): number | undefined {
  let expires: number | undefined;
  for (const attribute of attributes) {
    const [rawKey, ...rest] = attribute.split('=');
    const key = rawKey?.trim().toLowerCase();
    const value = rest.join('=').trim();
    // Max-Age wins over Expires (RFC 6265 §5.3).
    if (key === 'max-age' && /^-?\d+$/.test(value)) return Number(value) / 86_400;
    if (key === 'expires') {
      const at = Date.parse(value);
      if (!Number.isNaN(at)) expires = (at - now) / 86_400_000;
    }
  }
  return expires;
}
