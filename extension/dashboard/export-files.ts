/**
 * Making the export files in the dashboard and handing them to the browser's download:
 * JSON (the whole stored profile, docs/export-format.md), CSV (one row per knowledge item) and
 * the printable report (HTML, in the UI language). JSON is written while the observations are
 * read, a page at a time, so a year of browsing never becomes one huge object and the page
 * stays responsive; the pieces go into a Blob. Nothing leaves the browser.
 */
import {
  buildExportHead,
  exportFileName,
  htmlReport,
  jsonHead,
  jsonObservations,
  jsonTail,
  knowledgeCsv,
} from '../../src/export';
import { readExportSnapshotInPages, SCHEMA_VERSION } from '../../src/store';
import { browser } from '../browser';
import { flushPendingWrites, pageDatabase } from '../ui/data';
import { formatDate, t, uiLanguage } from '../ui/i18n';
import { howKnownLabel, knowledgeCategoryLabel, knowledgeWhat } from '../ui/knowledge-text';
import type { DashboardData } from './data';

/** Observations per read and per JSON slice: small enough that no slice is a long task. */
const PAGE_SIZE = 500;

export type ExportKind = 'json' | 'csv' | 'html';

export async function exportFile(kind: ExportKind, data?: DashboardData): Promise<string> {
  const now = Date.now();
  const fileName = exportFileName(now, kind);
  if (kind === 'json') save(await jsonBlob(now), fileName);
  else if (!data) throw new Error('the dashboard has not loaded its data');
  else if (kind === 'csv')
    save(
      new Blob([knowledgeCsv(data.retailers, data.organizations)], { type: 'text/csv;charset=utf-8' }),
      fileName,
    );
  else save(new Blob([reportHtml(data, now)], { type: 'text/html;charset=utf-8' }), fileName);
  return fileName;
}

async function jsonBlob(now: number): Promise<Blob> {
  await flushPendingWrites();
  const pieces: string[] = [];
  let index = 0;
  const head = await readExportSnapshotInPages(await pageDatabase(), PAGE_SIZE, (page) => {
    pieces.push(jsonObservations(page, index));
    index += page.length;
  });
  const generator = {
    name: 'Glass Customer',
    version: browser.runtime.getManifest().version,
    databaseVersion: SCHEMA_VERSION,
  };
  pieces.unshift(jsonHead(buildExportHead({ ...head, generator, exportedAt: now })));
  pieces.push(jsonTail(index));
  return new Blob(pieces, { type: 'application/json' });
}

function reportHtml(data: DashboardData, now: number): string {
  return htmlReport({
    lang: uiLanguage(),
    title: t('reportTitle'),
    intro: t('reportIntro', formatDate(now)),
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
    shops: data.retailers.map((profile) => ({
      site: profile.retailer,
      summary: t(
        'reportShopSummary',
        formatDate(profile.firstSeen),
        formatDate(profile.lastSeen),
        profile.pageViews,
      ),
      companies: Object.keys(profile.companies).map(data.nameOf).sort().join(', '),
      items: (data.knowledgeByShop.get(profile.retailer) ?? []).map((item) => ({
        category: knowledgeCategoryLabel(item.category),
        how: howKnownLabel(item.how),
        what: knowledgeWhat(item),
        companies: item.heldBy.map(data.nameOf).join(', '),
        firstSeen: formatDate(item.firstSeen),
        lastSeen: formatDate(item.lastSeen),
      })),
    })),
    attribution: t('attribution'),
  });
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
