/**
 * The recorder: every sighting goes through one write queue into the store (batched, one
 * transaction per batch). Organisation records are queued the first time this worker sees
 * an organisation, so each batch carries only new ones, and the directory of stored
 * organisations (which the popup's view names companies from) learns of them once written.
 * Sightings on a site the user paused are dropped here, before they are queued; pausing a site
 * also drops what is still queued.
 */
import type { TrackerMatcher } from '../../src/classify';
import type { ObservationDelta, Organization, RetailerProfile } from '../../src/model';
import { OrganizationDirectory, recordDeltas, WriteQueue, type GlassDatabase } from '../../src/store';

export class Recorder {
  readonly #queue: WriteQueue;
  readonly #queuedOrganizations = new Set<string>();
  readonly #directory: OrganizationDirectory;
  #paused: ReadonlySet<string> = new Set();

  constructor(database: Promise<GlassDatabase>, onWritten: (profiles: RetailerProfile[]) => void) {
    this.#directory = new OrganizationDirectory(database);
    this.#queue = new WriteQueue({
      write: async (deltas, organizations) => {
        const result = await recordDeltas(await database, deltas, organizations);
        this.#directory.added(organizations);
        return result;
      },
      onWritten,
      onError: (error) => console.error('Glass Customer: write failed, will retry', error),
    });
  }

  /** Sites (eTLD+1) on which nothing is recorded, from the settings. */
  setPausedSites(sites: readonly string[]): void {
    this.#paused = new Set(sites);
    this.#queue.discard((delta) => this.#paused.has(delta.retailer));
  }

  record(delta: ObservationDelta, matcher: TrackerMatcher): void {
    if (this.#paused.has(delta.retailer)) return;
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

  /** Every stored organisation, by key (see OrganizationDirectory). */
  storedOrganizations(): Promise<ReadonlyMap<string, Organization>> {
    return this.#directory.all();
  }

  /** After a deletion or import: organisation records may be gone, so queue them again when seen. */
  forgetOrganizations(): void {
    this.#queuedOrganizations.clear();
    this.#directory.forget();
  }

  flush(): Promise<void> {
    return this.#queue.flush();
  }
}
