/**
 * Batches page-API signals and hands them to the bridge: codes, script URLs and counts only,
 * at most every 500 ms and when the page is hidden or left, at most 50 signals and 15 KB per
 * message (the ISOLATED side drops longer ones). The JSON is written out by hand from strings
 * and numbers: JSON.stringify of objects or arrays would consult toJSON, which a page can add to
 * Object.prototype or Array.prototype to rewrite what we send.
 */
import type { ApiSignalCode } from '../../../src/model';
import { apply, create, later, listen, stringify, win } from './natives';

const FLUSH_AFTER_MS = 500;
/** MAX_SIGNALS_PER_REPORT of src/protocol/field-schemas.ts, not imported: that module brings valibot. */
const MAX_SIGNALS = 50;
const MAX_MESSAGE_CHARS = 15_000;
const MAX_COUNT = 10_000;

interface Pending {
  code: ApiSignalCode;
  script: string;
  count: number;
}

/** Sends one message; false when the channel is not acknowledged yet (keep it for later). */
export type Post = (json: string) => boolean;

let post: Post | undefined;
let pending = create(null) as Record<string, Pending>;
let scheduled = false;

/** One heuristic fired once for `script`. */
export function signal(code: ApiSignalCode, script: string): void {
  const key = `${code} ${script}`;
  const entry = (pending[key] ??= { code, script, count: 0 });
  if (entry.count < MAX_COUNT) entry.count += 1;
  schedule();
}

function schedule(): void {
  if (scheduled || !post) return;
  scheduled = true;
  later(flush, FLUSH_AFTER_MS);
}

function message(items: string): string {
  return `{"t":"api-signals","signals":[${items}]}`;
}

function flush(): void {
  scheduled = false;
  if (!post) return;
  const batch = pending;
  let items = '';
  let count = 0;
  let sent = true;
  for (const key in batch) {
    const { code, script, count: times } = batch[key]!;
    const item = `{"code":${stringify(code)},"script":${stringify(script)},"count":${times}}`;
    if (count > 0 && (count === MAX_SIGNALS || items.length + item.length > MAX_MESSAGE_CHARS)) {
      sent = post(message(items)) && sent;
      items = '';
      count = 0;
    }
    items = count === 0 ? item : `${items},${item}`;
    count += 1;
  }
  if (count > 0) sent = post(message(items)) && sent;
  if (sent) pending = create(null) as Record<string, Pending>;
  else schedule();
}

/** Starts reporting through `send`; signals noted before this are kept and sent with the first batch. */
export function startReporter(send: Post): void {
  post = send;
  // pagehide also fires in bfcache; the signals of the page being left still belong to it.
  apply(listen, win, ['pagehide', flush]);
  for (const _key in pending) {
    schedule();
    break;
  }
}
