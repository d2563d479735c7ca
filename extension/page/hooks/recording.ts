/**
 * Session-recording hooks (src/detectors/api/session-recording.ts): document-wide
 * MutationObservers and typing/pointer listeners on the window or document, per calling script;
 * POST uploads by fetch, XMLHttpRequest and sendBeacon with their size and destination host,
 * for the whole page (strings, Blobs, ArrayBuffers and typed arrays are measured; FormData and
 * streams are not). The listener hook also tells the canvas hooks about listeners on canvases.
 */
import {
  createRecordingState,
  documentListened,
  documentObserved,
  provenRecorders,
  recordingListenerKind,
  uploaded,
} from '../../../src/detectors/api/session-recording';
import { guardIfCanvas } from './canvas';
import { callerScript, sampled } from './caller';
import {
  getPrototypeOf,
  getterOf,
  hostOf,
  now,
  ownValue,
  read,
  weakMap,
  type AnyFunction,
  type Realm,
} from './natives';
import { signal } from './reporter';
import { hook } from './wrap';

const state = createRecordingState();
const xhrs = weakMap<object, { post: boolean; url: unknown }>();
const nodeType = getterOf(Node.prototype, 'nodeType');
const ownerDocument = getterOf(Node.prototype, 'ownerDocument');
const documentElement = getterOf(Document.prototype, 'documentElement');
const body = getterOf(Document.prototype, 'body');
const requestUrl = getterOf(Request.prototype, 'url');
const requestMethod = getterOf(Request.prototype, 'method');
/** Sizes of the body types uploads use; each getter applies to one type and fails for others. */
const SIZES: (AnyFunction | undefined)[] = [
  getterOf(Blob.prototype, 'size'),
  getterOf(ArrayBuffer.prototype, 'byteLength'),
  getterOf(getPrototypeOf(Uint8Array.prototype) as object, 'byteLength'),
];

function reportProven(): void {
  const proven = provenRecorders(state);
  for (let i = 0; i < proven.length; i += 1) signal('session-recording', proven[i]!);
}

/** The document itself, its root element or its body. */
function isWholeDocument(node: unknown): boolean {
  const type = read(nodeType, node);
  if (type === 9) return true;
  const document = read(ownerDocument, node);
  return type === 1 && (node === read(documentElement, document) || node === read(body, document));
}

function isPost(method: unknown): boolean {
  return method === 'POST' || method === 'post';
}

function sizeOf(data: unknown): number {
  if (typeof data === 'string') return data.length;
  for (let i = 0; i < SIZES.length; i += 1) {
    const size = read(SIZES[i], data);
    if (typeof size === 'number') return size;
  }
  // FormData, URLSearchParams and streams: size unknown, so not counted as a large upload.
  return 0;
}

function upload(url: unknown, data: unknown): void {
  uploaded(state, hostOf(url), sizeOf(data), now());
  reportProven();
}

export function installRecording(realm: Realm): void {
  hook(realm.MutationObserver?.prototype, 'observe', (_self, args) => {
    if (ownValue(args[1], 'subtree') !== true || !isWholeDocument(args[0])) return;
    const script = callerScript();
    documentObserved(state, script, hostOf(script));
    reportProven();
  });
  hook(realm.EventTarget?.prototype, 'addEventListener', (self, args) => {
    const type = args[0];
    // A realm's window reaches this through its own EventTarget.prototype, so `self === realm`.
    const onDocument = recordingListenerKind(type) && (self === realm || read(nodeType, self) === 9);
    if (!onDocument) return guardIfCanvas(self);
    if (!sampled(`listen ${type as string}`, 20)) return;
    const script = callerScript();
    documentListened(state, script, hostOf(script), type);
    reportProven();
  });
  hook(realm, 'fetch', (_self, args) => {
    const init = args[1];
    if (isPost(ownValue(init, 'method') ?? read(requestMethod, args[0]))) {
      upload(read(requestUrl, args[0]) ?? args[0], ownValue(init, 'body'));
    }
  });
  const xhr = realm.XMLHttpRequest?.prototype;
  hook(xhr, 'open', (self, args) => xhrs.set(self as object, { post: isPost(args[0]), url: args[1] }));
  hook(xhr, 'send', (self, args) => {
    const opened = xhrs.get(self as object);
    if (opened?.post) upload(opened.url, args[0]);
  });
  hook(realm.Navigator?.prototype, 'sendBeacon', (_self, args) => upload(args[0], args[1]));
}
