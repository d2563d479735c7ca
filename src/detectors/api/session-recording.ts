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

/** Whether a listener of this event type matters to the heuristic (hooks use it as a cheap filter). */
export function recordingListenerKind(type: string): 'typing' | 'pointer' | undefined {
  return typeof type === 'string' ? LISTENER_KINDS[type] : undefined;
}

interface ScriptState {
  observer: boolean;
  typing: boolean;
  pointer: boolean;
  fired: boolean;
}

interface UploadTally {
  count: number;
  firstAt: number;
  lastAt: number;
}

export interface RecordingState {
  scripts: Record<string, ScriptState>;
  uploads: Record<string, UploadTally>;
  uploadsProven: boolean;
}

export type RecordingEvent =
  /** MutationObserver.observe by `script`; `target` says what it observes. */
  | { kind: 'observe'; script: string; target: 'document' | 'root' | 'body' | 'element'; subtree: boolean }
  /** addEventListener on the window or document by `script`. */
  | { kind: 'listen'; script: string; type: string }
  /** A POST of `bytes` to `host` at `at` ms, by any script. */
  | { kind: 'upload'; host: string; bytes: number; at: number };

export function createRecordingState(): RecordingState {
  return { scripts: create(null), uploads: create(null), uploadsProven: false };
}

/** Feeds one event; returns the scripts whose recording is proven by it (each only once). */
export function observeRecording(state: RecordingState, event: RecordingEvent): string[] {
  try {
    if (event.kind === 'upload') noteUpload(state, event.host, event.bytes, event.at);
    else {
      const script = (state.scripts[event.script] ??= {
        observer: false,
        typing: false,
        pointer: false,
        fired: false,
      });
      if (event.kind === 'observe') script.observer ||= event.subtree && event.target !== 'element';
      else if (recordingListenerKind(event.type) === 'typing') script.typing = true;
      else if (recordingListenerKind(event.type) === 'pointer') script.pointer = true;
    }
    return provenScripts(state);
  } catch {
    return [];
  }
}

function noteUpload(state: RecordingState, host: string, bytes: number, at: number): void {
  if (isReplayVendorHost(host)) state.uploadsProven = true;
  if (!(bytes >= MIN_UPLOAD_BYTES)) return;
  const tally = (state.uploads[host] ??= { count: 0, firstAt: at, lastAt: at });
  tally.count += 1;
  tally.lastAt = at;
  if (tally.count >= MIN_UPLOADS && tally.lastAt - tally.firstAt >= MIN_UPLOAD_SPREAD_MS) {
    state.uploadsProven = true;
  }
}

function provenScripts(state: RecordingState): string[] {
  const proven: string[] = [];
  for (const url in state.scripts) {
    const script = state.scripts[url]!;
    if (script.fired || !(script.observer && script.typing && script.pointer)) continue;
    if (!state.uploadsProven && !isReplayVendorHost(hostOf(url))) continue;
    script.fired = true;
    proven[proven.length] = url;
  }
  return proven;
}

/**
 * The host of an http(s) URL as browsers serialise it (already lowercase), '' for anything else.
 * Written out because pages can replace String.prototype methods in the world the hooks share.
 */
export function hostOf(url: string): string {
  let start = -1;
  for (let i = 0; i + 2 < url.length; i += 1) {
    if (url[i] === ':' && url[i + 1] === '/' && url[i + 2] === '/') {
      start = i + 3;
      break;
    }
    if (url[i] === '/' || url[i] === '?') break;
  }
  if (start < 0) return '';
  let host = '';
  for (let i = start; i < url.length; i += 1) {
    const character = url[i]!;
    if (character === '/' || character === ':' || character === '?' || character === '#') break;
    host += character;
  }
  return host;
}
