/**
 * Identifier leaks: does an outgoing request carry one of the user's identifiers, in any of the
 * encodings and hashes of the pool (src/identifiers)? Scans the URL, the body (form fields, JSON,
 * text, beacon payloads, base64 envelopes one level deep) and the Cookie header. Also flags
 * contact-identifier fields whose value is hash-shaped even when it matches nothing we know
 * (a shop may hash an email the user never typed here): a weaker, "medium" finding.
 * Pure; never throws.
 */
import {
  decodeBase64Text,
  safeDecodeURIComponent,
  type IdentifierPool,
  type PoolMatch,
} from '../../identifiers';
import type { OutgoingRequest } from '../../model';

export type Carrier = 'url' | 'body' | 'cookie';

export interface IdentifierFinding extends PoolMatch {
  carrier: Carrier;
}

export interface LeakScan {
  findings: IdentifierFinding[];
  /** Names of contact fields holding a hash-shaped value that matched nothing in the pool. */
  unmatchedHashedContactFields: string[];
}

const SEPARATORS = /[&=;,:~[\]{}"'/\s?#|()<>\\]+/;
const CONTACT_FIELD =
  /(^|[^a-z])(em|e_?mail|hem|u_hem|hashed_?email|sha256_?email|ph|phone(_number)?|pn|u_hpn)([^a-z]|$)/i;
const HASH_SHAPED = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128}|[A-Za-z0-9+/_-]{43}=?)$/i;
const BASE64_ENVELOPE = /^[A-Za-z0-9+/_-]{20,}={0,2}$/;
/** Google's tilde lists prefix each value: em.<hash>~pn.<hash>. */
const FIELD_PREFIX = /^[a-z]{2}\.(.+)$/i;

/**
 * `isKnown` decides whether a hash-shaped contact value is one of the user's (default: in `pool`);
 * callers pass a wider check when they know more values than the pool being scanned.
 */
export function scanForIdentifiers(
  request: OutgoingRequest,
  pool: IdentifierPool,
  isKnown: (value: string) => boolean = (value) => pool.tokens.has(value.toLowerCase()),
): LeakScan {
  const found = new Map<string, IdentifierFinding>();
  const unmatched = new Set<string>();
  try {
    const query = request.url.indexOf('?');
    if (query !== -1) scanText(request.url.slice(query + 1), 'url', pool, found);
    if (request.form) {
      for (const [name, values] of Object.entries(request.form)) {
        for (const value of values) scanText(`${name}=${value}`, 'body', pool, found, false);
      }
    }
    if (request.text) scanText(request.text, 'body', pool, found);
    if (request.cookie) scanText(request.cookie, 'cookie', pool, found);
    for (const [name, value] of namedValues(request)) {
      if (CONTACT_FIELD.test(name) && HASH_SHAPED.test(value) && !isKnown(value)) unmatched.add(name);
    }
  } catch {
    // A detector never breaks the pipeline; what was found so far stands.
  }
  return { findings: [...found.values()], unmatchedHashedContactFields: [...unmatched] };
}

function scanText(
  raw: string,
  carrier: Carrier,
  pool: IdentifierPool,
  found: Map<string, IdentifierFinding>,
  urlEncoded = true,
  depth = 0,
): void {
  if (pool.size === 0) return;
  // Decode twice: nested values are often double-encoded (Criteo's pN mini-queries).
  const once = urlEncoded ? safeDecodeURIComponent(raw) : raw;
  const decoded = urlEncoded ? safeDecodeURIComponent(once) : raw;
  for (const text of new Set([raw, once, decoded])) {
    for (const token of text.split(SEPARATORS)) {
      if (token.length < 3) continue;
      const match = lookup(token, pool);
      if (match) record(found, match, carrier);
      else if (depth === 0 && BASE64_ENVELOPE.test(token) && !HASH_SHAPED.test(token)) {
        const inner = decodeBase64Text(token);
        if (inner) scanText(inner, carrier, pool, found, false, depth + 1);
      }
    }
  }
  const lower = decoded.toLowerCase();
  for (const { text, match } of pool.substrings) if (lower.includes(text)) record(found, match, carrier);
}

function lookup(token: string, pool: IdentifierPool): PoolMatch | undefined {
  const lower = token.toLowerCase();
  const direct = pool.tokens.get(lower);
  if (direct) return direct;
  const prefixed = FIELD_PREFIX.exec(lower);
  return prefixed ? pool.tokens.get(prefixed[1]!) : undefined;
}

function record(found: Map<string, IdentifierFinding>, match: PoolMatch, carrier: Carrier): void {
  const key = `${match.entry}|${match.encoding}|${carrier}`;
  if (!found.has(key)) found.set(key, { ...match, carrier });
}

/** (name, value) pairs of the query, the form body and a flat JSON body, for the field-name check. */
function namedValues(request: OutgoingRequest): [string, string][] {
  const pairs: [string, string][] = [];
  const query = request.url.indexOf('?');
  if (query !== -1) {
    for (const part of request.url.slice(query + 1).split('&')) {
      const eq = part.indexOf('=');
      if (eq > 0)
        pairs.push([safeDecodeURIComponent(part.slice(0, eq)), safeDecodeURIComponent(part.slice(eq + 1))]);
    }
  }
  for (const [name, values] of Object.entries(request.form ?? {}))
    for (const value of values) pairs.push([name, value]);
  const text = request.text?.trimStart();
  if (text?.startsWith('{')) {
    try {
      collectJson(JSON.parse(text) as unknown, pairs, 0);
    } catch {
      // Not JSON after all.
    }
  }
  return pairs;
}

function collectJson(value: unknown, pairs: [string, string][], depth: number): void {
  if (depth > 6 || pairs.length > 500 || typeof value !== 'object' || value === null) return;
  for (const [key, inner] of Object.entries(value)) {
    if (typeof inner === 'string') pairs.push([key, inner]);
    else collectJson(inner, pairs, depth + 1);
  }
}
