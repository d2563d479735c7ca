import { describe, expect, it } from 'vitest';
import {
  createSweepState,
  NAVIGATOR_PROPERTIES,
  SCREEN_PROPERTIES,
  sweepRead,
  type SweepGroup,
} from '../../../src/detectors/api/navigator-sweep';

type Read = [SweepGroup, string];

/** What FingerprintJS v5 reads in Chromium (sources in dist/fp.esm.js), in its order. */
const FINGERPRINTJS_READS: Read[] = [
  ['navigator', 'userAgentData'],
  ['devices', 'clientHints'],
  ['navigator', 'vendor'],
  ['screen', 'availWidth'],
  ['screen', 'availHeight'],
  ['screen', 'availTop'],
  ['screen', 'availLeft'],
  ['screen', 'width'],
  ['screen', 'height'],
  ['navigator', 'language'],
  ['navigator', 'languages'],
  ['screen', 'colorDepth'],
  ['navigator', 'deviceMemory'],
  ['navigator', 'hardwareConcurrency'],
  ['time', 'timeZone'],
  ['time', 'timezoneOffset'],
  ['navigator', 'platform'],
  ['navigator', 'plugins'],
  ['navigator', 'maxTouchPoints'],
  ['navigator', 'pdfViewerEnabled'],
  ['screen', 'devicePixelRatio'],
];

function replay(reads: Read[], start: number, spacing: number): number[] {
  const state = createSweepState();
  const fired: number[] = [];
  reads.forEach(([group, name], index) => {
    if (sweepRead(state, `${group}.${name}`, group, start + index * spacing)) fired.push(index);
  });
  return fired;
}

describe('navigator sweep', () => {
  it("flags FingerprintJS's attribute collection once, on the 15th distinct property", () => {
    expect(replay(FINGERPRINTJS_READS, 5_000, 10)).toEqual([14]);
  });

  it('spares frameworks and analytics that read a handful of properties, however often', () => {
    const analytics: Read[] = [
      ['navigator', 'userAgent'],
      ['navigator', 'language'],
      ['screen', 'width'],
      ['screen', 'height'],
      ['time', 'timeZone'],
      ['screen', 'colorDepth'],
      ['navigator', 'cookieEnabled'],
    ];
    expect(replay([...analytics, ...analytics, ...analytics, ...analytics], 0, 1)).toEqual([]);
  });

  it('needs three groups', () => {
    const navigatorAndScreen: Read[] = [
      ...NAVIGATOR_PROPERTIES.map((name): Read => ['navigator', name]),
      ...SCREEN_PROPERTIES.map((name): Read => ['screen', name]),
    ];
    expect(navigatorAndScreen.length).toBeGreaterThanOrEqual(15);
    expect(replay(navigatorAndScreen, 0, 1)).toEqual([]);
  });

  it('needs the reads within one second', () => {
    expect(replay(FINGERPRINTJS_READS, 0, 100)).toEqual([]);
  });

  it('counts a re-read as recent again', () => {
    const state = createSweepState();
    FINGERPRINTJS_READS.slice(0, 14).forEach(([group, name]) =>
      sweepRead(state, `${group}.${name}`, group, 0),
    );
    // A second later the first fourteen are stale; reading them all again, plus one more, completes it.
    const late = FINGERPRINTJS_READS.slice(0, 15).map(([group, name], i) =>
      sweepRead(state, `${group}.${name}`, group, 2_000 + i),
    );
    expect(late.indexOf(true)).toBe(14);
  });
});
