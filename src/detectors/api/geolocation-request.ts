/**
 * Geolocation requests (signals.md §3.3): a script asking for the device's position with
 * getCurrentPosition or watchPosition. Every call counts, whether or not the browser prompts or
 * the person allows it, because the request itself shows the page wants to know where they are.
 * clearWatch and the permission query only manage a request and are not requests themselves.
 */
export const GEOLOCATION_METHODS = ['getCurrentPosition', 'watchPosition'] as const;

export type GeolocationMethod = (typeof GEOLOCATION_METHODS)[number];

/** True when a call of `method` on navigator.geolocation asks for the position. */
export function isGeolocationRequest(method: unknown): boolean {
  return method === 'getCurrentPosition' || method === 'watchPosition';
}
