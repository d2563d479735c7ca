/**
 * The extension's only requests of its own (the anonymous comparison and the GPC check), made
 * as a stranger would: no cookies, no referrer, no cache, no redirect followed (it could lead
 * to another site), bounded in time and, when read, in size.
 */

/** The response, or undefined when the request failed or timed out. */
export async function fetchAsStranger(
  url: string,
  accept: string,
  timeoutMs: number,
): Promise<Response | undefined> {
  try {
    return await fetch(url, {
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
      referrerPolicy: 'no-referrer',
      headers: { accept },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    return undefined;
  }
}

/** The body, or undefined when it exceeds `maxBytes` (reading stops there). */
export async function readBounded(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
