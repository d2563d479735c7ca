import { describe, expect, it } from 'vitest';
import { audioRead, createAudioState } from '../../../src/detectors/api/audio-fingerprint';

describe('audio fingerprinting', () => {
  it("flags FingerprintJS's offline render: oscillator → compressor, rendered, samples read, once", () => {
    const context = createAudioState();
    context.oscillator = true;
    context.compressor = true;
    context.rendered = true;
    expect(audioRead(context)).toBe(true);
    expect(audioRead(context)).toBe(false);
  });

  it('spares contexts that play (never rendered offline) and renders without the oscillator pattern', () => {
    const player = createAudioState();
    player.oscillator = true;
    player.compressor = true;
    expect(audioRead(player)).toBe(false);

    const effects = createAudioState();
    effects.compressor = true;
    effects.rendered = true;
    expect(audioRead(effects)).toBe(false);

    const tone = createAudioState();
    tone.oscillator = true;
    tone.rendered = true;
    expect(audioRead(tone)).toBe(false);
  });
});
