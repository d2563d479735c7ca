import { describe, expect, it } from 'vitest';
import {
  orderUserDataKeys,
  USER_DATA_KEYS,
  userDataKey,
} from '../../../src/detectors/network/commerce/user-data-keys';

describe('user-data keys', () => {
  it("keeps Meta's own keys", () => {
    for (const key of USER_DATA_KEYS) expect(userDataKey(key)).toBe(key);
    expect(userDataKey('EM')).toBe('em');
  });

  it("maps other vendors' spellings onto Meta's keys", () => {
    expect(userDataKey('email')).toBe('em');
    expect(userDataKey('sha256_email')).toBe('em');
    expect(userDataKey('auto_email')).toBe('em');
    expect(userDataKey('phone_number')).toBe('ph');
    expect(userDataKey('auto_phone_number')).toBe('ph');
    expect(userDataKey('zip_code')).toBe('zp');
    expect(userDataKey('first_name')).toBe('fn');
  });

  it('refuses names that are not user data', () => {
    for (const name of ['anonymous_id', 'np', 'pin_unauth', 'aem_eligible_list', 'value', '']) {
      expect(userDataKey(name)).toBeUndefined();
    }
  });

  it("orders and deduplicates in Meta's order", () => {
    expect(orderUserDataKeys(['external_id', 'zp', 'em', 'em', 'nonsense', 'ph'])).toEqual([
      'em',
      'ph',
      'zp',
      'external_id',
    ]);
  });
});
