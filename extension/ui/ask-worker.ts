/**
 * A question to the background from an extension page, with a deadline. Kept apart from the
 * store so a page that only asks (the popup) does not load the store's code.
 */
import { browser } from '../browser';

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
