/**
 * The printable report of the glass-customer profile: one self-contained HTML file — no
 * scripts, no external resources (its CSP forbids both), print styles inline — with every shop,
 * what it appears to know, how, and which companies hold it. All text in it comes from web
 * pages or the user's language files and is escaped; nothing is inserted as markup. The words
 * are chosen by the caller (the dashboard, in the UI language), so this stays pure.
 */

export interface ReportItem {
  category: string;
  how: string;
  what: string;
  companies: string;
  firstSeen: string;
  lastSeen: string;
}

export interface ReportShop {
  site: string;
  /** E.g. "Seen 12 Mar 2026 – 2 Dec 2026, 14 pages". */
  summary: string;
  companies: string;
  items: ReportItem[];
}

export interface ReportInput {
  /** BCP 47 language of the words, for the document's lang attribute. */
  lang: string;
  title: string;
  /** E.g. "Made on 5 Dec 2026 from what Glass Customer recorded in this browser." */
  intro: string;
  labels: {
    category: string;
    how: string;
    what: string;
    companies: string;
    firstSeen: string;
    lastSeen: string;
    sharesWith: string;
    nothingKnown: string;
  };
  shops: ReportShop[];
  attribution: string;
}

const STYLE = `
body { font: 11pt/1.4 system-ui, sans-serif; color: #111; margin: 2rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 0.25rem; overflow-wrap: anywhere; }
p { margin: 0.25rem 0; }
.muted { color: #555; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #bbb; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eee; }
section { break-inside: avoid-page; }
@media print {
  body { margin: 0; font-size: 9.5pt; }
  section { break-inside: auto; }
  tr { break-inside: avoid; }
  h2 { break-after: avoid-page; }
  thead { display: table-header-group; }
}
`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Shops per piece of htmlReportPieces. */
export const REPORT_SHOPS_PER_PIECE = 25;

export function htmlReport(input: ReportInput): string {
  return [...htmlReportPieces(input)].join('');
}

/**
 * The same document in pieces (the opening, the sections of `shopsPerPiece` shops each, the
 * closing), so that a page can give its event loop back between them; joined, they are
 * htmlReport's text.
 */
export function* htmlReportPieces(
  input: ReportInput,
  shopsPerPiece = REPORT_SHOPS_PER_PIECE,
): Generator<string, void, undefined> {
  const e = escapeHtml;
  const { labels } = input;
  const head = [
    labels.category,
    labels.how,
    labels.what,
    labels.companies,
    labels.firstSeen,
    labels.lastSeen,
  ];
  const section = (shop: ReportShop) => {
    const table =
      shop.items.length === 0
        ? `<p>${e(labels.nothingKnown)}</p>`
        : `<table><thead><tr>${head.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead><tbody>` +
          shop.items
            .map(
              (item) =>
                `<tr>${[item.category, item.how, item.what, item.companies, item.firstSeen, item.lastSeen]
                  .map((cell) => `<td>${e(cell)}</td>`)
                  .join('')}</tr>`,
            )
            .join('\n') +
          `</tbody></table>`;
    const companies = shop.companies ? `<p>${e(labels.sharesWith)} ${e(shop.companies)}</p>` : '';
    return `<section><h2>${e(shop.site)}</h2><p class="muted">${e(shop.summary)}</p>${companies}${table}</section>`;
  };
  yield `<!doctype html>
<html lang="${e(input.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>${e(input.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(input.title)}</h1>
<p class="muted">${e(input.intro)}</p>
`;
  // Sections are separated by a line break: the first piece starts without one.
  for (let start = 0; start < input.shops.length; start += shopsPerPiece) {
    const sections = input.shops
      .slice(start, start + shopsPerPiece)
      .map(section)
      .join('\n');
    yield start === 0 ? sections : `\n${sections}`;
  }
  yield `
<p class="muted">${e(input.attribution)}</p>
</body>
</html>
`;
}
