import { describe, expect, it } from 'vitest';
import { pageContextOf } from '../../../src/classify/page-context';
import { privacyLinkDeltas } from '../../../src/classify/privacy-link-deltas';
import { buildProfile, mergeObservation } from '../../../src/profile';

describe('privacyLinkDeltas', () => {
  it('records each link once per purpose and target, and the profile lists them with their URLs', () => {
    const page = pageContextOf('https://www.shop.example/p?x=1')!;
    const deltas = privacyLinkDeltas(
      [
        { purpose: 'privacy-policy', href: 'https://www.shop.example/privacy', text: 'privacy policy' },
        { purpose: 'cookie-settings', text: 'cookie settings' },
      ],
      page,
      3,
    );
    expect(deltas.map((d) => [d.kind, d.party, d.subject, d.detail])).toEqual([
      ['privacy-link', 'first', 'privacy-policy|https://www.shop.example/privacy', 'privacy policy'],
      ['privacy-link', 'first', 'cookie-settings|cookie settings', 'cookie settings'],
    ]);
    const profile = buildProfile(
      'shop.example',
      deltas.map((d) => mergeObservation(undefined, d)),
    );
    expect(Object.values(profile!.privacyLinks)).toEqual([
      {
        purpose: 'privacy-policy',
        href: 'https://www.shop.example/privacy',
        text: 'privacy policy',
        lastSeen: 3,
      },
      { purpose: 'cookie-settings', text: 'cookie settings', lastSeen: 3 },
    ]);
  });
});
