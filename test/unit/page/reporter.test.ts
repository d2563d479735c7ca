/**
 * The reporter's messages must pass the ISOLATED side's allowlist (parseBridgeMessage) whatever the
 * batch, and must not depend on built-ins a page can rewrite.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ReporterModule from '../../../extension/page/hooks/reporter';
import { parseBridgeMessage } from '../../../src/protocol/bridge-messages';

type Reporter = typeof ReporterModule;
let reporter: Reporter;
let page: EventTarget;
let sent: string[];
let open: boolean;

beforeEach(async () => {
  vi.useFakeTimers();
  vi.resetModules();
  page = new EventTarget();
  vi.stubGlobal('window', page);
  reporter = await import('../../../extension/page/hooks/reporter');
  sent = [];
  open = true;
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function start(): void {
  reporter.startReporter((json) => {
    if (!open) return false;
    sent.push(json);
    return true;
  });
}

describe('reporter', () => {
  it('sends codes, scripts and counts in one batch after 500 ms', () => {
    start();
    reporter.signal('canvas-fingerprint', 'https://openfpcdn.io/fingerprintjs/v5');
    reporter.signal('geolocation-request', '');
    reporter.signal('geolocation-request', '');
    vi.advanceTimersByTime(499);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toHaveLength(1);
    expect(parseBridgeMessage(sent[0])).toEqual({
      t: 'api-signals',
      signals: [
        { code: 'canvas-fingerprint', script: 'https://openfpcdn.io/fingerprintjs/v5', count: 1 },
        { code: 'geolocation-request', script: '', count: 2 },
      ],
    });
    vi.advanceTimersByTime(5_000);
    expect(sent).toHaveLength(1);
  });

  it('keeps signals until the channel is acknowledged, including those from before it started', () => {
    reporter.signal('navigator-sweep', 'https://cdn.example/a.js');
    open = false;
    start();
    vi.advanceTimersByTime(2_000);
    expect(sent).toEqual([]);
    open = true;
    vi.advanceTimersByTime(500);
    expect(parseBridgeMessage(sent[0])?.t).toBe('api-signals');
    expect(sent).toHaveLength(1);
  });

  it('splits large batches into accepted messages: at most 50 signals and 15 KB each', () => {
    start();
    for (let i = 0; i < 120; i += 1) reporter.signal('font-enumeration', `https://cdn${i}.example/x.js`);
    for (let i = 0; i < 30; i += 1) {
      // The longest script URL the schema admits: 1024 characters.
      reporter.signal('session-recording', `https://cdn.example/${String(i).padStart(1004, 'p')}`);
    }
    vi.advanceTimersByTime(500);
    const messages = sent.map((json) => parseBridgeMessage(json));
    expect(messages.every((message) => message?.t === 'api-signals')).toBe(true);
    const signals = messages.flatMap((message) => (message?.t === 'api-signals' ? message.signals : []));
    expect(signals).toHaveLength(150);
    for (const json of sent) expect(json.length).toBeLessThanOrEqual(15_000);
  });

  it('flushes at once when the page is hidden or left', () => {
    start();
    reporter.signal('audio-fingerprint', 'https://openfpcdn.io/fingerprintjs/v5');
    page.dispatchEvent(new Event('pagehide'));
    expect(sent).toHaveLength(1);
  });

  it('caps counts at the schema maximum', () => {
    start();
    for (let i = 0; i < 10_050; i += 1) reporter.signal('geolocation-request', '');
    vi.advanceTimersByTime(500);
    expect(parseBridgeMessage(sent[0])).toEqual({
      t: 'api-signals',
      signals: [{ code: 'geolocation-request', script: '', count: 10_000 }],
    });
  });

  it('writes the same JSON when a page has added toJSON to Object.prototype and Array.prototype', () => {
    start();
    const prototypes = [Object.prototype, Array.prototype] as unknown as Record<string, unknown>[];
    for (const proto of prototypes) proto.toJSON = () => ({ t: 'api-signals', signals: [] });
    try {
      reporter.signal('webgl-fingerprint', 'https://openfpcdn.io/fingerprintjs/v5');
      vi.advanceTimersByTime(500);
    } finally {
      for (const proto of prototypes) delete proto.toJSON;
    }
    expect(JSON.parse(sent[0]!)).toEqual({
      t: 'api-signals',
      signals: [{ code: 'webgl-fingerprint', script: 'https://openfpcdn.io/fingerprintjs/v5', count: 1 }],
    });
  });
});
