import { describe, expect, it } from 'vitest';
import {
  createRecordingState,
  documentListened,
  documentObserved,
  MIN_UPLOAD_BYTES,
  provenRecorders,
  recordingListenerKind,
  uploaded,
  type RecordingState,
} from '../../../src/detectors/api/session-recording';

const RRWEB = 'https://cdn.jsdelivr.net/npm/rrweb@2.2.2/dist/rrweb.umd.min.cjs';
const HOTJAR = 'https://static.hotjar.com/c/hotjar-3791044.js';

/** What rrweb 2.2.2's record() registers (dist/rrweb.js: initMutationObserver, initMoveObserver …). */
function rrwebRecording(state: RecordingState, script = RRWEB, host = 'cdn.jsdelivr.net'): void {
  documentObserved(state, script, host);
  for (const type of [
    'mousemove',
    'touchmove',
    'drag',
    'scroll',
    'resize',
    'input',
    'change',
    'selectionchange',
  ]) {
    documentListened(state, script, host, type);
  }
}

describe('session recording', () => {
  it('flags rrweb once the page uploads periodically: two large POSTs to one host, apart in time', () => {
    const page = createRecordingState();
    rrwebRecording(page);
    expect(provenRecorders(page)).toEqual([]);
    uploaded(page, 'collector.shop.example', 48_000, 1_000);
    expect(provenRecorders(page)).toEqual([]);
    uploaded(page, 'collector.shop.example', MIN_UPLOAD_BYTES, 2_000);
    expect(provenRecorders(page)).toEqual([RRWEB]);
    expect(provenRecorders(page)).toEqual([]);
  });

  it('takes a POST to a replay vendor, or a recorder served by one, as proof of uploads', () => {
    const uploadsToVendor = createRecordingState();
    rrwebRecording(uploadsToVendor);
    uploaded(uploadsToVendor, 'r.lr-ingest.io', 200, 0);
    expect(provenRecorders(uploadsToVendor)).toEqual([RRWEB]);

    const vendorScript = createRecordingState();
    rrwebRecording(vendorScript, HOTJAR, 'static.hotjar.com');
    expect(provenRecorders(vendorScript)).toEqual([HOTJAR]);
  });

  it('needs all three from one script: a document-wide observer, typing and pointer listeners', () => {
    const split = createRecordingState();
    documentObserved(split, 'https://framework.example/app.js', 'framework.example');
    documentListened(split, 'https://gtm.example/gtm.js', 'gtm.example', 'click');
    documentListened(split, 'https://gtm.example/gtm.js', 'gtm.example', 'scroll');
    documentListened(split, 'https://forms.example/validate.js', 'forms.example', 'input');
    uploaded(split, 'r.lr-ingest.io', 5_000, 0);
    expect(provenRecorders(split)).toEqual([]);

    const noTyping = createRecordingState();
    documentObserved(noTyping, HOTJAR, 'static.hotjar.com');
    documentListened(noTyping, HOTJAR, 'static.hotjar.com', 'mousemove');
    expect(provenRecorders(noTyping)).toEqual([]);
    documentListened(noTyping, HOTJAR, 'static.hotjar.com', 'keydown');
    expect(provenRecorders(noTyping)).toEqual([HOTJAR]);
  });

  it('spares analytics beacons: small, or a single large one, or two at once', () => {
    const analytics = createRecordingState();
    rrwebRecording(analytics);
    for (let i = 0; i < 20; i += 1) uploaded(analytics, 'www.google-analytics.com', 600, i * 1_000);
    uploaded(analytics, 'api.shop.example', 20_000, 0);
    uploaded(analytics, 'batch.shop.example', 4_000, 5_000);
    uploaded(analytics, 'batch.shop.example', 4_000, 5_100);
    expect(provenRecorders(analytics)).toEqual([]);
  });

  it('knows which listener types matter', () => {
    expect(recordingListenerKind('keydown')).toBe('typing');
    expect(recordingListenerKind('pointermove')).toBe('pointer');
    expect(recordingListenerKind('load')).toBeUndefined();
    expect(recordingListenerKind('toString')).toBeUndefined();
    expect(recordingListenerKind(42)).toBeUndefined();
  });
});
