import { describe, expect, it } from 'vitest';
import { GEOLOCATION_METHODS, isGeolocationRequest } from '../../../src/detectors/api/geolocation-request';

describe('geolocation requests', () => {
  it('counts both ways of asking for the position', () => {
    expect(GEOLOCATION_METHODS.every(isGeolocationRequest)).toBe(true);
    expect(GEOLOCATION_METHODS).toEqual(['getCurrentPosition', 'watchPosition']);
  });

  it('does not count managing a request', () => {
    expect(isGeolocationRequest('clearWatch')).toBe(false);
    expect(isGeolocationRequest('query')).toBe(false);
    expect(isGeolocationRequest(undefined)).toBe(false);
  });
});
