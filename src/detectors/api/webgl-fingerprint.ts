/**
 * WebGL fingerprinting (signals.md §3.2): asking the graphics driver for its unmasked vendor and
 * renderer strings (UNMASKED_VENDOR_WEBGL 0x9245, UNMASKED_RENDERER_WEBGL 0x9246), which name the
 * exact GPU. Browsers answer only once WEBGL_debug_renderer_info is enabled on the context, so the
 * pattern is that extension followed by the query; a query the browser answered counts too, since
 * extension names match case-insensitively and a browser may drop the requirement. 3-D product
 * viewers read plenty of ordinary parameters (MAX_TEXTURE_SIZE …) but not these two.
 */
export const UNMASKED_VENDOR_WEBGL = 0x9245;
export const UNMASKED_RENDERER_WEBGL = 0x9246;
export const DEBUG_RENDERER_INFO = 'WEBGL_debug_renderer_info';

export interface WebglState {
  debugInfoRequested: boolean;
  fired: boolean;
}

export function createWebglState(): WebglState {
  return { debugInfoRequested: false, fired: false };
}

/** getExtension(name) on the context. */
export function webglExtension(state: WebglState, name: unknown): void {
  if (name === DEBUG_RENDERER_INFO) state.debugInfoRequested = true;
}

/**
 * getParameter(name); `answered` when the browser returned a value rather than null. True once
 * per context, on the first query of the unmasked vendor or renderer.
 */
export function webglParameter(state: WebglState, name: unknown, answered: boolean): boolean {
  if (state.fired || (name !== UNMASKED_VENDOR_WEBGL && name !== UNMASKED_RENDERER_WEBGL)) return false;
  state.fired = state.debugInfoRequested || answered;
  return state.fired;
}
