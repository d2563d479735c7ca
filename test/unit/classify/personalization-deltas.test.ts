import { describe, expect, it } from 'vitest';
import { pageContextOf } from '../../../src/classify/page-context';
import { personalizationDeltas } from '../../../src/classify/personalization-deltas';
import { buildProfile, mergeObservation } from '../../../src/profile';

describe('personalizationDeltas', () => {
  it('records one observation per signal with masked evidence and place; the profile adds the category', () => {
    const page = pageContextOf('https://www.kaufhaus.example/konto?tab=1')!;
    const deltas = personalizationDeltas(
      [
        { signal: 'greeting', evidence: 'Hallo T•••', where: '#nav-greeting', confidence: 'high' },
        {
          signal: 'delivery-location',
          evidence: 'Liefern an 68•••',
          where: '#glow-ingress-line2',
          confidence: 'medium',
        },
      ],
      page,
      4,
    );
    expect(deltas.map((d) => [d.kind, d.party, d.subject, d.detail, d.where, d.counters])).toEqual([
      ['personalization', 'first', 'greeting', 'Hallo T•••', '#nav-greeting', { high: 1 }],
      [
        'personalization',
        'first',
        'delivery-location',
        'Liefern an 68•••',
        '#glow-ingress-line2',
        { medium: 1 },
      ],
    ]);
    const profile = buildProfile(
      'kaufhaus.example',
      deltas.map((d) => mergeObservation(undefined, d)),
    )!;
    expect(profile.personalization['greeting']).toMatchObject({
      category: 'identity',
      evidence: 'Hallo T•••',
      confidence: 'high',
      pages: 1,
    });
    expect(profile.personalization['delivery-location']).toMatchObject({
      category: 'location',
      where: '#glow-ingress-line2',
      confidence: 'medium',
    });
  });
});
