/**
 * Session recording (signals.md §3.4): a script that watches the whole document with a
 * MutationObserver (subtree, on the document, its root element or body) and listens on the window
 * or document both to typing (input, change, key events) and to the pointer (mouse, touch,
 * scroll), while the page uploads periodically: at least two POSTs of ≥1 KB to one host, at
 * least half a second apart (fetch, XHR or sendBeacon, by any script of the page, because
 * recorders such as rrweb hand their events to the site's own uploader). A recording script served
 * from a session-replay vendor, or any POST to one, proves the uploads without counting.
 *
 * Frameworks observe parts of the page, tag managers listen for clicks, and analytics send small
 * beacons; only a recorder needs all three.
 */
import { isReplayVendorHost } from './replay-vendor-hosts';

const create = Object.create as <T>(proto: null) => T;

export const MIN_UPLOAD_BYTES = 1024;
export const MIN_UPLOADS = 2;
export const MIN_UPLOAD_SPREAD_MS = 500;

export const TYPING_EVENTS = ['input', 'change', 'beforeinput', 'keydown', 'keyup', 'keypress'] as const;
export const POINTER_EVENTS = [
  'mousemove',
  'mousedown',
  'mouseup',
  'click',
  'pointermove',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchmove',
  'scroll',
  'wheel',
] as const;

const LISTENER_KINDS: Record<string, 'typing' | 'pointer'> = create(null);
for (let i = 0; i < TYPING_EVENTS.length; i += 1) LISTENER_KINDS[TYPING_EVENTS[i]!] = 'typing';
for (let i = 0; i < POINTER_EVENTS.length; i += 1) LISTENER_KINDS[POINTER_EVENTS[i]!] = 'pointer';

/** Whether a listener of this event type matters (the hooks use it as a cheap filter). */
export function recordingListenerKind(type: unknown): 'typing' | 'pointer' | undefined {
  return typeof type === 'string' ? LISTENER_KINDS[type] : undefined;
}

interface ScriptState {
  vendor: boolean;
  observer: boolean;
  typing: boolean;
  pointer: boolean;
  fired: boolean;
}

export interface RecordingState {
  scripts: Record<string, ScriptState>;
  uploads: Record<string, { count: number; firstAt: number }>;
  uploadsProven: boolean;
}

export function createRecordingState(): RecordingState {
  return { scripts: create(null), uploads: create(null), uploadsProven: false };
}

function scriptState(state: RecordingState, script: string, host: string): ScriptState {
  return (state.scripts[script] ??= {
    vendor: isReplayVendorHost(host),
    observer: false,
    typing: false,
    pointer: false,
    fired: false,
  });
}

/** MutationObserver.observe(document, documentElement or body, {subtree: true}) by `script` (at `host`). */
export function documentObserved(state: RecordingState, script: string, host: string): void {
  scriptState(state, script, host).observer = true;
}

/** addEventListener(type) on the window or a document by `script` (at `host`). */
export function documentListened(state: RecordingState, script: string, host: string, type: unknown): void {
  const kind = recordingListenerKind(type);
  if (kind) scriptState(state, script, host)[kind] = true;
}

/** A POST of `bytes` to `host` at `at` ms, by any script of the page. */
export function uploaded(state: RecordingState, host: string, bytes: number, at: number): void {
  if (isReplayVendorHost(host)) state.uploadsProven = true;
  if (!(bytes >= MIN_UPLOAD_BYTES)) return;
  const tally = (state.uploads[host] ??= { count: 0, firstAt: at });
  tally.count += 1;
  if (tally.count >= MIN_UPLOADS && at - tally.firstAt >= MIN_UPLOAD_SPREAD_MS) state.uploadsProven = true;
}

/** Scripts whose recording is proven now, each returned only once. */
export function provenRecorders(state: RecordingState): string[] {
  const proven: string[] = [];
  for (const script in state.scripts) {
    const recorder = state.scripts[script]!;
    if (recorder.fired || !(recorder.observer && recorder.typing && recorder.pointer)) continue;
    if (!(recorder.vendor || state.uploadsProven)) continue;
    recorder.fired = true;
    proven[proven.length] = script;
  }
  return proven;
}
