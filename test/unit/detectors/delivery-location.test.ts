import { describe, expect, it } from 'vitest';
import { deliveryLocation } from '../../../src/detectors/page/delivery-location';
import { scan } from './personalization-dom';

const glow = (line1: string, line2: string) =>
  `<div id="glow-ingress-block"><span id="glow-ingress-line1">${line1}</span><span id="glow-ingress-line2">${line2}</span></div>`;

describe('delivery-location', () => {
  it('finds a displayed location and masks the postcode', () => {
    const found = scan(glow('Delivering to Chicago 60602', 'Update location'), 'en', [deliveryLocation]);
    expect(found.some((f) => f.evidence === 'Delivering to Chicago 60•••' && f.confidence === 'high')).toBe(
      true,
    );
    expect(found.every((f) => f.category === 'location')).toBe(true);
  });

  it('reads the place from a sibling line (Amazon, JD)', () => {
    expect(scan(glow('Deliver to', 'Netherlands'), 'en', [deliveryLocation])[0]?.evidence).toBe(
      'Deliver to Netherlands',
    );
    const jd = scan(
      '<div class="f-store"><div class="delivery-location">配送至</div><div>北京</div></div>',
      'zh',
      [deliveryLocation],
    );
    expect(jd[0]?.evidence).toMatch(/^配送至 ?北京$/u);
  });

  it('ignores delivery options, prompts and locale selectors', () => {
    const options = [
      glow('Hallo', 'Lieferadresse wählen'),
      '<span class="s-item__delivery-options">Lieferung an Abholstation möglich</span>',
      '<div class="delivery">Lieferung an eine Adresse</div>',
      '<div class="delivery">Lieferung an Verwendungsort</div>',
      '<div id="DeliverToDeviceMessage"><a>Deliver to your Kindle Library</a></div>',
      '<li class="location">Deliver to: United Kingdom (GBP)</li>',
      '<button class="store">Pick Up at Store</button>',
    ];
    for (const body of options) expect(scan(body, 'de', [deliveryLocation]), body).toEqual([]);
  });

  it('only reads location areas', () => {
    expect(scan('<p>Deliver to Berlin 10115</p>', 'en', [deliveryLocation])).toEqual([]);
  });
});
