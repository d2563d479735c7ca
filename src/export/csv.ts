/**
 * The CSV export: one row per knowledge item — what a shop appears to know, how, and which
 * companies hold it (src/profile/knowledge.ts) — for spreadsheets. RFC 4180: comma-separated,
 * CRLF line ends, a field with a comma, quote or line break in double quotes with quotes
 * doubled. Page text and names come from web pages, so a cell that a spreadsheet would run as
 * a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe.
 * Starts with a UTF-8 byte-order mark, so spreadsheet programs read German and Chinese right.
 */
import type { Organization } from '../model';
import type { ShopSummary } from '../profile';
import { byCodeUnits, iso } from './export-document';

export const CSV_COLUMNS = [
  'shop',
  'category',
  'how_known',
  'what',
  'detail',
  'encodings',
  'count',
  'companies',
  'strength',
  'first_seen',
  'last_seen',
] as const;

const BOM = '\uFEFF';

/** One field, neutralised and quoted as needed. */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** What the CSV needs of a shop: a stored shop summary has it, and shopSummaryOf(profile) makes it. */
export type CsvShop = Pick<ShopSummary, 'retailer' | 'lastSeen' | 'knowledge'>;

/** Shops per piece of knowledgeCsvPieces: a year's 500 shops worded at once made a 100 ms task. */
export const CSV_SHOPS_PER_PIECE = 25;

/** Every knowledge item of every shop, shops most recently seen first. */
export function knowledgeCsv(
  shopsInAnyOrder: readonly CsvShop[],
  organizations: ReadonlyMap<string, Organization>,
): string {
  return [...knowledgeCsvPieces(shopsInAnyOrder, organizations)].join('');
}

/**
 * The same text in pieces (the header, then the rows of `shopsPerPiece` shops each), so that a
 * page can give its event loop back between them; joined, they are knowledgeCsv's text.
 */
export function* knowledgeCsvPieces(
  shopsInAnyOrder: readonly CsvShop[],
  organizations: ReadonlyMap<string, Organization>,
  shopsPerPiece = CSV_SHOPS_PER_PIECE,
): Generator<string, void, undefined> {
  yield BOM + csvRow(CSV_COLUMNS);
  const shops = [...shopsInAnyOrder].sort(
    (a, b) => b.lastSeen - a.lastSeen || byCodeUnits(a.retailer, b.retailer),
  );
  for (let start = 0; start < shops.length; start += shopsPerPiece) {
    const rows: string[] = [];
    for (const shop of shops.slice(start, start + shopsPerPiece)) {
      for (const item of shop.knowledge) {
        rows.push(
          csvRow([
            shop.retailer,
            item.category,
            item.how,
            item.subject,
            item.detail,
            item.encodings?.join(' '),
            item.count,
            item.heldBy.map((holder) => organizations.get(holder)?.name ?? holder).join('; '),
            item.strength,
            iso(item.firstSeen),
            iso(item.lastSeen),
          ]),
        );
      }
    }
    yield rows.join('');
  }
}
