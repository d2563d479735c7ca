/**
 * Hostile and broken import files: each gets its own clear error, and the database is exactly
 * as before (compared record by record), whether restoring or merging.
 */
import { describe, expect, it } from 'vitest';
import type { ImportErrorCode } from '../../../src/import';
import { importExportFile, type GlassDatabase } from '../../../src/store';
import { dump, realisticStore } from '../realistic-store';
import { exportText } from './export-text';

// Broken files are made by editing parsed JSON freely.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-explicit-any */
type Doc = Record<string, any>;

let db: GlassDatabase;
let valid: string;

/** A change to a valid export, as text. */
const edit = (change: (document: Doc) => void) => () => {
  const document = JSON.parse(valid) as Doc;
  change(document);
  return JSON.stringify(document);
};

const CASES: [string, () => string, ImportErrorCode, RegExp?][] = [
  ['not JSON at all', () => 'PK\u0003\u0004 this is a zip file', 'not-json'],
  ['an empty file', () => '', 'not-json'],
  ['a file cut short', () => valid.slice(0, Math.floor(valid.length * 0.6)), 'truncated'],
  ['cut short inside a string', () => valid.slice(0, valid.indexOf('"retailer"') + 5), 'truncated'],
  ['a JSON array', () => '[1,2,3]', 'not-an-export'],
  ['another format tag', edit((d) => (d.format = 'other-tool/export')), 'not-an-export', /format/],
  ['no format tag', edit((d) => delete d.format), 'not-an-export'],
  ['a future version', edit((d) => (d.schemaVersion = 2)), 'future-version', /schemaVersion 2/],
  ['version 0', edit((d) => (d.schemaVersion = 0)), 'unknown-version'],
  ['a version as a string', edit((d) => (d.schemaVersion = '1')), 'unknown-version'],
  ['a huge string', edit((d) => (d.observations[0].subject = 'x'.repeat(2_000_000))), 'invalid', /subject/],
  ['a huge masked value', edit((d) => (d.observations[1].masked = 'y'.repeat(5_000))), 'invalid', /masked/],
  [
    'a __proto__ key',
    () => valid.replace('"counters": {}', '"counters": { "__proto__": { "polluted": 1 } }'),
    'forbidden-key',
    /__proto__/,
  ],
  [
    'an escaped __proto__ key',
    () => valid.replace('"counters": {}', '"counters": { "\\u005f_proto__": 1 }'),
    'forbidden-key',
  ],
  [
    'a constructor key',
    () => valid.replace('"generator": {', '"generator": { "constructor": 1,'),
    'forbidden-key',
  ],
  [
    'a javascript: URL as a privacy link',
    edit((d) => {
      const link = d.observations.find((o: Doc) => o.kind === 'privacy-link');
      link.subject = 'privacy-policy|javascript:alert(document.cookie)';
      link.id = `${link.retailer}|${link.kind}|${link.party}|${link.subject}`;
    }),
    'invalid',
    /privacy link/,
  ],
  [
    'a javascript: href in a shop’s privacy links',
    edit((d) => {
      const shop = d.retailers.find((r: Doc) => r.privacyLinks.length > 0);
      shop.privacyLinks[0].href = 'javascript:alert(1)';
    }),
    'invalid',
    /href/,
  ],
  [
    'a javascript: privacy contact',
    edit((d) => (d.organizations[0].privacyContact = ' JavaScript:alert(1)')),
    'invalid',
    /privacyContact/,
  ],
  [
    'a data: evidence page',
    edit(
      (d) =>
        (d.observations[0].evidence = [
          { at: d.exportedAt, page: 'data:text/html,x', resource: null, resourceType: null },
        ]),
    ),
    'invalid',
    /page/,
  ],
  [
    'an evidence URL with a query',
    edit((d) => (d.observations[0].evidence[0].page += '?email=a@b.example')),
    'invalid',
  ],
  ['a count as a string', edit((d) => (d.observations[0].count = '3')), 'invalid', /count/],
  ['a negative count', edit((d) => (d.observations[0].count = -1)), 'invalid'],
  ['observations as an object', edit((d) => (d.observations = {})), 'invalid', /observations/],
  [
    'a time that is not ISO',
    edit((d) => (d.observations[0].firstSeen = 'yesterday')),
    'invalid',
    /firstSeen/,
  ],
  ['an impossible date', edit((d) => (d.exportedAt = '2026-02-30T00:00:00.000Z')), 'invalid'],
  ['an unknown kind', edit((d) => (d.observations[0].kind = 'mind-reading')), 'invalid', /kind/],
  ['an unknown field', edit((d) => (d.observations[0].extra = true)), 'invalid'],
  ['a missing field', edit((d) => delete d.observations[0].evidence), 'invalid', /evidence/],
  ['an id that does not match', edit((d) => (d.observations[0].id = 'a|b|c|d')), 'invalid', /id/],
  [
    'the same observation twice',
    edit((d) => void d.observations.push(d.observations[0])),
    'invalid',
    /twice/,
  ],
  [
    'first seen after last seen',
    edit((d) => (d.observations[0].firstSeen = '2099-01-01T00:00:00.000Z')),
    'invalid',
  ],
  [
    'a retailer that is not a site',
    edit((d) => (d.observations[0].retailer = '<b>shop</b>')),
    'invalid',
    /retailer/,
  ],
  [
    'too many samples',
    edit((d) => {
      const event = d.observations.find((o: Doc) => o.samples.length > 0);
      event.samples = Array(6).fill(event.samples[0]);
    }),
    'invalid',
    /samples/,
  ],
];

describe('importing a hostile or broken file', { timeout: 120_000 }, () => {
  it('the valid file imports (the cases below are small edits of it)', async () => {
    db = await realisticStore();
    valid = await exportText(db);
    const copy = await realisticStore();
    expect(await importExportFile(copy, valid, 'merge')).toMatchObject({ ok: true, schemaVersion: 1 });
  });

  it.each(CASES)('%s: refused, nothing changes', async (_name, make, code, detail) => {
    const text = make();
    const before = await dump(db);
    for (const mode of ['restore', 'merge'] as const) {
      const result = await importExportFile(db, text, mode);
      expect(result).toMatchObject({ ok: false, code });
      if (detail && !result.ok) expect(result.detail).toMatch(detail);
    }
    expect(await dump(db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a file above the size bound is refused before it is parsed', async () => {
    const result = await importExportFile(db, ' '.repeat(256 * 1024 * 1024 + 1), 'restore');
    expect(result).toMatchObject({ ok: false, code: 'too-large' });
  });
});
