/**
 * The JSON export as text, written in pieces so a large export never builds one huge object or
 * string at once: the head (everything but the observations), then the observations one by
 * one, then the closing brackets. The pieces joined are byte for byte what
 * `JSON.stringify(buildExportDocument(input), null, 2)` gives (a unit test checks it), so
 * streaming changes nothing about the file. Observations must come sorted by id (code units),
 * which is the order IndexedDB returns them in by key.
 */
import {
  exportObservation,
  type ExportHead,
  type ExportInput,
  buildExportHead,
  byCodeUnits,
} from './export-document';
import type { Observation } from '../model';

const EMPTY_TAIL = '[]\n}';

/** Everything up to and including the opening bracket of `observations`. */
export function jsonHead(head: ExportHead): string {
  const text = JSON.stringify({ ...head, observations: [] }, null, 2);
  return text.slice(0, text.length - EMPTY_TAIL.length) + '[';
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
  return `${index === 0 ? '\n' : ',\n'}${text.slice(WRAP_OPEN.length, text.length - WRAP_CLOSE.length)}`;
}

const WRAP_OPEN = '[\n  [\n';
const WRAP_CLOSE = '\n  ]\n]';

/** The closing brackets after `count` observations. */
export function jsonTail(count: number): string {
  return count === 0 ? ']\n}' : '\n  ]\n}';
}

/** The whole export as pieces (for a Blob), observations in slices of `sliceSize`. */
export function* exportJsonPieces(input: ExportInput, sliceSize = 1000): Generator<string, void, undefined> {
  yield jsonHead(buildExportHead(input));
  const sorted = [...input.observations].sort((a, b) => byCodeUnits(a.id, b.id));
  for (let start = 0; start < sorted.length; start += sliceSize) {
    let slice = '';
    for (let i = start; i < Math.min(start + sliceSize, sorted.length); i++)
      slice += jsonObservation(sorted[i]!, i);
    yield slice;
  }
  yield jsonTail(sorted.length);
}
