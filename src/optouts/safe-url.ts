/**
 * Which URLs and contacts may become links: http(s) pages and email addresses only. Everything
 * here comes from data files, the tracker database or shop pages, so a `javascript:` or `data:`
 * URL, credentials in a URL, or an address that smuggles mailto headers (`?bcc=`) is dropped.
 */

export const MAX_URL_LENGTH = 2048;
/** RFC 5321: 64 for the local part, 254 for the whole address. */
export const MAX_EMAIL_LENGTH = 254;

/** The URL, normalised, when it is an absolute http(s) URL without credentials; else undefined. */
export function safeWebUrl(value: string | undefined | null): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return undefined;
  // URL() strips tabs and newlines inside a URL; such a value is not one we want to show.
  // eslint-disable-next-line no-control-regex -- control characters are what this rejects
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  // user:pass@host makes a link look like another site's.
  if (url.username || url.password) return undefined;
  return url.href;
}

/**
 * A plain address: a conservative local part (no `%`, `?`, `&`, `#` or `/`, which would need
 * escaping in a mailto URI and are where header injection hides) and a dotted host name.
 */
const EMAIL =
  /^[A-Za-z0-9](?:[A-Za-z0-9._+-]{0,62}[A-Za-z0-9_+-])?@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** The address (domain lower-cased) when the value is one email address, optionally as `mailto:`. */
export function emailAddress(value: string | undefined | null): string | undefined {
  if (typeof value !== 'string') return undefined;
  const bare = value.trim().replace(/^mailto:/i, '');
  if (bare.length > MAX_EMAIL_LENGTH || !EMAIL.test(bare) || bare.includes('..')) return undefined;
  const at = bare.lastIndexOf('@');
  return `${bare.slice(0, at)}@${bare.slice(at + 1).toLowerCase()}`;
}

export type Contact = { kind: 'email'; address: string } | { kind: 'url'; url: string };

/** A privacy contact as the tracker database or a user gives it: an email address or a web form. */
export function classifyContact(value: string | undefined | null): Contact | undefined {
  const address = emailAddress(value);
  if (address) return { kind: 'email', address };
  const url = safeWebUrl(typeof value === 'string' ? value.trim() : value);
  return url ? { kind: 'url', url } : undefined;
}

/** `mailto:` for an address accepted by emailAddress, each part percent-encoded (RFC 6068). */
export function mailtoAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return `mailto:${encodeURIComponent(address.slice(0, at))}@${address.slice(at + 1)}`;
}
