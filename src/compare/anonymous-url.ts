/**
 * The URL an anonymous visitor would open for the page the user is on: the same shop, path and
 * product, but without what could tie the request to the user. Fragments never leave the
 * browser anyway; query parameters go unless they look like they name the product
 * (?id=123, ?variant=blue), because session ids, click ids and campaign tags in a URL would
 * re-identify the "anonymous" request.
 */

const IDENTIFYING_NAMES =
  /^(utm_.*|gclid|gbraid|wbraid|dclid|fbclid|msclkid|ttclid|twclid|yclid|mc_[a-z]+|_ga|_gl|sid|session.*|sess.*|token|auth.*|user.*|uid|customer.*|email|e|ref_?|tag|affiliate.*|aff.*|trk.*|tracking.*|cid|clickid|_hs.*|mkt_tok|vero_.*|spm|scm|pvid|.*ref)$/i;

/** A value that names a product or option: short, and not shaped like a random token. */
function looksLikeProductValue(value: string): boolean {
  if (value.length === 0 || value.length > 40) return false;
  if (value.includes('@')) return false;
  // Long runs of hex or base64-ish characters are tokens, not product ids.
  if (/[0-9a-f]{16,}/i.test(value) || /[A-Za-z0-9_-]{24,}/.test(value)) return false;
  return true;
}

/** The anonymous URL, or undefined when the page URL is not an http(s) URL. */
export function anonymousRequestUrl(pageUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  url.username = '';
  url.password = '';
  url.hash = '';
  const kept = new URLSearchParams();
  for (const [name, value] of url.searchParams) {
    if (!IDENTIFYING_NAMES.test(name) && looksLikeProductValue(value)) kept.append(name, value);
  }
  url.search = kept.toString();
  return url.toString();
}
