/**
 * The write path: merge a batch of sightings into stored observations and update the
 * materialised retailer profiles, all in one transaction, so a crash leaves either the
 * whole batch or none of it.
 */
import {
  observationId,
  type Observation,
  type ObservationDelta,
  type Organization,
  type RetailerProfile,
} from '../model';
import { applyObservationChange, mergeObservation } from '../profile';
import type { GlassDatabase } from './open';
import { putProfile } from './profile-writes';

export interface RecordResult {
  /** Profiles of the retailers the batch touched, after the write. */
  profiles: RetailerProfile[];
}

export async function recordDeltas(
  db: GlassDatabase,
  deltas: readonly ObservationDelta[],
  organizations: readonly Organization[] = [],
): Promise<RecordResult> {
  if (deltas.length === 0 && organizations.length === 0) return { profiles: [] };
  const tx = db.transaction(['observations', 'retailers', 'summaries', 'organizations'], 'readwrite');
  const observationStore = tx.objectStore('observations');
  const retailerStore = tx.objectStore('retailers');
  let touched: RetailerProfile[] = [];
  const writes: Promise<unknown>[] = [];

  try {
    const ids = [...new Set(deltas.map(observationId))];
    const retailers = [...new Set(deltas.map((d) => d.retailer))];
    const [storedObservations, storedProfiles] = await Promise.all([
      Promise.all(ids.map((id) => observationStore.get(id))),
      Promise.all(retailers.map((r) => retailerStore.get(r))),
    ]);

    const before = new Map<string, Observation | undefined>(ids.map((id, i) => [id, storedObservations[i]]));
    const after = new Map<string, Observation>();
    for (const delta of deltas) {
      const id = observationId(delta);
      after.set(id, mergeObservation(after.get(id) ?? before.get(id), delta));
    }

    const profiles = new Map<string, RetailerProfile | undefined>(
      retailers.map((r, i) => [r, storedProfiles[i]]),
    );
    for (const [id, observation] of after) {
      const profile = profiles.get(observation.retailer);
      profiles.set(observation.retailer, applyObservationChange(profile, before.get(id), observation));
    }

    for (const observation of after.values()) writes.push(observationStore.put(observation));
    for (const profile of profiles.values()) if (profile) writes.push(putProfile(tx, profile));
    const organizationStore = tx.objectStore('organizations');
    for (const organization of organizations) writes.push(organizationStore.put(organization));
    await Promise.all([...writes, tx.done]);
    touched = [...profiles.values()].filter((p): p is RetailerProfile => p !== undefined);
  } catch (error) {
    // A write that fails synchronously (e.g. a value that cannot be cloned) would otherwise let the
    // transaction commit the writes issued before it. Abort, so the batch is all or nothing.
    abortQuietly(tx);
    // The requests already issued now fail with AbortError; that is expected, not unhandled.
    void Promise.allSettled([...writes, tx.done]);
    throw error;
  }
  return { profiles: touched };
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted.
  }
}
