/**
 * The JSON export as text, written in pieces so a large export never builds one huge object or
 * string at once: the head (everything but the observations, its shops a slice at a time), then
 * the observations a slice at a time, then the closing brackets. The pieces joined are byte for byte what
 * `JSON.stringify(buildExportDocument(input), null, 2)` gives (a unit test checks it), so
 * streaming changes nothing about the file. Observations must come sorted by id (code units),
 * which is the order IndexedDB returns them in by key.
 */
import {
  exportObservation,
  exportRetailer,
  retailersInExportOrder,
  type ExportInput,
  buildExportHead,
  byCodeUnits,
} from './export-document';
import type { Observation } from '../model';

const EMPTY_TAIL = '[]\n}';
const EMPTY_RETAILERS = '"retailers": []';

/**
 * Everything up to and including the opening bracket of `observations`, as pieces: the start,
 * the shops `retailersPerPiece` at a time (wording a year of shops' summaries at once froze the
 * dashboard for most of a second), and the rest of the head. A caller may yield between pieces.
 */
export function* jsonHeadPieces(
  input: Omit<ExportInput, 'observations'>,
  retailersPerPiece = 20,
): Generator<string, void, undefined> {
  const text = JSON.stringify({ ...buildExportHead({ ...input, retailers: [] }), observations: [] }, null, 2);
  // The first occurrence: only fixed fields (format, version, time, generator) come before it.
  const at = text.indexOf(EMPTY_RETAILERS);
  const retailers = retailersInExportOrder(input.retailers);
  if (retailers.length === 0) {
    yield text.slice(0, text.length - EMPTY_TAIL.length) + '[';
    return;
  }
  yield text.slice(0, at + EMPTY_RETAILERS.length - 1);
  const organizations = new Map(input.organizations.map((o) => [o.key, o]));
  for (let start = 0; start < retailers.length; start += retailersPerPiece) {
    const entries = retailers
      .slice(start, start + retailersPerPiece)
      .map((r) => exportRetailer(r, organizations));
    yield `${start === 0 ? '\n' : ',\n'}${unwrap(JSON.stringify([entries], null, 2))}`;
  }
  yield '\n  ]' + text.slice(at + EMPTY_RETAILERS.length, text.length - EMPTY_TAIL.length) + '[';
}

/** The head in one piece. */
export function jsonHead(input: Omit<ExportInput, 'observations'>): string {
  return [...jsonHeadPieces(input)].join('');
}

/** One observation as an element of the array; `index` is its position in the file. */
export function jsonObservation(observation: Observation, index: number): string {
  return jsonObservations([observation], index);
}

/**
 * Consecutive observations as elements of the array, the first at position `index`. One native
 * JSON.stringify per slice: nested two levels deep, its elements come out indented exactly as
 * in the whole document, so only the wrapping brackets are cut off.
 */
export function jsonObservations(observations: readonly Observation[], index: number): string {
  if (observations.length === 0) return '';
  const text = JSON.stringify([observations.map(exportObservation)], null, 2);
  return `${index === 0 ? '\n' : ',\n'}${unwrap(text)}`;
}

const WRAP_OPEN = '[\n  [\n';
const WRAP_CLOSE = '\n  ]\n]';

/**
 * The elements of `[[…]]` stringified with two-space indentation: nested two levels deep, they
 * come out indented exactly as the elements of a top-level field's array in the whole document.
 */
function unwrap(text: string): string {
  return text.slice(WRAP_OPEN.length, text.length - WRAP_CLOSE.length);
}

/** The closing brackets after `count` observations. */
export function jsonTail(count: number): string {
  return count === 0 ? ']\n}' : '\n  ]\n}';
}

/** The whole export as pieces (for a Blob), observations in slices of `sliceSize`. */
export function* exportJsonPieces(input: ExportInput, sliceSize = 1000): Generator<string, void, undefined> {
  yield* jsonHeadPieces(input);
  const sorted = [...input.observations].sort((a, b) => byCodeUnits(a.id, b.id));
  for (let start = 0; start < sorted.length; start += sliceSize) {
    let slice = '';
    for (let i = start; i < Math.min(start + sliceSize, sorted.length); i++)
      slice += jsonObservation(sorted[i]!, i);
    yield slice;
  }
  yield jsonTail(sorted.length);
}
