/** "Your data" → Export: the whole profile as JSON, the knowledge items as CSV, the printable report. */
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../ui/i18n';
import type { DashboardData } from './data';
import { exportFile, type ExportKind } from './export-files';

const BUTTONS: [ExportKind, MessageKey][] = [
  ['json', 'exportJsonButton'],
  ['csv', 'exportCsvButton'],
  ['html', 'exportHtmlButton'],
];

export function DataExport({ data }: { data: DashboardData }) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const run = (kind: ExportKind) => {
    setBusy(true);
    setStatus(t('exportWorking'));
    void exportFile(kind, data)
      .then((file) => setStatus(t('dashboardExportDone', file)))
      .catch((error: unknown) => setStatus(t('exportFailed', String(error))))
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="data-export-heading" data-testid="data-export">
      <h3 id="data-export-heading">{t('exportHeading')}</h3>
      <p class="muted">{t('exportHelp')}</p>
      <p class="actions">
        {BUTTONS.map(([kind, label]) => (
          <button
            key={kind}
            type="button"
            disabled={busy}
            data-testid={`data-export-${kind}`}
            onClick={() => run(kind)}
          >
            {t(label)}
          </button>
        ))}
      </p>
      <p role="status" class="muted" data-testid="data-export-status">
        {status}
      </p>
    </section>
  );
}
