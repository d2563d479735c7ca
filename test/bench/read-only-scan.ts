/**
 * Benchmark fixture, not shipped: a stand-in for the top frame's page scan that only reads what
 * the scan reads — every candidate element's text and aria-label, cleaned and normalised
 * (candidatesOf, src/detectors/page/candidates.ts) — in idle-time slices of the same size, and
 * matches nothing, sends nothing. Put in place of content/top-frame.js in a copy of the built
 * extension (extension-variants.ts), it shows what any scan that reads the page costs before it
 * looks for a single phrase: the floor under our own scan.
 */
// From candidates.ts, not the detectors' index, whose phrase tables and gate this must not load.
import { candidatesOf, SCAN_SLICE } from '../../src/detectors/page/candidates';

function readInSlices(steps: Iterator<unknown>): void {
  requestIdleCallback(
    (deadline) => {
      for (;;) {
        for (let step = 0; step < SCAN_SLICE; step++) if (steps.next().done) return;
        if (deadline.didTimeout || deadline.timeRemaining() <= 3) break;
      }
      readInSlices(steps);
    },
    { timeout: 2000 },
  );
}

function start(): void {
  // A filter that turns every candidate away: its text is read and normalised, nothing more.
  readInSlices(candidatesOf(document, undefined, { admits: () => false }));
}

if (window.top === window) {
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
