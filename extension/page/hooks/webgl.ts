/**
 * WebGL hooks: enabling WEBGL_debug_renderer_info and querying the unmasked vendor or renderer
 * (src/detectors/api/webgl-fingerprint.ts), on WebGL 1 and 2 contexts. getParameter is called
 * often by 3-D viewers; every other parameter passes after two comparisons.
 *
 * The hooks go on a context's prototype the first time getContext returns a WebGL context, not
 * at document_start: Blink builds the WebGL interface objects (hundreds of constants and
 * methods) on first access, 3–6 ms in every frame, for pages that never draw in 3-D. A context
 * comes only from getContext, so the page never holds one before its prototype is hooked. (A
 * script that takes WebGLRenderingContext.prototype.getParameter before creating any context
 * and calls it later goes unseen; fingerprinting scripts call the context's methods.)
 */
import {
  createWebglState,
  UNMASKED_RENDERER_WEBGL,
  UNMASKED_VENDOR_WEBGL,
  webglExtension,
  webglParameter,
  type WebglState,
} from '../../../src/detectors/api/webgl-fingerprint';
import { callerScript } from './caller';
import { getPrototypeOf, stateFor, weakMap, type Realm } from './natives';
import { signal } from './reporter';
import { hook } from './wrap';

const contexts = weakMap<object, WebglState>();

function install(proto: object | undefined): void {
  hook(proto, 'getExtension', (self, args) =>
    webglExtension(stateFor(contexts, self as object, createWebglState), args[0]),
  );
  hook(proto, 'getParameter', (self, args, result) => {
    if (args[0] !== UNMASKED_VENDOR_WEBGL && args[0] !== UNMASKED_RENDERER_WEBGL) return;
    const state = stateFor(contexts, self as object, createWebglState);
    if (webglParameter(state, args[0], result != null)) signal('webgl-fingerprint', callerScript());
  });
}

/** Context prototypes hooked already (one per WebGL version and realm). */
const hooked = weakMap<object, true>();

function onContext(_self: unknown, args: unknown[], result: unknown): void {
  const type = args[0];
  // Compared one by one: Array.prototype.includes is the page's to replace.
  if (type !== 'webgl' && type !== 'webgl2' && type !== 'experimental-webgl') return;
  if (typeof result !== 'object' || result === null) return;
  const proto = getPrototypeOf(result) as object | null;
  if (!proto || hooked.get(proto)) return;
  hooked.set(proto, true);
  install(proto);
}

export function installWebgl(realm: Realm): void {
  hook(realm.HTMLCanvasElement?.prototype, 'getContext', onContext);
  hook(realm.OffscreenCanvas?.prototype, 'getContext', onContext);
}
