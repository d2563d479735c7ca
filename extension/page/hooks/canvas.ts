/**
 * Canvas hooks: what is drawn on a 2D canvas (text, colours, save/restore) and when its pixels
 * are read back. One state per canvas element; a stack is captured only when a read completes
 * the fingerprinting pattern (src/detectors/api/canvas-fingerprint.ts), so drawing stays cheap.
 */
import {
  createCanvasState,
  observeCanvas,
  type CanvasEvent,
  type CanvasState,
} from '../../../src/detectors/api/canvas-fingerprint';
import { callerScript } from './caller';
import { getterOf, read, stateFor, weakMap, type Realm } from './natives';
import { signal } from './reporter';
import { hookMethod, hookSetter } from './wrap';

const canvases = weakMap<object, CanvasState>();
const contextCanvas = getterOf(CanvasRenderingContext2D.prototype, 'canvas');
const canvasWidth = getterOf(HTMLCanvasElement.prototype, 'width');
const canvasHeight = getterOf(HTMLCanvasElement.prototype, 'height');
const nodeName = getterOf(Node.prototype, 'nodeName');
const GUARD: CanvasEvent = { kind: 'guard' };

function onContext(context: unknown, event: CanvasEvent): void {
  observeCanvas(stateFor(canvases, read(contextCanvas, context) as object, createCanvasState), event);
}

function onRead(canvas: unknown, width: unknown, height: unknown): void {
  const state = canvases.get(canvas as object);
  if (state && observeCanvas(state, { kind: 'read', width: abs(width), height: abs(height) })) {
    signal('canvas-fingerprint', callerScript());
  }
}

function abs(value: unknown): number {
  return typeof value === 'number' ? (value < 0 ? -value : value) : 0;
}

/** A listener on a canvas makes it interactive (charts, editors): called by the listener hook. */
export function guardIfCanvas(target: unknown): void {
  if (read(nodeName, target) === 'CANVAS') observeCanvas(stateFor(canvases, target as object, createCanvasState), GUARD);
}

export function installCanvas(realm: Realm): void {
  const context = realm.CanvasRenderingContext2D?.prototype;
  const element = realm.HTMLCanvasElement?.prototype;
  const text = (self: unknown, args: unknown[]) => {
    if (typeof args[0] === 'string') onContext(self, { kind: 'text', text: args[0] });
  };
  const colour = (self: unknown, args: unknown[]) =>
    onContext(self, { kind: 'colour', colour: typeof args[0] === 'string' ? args[0] : 'gradient-or-pattern' });
  const guard = (self: unknown) => onContext(self, GUARD);
  hookMethod(context, 'fillText', text);
  hookMethod(context, 'strokeText', text);
  hookSetter(context, 'fillStyle', colour);
  hookSetter(context, 'strokeStyle', colour);
  hookMethod(context, 'save', guard);
  hookMethod(context, 'restore', guard);
  hookMethod(context, 'getImageData', (self, args) => onRead(read(contextCanvas, self), args[2], args[3]));
  const whole = (self: unknown) => onRead(self, read(canvasWidth, self), read(canvasHeight, self));
  hookMethod(element, 'toDataURL', whole);
  hookMethod(element, 'toBlob', whole);
}
