/**
 * Reading an export file for import: the whole file is checked before anything is written, and
 * every way it can be wrong gets its own error code (shown to the user in their language) with
 * a short technical detail. Pure: text in, stored records or an error out.
 *
 * Order of checks: size; JSON syntax (a file cut short says "truncated"); keys that could
 * pollute prototypes (`__proto__`, `constructor`, `prototype`) anywhere; the format tag; the
 * version (newer than this build: rejected; older: migrated); the schema (export-schema.ts);
 * then what a schema cannot say — ids that match their parts, no duplicates, first seen not
 * after last seen, privacy links that are http(s) or plain text.
 */
import * as v from 'valibot';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION } from '../export';
import { observationId, type Observation, type Organization } from '../model';
import { ExportDocumentSchema, IMPORT_LIMITS, UNSAFE_SCHEME, type ValidExport } from './export-schema';
import { observationFromExport, organizationFromExport } from './from-export';
import { migrateExport } from './migrate';

export type ImportErrorCode =
  | 'too-large'
  | 'not-json'
  | 'truncated'
  | 'forbidden-key'
  | 'not-an-export'
  | 'future-version'
  | 'unknown-version'
  | 'invalid';

export interface ImportFailure {
  ok: false;
  code: ImportErrorCode;
  /** Where and what, in English, for the curious (e.g. "observations.3.evidence.0.page: not an http(s) URL"). */
  detail: string;
}

export interface ParsedImport {
  ok: true;
  /** The version the file was written in (before migration). */
  schemaVersion: number;
  exportedAt: number;
  observations: Observation[];
  organizations: Organization[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const FORBIDDEN_KEY_PATTERN = /"(__proto__|constructor|prototype)"\s*:/;

class ForbiddenKey extends Error {}

export function parseImport(text: string): ParsedImport | ImportFailure {
  if (text.length > IMPORT_LIMITS.fileChars)
    return fail('too-large', `${text.length} characters, at most ${IMPORT_LIMITS.fileChars}`);

  let raw: unknown;
  try {
    raw = parseJson(text);
  } catch (error) {
    if (error instanceof ForbiddenKey) return fail('forbidden-key', `a key named "${error.message}"`);
    const message = error instanceof Error ? error.message : String(error);
    return fail(looksTruncated(text, message) ? 'truncated' : 'not-json', message.slice(0, 200));
  }

  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return fail('not-an-export', 'not a JSON object');
  const record = raw as Record<string, unknown>;
  if (record.format !== EXPORT_FORMAT)
    return fail('not-an-export', `format is ${describe(record.format)}, not "${EXPORT_FORMAT}"`);
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version))
    return fail('unknown-version', `schemaVersion is ${describe(version)}`);
  if (version > EXPORT_SCHEMA_VERSION)
    return fail(
      'future-version',
      `schemaVersion ${version}; this version reads up to ${EXPORT_SCHEMA_VERSION}`,
    );
  const migrated = migrateExport(record, version);
  if (!migrated) return fail('unknown-version', `schemaVersion ${version}`);

  const parsed = v.safeParse(ExportDocumentSchema, migrated);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return fail('invalid', `${v.getDotPath(issue) ?? '(document)'}: ${issue.message}`.slice(0, 300));
  }
  const problem = consistencyProblem(parsed.output);
  if (problem) return fail('invalid', problem);

  return {
    ok: true,
    schemaVersion: version,
    exportedAt: Date.parse(parsed.output.exportedAt),
    observations: parsed.output.observations.map(observationFromExport),
    organizations: parsed.output.organizations.map(organizationFromExport),
  };
}

/**
 * JSON.parse, refusing forbidden keys. A key is a string followed by a colon, and inside a JSON
 * string a quote is always escaped, so without \u escapes in the text the pattern finds exactly
 * the forbidden keys and the fast native parse suffices. A text with \u escapes could spell a
 * key in them: it is parsed with a reviver that sees every decoded key (several times slower).
 */
function parseJson(text: string): unknown {
  if (text.includes('\\u'))
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
      return value;
    });
  const forbidden = FORBIDDEN_KEY_PATTERN.exec(text);
  if (forbidden) throw new ForbiddenKey(forbidden[1]);
  return JSON.parse(text);
}

/** What the schema cannot express; the first problem found, or undefined. */
function consistencyProblem(document: ValidExport): string | undefined {
  const ids = new Set<string>();
  for (const [index, o] of document.observations.entries()) {
    const at = `observations.${index}`;
    if (o.id !== observationId(o)) return `${at}.id: does not match retailer|kind|party|subject`;
    if (ids.has(o.id)) return `${at}.id: appears twice`;
    ids.add(o.id);
    if (o.firstSeen > o.lastSeen) return `${at}: first seen after last seen`;
    if (o.kind === 'privacy-link') {
      const target = o.subject.slice(o.subject.indexOf('|') + 1);
      if (!o.subject.includes('|') || UNSAFE_SCHEME.test(target))
        return `${at}.subject: a privacy link must be an http(s) URL or a text`;
    }
  }
  const keys = new Set<string>();
  for (const [index, organization] of document.organizations.entries()) {
    if (keys.has(organization.key)) return `organizations.${index}.key: appears twice`;
    keys.add(organization.key);
  }
  return undefined;
}

/** A file cut short: the parser ran out of input (V8 and SpiderMonkey say so differently). */
function looksTruncated(text: string, message: string): boolean {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return false;
  if (/end of (JSON )?(input|data)|unterminated/i.test(message)) return true;
  const position = /position (\d+)/.exec(message);
  return position !== null && Number(position[1]) >= trimmed.length - 1;
}

function describe(value: unknown): string {
  return value === undefined ? 'missing' : (JSON.stringify(value)?.slice(0, 40) ?? typeof value);
}

function fail(code: ImportErrorCode, detail: string): ImportFailure {
  return { ok: false, code, detail };
}
