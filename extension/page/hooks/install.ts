/**
 * Installs every page-API hook in a realm (a window's set of built-ins) and decides which
 * instance of this script owns which realm: a same-origin frame tree is hooked, and its
 * signals batched, by the topmost instance; cross-origin frames hook themselves.
 */
import { installAudio } from './audio';
import { installCanvas } from './canvas';
import { installFonts } from './fonts';
import { installFrames } from './frames';
import { installGeolocation } from './geolocation';
import { describe, type Realm } from './natives';
import { installNavigator } from './navigator';
import { installRecording } from './recording';
import { installWebgl } from './webgl';
import { hookToString, isNative, sharedToString } from './wrap';

function toStringOf(realm: Realm): unknown {
  return describe(realm.Function.prototype, 'toString')?.value;
}

export function installRealm(realm: Realm): void {
  hookToString(realm);
  installCanvas(realm);
  installWebgl(realm);
  installAudio(realm);
  installFonts(realm);
  installNavigator(realm);
  installGeolocation(realm);
  installRecording(realm);
  installFrames(realm, adopt);
}

/**
 * Hooks a same-origin frame's realm the first time the page reaches it. Skipped when the realm
 * is ours already, or hooked by its own instance (its toString is no longer native).
 */
function adopt(window: unknown): void {
  try {
    const realm = window as Realm;
    const current = toStringOf(realm); // throws for cross-origin windows
    if (current !== sharedToString && isNative(current)) installRealm(realm);
  } catch {
    // Cross-origin or closed: that frame's own instance covers it.
  }
}

/**
 * In a same-origin child frame: asks the parent instance to adopt this realm by reading
 * frameElement.contentWindow through the parent's hook. True when this realm now shares the
 * parent's hooks, so this instance must not install a second set.
 */
export function adoptedByParent(self: Realm): boolean {
  try {
    if (self.parent === self) return false;
    const parent = self.parent as Realm;
    if (toStringOf(self) !== toStringOf(parent))
      void (self.frameElement as HTMLIFrameElement | null)?.contentWindow;
    return toStringOf(self) === toStringOf(parent) && !isNative(toStringOf(self));
  } catch {
    return false;
  }
}
