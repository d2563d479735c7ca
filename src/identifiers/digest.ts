/**
 * Salted digests of personal values: a stable key for "the same email" across observations,
 * useless to anyone without this install's salt (which never leaves the browser).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { toHex, utf8 } from './encodings';

export function saltedDigest(salt: string, kind: string, value: string): string {
  const normalized = value.trim().toLowerCase().replace(/\s+/g, ' ');
  return toHex(sha256(utf8(`${salt}|${kind}|${normalized}`))).slice(0, 16);
}
