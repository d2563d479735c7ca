/**
 * Reads research reports from files, directories and stdin as a stream of records, one at a
 * time, so a million reports never sit in memory together:
 * - `.ndjson` / `.jsonl` files and stdin (`-`): one report per line, read line by line;
 * - `.json` files: one report, or an array of reports (the dashboard saves one report per file);
 *   read whole, so they are bounded in size;
 * - directories: every such file below them, in name order; other files are ignored.
 * Each record says where it came from (`file:line`, `file#index`) so errors can point at it.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** A single-JSON file larger than this is refused: a report is a few kilobytes; use NDJSON for many. */
export const MAX_JSON_FILE_BYTES = 64 * 1024 * 1024;
/** A line longer than this is no report. */
export const MAX_LINE_CHARS = 1024 * 1024;

const NDJSON = /\.(ndjson|jsonl)$/i;
const JSON_FILE = /\.json$/i;

/**
 * @typedef {{ source: string, value: unknown } | { source: string, error: string }} InputRecord
 */

/**
 * @param {string[]} paths
 * @param {NodeJS.ReadableStream} stdin
 * @returns {AsyncGenerator<InputRecord>}
 */
export async function* readReports(paths, stdin = process.stdin) {
  for (const path of paths) {
    if (path === '-') {
      yield* readLines(stdin, 'stdin');
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { source: path, error: `cannot read: ${errorText(error)}` };
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walk(path)) yield* readFileRecords(file);
    } else {
      yield* readFileRecords(path);
    }
  }
}

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* walk(dir) {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && (NDJSON.test(entry.name) || JSON_FILE.test(entry.name))) yield path;
  }
}

/** @param {string} path @returns {AsyncGenerator<InputRecord>} */
async function* readFileRecords(path) {
  if (NDJSON.test(path)) {
    yield* readLines(createReadStream(path, { encoding: 'utf8' }), path);
    return;
  }
  try {
    const info = await stat(path);
    if (info.size > MAX_JSON_FILE_BYTES) {
      yield { source: path, error: `larger than ${MAX_JSON_FILE_BYTES} bytes; give many reports as NDJSON` };
      return;
    }
    const value = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) yield { source: `${path}#${i}`, value: value[i] };
    } else yield { source: path, value };
  } catch (error) {
    yield { source: path, error: errorText(error) };
  }
}

/** @param {NodeJS.ReadableStream} stream @param {string} name @returns {AsyncGenerator<InputRecord>} */
async function* readLines(stream, name) {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const line of lines) {
      number++;
      const text = number === 1 ? line.replace(/^\uFEFF/, '') : line;
      if (text.trim() === '') continue;
      const source = `${name}:${number}`;
      if (text.length > MAX_LINE_CHARS) {
        yield { source, error: `line longer than ${MAX_LINE_CHARS} characters` };
        continue;
      }
      try {
        yield { source, value: JSON.parse(text) };
      } catch (error) {
        yield { source, error: errorText(error) };
      }
    }
  } catch (error) {
    yield { source: name, error: `cannot read: ${errorText(error)}` };
  }
}

/** @param {unknown} error */
function errorText(error) {
  return error instanceof Error ? error.message : String(error);
}
