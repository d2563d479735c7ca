/**
 * Export JSON, at the top of every view: the whole stored profile as a file the user saves
 * (docs/export-format.md). The other formats are in the "Your data" view.
 */
import { useState } from 'preact/hooks';
import { t } from '../ui/i18n';

export function ExportButton() {
  const [status, setStatus] = useState('');
  return (
    <div>
      <button
        type="button"
        data-testid="export-json"
        onClick={() =>
          // The export code is loaded on the first click, not with every view.
          void import('./export-files')
            .then(({ exportFile }) => exportFile('json'))
            .then((file) => setStatus(t('dashboardExportDone', file)))
        }
      >
        {t('dashboardExportJson')}
      </button>
      <p role="status" class="muted" data-testid="export-status">
        {status}
      </p>
    </div>
  );
}
