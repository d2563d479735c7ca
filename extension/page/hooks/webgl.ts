/**
 * WebGL hooks: enabling WEBGL_debug_renderer_info and querying the unmasked vendor or renderer
 * (src/detectors/api/webgl-fingerprint.ts), on WebGL 1 and 2 contexts. getParameter is called
 * often by 3-D viewers; every other parameter passes after two comparisons.
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
import { stateFor, weakMap, type Realm } from './natives';
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

export function installWebgl(realm: Realm): void {
  install(realm.WebGLRenderingContext?.prototype);
  install(realm.WebGL2RenderingContext?.prototype);
}
