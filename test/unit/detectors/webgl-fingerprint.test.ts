import { describe, expect, it } from 'vitest';
import {
  createWebglState,
  DEBUG_RENDERER_INFO,
  UNMASKED_RENDERER_WEBGL,
  UNMASKED_VENDOR_WEBGL,
  webglExtension,
  webglParameter,
} from '../../../src/detectors/api/webgl-fingerprint';

const MAX_TEXTURE_SIZE = 0x0d33;
const VENDOR = 0x1f00;
const RENDERER = 0x1f01;

describe('WebGL fingerprinting', () => {
  it("flags FingerprintJS's getWebGlBasics: the debug extension, then the unmasked vendor and renderer", () => {
    const context = createWebglState();
    expect(webglParameter(context, 0x1f02, true)).toBe(false); // VERSION
    expect(webglParameter(context, VENDOR, true)).toBe(false);
    webglExtension(context, DEBUG_RENDERER_INFO);
    expect(webglParameter(context, UNMASKED_VENDOR_WEBGL, true)).toBe(true);
    // Once per context: the renderer query that follows is the same attempt.
    expect(webglParameter(context, UNMASKED_RENDERER_WEBGL, true)).toBe(false);
  });

  it('spares 3-D viewers that read ordinary parameters only', () => {
    const viewer = createWebglState();
    webglExtension(viewer, 'OES_element_index_uint');
    for (const name of [MAX_TEXTURE_SIZE, VENDOR, RENDERER, 0x8869]) {
      expect(webglParameter(viewer, name, true)).toBe(false);
    }
  });

  it('flags an unmasked query the browser answered, even without the extension call seen', () => {
    expect(webglParameter(createWebglState(), UNMASKED_RENDERER_WEBGL, true)).toBe(true);
  });

  it('does not flag an unmasked query the browser refused (no extension, null answer)', () => {
    const context = createWebglState();
    expect(webglParameter(context, UNMASKED_RENDERER_WEBGL, false)).toBe(false);
    webglExtension(context, 'webgl_debug_renderer_info_typo');
    expect(webglParameter(context, UNMASKED_VENDOR_WEBGL, false)).toBe(false);
  });
});
