/**
 * Deduplication by content: a report's identity is the SHA-256 of its canonical JSON (keys
 * sorted, so re-formatting a file does not make it new), of which 64 bits are kept in an
 * open-addressing hash table of two Uint32Arrays. That is 16 bytes per distinct report at most
 * half full — 16 MB for a million — instead of a Set of strings (about 100 bytes each). Two
 * different reports share 64 bits with probability about n²/2⁶⁵ (3·10⁻⁸ for a million).
 * The nonce makes every report distinct, so only copies of one report are dropped.
 */
import { createHash } from 'node:crypto';

/** @param {unknown} value @returns {string} */
export function canonicalJson(value) {
  return JSON.stringify(value, sortedKeys);
}

/** JSON.stringify replacer: each object again with its keys in sorted order. @param {string} _key @param {unknown} value */
function sortedKeys(_key, value) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = /** @type {Record<string, unknown>} */ (value);
  /** @type {Record<string, unknown>} */
  const sorted = {};
  for (const key of Object.keys(record).sort()) sorted[key] = record[key];
  return sorted;
}

export class SeenSet {
  constructor(capacity = 1 << 16) {
    this.high = new Uint32Array(capacity);
    this.low = new Uint32Array(capacity);
    this.size = 0;
  }

  /** Adds the report; false when an identical report was added before. @param {unknown} report */
  add(report) {
    const digest = createHash('sha256').update(canonicalJson(report)).digest();
    // Zero marks an empty slot, so a digest whose 64 bits are all zero is stored as 1.
    const high = digest.readUInt32BE(0);
    const low = digest.readUInt32BE(4) || (high === 0 ? 1 : 0);
    if (this.#insert(high, low)) {
      this.size++;
      if (this.size * 2 > this.high.length) this.#grow();
      return true;
    }
    return false;
  }

  /** @param {number} high @param {number} low @returns {boolean} */
  #insert(high, low) {
    const mask = this.high.length - 1;
    for (let i = (high ^ low) & mask; ; i = (i + 1) & mask) {
      if (this.high[i] === 0 && this.low[i] === 0) {
        this.high[i] = high;
        this.low[i] = low;
        return true;
      }
      if (this.high[i] === high && this.low[i] === low) return false;
    }
  }

  #grow() {
    const { high, low } = this;
    this.high = new Uint32Array(high.length * 2);
    this.low = new Uint32Array(low.length * 2);
    for (let i = 0; i < high.length; i++) if (high[i] !== 0 || low[i] !== 0) this.#insert(high[i], low[i]);
  }
}
