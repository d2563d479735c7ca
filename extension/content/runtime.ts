/**
 * Content scripts' door to the extension's runtime: the browser's own `browser.runtime`
 * (Firefox, Chromium 136+) or `chrome.runtime` (older Chromium, whose MV3 methods return
 * promises too). Not webextension-polyfill (extension/browser.ts): its wrapper would be parsed
 * and evaluated again in every frame of every page the user opens, for the two calls content
 * scripts make (sendMessage, onMessage). Both are used in the form every browser supports:
 * sendMessage's promise and onMessage's synchronous sendResponse.
 */
import type { Runtime } from '../browser';

export type MessageSender = Runtime.MessageSender;

interface ContentRuntime {
  id: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(
      listener: (message: unknown, sender: MessageSender, sendResponse: (response: unknown) => void) => void,
    ): void;
  };
}

type Namespaces = { browser?: { runtime?: ContentRuntime }; chrome?: { runtime?: ContentRuntime } };

let found: ContentRuntime | undefined;

/**
 * Looked up on first use, not when the script starts: reading the namespace builds its bindings
 * in this frame's world, and most frames (ads, widgets, blank frames) never send anything.
 */
export function runtime(): ContentRuntime {
  const namespaces = globalThis as Namespaces;
  found ??= (namespaces.browser?.runtime ?? namespaces.chrome?.runtime)!;
  return found;
}

/**
 * Sends a message to the worker and does not wait. When the worker is restarting or the
 * extension was reloaded, the message is lost, not retried: the next page load, submit or edit
 * reports again.
 */
export function sendToWorker(message: unknown): void {
  try {
    runtime()
      .sendMessage(message)
      .catch(() => undefined);
  } catch {
    // No runtime: the extension was removed while the page stayed open.
  }
}
