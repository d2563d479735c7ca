/**
 * Audio hooks: oscillator and compressor nodes created on a context, offline rendering, and
 * samples read from the rendered buffer (src/detectors/api/audio-fingerprint.ts). Rendered
 * buffers are linked to their OfflineAudioContext through the startRendering promise and the
 * complete event, whichever the page uses.
 */
import { audioRead, createAudioState, type AudioState } from '../../../src/detectors/api/audio-fingerprint';
import { callerScript } from './caller';
import { apply, getterOf, promiseThen, read, stateFor, weakMap, type Realm } from './natives';
import { signal } from './reporter';
import { hook } from './wrap';

const contexts = weakMap<object, AudioState>();
/** rendered buffer → its context's state */
const buffers = weakMap<object, AudioState>();
const eventTarget = getterOf(Event.prototype, 'target');

function stateOf(context: unknown): AudioState {
  return stateFor(contexts, context as object, createAudioState);
}

function link(buffer: unknown, context: unknown): void {
  const state = contexts.get(context as object);
  // Also runs as a promise reaction, where a throw would surface as an unhandled rejection.
  if (state && typeof buffer === 'object' && buffer !== null) buffers.set(buffer, state);
}

function onRead(buffer: unknown): void {
  const state = buffers.get(buffer as object);
  if (state && audioRead(state)) signal('audio-fingerprint', callerScript());
}

export function installAudio(realm: Realm): void {
  const base = realm.BaseAudioContext?.prototype;
  hook(base, 'createOscillator', (self) => (stateOf(self).oscillator = true));
  hook(base, 'createDynamicsCompressor', (self) => (stateOf(self).compressor = true));
  hook(realm.OfflineAudioContext?.prototype, 'startRendering', (self, _args, promise) => {
    stateOf(self).rendered = true;
    // Both handlers: a rejection must stay the page's own, not become an unhandled one of ours.
    void apply(promiseThen, promise, [(buffer: unknown) => link(buffer, self), () => undefined]);
  });
  hook(
    realm.OfflineAudioCompletionEvent?.prototype,
    'renderedBuffer',
    (self, _args, buffer) => link(buffer, read(eventTarget, self)),
    'get',
  );
  const buffer = realm.AudioBuffer?.prototype;
  hook(buffer, 'getChannelData', onRead);
  hook(buffer, 'copyFromChannel', onRead);
}
