/**
 * The streamed JSON equals the one-piece export byte for byte; CSV follows RFC 4180 and
 * neutralises formulas; the printable report escapes page text and carries no script.
 */
import { describe, expect, it } from 'vitest';
import {
  buildExportDocument,
  csvCell,
  exportJsonPieces,
  htmlReport,
  htmlReportPieces,
  jsonHeadPieces,
  knowledgeCsv,
  knowledgeCsvPieces,
  type ReportInput,
} from '../../../src/export';
import { shopSummaryOf } from '../../../src/profile';
import { readExportSnapshot } from '../../../src/store';
import { HOSTILE_SHOP, realisticStore } from '../realistic-store';

const generator = { name: 'Glass Customer', version: '0.1.0', databaseVersion: 5 };

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('export formats', { timeout: 60_000 }, () => {
  it('JSON in pieces is byte for byte JSON.stringify of the document, for any slice size', async () => {
    const snapshot = await readExportSnapshot(await realisticStore());
    const input = { ...snapshot, generator, exportedAt: Date.UTC(2026, 0, 1) };
    const whole = JSON.stringify(buildExportDocument(input), null, 2);
    for (const size of [1, 7, 1000]) expect([...exportJsonPieces(input, size)].join('')).toBe(whole);
    // The head's shops in slices of any size, too.
    expect(input.retailers.length).toBeGreaterThan(2);
    const head = whole.slice(0, whole.indexOf('"observations": [') + '"observations": ['.length);
    for (const size of [1, 2, 1000]) expect([...jsonHeadPieces(input, size)].join('')).toBe(head);
    const empty = { retailers: [], organizations: [], observations: [], generator, exportedAt: 0 };
    expect([...exportJsonPieces(empty)].join('')).toBe(JSON.stringify(buildExportDocument(empty), null, 2));
  });

  it('CSV cells: quoted per RFC 4180, formulas neutralised', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvCell(`${start}1+1`).startsWith(`'`) || csvCell(`${start}1+1`).startsWith(`"'`)).toBe(true);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(3)).toBe('3');
    expect(csvCell(undefined)).toBe('');
  });

  it('CSV: one row per knowledge item, hostile page text as inert text', async () => {
    const snapshot = await readExportSnapshot(await realisticStore());
    const organizations = new Map(snapshot.organizations.map((o) => [o.key, o]));
    const text = knowledgeCsv(snapshot.retailers.map(shopSummaryOf), organizations);
    expect(
      text.startsWith(
        '\uFEFFshop,category,how_known,what,detail,encodings,count,companies,strength,first_seen,last_seen\r\n',
      ),
    ).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows.every((row) => row.length === 11)).toBe(true);
    expect(rows.length).toBeGreaterThan(20);
    const greeting = rows.find((row) => row[0] === HOSTILE_SHOP && row[3] === 'greeting')!;
    expect(greeting[4]).toBe(`'=HYPERLINK("https://evil.example","Hi, T•••")`);
    expect(rows.find((row) => row[0] === HOSTILE_SHOP && row[3] === 'dynamic-yield|location')![4]).toBe(
      `'+49 Mannheim, @home`,
    );
    // No cell a spreadsheet would run.
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    // Companies are named, e.g. "Google".
    expect(rows.some((row) => row[2] === 'partner-told' && /[A-Z]/.test(row[7]!))).toBe(true);
  });

  it('the printable report escapes everything and has no script', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const input: ReportInput = {
      lang: 'en" onload="x',
      title: hostile,
      intro: hostile,
      labels: {
        category: 'Category',
        how: 'How',
        what: 'What',
        companies: 'Companies',
        firstSeen: 'First seen',
        lastSeen: 'Last seen',
        sharesWith: 'Shares with',
        nothingKnown: 'Nothing',
      },
      shops: [
        {
          site: hostile,
          summary: hostile,
          companies: hostile,
          items: [
            {
              category: hostile,
              how: hostile,
              what: hostile,
              companies: hostile,
              firstSeen: '1',
              lastSeen: '2',
            },
          ],
        },
        { site: 'empty.example', summary: '', companies: '', items: [] },
      ],
      attribution: 'Ghostery Tracker Database, CC BY-NC-SA 4.0',
    };
    const html = htmlReport(input);
    expect(html).not.toMatch(/<script|<img|onload="/i);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain(`default-src 'none'`);
    expect(html).toContain('@media print');
    expect(html).toContain('<p>Nothing</p>');
    expect(html.match(/<tr>/g)).toHaveLength(2);
  });

  it('CSV and the printable report in pieces of any size are the one-piece text', async () => {
    const snapshot = await readExportSnapshot(await realisticStore());
    const organizations = new Map(snapshot.organizations.map((o) => [o.key, o]));
    const shops = snapshot.retailers.map(shopSummaryOf);
    const csv = knowledgeCsv(shops, organizations);
    for (const size of [1, 2, 1000]) {
      const pieces = [...knowledgeCsvPieces(shops, organizations, size)];
      expect(pieces).toHaveLength(1 + Math.ceil(shops.length / size));
      expect(pieces.join('')).toBe(csv);
    }
    const input: ReportInput = {
      lang: 'en',
      title: 'T',
      intro: 'I',
      labels: {
        category: 'C',
        how: 'H',
        what: 'W',
        companies: 'Co',
        firstSeen: 'F',
        lastSeen: 'L',
        sharesWith: 'S',
        nothingKnown: 'N',
      },
      shops: ['a.example', 'b.example', 'c.example'].map((site) => ({
        site,
        summary: '',
        companies: '',
        items: [],
      })),
      attribution: 'A',
    };
    const html = htmlReport(input);
    expect(html).toContain(
      '<p class="muted">I</p>\n<section><h2>a.example</h2><p class="muted"></p><p>N</p></section>\n<section><h2>b.example',
    );
    expect(html).toContain('c.example</h2><p class="muted"></p><p>N</p></section>\n<p class="muted">A</p>');
    for (const size of [1, 2, 1000]) expect([...htmlReportPieces(input, size)].join('')).toBe(html);
    expect(htmlReport({ ...input, shops: [] })).toContain('<p class="muted">I</p>\n\n<p class="muted">A</p>');
  });
});
