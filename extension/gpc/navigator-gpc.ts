/**
 * Global Privacy Control in the page: `navigator.globalPrivacyControl` is true, as in browsers
 * that send GPC themselves. MAIN world, document_start, every frame; the background registers
 * it (extension/background/gpc.ts) only while GPC is on and not on the user's excepted sites,
 * so this file carries no configuration and is identical for every user. It defines the
 * property only where nothing else has (Firefox defines it natively, Brave and other
 * extensions may too), as a configurable getter on Navigator.prototype like a native one.
 * Workers have their own WorkerNavigator, which no content script reaches.
 */
if ((navigator as Navigator & { globalPrivacyControl?: unknown }).globalPrivacyControl === undefined) {
  // An accessor from an object literal is named "get globalPrivacyControl", as native getters are.
  const accessor = {
    get globalPrivacyControl(): boolean {
      return true;
    },
  };
  const { get } = Object.getOwnPropertyDescriptor(accessor, 'globalPrivacyControl') as {
    get(this: void): boolean;
  };
  try {
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
      get,
      configurable: true,
      enumerable: true,
    });
  } catch {
    // Someone made the property non-configurable first; theirs stands.
  }
}
