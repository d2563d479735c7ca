/**
 * Canvas hooks: what is drawn on a 2D canvas (text, colours, save/restore) and when its pixels
 * are read back. One state per canvas element; a stack is captured only when a read completes
 * the fingerprinting pattern (src/detectors/api/canvas-fingerprint.ts), so drawing stays cheap.
 */
import {
  canvasColour,
  canvasGuard,
  canvasRead,
  canvasText,
  createCanvasState,
  type CanvasState,
} from '../../../src/detectors/api/canvas-fingerprint';
import { callerScript } from './caller';
import { getterOf, read, stateFor, weakMap, type Realm } from './natives';
import { signal } from './reporter';
import { hook } from './wrap';

const canvases = weakMap<object, CanvasState>();
const contextCanvas = getterOf(CanvasRenderingContext2D.prototype, 'canvas');
const canvasWidth = getterOf(HTMLCanvasElement.prototype, 'width');
const canvasHeight = getterOf(HTMLCanvasElement.prototype, 'height');
const nodeName = getterOf(Node.prototype, 'nodeName');

function stateOf(canvas: unknown): CanvasState {
  return stateFor(canvases, canvas as object, createCanvasState);
}

function onRead(canvas: unknown, width: unknown, height: unknown): void {
  const state = canvases.get(canvas as object);
  if (state && canvasRead(state, size(width), size(height))) signal('canvas-fingerprint', callerScript());
}

function size(value: unknown): number {
  return typeof value === 'number' ? (value < 0 ? -value : value) : 0;
}

/** A listener on a canvas makes it interactive (charts, editors): called by the listener hook. */
export function guardIfCanvas(target: unknown): void {
  if (read(nodeName, target) === 'CANVAS') canvasGuard(stateOf(target));
}

export function installCanvas(realm: Realm): void {
  const context = realm.CanvasRenderingContext2D?.prototype;
  const element = realm.HTMLCanvasElement?.prototype;
  const text = (self: unknown, args: unknown[]) => {
    if (typeof args[0] === 'string') canvasText(stateOf(read(contextCanvas, self)), args[0]);
  };
  const colour = (self: unknown, args: unknown[]) =>
    canvasColour(stateOf(read(contextCanvas, self)), typeof args[0] === 'string' ? args[0] : 'pattern');
  const guard = (self: unknown) => canvasGuard(stateOf(read(contextCanvas, self)));
  const whole = (self: unknown) => onRead(self, read(canvasWidth, self), read(canvasHeight, self));
  hook(context, 'fillText', text);
  hook(context, 'strokeText', text);
  hook(context, 'fillStyle', colour, 'set');
  hook(context, 'strokeStyle', colour, 'set');
  hook(context, 'save', guard);
  hook(context, 'restore', guard);
  hook(context, 'getImageData', (self, args) => onRead(read(contextCanvas, self), args[2], args[3]));
  hook(element, 'toDataURL', whole);
  hook(element, 'toBlob', whole);
}
