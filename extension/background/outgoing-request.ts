/**
 * webRequest details → the OutgoingRequest that network detectors read: URL, method, form
 * fields or the raw body decoded as UTF-8 (capped at 64 KB).
 */
import { MAX_BODY_BYTES, type OutgoingRequest } from '../../src/model';
import type { WebRequest } from '../browser';

const decoder = new TextDecoder('utf-8', { fatal: false });

/** requestBody as browsers deliver it (the polyfill's typings are looser than reality). */
interface RequestBody {
  formData?: Record<string, (string | undefined)[] | undefined>;
  raw?: { bytes?: ArrayBuffer }[];
}

export function outgoingRequestOf(details: WebRequest.OnBeforeRequestDetailsType): OutgoingRequest {
  const request: OutgoingRequest = { url: details.url, method: details.method, type: details.type };
  const body = details.requestBody as RequestBody | undefined;
  if (!body) return request;
  if (body.formData) {
    const form: Record<string, string[]> = {};
    for (const [name, values] of Object.entries(body.formData))
      form[name] = (values ?? []).filter((v): v is string => typeof v === 'string');
    request.form = form;
  }
  if (body.raw?.length) {
    let text = '';
    let budget = MAX_BODY_BYTES;
    for (const part of body.raw) {
      if (!part.bytes || budget <= 0) continue;
      const bytes = new Uint8Array(part.bytes, 0, Math.min(part.bytes.byteLength, budget));
      budget -= bytes.byteLength;
      text += decoder.decode(bytes, { stream: true });
    }
    text += decoder.decode();
    if (text) request.text = text;
  }
  return request;
}
