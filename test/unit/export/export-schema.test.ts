/**
 * docs/export.schema.json (JSON Schema 2020-12, checked with ajv) accepts real exports — a
 * store built through the real record path — and rejects broken ones; the import's own
 * validator (valibot, src/import) agrees with it on every case. docs/export-format.md names
 * every field the schema declares.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/import';
import { exportText } from '../import/export-text';
import { realisticStore } from '../realistic-store';

const root = join(import.meta.dirname, '..', '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'docs', 'export.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ strict: true, allErrors: false }).compile(schema);

// Broken files are made by editing parsed JSON freely.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-explicit-any */
type Doc = Record<string, any>;

const BROKEN: [string, (d: Doc) => void][] = [
  ['unknown format', (d) => (d.format = 'x')],
  ['future version', (d) => (d.schemaVersion = 2)],
  ['unknown top-level field', (d) => (d.extra = 1)],
  ['observation without evidence', (d) => delete d.observations[0].evidence],
  ['count as string', (d) => (d.observations[0].count = '1')],
  [
    'javascript: privacy href',
    (d) => (d.retailers.find((r: Doc) => r.privacyLinks.length).privacyLinks[0].href = 'javascript:x'),
  ],
  ['javascript: contact', (d) => (d.organizations[0].privacyContact = 'javascript:alert(1)')],
  ['query in evidence', (d) => (d.observations[0].evidence[0].page += '?q=1')],
  ['huge subject', (d) => (d.observations[0].subject = 'x'.repeat(5000))],
  ['time not ISO', (d) => (d.exportedAt = '5 Dec 2026')],
  ['unknown kind', (d) => (d.observations[0].kind = 'telepathy')],
  ['site with markup', (d) => (d.retailers[0].retailer = '<i>x</i>')],
];

describe('the export JSON Schema', { timeout: 60_000 }, () => {
  let valid: string;

  it('accepts a real export', async () => {
    valid = await exportText(await realisticStore());
    const ok = validate(JSON.parse(valid));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(parseImport(valid).ok).toBe(true);
  });

  it.each(BROKEN)('rejects a file with %s, as the import does', (_name, change) => {
    const document = JSON.parse(valid) as Doc;
    change(document);
    expect(validate(document)).toBe(false);
    expect(parseImport(JSON.stringify(document)).ok).toBe(false);
  });

  it('is described field by field in docs/export-format.md', () => {
    const doc = readFileSync(join(root, 'docs', 'export-format.md'), 'utf8');
    const fields = new Set<string>();
    const collect = (node: unknown) => {
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as { properties?: Record<string, unknown> }).properties;
      if (properties) for (const name of Object.keys(properties)) fields.add(name);
      for (const value of Object.values(node)) collect(value);
    };
    collect(schema);
    expect([...fields].filter((f) => !doc.includes(`\`${f}\``) && !doc.includes(`\`${f}[]\``))).toEqual([]);
  });
});
