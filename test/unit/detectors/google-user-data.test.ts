import { describe, expect, it } from 'vitest';
import {
  googleAutomaticCollection,
  googleUserDataKeys,
} from '../../../src/detectors/network/commerce/google-user-data';
import { parseQuery } from '../../../src/detectors/network/commerce/wire-params';

// base64url SHA-256 of test@example.com (signals.md §2.5).
const EMAIL_B64URL = 'lz3-Rj7IV4X1-Vr1ujkG7tstkxwk5pgkqJ6mXbpOgTs';

describe('Google user-provided data', () => {
  it('names the fields of an em=tv.1~… list', () => {
    expect(googleUserDataKeys(`tv.1~em.${EMAIL_B64URL}~pn.AbC_d-e`)).toEqual(['em', 'ph']);
    expect(googleUserDataKeys(`tv.1~em.${EMAIL_B64URL}~em.other`)).toEqual(['em']);
  });

  it('ignores empty fields, unverified codes and garbage', () => {
    expect(googleUserDataKeys('tv.1~em.~pn.undefined')).toEqual([]);
    expect(googleUserDataKeys('tv.1~fn0.abc~sa0.def')).toEqual([]);
    expect(googleUserDataKeys('%E0%A4%A~.x~em')).toEqual([]);
    expect(googleUserDataKeys(undefined)).toEqual([]);
  });

  it('recognises automatic collection by ec_mode=a only', () => {
    expect(googleAutomaticCollection(parseQuery('ec_mode=a'))).toBe(true);
    expect(googleAutomaticCollection(parseQuery('ec_mode=c'))).toBe(false);
    expect(googleAutomaticCollection(parseQuery(''))).toBe(false);
  });
});
