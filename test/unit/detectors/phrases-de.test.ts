import { describe, expect, it } from 'vitest';
import { findPhrase } from '../../../src/detectors/page/page-text';
import { PHRASES_DE } from '../../../src/detectors/page/phrases-de';
import { expectWellFormed } from './personalization-dom';

describe('phrases-de', () => {
  it('is lower-case NFKC, without duplicates, personal and crowd lists apart', () => {
    expect(PHRASES_DE.lang).toBe('de');
    expectWellFormed(PHRASES_DE);
  });

  it('has Sie and du forms', () => {
    const recs = PHRASES_DE.widgets['personal-recommendations'];
    for (const form of [
      'empfehlungen für sie',
      'empfehlungen für dich',
      'ihre empfehlungen',
      'deine empfehlungen',
    ])
      expect(recs).toContain(form);
  });

  it('matches inflected and gapped phrases, whole words only', () => {
    const viewed = PHRASES_DE.widgets['recently-viewed'];
    expect(findPhrase('ihre zuletzt angesehenen artikel', viewed)).toBe('zuletzt angesehenen');
    const recs = PHRASES_DE.widgets['personal-recommendations'];
    expect(findPhrase('weil sie die lampe angesehen haben', recs)).toBeDefined();
    expect(findPhrase('empfohlen', recs)).toBeUndefined();
    expect(findPhrase('werbungsfrei', PHRASES_DE.widgets.sponsored)).toBeUndefined();
  });

  it('greets a name but not the login prompt', () => {
    expect(PHRASES_DE.greeting.exec('Hallo Theo')?.[1]).toBe('Theo');
    expect(PHRASES_DE.greeting.test('Hallo, Anmelden')).toBe(false);
    expect(PHRASES_DE.delivery.test('lieferung an abholstation möglich')).toBe(true);
    expect(PHRASES_DE.deliveryNotPlace).toContain('abholstation');
  });
});
