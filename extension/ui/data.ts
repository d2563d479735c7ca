/**
 * How extension pages read data: ask the background to write what it has queued, then read
 * the store directly (same origin as the worker). Pages never write to the store. (The popup
 * asks the worker for its view instead, and reads here only when the worker does not answer.)
 */
import { openGlassDatabase, type GlassDatabase } from '../../src/store';
import { askWorker } from './ask-worker';

let database: Promise<GlassDatabase> | undefined;

export function pageDatabase(): Promise<GlassDatabase> {
  database ??= openGlassDatabase({ factory: indexedDB });
  return database;
}

/** Make the view current: the background flushes its write queue before we read. */
export async function flushPendingWrites(): Promise<void> {
  // Without an answer, what is already stored is still worth showing.
  await askWorker({ type: 'ui/flush' });
}
