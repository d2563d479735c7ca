/**
 * WebGL fingerprinting (signals.md §3.2): asking the graphics driver for its unmasked vendor and
 * renderer strings (UNMASKED_VENDOR_WEBGL 0x9245, UNMASKED_RENDERER_WEBGL 0x9246), which name the
 * exact GPU. Browsers answer only once WEBGL_debug_renderer_info is enabled on the context, so the
 * pattern is that extension followed by the query; a query the browser answered counts too, since
 * the extension name is matched case-insensitively and browsers may drop the requirement. 3-D
 * product viewers read plenty of ordinary parameters (MAX_TEXTURE_SIZE …) and never these two.
 */
export const UNMASKED_VENDOR_WEBGL = 0x9245;
export const UNMASKED_RENDERER_WEBGL = 0x9246;
export const DEBUG_RENDERER_INFO = 'WEBGL_debug_renderer_info';

export interface WebglState {
  debugInfoRequested: boolean;
  fired: boolean;
}

export type WebglEvent =
  | { kind: 'extension'; name: string }
  /** getParameter(name); `answered` when the browser returned a value rather than null. */
  | { kind: 'parameter'; name: number; answered: boolean };

export function createWebglState(): WebglState {
  return { debugInfoRequested: false, fired: false };
}

/** True once per context, on the first query of an unmasked vendor or renderer string. */
export function observeWebgl(state: WebglState, event: WebglEvent): boolean {
  try {
    if (state.fired) return false;
    if (event.kind === 'extension') {
      if (event.name === DEBUG_RENDERER_INFO) state.debugInfoRequested = true;
      return false;
    }
    if (event.name !== UNMASKED_VENDOR_WEBGL && event.name !== UNMASKED_RENDERER_WEBGL) return false;
    state.fired = state.debugInfoRequested || event.answered;
    return state.fired;
  } catch {
    return false;
  }
}
