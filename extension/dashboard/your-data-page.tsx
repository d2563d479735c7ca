/**
 * The "Your data" view (#data): export (JSON, CSV, printable report), import (restore or
 * merge), delete per shop, company or everything, how long evidence is kept, and paused sites.
 * Every write goes to the background as a message; `onChanged` reloads the dashboard's data.
 */
import { t } from '../ui/i18n';
import type { DashboardData } from './data';
import { DataDelete } from './data-delete';
import { DataExport } from './data-export';
import { DataImport } from './data-import';
import { RecordingSettings } from './recording-settings';

export function YourDataPage({ data, onChanged }: { data: DashboardData; onChanged: () => void }) {
  return (
    <div id="your-data" data-testid="your-data">
      <h2 id="your-data-heading">{t('yourDataHeading')}</h2>
      <p class="muted">{t('yourDataIntro')}</p>
      <DataExport data={data} />
      <DataImport onImported={onChanged} />
      <DataDelete data={data} onDeleted={onChanged} />
      <RecordingSettings />
    </div>
  );
}
