/**
 * Batched, bounded writes. Sightings arrive per request (hundreds per page); they are queued
 * and written together in one transaction a short moment later, or at once when the queue is
 * full. The delay (default 500 ms) is far shorter than the 30 s a browser keeps an idle
 * service worker alive, so a scheduled flush always runs before the worker can be stopped.
 */
import type { ObservationDelta, Organization, RetailerProfile } from '../model';

export interface WriteQueueOptions {
  /** Writes one batch in one transaction. */
  write(deltas: ObservationDelta[], organizations: Organization[]): Promise<{ profiles: RetailerProfile[] }>;
  /** Called after each successful write with the profiles it touched. */
  onWritten?(profiles: RetailerProfile[]): void;
  /** Called when a write fails; the batch stays queued and is retried by the next flush. */
  onError?(error: unknown): void;
  delayMs?: number;
  /** Queue length that triggers an immediate flush. */
  maxPending?: number;
  /** Hard bound: beyond it the oldest sightings are dropped (and counted) rather than using unbounded memory. */
  maxQueued?: number;
  schedule?(callback: () => void, ms: number): unknown;
}

export class WriteQueue {
  #pending: ObservationDelta[] = [];
  #organizations = new Map<string, Organization>();
  #timer: unknown;
  #flushing: Promise<void> = Promise.resolve();
  #dropped = 0;
  readonly #options: Required<Omit<WriteQueueOptions, 'onWritten' | 'onError'>> &
    Pick<WriteQueueOptions, 'onWritten' | 'onError'>;

  constructor(options: WriteQueueOptions) {
    this.#options = {
      delayMs: 500,
      maxPending: 500,
      maxQueued: 20_000,
      schedule: (callback, ms) => setTimeout(callback, ms),
      ...options,
    };
  }

  /** Sightings dropped because the queue was full (e.g. the database was unavailable for long). */
  get dropped(): number {
    return this.#dropped;
  }

  get pendingCount(): number {
    return this.#pending.length;
  }

  add(delta: ObservationDelta, organization?: Organization): void {
    this.#pending.push(delta);
    if (organization) this.#organizations.set(organization.key, organization);
    if (this.#pending.length > this.#options.maxQueued) {
      const excess = this.#pending.length - this.#options.maxQueued;
      this.#pending.splice(0, excess);
      this.#dropped += excess;
    }
    if (this.#pending.length >= this.#options.maxPending) void this.flush();
    else this.#scheduleFlush();
  }

  /** Drop queued sightings that match (a site was paused); returns how many were dropped. */
  discard(matches: (delta: ObservationDelta) => boolean): number {
    const before = this.#pending.length;
    this.#pending = this.#pending.filter((delta) => !matches(delta));
    return before - this.#pending.length;
  }

  /** Write everything queued so far; resolves when it is durable. */
  flush(): Promise<void> {
    this.#timer = undefined;
    this.#flushing = this.#flushing.then(() => this.#writeBatch());
    return this.#flushing;
  }

  #scheduleFlush(): void {
    if (this.#timer !== undefined) return;
    this.#timer = this.#options.schedule(() => void this.flush(), this.#options.delayMs);
  }

  async #writeBatch(): Promise<void> {
    if (this.#pending.length === 0 && this.#organizations.size === 0) return;
    const batch = this.#pending;
    const organizations = [...this.#organizations.values()];
    this.#pending = [];
    this.#organizations = new Map();
    try {
      const { profiles } = await this.#options.write(batch, organizations);
      this.#options.onWritten?.(profiles);
    } catch (error) {
      // Put the batch back in front of newer sightings; the next flush retries it.
      this.#pending = [...batch, ...this.#pending];
      for (const organization of organizations) this.#organizations.set(organization.key, organization);
      this.#options.onError?.(error);
      this.#scheduleFlush();
    }
  }
}
