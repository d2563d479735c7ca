/**
 * Per-tab token buckets: a page can make its content script send messages, so each tab gets a
 * budget (default 20 messages a second, bursts of 40) and anything beyond it is dropped.
 * The number of buckets is bounded too.
 */
export interface RateLimiterOptions {
  ratePerSecond?: number;
  burst?: number;
  maxKeys?: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class RateLimiter {
  readonly #buckets = new Map<number, Bucket>();
  readonly #rate: number;
  readonly #burst: number;
  readonly #maxKeys: number;

  constructor({ ratePerSecond = 20, burst = 40, maxKeys = 1000 }: RateLimiterOptions = {}) {
    this.#rate = ratePerSecond;
    this.#burst = burst;
    this.#maxKeys = maxKeys;
  }

  /** Take one token for `key` at time `now` (ms); false when the budget is spent. */
  take(key: number, now: number): boolean {
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      if (this.#buckets.size >= this.#maxKeys) this.#buckets.delete(this.#buckets.keys().next().value!);
      bucket = { tokens: this.#burst, updatedAt: now };
      this.#buckets.set(key, bucket);
    }
    const refill = ((now - bucket.updatedAt) / 1000) * this.#rate;
    bucket.tokens = Math.min(this.#burst, bucket.tokens + Math.max(0, refill));
    bucket.updatedAt = now;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  forget(key: number): void {
    this.#buckets.delete(key);
  }
}
