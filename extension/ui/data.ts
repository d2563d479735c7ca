/**
 * How extension pages read data: ask the background to write what it has queued, then read
 * the store directly (same origin as the worker). Pages never write to the store.
 */
import { openGlassDatabase, type GlassDatabase } from '../../src/store';
import { browser } from '../browser';

let database: Promise<GlassDatabase> | undefined;

export function pageDatabase(): Promise<GlassDatabase> {
  database ??= openGlassDatabase({ factory: indexedDB });
  return database;
}

/**
 * How long a page waits for the worker's answer. A worker that is being registered (the first
 * seconds after the browser starts) can leave a message unanswered; the page must not wait forever.
 */
const WORKER_ANSWER_MS = 2000;

/** Send a message to the background; undefined when it fails or no answer comes in time. */
export async function askWorker(message: { type: string; [key: string]: unknown }): Promise<unknown> {
  let timer: number | undefined;
  try {
    return await Promise.race([
      browser.runtime.sendMessage(message),
      new Promise<undefined>((resolve) => (timer = window.setTimeout(resolve, WORKER_ANSWER_MS))),
    ]);
  } catch {
    return undefined;
  } finally {
    window.clearTimeout(timer);
  }
}

/** Make the view current: the background flushes its write queue before we read. */
export async function flushPendingWrites(): Promise<void> {
  // Without an answer, what is already stored is still worth showing.
  await askWorker({ type: 'ui/flush' });
}
