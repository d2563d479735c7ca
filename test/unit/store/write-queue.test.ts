import { describe, expect, it } from 'vitest';
import type { ObservationDelta } from '../../../src/model';
import { listObservations, recordDeltas, WriteQueue } from '../../../src/store';
import { freshFactory, openFresh } from '../helpers';

const delta = (at: number, subject = 'facebook.net'): ObservationDelta => ({
  retailer: 'a.example',
  kind: 'third-party-request',
  party: 'third',
  subject,
  at,
});

/** A manual clock: scheduled callbacks run when the test says so. */
function manualScheduler() {
  const callbacks: (() => void)[] = [];
  return {
    schedule: (callback: () => void) => callbacks.push(callback),
    runAll: () => callbacks.splice(0).forEach((callback) => callback()),
    get scheduled() {
      return callbacks.length;
    },
  };
}

describe('WriteQueue', () => {
  it('batches sightings into one write after the delay', async () => {
    const batches: number[] = [];
    const clock = manualScheduler();
    const queue = new WriteQueue({
      write: async (deltas) => {
        batches.push(deltas.length);
        return { profiles: [] };
      },
      schedule: clock.schedule,
    });
    queue.add(delta(1));
    queue.add(delta(2));
    queue.add(delta(3));
    expect(clock.scheduled).toBe(1);
    expect(batches).toEqual([]);
    clock.runAll();
    await queue.flush();
    expect(batches).toEqual([3]);
  });

  it('flushes at once when the batch is full', async () => {
    const batches: number[] = [];
    const queue = new WriteQueue({
      write: async (deltas) => {
        batches.push(deltas.length);
        return { profiles: [] };
      },
      maxPending: 2,
      schedule: manualScheduler().schedule,
    });
    queue.add(delta(1));
    queue.add(delta(2));
    await queue.flush();
    expect(batches).toEqual([2]);
  });

  it('bounds memory: beyond maxQueued the oldest sightings are dropped and counted', () => {
    const queue = new WriteQueue({
      write: () => new Promise(() => undefined),
      maxPending: 1000,
      maxQueued: 5,
      schedule: manualScheduler().schedule,
    });
    for (let i = 0; i < 8; i++) queue.add(delta(i));
    expect(queue.pendingCount).toBe(5);
    expect(queue.dropped).toBe(3);
  });

  it('keeps a failed batch and writes it with the next flush', async () => {
    let fail = true;
    const written: number[] = [];
    const errors: unknown[] = [];
    const queue = new WriteQueue({
      write: async (deltas) => {
        if (fail) throw new Error('disk full');
        written.push(...deltas.map((d) => d.at));
        return { profiles: [] };
      },
      onError: (error) => errors.push(error),
      schedule: manualScheduler().schedule,
    });
    queue.add(delta(1));
    await queue.flush();
    expect(errors).toHaveLength(1);
    fail = false;
    queue.add(delta(2));
    await queue.flush();
    expect(written).toEqual([1, 2]);
  });

  it('is durable once flush resolves: a new worker reading the same database sees every sighting', async () => {
    const factory = freshFactory();
    const db = await openFresh(factory);
    const queue = new WriteQueue({
      write: (deltas, orgs) => recordDeltas(db, deltas, orgs),
      schedule: manualScheduler().schedule,
    });
    for (let i = 0; i < 50; i++) queue.add(delta(i, i % 2 ? 'facebook.net' : 'criteo.com'));
    await queue.flush();
    db.close();
    // The "restarted worker": new connection, no in-memory state from before.
    const reopened = await openFresh(factory);
    const observations = await listObservations(reopened);
    expect(observations.map((o) => [o.subject, o.count]).sort()).toEqual([
      ['criteo.com', 25],
      ['facebook.net', 25],
    ]);
  });
  it('discards queued sightings of a paused site, keeping the others', async () => {
    const written: ObservationDelta[][] = [];
    const clock = manualScheduler();
    const queue = new WriteQueue({
      write: async (deltas) => {
        written.push(deltas);
        return { profiles: [] };
      },
      schedule: clock.schedule,
    });
    queue.add(delta(1));
    queue.add({ ...delta(2), retailer: 'paused.example' });
    expect(queue.discard((d) => d.retailer === 'paused.example')).toBe(1);
    await queue.flush();
    expect(written).toEqual([[delta(1)]]);
  });
});
