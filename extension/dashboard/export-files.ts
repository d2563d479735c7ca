/**
 * Making the export files in the dashboard and handing them to the browser's download:
 * JSON (the whole stored profile, docs/export-format.md), CSV (one row per knowledge item) and
 * the printable report (HTML, in the UI language). Each is written a piece per task, so the page
 * stays responsive: JSON while the observations are read, a page at a time, so a year of
 * browsing never becomes one huge object; CSV and the report a few dozen shops at a time. The
 * pieces go into a Blob. Nothing leaves the browser.
 */
import {
  exportFileName,
  htmlReportPieces,
  jsonHeadPieces,
  jsonObservations,
  jsonTail,
  knowledgeCsvPieces,
  type ReportInput,
  type ReportShop,
} from '../../src/export';
import { readExportSnapshotInPages, SCHEMA_VERSION } from '../../src/store';
import { browser } from '../browser';
import { flushPendingWrites, pageDatabase } from '../ui/data';
import { t, uiLanguage } from '../ui/i18n';
import { howKnownLabel, knowledgeCategoryLabel, knowledgeWhat } from '../ui/knowledge-text';
import type { DashboardData } from './data';

/** Observations per read and per JSON slice: small enough that no slice is a long task. */
const PAGE_SIZE = 200;
/**
 * Slices handed to a Blob at a time (about 1 MB): the browser encodes and stores them then
 * (about 17 ms per MB here), and the page's heap lets go of the strings instead of holding 100
 * MB of them until the end (one huge Blob at the end froze the page for seconds).
 */
const PAGES_PER_BLOB = 5;
/** Shops written per task in the JSON head: some shops' profiles are large. */
const HEAD_SHOPS_PER_TASK = 8;
/** Shops worded per task in the printable report, so wording a year of shops never freezes the page. */
const SHOPS_PER_TASK = 20;

export type ExportKind = 'json' | 'csv' | 'html';

export async function exportFile(kind: ExportKind, data?: DashboardData): Promise<string> {
  const now = Date.now();
  const fileName = exportFileName(now, kind);
  if (kind === 'json') save(await jsonBlob(now), fileName);
  else if (!data) throw new Error('the dashboard has not loaded its data');
  else if (kind === 'csv')
    save(
      // The stored shop summaries hold each shop's knowledge items: no profile is read.
      await blobInTasks(knowledgeCsvPieces(data.shops, data.organizations), 'text/csv;charset=utf-8'),
      fileName,
    );
  else
    save(
      await blobInTasks(htmlReportPieces(await reportInput(data, now)), 'text/html;charset=utf-8'),
      fileName,
    );
  return fileName;
}

/** A Blob of the pieces, each piece made in its own task so that none is a long one. */
async function blobInTasks(pieces: Iterable<string>, type: string): Promise<Blob> {
  const parts: string[] = [];
  for (const piece of pieces) {
    parts.push(piece);
    await nextTask();
  }
  return new Blob(parts, { type });
}

async function jsonBlob(now: number): Promise<Blob> {
  await flushPendingWrites();
  const blobs: Blob[] = [];
  let pieces: string[] = [];
  let index = 0;
  const head = await readExportSnapshotInPages(await pageDatabase(), PAGE_SIZE, (page) => {
    pieces.push(jsonObservations(page, index));
    index += page.length;
    if (pieces.length >= PAGES_PER_BLOB) {
      blobs.push(new Blob(pieces));
      pieces = [];
    }
  });
  const generator = {
    name: 'Glass Customer',
    version: browser.runtime.getManifest().version,
    databaseVersion: SCHEMA_VERSION,
  };
  // The head (every shop's profile, a slice of shops per task) becomes Blobs slice by slice: made
  // into one Blob at the end, its megabytes were encoded in one long task.
  const opening: Blob[] = [];
  for (const piece of jsonHeadPieces({ ...head, generator, exportedAt: now }, HEAD_SHOPS_PER_TASK)) {
    await nextTask();
    opening.push(new Blob([piece]));
  }
  await nextTask();
  const rest = new Blob([...pieces, jsonTail(index)]);
  return new Blob([...opening, ...blobs, rest], { type: 'application/json' });
}

async function reportInput(data: DashboardData, now: number): Promise<ReportInput> {
  // One formatter for every date (building one per call costs more than the rest of the report).
  const date = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' });
  const shops: ReportShop[] = [];
  for (const [position, profile] of data.shops.entries()) {
    if (position > 0 && position % SHOPS_PER_TASK === 0) await nextTask();
    shops.push({
      site: profile.retailer,
      summary: t(
        'reportShopSummary',
        date.format(profile.firstSeen),
        date.format(profile.lastSeen),
        profile.pageViews,
      ),
      companies: profile.companies
        .map((company) => data.nameOf(company.orgKey))
        .sort()
        .join(', '),
      items: (data.knowledgeByShop.get(profile.retailer) ?? []).map((item) => ({
        category: knowledgeCategoryLabel(item.category),
        how: howKnownLabel(item.how),
        what: knowledgeWhat(item),
        companies: item.heldBy.map(data.nameOf).join(', '),
        firstSeen: date.format(item.firstSeen),
        lastSeen: date.format(item.lastSeen),
      })),
    });
  }
  return {
    lang: uiLanguage(),
    title: t('reportTitle'),
    intro: t('reportIntro', date.format(now)),
    labels: {
      category: t('reportCategory'),
      how: t('reportHow'),
      what: t('reportWhat'),
      companies: t('reportCompanies'),
      firstSeen: t('reportFirstSeen'),
      lastSeen: t('reportLastSeen'),
      sharesWith: t('reportSharesWith'),
      nothingKnown: t('reportNothing'),
    },
    shops,
    attribution: t('attribution'),
  };
}

/** Give the page's event loop back (input, rendering) before going on. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
