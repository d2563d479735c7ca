/**
 * An import file arrives from the dashboard in chunks (a runtime message has a size limit, and
 * a year of browsing exports to about 100 MB). This collects them for the background: one
 * import at a time, chunks strictly in order, the announced size never exceeded and met exactly
 * at the end. An import left unfinished (the page closed) is dropped when the next begins or
 * after a while. Pure: the caller passes the time.
 */
import { IMPORT_LIMITS } from './export-schema';

/** Characters per chunk message. */
export const IMPORT_CHUNK_CHARS = 1024 * 1024;
/** An import whose next chunk does not come within this long is abandoned. */
export const IMPORT_IDLE_MS = 60_000;

interface Pending {
  id: string;
  chars: number;
  received: number;
  next: number;
  parts: string[];
  touched: number;
}

export class ImportChunks {
  #pending: Pending | undefined;

  /** Start an import of `chars` characters; any unfinished one is dropped. */
  begin(id: string, chars: number, now: number): { ok: true } | { ok: false; error: string } {
    this.#pending = undefined;
    if (!Number.isInteger(chars) || chars < 0 || chars > IMPORT_LIMITS.fileChars)
      return { ok: false, error: 'too-large' };
    this.#pending = { id, chars, received: 0, next: 0, parts: [], touched: now };
    return { ok: true };
  }

  add(id: string, index: number, text: string, now: number): { ok: true } | { ok: false; error: string } {
    const pending = this.#current(id, now);
    if (!pending) return { ok: false, error: 'no such import' };
    if (
      index !== pending.next ||
      text.length > IMPORT_CHUNK_CHARS ||
      pending.received + text.length > pending.chars
    ) {
      this.#pending = undefined;
      return { ok: false, error: 'chunk out of order or over the announced size' };
    }
    pending.parts.push(text);
    pending.received += text.length;
    pending.next += 1;
    pending.touched = now;
    return { ok: true };
  }

  /** The whole text once every announced character arrived; the import is over either way. */
  finish(id: string, now: number): { ok: true; text: string } | { ok: false; error: string } {
    const pending = this.#current(id, now);
    this.#pending = undefined;
    if (!pending) return { ok: false, error: 'no such import' };
    if (pending.received !== pending.chars) return { ok: false, error: 'incomplete' };
    return { ok: true, text: pending.parts.join('') };
  }

  #current(id: string, now: number): Pending | undefined {
    const pending = this.#pending;
    if (!pending || pending.id !== id) return undefined;
    if (now - pending.touched > IMPORT_IDLE_MS) {
      this.#pending = undefined;
      return undefined;
    }
    return pending;
  }
}
