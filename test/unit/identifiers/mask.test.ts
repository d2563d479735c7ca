import { describe, expect, it } from 'vitest';
import { maskIdentifier } from '../../../src/identifiers';

describe('maskIdentifier', () => {
  it.each([
    ['email', 'theo@example.com', 't•••@example.com'],
    ['phone', '+49 621 1234567', '+49 ••• 67'],
    ['card', 'visa 4242', 'visa ••••4242'],
    ['name', 'Theo Beispiel', 'T••• B•••'],
    ['postcode', '68159', '68•••'],
    ['birthday', '1985-07-03', '•••-•••-•••'],
  ] as const)('%s %s → %s', (kind, value, masked) => {
    expect(maskIdentifier(kind, value)).toBe(masked);
  });

  it('never contains the whole value', () => {
    for (const [kind, value] of [
      ['email', 'a@b.de'],
      ['street', 'Planken 1'],
      ['city', 'Mannheim'],
    ] as const) {
      expect(maskIdentifier(kind, value)).not.toContain(value);
    }
  });
});
