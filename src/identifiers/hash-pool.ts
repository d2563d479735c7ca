/**
 * The identifier pool: every string under which one of the user's identifiers can travel —
 * normalised variants in plain text, URL-encoded, base64 and base64url, and hashed (MD5, SHA-1,
 * SHA-256, SHA-512, SHA-256 of the MD5 hex, SHA-256 of the SHA-256 hex) as hex (looked up
 * case-insensitively, so upper-case hex matches too), base64 and base64url. Built once per watchlist change (about 50 strings per value); the
 * per-request scan is then set lookups. The pool lives in memory only.
 */
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import type { IdentifierKind, WatchlistEntry } from '../model';
import { toBase64, toBase64Url, toHex, utf8 } from './encodings';
import { birthdayVariants, emailVariants, phoneVariants, postcodeVariants, textVariants } from './normalize';

/** How a pool string encodes the identifier, e.g. "plain", "sha256", "sha256-base64url", "md5". */
export type Encoding = string;

export interface PoolMatch {
  kind: IdentifierKind;
  encoding: Encoding;
  /** Index of the watchlist entry the string derives from. */
  entry: number;
}

export interface IdentifierPool {
  /** Exact-token lookup: lower-cased pool string → what it is. */
  readonly tokens: ReadonlyMap<string, PoolMatch>;
  /** Plain-text forms long enough to look for inside larger strings (emails, phones). */
  readonly substrings: readonly { text: string; match: PoolMatch }[];
  readonly size: number;
}

const HASHES: [string, (bytes: Uint8Array) => Uint8Array][] = [
  ['md5', md5],
  ['sha1', sha1],
  ['sha256', sha256],
  ['sha512', sha512],
];

function variantsOf(entry: WatchlistEntry): string[] {
  switch (entry.kind) {
    case 'email':
      return emailVariants(entry.value);
    case 'phone':
      return phoneVariants(entry.value);
    case 'postcode':
      return postcodeVariants(entry.value);
    case 'birthday':
      return birthdayVariants(entry.value);
    case 'name':
    case 'street':
    case 'city':
      return textVariants(entry.value);
    case 'gender':
    case 'card':
      return [];
  }
}

export function buildIdentifierPool(entries: readonly WatchlistEntry[]): IdentifierPool {
  const tokens = new Map<string, PoolMatch>();
  const substrings: { text: string; match: PoolMatch }[] = [];
  const add = (text: string, kind: IdentifierKind, encoding: Encoding, entry: number) => {
    const key = text.toLowerCase();
    // Keep the most specific description when two encodings coincide (base64 of short values).
    if (!tokens.has(key)) tokens.set(key, { kind, encoding, entry });
  };

  entries.forEach((entry, index) => {
    for (const variant of variantsOf(entry)) {
      const plainMatch = { kind: entry.kind, encoding: 'plain', entry: index };
      add(variant, entry.kind, 'plain', index);
      add(encodeURIComponent(variant), entry.kind, 'plain', index);
      if ((entry.kind === 'email' || entry.kind === 'phone') && variant.length >= 6) {
        substrings.push({ text: variant.toLowerCase(), match: plainMatch });
      }
      const bytes = utf8(variant);
      add(toBase64(bytes), entry.kind, 'base64', index);
      add(toBase64Url(bytes), entry.kind, 'base64', index);
      for (const [name, hash] of HASHES) {
        const digest = hash(bytes);
        addDigest(add, digest, entry.kind, name, index);
        if (name === 'md5' || name === 'sha256') {
          // Chained forms: Criteo's legacy sha256(md5 hex), and double SHA-256 seen in tag managers.
          addDigest(add, sha256(utf8(toHex(digest))), entry.kind, `sha256(${name})`, index);
        }
      }
    }
  });
  return { tokens, substrings, size: tokens.size };
}

function addDigest(
  add: (text: string, kind: IdentifierKind, encoding: Encoding, entry: number) => void,
  digest: Uint8Array,
  kind: IdentifierKind,
  name: string,
  entry: number,
): void {
  add(toHex(digest), kind, name, entry);
  add(toBase64(digest), kind, `${name}-base64`, entry);
  add(toBase64Url(digest), kind, `${name}-base64url`, entry);
}

export const EMPTY_POOL: IdentifierPool = { tokens: new Map(), substrings: [], size: 0 };
