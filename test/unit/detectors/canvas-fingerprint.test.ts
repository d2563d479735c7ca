import { describe, expect, it } from 'vitest';
import {
  canvasColour,
  canvasGuard,
  canvasRead,
  canvasText,
  createCanvasState,
  type CanvasState,
} from '../../../src/detectors/api/canvas-fingerprint';

/** FingerprintJS v5's text image (getUnstableCanvasFingerprint in dist/fp.esm.js), as the hooks see it. */
function fingerprintJsTextImage(): CanvasState {
  const canvas = createCanvasState();
  canvasColour(canvas, '#f60');
  canvasColour(canvas, '#069');
  canvasText(canvas, `Cwm fjordbank gly ${String.fromCharCode(55357, 56835)}`);
  canvasColour(canvas, 'rgba(102, 204, 0, 0.2)');
  canvasText(canvas, `Cwm fjordbank gly ${String.fromCharCode(55357, 56835)}`);
  return canvas;
}

describe('canvas fingerprinting', () => {
  it("flags FingerprintJS's text image when it is read back, once per canvas", () => {
    const canvas = fingerprintJsTextImage();
    expect(canvasRead(canvas, 240, 60)).toBe(true);
    // FingerprintJS encodes the image twice and then draws its geometry image on the same canvas.
    expect(canvasRead(canvas, 240, 60)).toBe(false);
    expect(canvasRead(canvas, 122, 110)).toBe(false);
  });

  it('flags ten distinct characters in one colour, or short text in two colours', () => {
    const text = createCanvasState();
    canvasText(text, 'abcdefghij');
    expect(canvasRead(text, 16, 16)).toBe(true);

    const colours = createCanvasState();
    canvasColour(colours, 'red');
    canvasColour(colours, 'blue');
    canvasText(colours, 'Hi');
    expect(canvasRead(colours, 100, 20)).toBe(true);
  });

  it('spares charts: layers drawn between save() and restore(), or a listener on the canvas', () => {
    const layered = fingerprintJsTextImage();
    canvasGuard(layered);
    expect(canvasRead(layered, 480, 240)).toBe(false);
  });

  it('spares emoji probes: one emoji in one colour, one pixel read', () => {
    const probe = createCanvasState();
    canvasColour(probe, '#f00');
    canvasText(probe, '\ud83d\udc28');
    expect(canvasRead(probe, 1, 1)).toBe(false);
    expect(canvasRead(probe, 300, 150)).toBe(false);
  });

  it('needs text, and a canvas or region of at least 16×16', () => {
    const shapes = createCanvasState();
    canvasColour(shapes, '#f2f');
    canvasColour(shapes, '#2ff');
    expect(canvasRead(shapes, 300, 150)).toBe(false);

    const tiny = fingerprintJsTextImage();
    expect(canvasRead(tiny, 15, 60)).toBe(false);
    expect(canvasRead(tiny, 240, 15)).toBe(false);
    expect(canvasRead(tiny, Number.NaN, 60)).toBe(false);
    expect(canvasRead(tiny, 16, 16)).toBe(true);
  });

  it('counts distinct characters and colours, not repetitions', () => {
    const repeated = createCanvasState();
    canvasText(repeated, 'aaaaaaaaaaaaaaaaaaaa');
    canvasText(repeated, 'bbbbbbbb');
    canvasColour(repeated, '#000');
    canvasColour(repeated, '#000');
    expect(canvasRead(repeated, 200, 50)).toBe(false);
  });
});
