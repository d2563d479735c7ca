/**
 * Export JSON: the whole stored profile as a file the user saves (docs/export-format.md).
 * Built locally and handed to the browser's download; nothing is sent anywhere.
 */
import { useState } from 'preact/hooks';
import { buildExportDocument, exportFileName } from '../../src/export';
import { readExportSnapshot, SCHEMA_VERSION } from '../../src/store';
import { browser } from '../browser';
import { flushPendingWrites, pageDatabase } from '../ui/data';
import { t } from '../ui/i18n';

async function exportProfile(): Promise<string> {
  await flushPendingWrites();
  const snapshot = await readExportSnapshot(await pageDatabase());
  const now = Date.now();
  const document_ = buildExportDocument({
    ...snapshot,
    generator: {
      name: 'Glass Customer',
      version: browser.runtime.getManifest().version,
      databaseVersion: SCHEMA_VERSION,
    },
    exportedAt: now,
  });
  const blob = new Blob([JSON.stringify(document_, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const fileName = exportFileName(now);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return fileName;
}

export function ExportButton() {
  const [status, setStatus] = useState('');
  return (
    <div>
      <button
        type="button"
        data-testid="export-json"
        onClick={() => void exportProfile().then((file) => setStatus(t('dashboardExportDone', file)))}
      >
        {t('dashboardExportJson')}
      </button>
      <p role="status" class="muted" data-testid="export-status">
        {status}
      </p>
    </div>
  );
}
