/**
 * Parameters of a beacon as one flat map, whichever carrier brought them (signals.md §2.3): the URL
 * query, a form body (webRequest formData), a URL-encoded text body (sendBeacon of a string), and
 * newline-batched bodies where each line is one more hit that adds to or overrides the URL params.
 * URLSearchParams never throws on malformed escapes (it keeps them as they are), so nothing here
 * throws either.
 */
import type { OutgoingRequest } from '../../../model';
import { looksLikeJson, scalarText } from './wire-values';

/** Parameter name → value; when a name repeats, the last value wins, as in the vendors' own parsers. */
export type Params = Map<string, string>;

/** Most hits one batched body is read for: GA4 batches a few dozen; more is not a real tag. */
export const MAX_BATCH_LINES = 100;

export function parseQuery(text: string): Params {
  return new Map(new URLSearchParams(text));
}

export function queryParams(url: URL): Params {
  return new Map(url.searchParams);
}

/** The body as parameters: form fields, or a text body that is URL-encoded rather than JSON. */
export function bodyParams(request: OutgoingRequest): Params | undefined {
  if (request.form) {
    const params: Params = new Map();
    for (const [name, values] of Object.entries(request.form)) {
      const last = values[values.length - 1];
      if (last !== undefined) params.set(name, last);
    }
    return params;
  }
  if (request.text && !looksLikeJson(request.text)) return parseQuery(request.text.trim());
  return undefined;
}

/** URL query plus body, the body winning (a pixel POST carries everything in its form). */
export function mergedParams(request: OutgoingRequest, url: URL): Params {
  const params = queryParams(url);
  const body = bodyParams(request);
  if (body) for (const [name, value] of body) params.set(name, value);
  return params;
}

/**
 * One parameter map per hit of a newline-batched request: the URL (and any form) params, overlaid
 * by each non-empty body line. Without body lines the request is a single hit.
 */
export function batchedParams(request: OutgoingRequest, url: URL): Params[] {
  const base = queryParams(url);
  if (request.form) for (const [name, value] of bodyParams(request) ?? []) base.set(name, value);
  const text = request.text;
  if (!text || looksLikeJson(text)) return [base];
  const lines = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, MAX_BATCH_LINES);
  if (lines.length === 0) return [base];
  return lines.map((line) => {
    const hit = new Map(base);
    for (const [name, value] of parseQuery(line)) hit.set(name, value);
    return hit;
  });
}

/** The members of a bracketed group: `cd[value]=1&cd[currency]=EUR` → {value → 1, currency → EUR}. */
export function bracketGroup(params: Params, prefix: string): Params {
  const group: Params = new Map();
  const open = `${prefix}[`;
  for (const [name, value] of params) {
    if (name.startsWith(open) && name.endsWith(']')) group.set(name.slice(open.length, -1), value);
  }
  return group;
}

/** The first of several spellings of a field that holds a value (placeholders like "undefined" skipped). */
export function firstPresent(params: Params, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = scalarText(params.get(name));
    if (value !== undefined) return value;
  }
  return undefined;
}
