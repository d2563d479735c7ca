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

/** Make the view current: the background flushes its write queue before we read. */
export async function flushPendingWrites(): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'ui/flush' });
  } catch {
    // The worker is starting; what is already stored is still worth showing.
  }
}
