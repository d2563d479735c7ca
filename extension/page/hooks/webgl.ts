/**
 * WebGL hooks: enabling WEBGL_debug_renderer_info and querying the unmasked vendor or renderer
 * (src/detectors/api/webgl-fingerprint.ts), on WebGL 1 and 2 contexts. getParameter is called
 * often by 3-D viewers; every other parameter passes through after one comparison.
 */
import {
  createWebglState,
  observeWebgl,
  UNMASKED_RENDERER_WEBGL,
  UNMASKED_VENDOR_WEBGL,
  type WebglState,
} from '../../../src/detectors/api/webgl-fingerprint';
import { callerScript } from './caller';
import { stateFor, weakMap, type Realm } from './natives';
import { signal } from './reporter';
import { hookMethod } from './wrap';

const contexts = weakMap<object, WebglState>();

function install(proto: object | undefined): void {
  hookMethod(proto, 'getExtension', (self, args) => {
    if (typeof args[0] === 'string') {
      observeWebgl(stateFor(contexts, self as object, createWebglState), { kind: 'extension', name: args[0] });
    }
  });
  hookMethod(proto, 'getParameter', (self, args, result) => {
    const name = args[0];
    if (name !== UNMASKED_VENDOR_WEBGL && name !== UNMASKED_RENDERER_WEBGL) return;
    const state = stateFor(contexts, self as object, createWebglState);
    if (observeWebgl(state, { kind: 'parameter', name, answered: result !== null && result !== undefined })) {
      signal('webgl-fingerprint', callerScript());
    }
  });
}

export function installWebgl(realm: Realm): void {
  install(realm.WebGLRenderingContext?.prototype);
  install(realm.WebGL2RenderingContext?.prototype);
}
