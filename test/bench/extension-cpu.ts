/**
 * Which part of a page's main-thread CPU time the extension's own scripts used, read from a
 * Chromium trace: the CPU time (`tdur`) of every outermost script evaluation and function call
 * whose script is a chrome-extension:// URL, per script. A difference of two page totals, each
 * varying by ±15 % on a shared two-core machine, cannot resolve a few milliseconds; this can,
 * because it counts only our events. It leaves out what the browser does because we are there
 * but outside our scripts (creating our isolated worlds, garbage collection of our objects), so
 * the benchmark prints it beside the difference of totals, not instead of it.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) duration, µs. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string }; fileName?: string };
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run', 'v8.callFunction']);

/** Starts a trace on `cdp`; the returned function ends it and hands over its events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data: { value: object[] }) =>
    events.push(...(data.value as TraceEvent[])),
  );
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

function scriptOf(event: TraceEvent): string {
  return String(event.args?.data?.url ?? event.args?.fileName ?? '');
}

/**
 * CPU milliseconds of the extension's scripts on the page's main thread (the renderer main
 * thread that parsed the most HTML), per script path, each event counted once even when nested.
 */
export function extensionCpuByScript(events: readonly TraceEvent[]): Map<string, number> {
  const threadNames = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const parsing = new Map<string, number>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.name === 'ParseHTML' && threadNames.get(thread) === 'CrRendererMain')
      parsing.set(thread, (parsing.get(thread) ?? 0) + (e.dur ?? 0));
  }
  const main = [...parsing].sort((a, b) => b[1] - a[1])[0]?.[0];
  const ours = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        `${e.pid}:${e.tid}` === main &&
        SCRIPT_EVENTS.has(e.name) &&
        scriptOf(e).startsWith('chrome-extension://'),
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const byScript = new Map<string, number>();
  let coveredUntil = -Infinity;
  for (const e of ours) {
    // An event inside one already counted (v8.compile inside EvaluateScript …) is part of it.
    if (e.ts < coveredUntil) continue;
    coveredUntil = e.ts + (e.dur ?? 0);
    const script = new URL(scriptOf(e)).pathname.replace(/^\//, '');
    byScript.set(script, (byScript.get(script) ?? 0) + (e.tdur ?? 0) / 1000);
  }
  return byScript;
}
