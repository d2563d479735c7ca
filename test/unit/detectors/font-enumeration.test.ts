import { describe, expect, it } from 'vitest';
import {
  canvasFont,
  canvasMeasure,
  createCanvasFontState,
  createElementFontState,
  ELEMENT_WINDOW_MS,
  measuredElement,
} from '../../../src/detectors/api/font-enumeration';

/** The 52 candidate fonts of FingerprintJS v5's getFonts (dist/fp.esm.js), enough for these tests. */
const CANDIDATES = Array.from({ length: 52 }, (_, i) => `Candidate Font ${i}`);
const BASE_FONTS = ['monospace', 'sans-serif', 'serif'];

describe('font enumeration on a canvas', () => {
  it('flags ≥50 fonts each measured on the same string, once per context', () => {
    const context = createCanvasFontState();
    let fired = 0;
    for (const font of CANDIDATES) {
      canvasFont(context, `72px '${font}', monospace`);
      if (canvasMeasure(context, 'mmmmmmmmmmlli')) fired += 1;
    }
    expect(fired).toBe(1);
  });

  it('spares text layout: many strings in a few fonts', () => {
    const layout = createCanvasFontState();
    for (let line = 0; line < 500; line += 1) {
      canvasFont(layout, line % 2 ? 'bold 14px Inter' : '14px Inter');
      expect(canvasMeasure(layout, `Line ${line} of the product description`)).toBe(false);
    }
  });

  it('needs the same string measured ≥50 times, not 50 fonts measured once', () => {
    const picker = createCanvasFontState();
    for (const font of CANDIDATES) canvasFont(picker, `16px '${font}'`);
    for (let i = 0; i < 49; i += 1) expect(canvasMeasure(picker, 'Aa')).toBe(false);
    expect(canvasMeasure(picker, 'Aa')).toBe(true);
  });
});

describe('font enumeration with measured elements', () => {
  it("flags FingerprintJS's getFonts: 3 base spans and 156 candidate spans measured at once, once", () => {
    const frame = createElementFontState();
    let fired = 0;
    const at = 10_000;
    for (const base of BASE_FONTS) if (measuredElement(frame, base, at)) fired += 1;
    for (const font of CANDIDATES) {
      for (const base of BASE_FONTS) if (measuredElement(frame, `'${font}',${base}`, at + 5)) fired += 1;
    }
    expect(fired).toBe(1);
  });

  it('spares pages measuring elements styled in a few families, however often', () => {
    const page = createElementFontState();
    for (let i = 0; i < 1000; i += 1) {
      expect(measuredElement(page, ['Inter, sans-serif', 'Georgia, serif', 'monospace'][i % 3]!, i)).toBe(
        false,
      );
    }
  });

  it('counts families within one window only', () => {
    const slow = createElementFontState();
    for (let i = 0; i < 60; i += 1) {
      expect(measuredElement(slow, `'${CANDIDATES[i % 52]!}' ${i}`, i * (ELEMENT_WINDOW_MS / 40))).toBe(
        false,
      );
    }
  });
});
