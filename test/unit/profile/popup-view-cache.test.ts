import { describe, expect, it } from 'vitest';
import { PopupViewCache, type PopupView } from '../../../src/profile';

/** A store whose shops' views change when written, and counts how often each was composed. */
function harness(options: { warm?: readonly string[]; capacity?: number } = {}) {
  const versions = new Map<string, number>();
  const composed: string[] = [];
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  let blocked: { release: () => void } | undefined;
  let failing = false;
  const viewOf = (site: string): PopupView => ({
    site,
    knowledge: [],
    companies: [],
    companyCount: versions.get(site) ?? 0,
    companyOptOuts: [],
    names: {},
  });
  const cache = new PopupViewCache({
    compose: async (site) => {
      composed.push(site);
      if (blocked) await new Promise<void>((release) => (blocked = { release }));
      if (failing) throw new Error('store unreadable');
      return viewOf(site);
    },
    warm: (site) => options.warm?.includes(site) ?? false,
    capacity: options.capacity,
    settleMs: 1000,
    setTimer: (run, ms) => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => ((timer as { cleared: boolean }).cleared = true),
  });
  return {
    cache,
    composed,
    /** A write to these shops, as the recorder reports it. */
    write(...sites: string[]) {
      for (const site of sites) versions.set(site, (versions.get(site) ?? 0) + 1);
      cache.written(sites);
    },
    /** Writes have settled: the last timer that was not cleared fires. */
    async settle() {
      const live = timers.filter((timer) => !timer.cleared);
      for (const timer of live) timer.cleared = true;
      live.at(-1)?.run();
      await Promise.resolve();
      await Promise.resolve();
      return live.length;
    },
    block() {
      blocked = { release: () => undefined };
      return () => {
        const current = blocked;
        blocked = undefined;
        current?.release();
      };
    },
    fail(value: boolean) {
      failing = value;
    },
  };
}

describe('PopupViewCache', () => {
  it('composes a shop once and answers from the kept view after that', async () => {
    const h = harness();
    expect((await h.cache.view('a.example')).site).toBe('a.example');
    expect(await h.cache.view('a.example')).toEqual(await h.cache.view('a.example'));
    expect(h.composed).toEqual(['a.example']);
  });

  it('never answers with a view older than the last write', async () => {
    const h = harness();
    await h.cache.view('a.example');
    h.write('a.example');
    expect((await h.cache.view('a.example')).companyCount).toBe(1);
    h.write('a.example', 'b.example');
    expect((await h.cache.view('a.example')).companyCount).toBe(2);
    expect(h.composed).toEqual(['a.example', 'a.example', 'a.example']);
  });

  it('composes a kept view again once writes have settled, once for a burst of writes', async () => {
    const h = harness();
    await h.cache.view('a.example');
    h.write('a.example');
    h.write('a.example');
    h.write('a.example');
    expect(h.composed).toEqual(['a.example']);
    expect(await h.settle()).toBe(1);
    expect(h.composed).toEqual(['a.example', 'a.example']);
    expect((await h.cache.view('a.example')).companyCount).toBe(3);
    expect(h.composed).toHaveLength(2);
  });

  it('composes ahead a shop open in a tab, and not one that is not', async () => {
    const h = harness({ warm: ['open.example'] });
    h.write('open.example', 'closed.example');
    await h.settle();
    expect(h.composed).toEqual(['open.example']);
    await h.cache.view('open.example');
    expect(h.composed).toEqual(['open.example']);
  });

  it('returns a view whose composing overlapped a write, but does not keep it', async () => {
    const h = harness();
    const release = h.block();
    const answer = h.cache.view('a.example');
    h.write('b.example');
    release();
    expect((await answer).site).toBe('a.example');
    await h.cache.view('a.example');
    expect(h.composed).toEqual(['a.example', 'a.example']);
  });

  it('drops every view and the pending composing on clear', async () => {
    const h = harness({ warm: ['b.example'] });
    await h.cache.view('a.example');
    h.write('b.example');
    h.cache.clear();
    expect(await h.settle()).toBe(0);
    await h.cache.view('a.example');
    expect(h.composed).toEqual(['a.example', 'a.example']);
  });

  it('keeps at most `capacity` views, dropping the least recently used', async () => {
    const h = harness({ capacity: 2 });
    await h.cache.view('a.example');
    await h.cache.view('b.example');
    await h.cache.view('a.example');
    await h.cache.view('c.example');
    h.composed.length = 0;
    await h.cache.view('a.example');
    await h.cache.view('c.example');
    expect(h.composed).toEqual([]);
    await h.cache.view('b.example');
    expect(h.composed).toEqual(['b.example']);
  });

  it('composes ahead at most `capacity` shops after a write that touched more', async () => {
    const sites = ['a', 'b', 'c', 'd'].map((name) => `${name}.example`);
    const h = harness({ warm: sites, capacity: 2 });
    h.write(...sites);
    await h.settle();
    expect(h.composed).toEqual(['c.example', 'd.example']);
  });

  it('keeps nothing when the store cannot be read, and tells the popup', async () => {
    const h = harness({ warm: ['a.example'] });
    h.fail(true);
    h.write('a.example');
    await h.settle();
    await expect(h.cache.view('a.example')).rejects.toThrow('store unreadable');
    h.fail(false);
    expect((await h.cache.view('a.example')).companyCount).toBe(1);
  });
});
