/**
 * Geolocation hooks (src/detectors/api/geolocation-request.ts): every getCurrentPosition and
 * watchPosition call is reported for the script that made it.
 */
import { GEOLOCATION_METHODS, isGeolocationRequest } from '../../../src/detectors/api/geolocation-request';
import { callerScript } from './caller';
import type { Realm } from './natives';
import { signal } from './reporter';
import { hook } from './wrap';

export function installGeolocation(realm: Realm): void {
  for (let i = 0; i < GEOLOCATION_METHODS.length; i += 1) {
    const method = GEOLOCATION_METHODS[i]!;
    hook(realm.Geolocation?.prototype, method, () => {
      if (isGeolocationRequest(method)) signal('geolocation-request', callerScript());
    });
  }
}
