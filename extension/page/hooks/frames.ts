/**
 * Same-origin child frames get the same hooks as their parent, installed from the parent when
 * the page first reaches the frame's window (contentWindow, contentDocument). Fingerprinting
 * libraries create a hidden about:blank iframe and measure fonts in it at once, before any
 * content script could be relied on in it; Chromium does inject ours synchronously into such
 * frames, and that instance hands its realm to the parent (index.ts) by reading its
 * frameElement's contentWindow through these hooks. Signals from the frame are then batched by
 * the parent, whose timers survive the frame's removal.
 */
import { getterOf, read, type Realm } from './natives';
import { hook } from './wrap';

const defaultView = getterOf(Document.prototype, 'defaultView');

export function installFrames(realm: Realm, adopt: (window: unknown) => void): void {
  const frame = realm.HTMLIFrameElement?.prototype;
  hook(frame, 'contentWindow', (_self, _args, window) => adopt(window), 'get');
  hook(frame, 'contentDocument', (_self, _args, document) => adopt(read(defaultView, document)), 'get');
}
