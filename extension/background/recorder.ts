/**
 * The recorder: every sighting goes through one write queue into the store (batched, one
 * transaction per batch). Organisation records are queued the first time this worker sees
 * an organisation, so each batch carries only new ones.
 */
import type { TrackerMatcher } from '../../src/classify';
import type { ObservationDelta } from '../../src/model';
import { recordDeltas, WriteQueue, type GlassDatabase } from '../../src/store';
import type { RetailerProfile } from '../../src/model';

export class Recorder {
  readonly #queue: WriteQueue;
  readonly #queuedOrganizations = new Set<string>();

  constructor(database: Promise<GlassDatabase>, onWritten: (profiles: RetailerProfile[]) => void) {
    this.#queue = new WriteQueue({
      write: async (deltas, organizations) => recordDeltas(await database, deltas, organizations),
      onWritten,
      onError: (error) => console.error('Glass Customer: write failed, will retry', error),
    });
  }

  record(delta: ObservationDelta, matcher: TrackerMatcher): void {
    const orgKey = delta.tracker?.orgKey;
    if (orgKey && !this.#queuedOrganizations.has(orgKey)) {
      const organization = matcher.organization(orgKey);
      if (organization) {
        this.#queuedOrganizations.add(orgKey);
        this.#queue.add(delta, organization);
        return;
      }
    }
    this.#queue.add(delta);
  }

  flush(): Promise<void> {
    return this.#queue.flush();
  }
}
