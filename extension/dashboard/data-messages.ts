/**
 * Messages the "Your data" view sends to the background, which does every write. An import
 * file goes in chunks (a runtime message is bounded), never split inside a UTF-16 surrogate
 * pair, so the text arrives exactly as read.
 */
import { IMPORT_CHUNK_CHARS, IMPORT_LIMITS } from '../../src/import';
import type { Response } from '../../src/protocol';
import type { Settings, SettingsPatch } from '../../src/settings';
import { browser } from '../browser';

export function send(message: object): Promise<Response> {
  return browser.runtime
    .sendMessage<object, Response>(message)
    .catch((error: unknown) => ({ ok: false as const, error: String(error) }));
}

export async function importFile(file: File, mode: 'restore' | 'merge'): Promise<Response> {
  if (file.size > IMPORT_LIMITS.fileChars * 4) return { ok: false, error: 'too-large' };
  const text = await file.text();
  const importId = crypto.randomUUID();
  let reply = await send({ type: 'ui/import-begin', importId, chars: text.length });
  for (let start = 0, index = 0; reply.ok && start < text.length; index++) {
    let end = Math.min(start + IMPORT_CHUNK_CHARS, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    reply = await send({ type: 'ui/import-chunk', importId, index, text: text.slice(start, end) });
    start = end;
  }
  return reply.ok ? send({ type: 'ui/import-commit', importId, mode }) : reply;
}

export async function getSettings(): Promise<Settings | undefined> {
  const reply = await send({ type: 'ui/settings-get' });
  return reply.ok ? (reply.settings as Settings) : undefined;
}

export async function updateSettings(patch: SettingsPatch): Promise<Settings | undefined> {
  const reply = await send({ type: 'ui/settings-update', patch });
  return reply.ok ? (reply.settings as Settings) : undefined;
}
