/**
 * Text from pages and stored records, made safe to put into a letter, an email or a label:
 * plain text on one line, no control or bidirectional-override characters, bounded length.
 * Nothing here interprets markup; the result is shown as text, never as HTML.
 */

// C0 and C1 controls, DEL, line/paragraph separators, bidi embeddings, overrides and isolates
// (which can make text read differently from what it is), and the byte-order mark.
// eslint-disable-next-line no-control-regex -- control characters are what this rejects
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

// A surrogate half without its partner is not text, and encodeURIComponent throws on it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** One line of plain text, at most `max` characters (code points), ending in "…" when cut. */
export function singleLine(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  const text = value.replace(LONE_SURROGATE, '\ufffd').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  const points = Array.from(text);
  if (points.length <= max) return text;
  return `${points
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}

/** Bounded list of non-empty single lines, duplicates removed, in their first order. */
export function lineList(
  values: readonly unknown[] | undefined,
  maxItems: number,
  maxLength: number,
): string[] {
  const seen = new Set<string>();
  for (const value of values ?? []) {
    const line = singleLine(value, maxLength);
    if (line) seen.add(line);
    if (seen.size >= maxItems) break;
  }
  return [...seen];
}
