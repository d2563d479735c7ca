/**
 * Audio hooks: oscillator and compressor nodes created on a context, offline rendering, and
 * samples read from the rendered buffer (src/detectors/api/audio-fingerprint.ts). Rendered
 * buffers are linked to their OfflineAudioContext through the startRendering promise and the
 * complete event, whichever the page uses.
 */
import {
  createAudioState,
  observeAudio,
  type AudioEvent,
  type AudioState,
} from '../../../src/detectors/api/audio-fingerprint';
import { callerScript } from './caller';
import { apply, getterOf, promiseThen, read, stateFor, weakMap, type Realm } from './natives';
import { signal } from './reporter';
import { hookGetter, hookMethod } from './wrap';

const contexts = weakMap<object, AudioState>();
/** rendered buffer → its context's state */
const buffers = weakMap<object, AudioState>();
const eventTarget = getterOf(Event.prototype, 'target');
const OSCILLATOR: AudioEvent = { kind: 'oscillator' };
const COMPRESSOR: AudioEvent = { kind: 'compressor' };
const RENDER: AudioEvent = { kind: 'render' };
const READ: AudioEvent = { kind: 'read' };

function note(context: unknown, event: AudioEvent): void {
  observeAudio(stateFor(contexts, context as object, createAudioState), event);
}

function link(buffer: unknown, context: unknown): void {
  const state = contexts.get(context as object);
  if (state && typeof buffer === 'object' && buffer !== null) buffers.set(buffer, state);
}

function onRead(buffer: unknown): void {
  const state = buffers.get(buffer as object);
  if (state && observeAudio(state, READ)) signal('audio-fingerprint', callerScript());
}

export function installAudio(realm: Realm): void {
  const base = realm.BaseAudioContext?.prototype;
  hookMethod(base, 'createOscillator', (self) => note(self, OSCILLATOR));
  hookMethod(base, 'createDynamicsCompressor', (self) => note(self, COMPRESSOR));
  hookMethod(realm.OfflineAudioContext?.prototype, 'startRendering', (self, _args, result) => {
    note(self, RENDER);
    // Both handlers: a rejection must stay the page's own, not become an unhandled one of ours.
    if (result instanceof Object) {
      apply(promiseThen, result, [(buffer: unknown) => link(buffer, self), () => undefined]);
    }
  });
  hookGetter(realm.OfflineAudioCompletionEvent?.prototype, 'renderedBuffer', (self, _args, buffer) =>
    link(buffer, read(eventTarget, self)),
  );
  const buffer = realm.AudioBuffer?.prototype;
  hookMethod(buffer, 'getChannelData', (self) => onRead(self));
  hookMethod(buffer, 'copyFromChannel', (self) => onRead(self));
}
