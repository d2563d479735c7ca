/**
 * Audio fingerprinting (signals.md §3.2): an OfflineAudioContext renders an oscillator through a
 * dynamics compressor into memory and the samples are read back; floating-point differences in
 * the audio stack make the sum of samples device-specific. An offline context never plays, so
 * nothing is heard. Media players decode and play through a real AudioContext and read samples of
 * decoded files, not of an oscillator rendered offline.
 *
 * The hooks keep one state per audio context and link rendered buffers to their context.
 */
export interface AudioState {
  oscillator: boolean;
  compressor: boolean;
  /** startRendering was called: only offline contexts have it. */
  rendered: boolean;
  fired: boolean;
}

export type AudioEvent = { kind: 'oscillator' } | { kind: 'compressor' } | { kind: 'render' } | { kind: 'read' };

export function createAudioState(): AudioState {
  return { oscillator: false, compressor: false, rendered: false, fired: false };
}

/** True once per context, when the samples of an oscillator → compressor render are read. */
export function observeAudio(state: AudioState, event: AudioEvent): boolean {
  try {
    if (state.fired) return false;
    switch (event.kind) {
      case 'oscillator':
        state.oscillator = true;
        return false;
      case 'compressor':
        state.compressor = true;
        return false;
      case 'render':
        state.rendered = true;
        return false;
      case 'read':
        state.fired = state.oscillator && state.compressor && state.rendered;
        return state.fired;
    }
  } catch {
    return false;
  }
}
