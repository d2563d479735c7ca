/**
 * Audio fingerprinting (signals.md §3.2): an OfflineAudioContext renders an oscillator through a
 * dynamics compressor into memory and the samples are read back; floating-point differences in
 * the audio stack make the sum of samples device-specific. An offline context never plays, so
 * nothing is heard. Media players decode and play through a real AudioContext and read samples of
 * decoded files, not of an oscillator rendered offline.
 *
 * The hooks keep one state per audio context, set its flags as nodes are created and rendering
 * starts, and link rendered buffers to it.
 */
export interface AudioState {
  oscillator: boolean;
  compressor: boolean;
  /** startRendering was called: only offline contexts have it. */
  rendered: boolean;
  fired: boolean;
}

export function createAudioState(): AudioState {
  return { oscillator: false, compressor: false, rendered: false, fired: false };
}

/** Samples of a buffer rendered by this context were read: true once, when the pattern is complete. */
export function audioRead(state: AudioState): boolean {
  if (state.fired) return false;
  state.fired = state.oscillator && state.compressor && state.rendered;
  return state.fired;
}
