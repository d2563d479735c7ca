/**
 * CSV (RFC 4180) writing for the aggregate tables: fields quoted when they hold a comma, quote
 * or line break (organisation keys may hold commas). Values are report vocabulary, sites and
 * organisation keys, which start with a letter or digit, so no cell can start a spreadsheet
 * formula.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** @param {string | number} value */
function field(value) {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** @param {(string | number)[][]} rows */
export function csvText(rows) {
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/**
 * @param {string} dir
 * @param {[string, string[], (string | number)[][]][]} tables
 */
export async function writeTables(dir, tables) {
  for (const [name, header, rows] of tables) await writeFile(join(dir, name), csvText([header, ...rows]));
}
