/**
 * "Your data" → how long evidence is kept (retention, in months) and the sites on which nothing
 * is recorded. Changes go to the background ('ui/settings-update'), which validates them, drops
 * queued sightings of a newly paused site and prunes at once when the retention is shortened.
 */
import { useEffect, useState } from 'preact/hooks';
import { MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS, type Settings } from '../../src/settings';
import { t } from '../ui/i18n';
import { getSettings, updateSettings } from './data-messages';
import { SiteListEditor } from './site-list-editor';

export function RecordingSettings() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [months, setMonths] = useState('');
  const [retentionStatus, setRetentionStatus] = useState('');
  useEffect(() => {
    void getSettings().then((current) => {
      setSettings(current);
      if (current) setMonths(String(current.retentionMonths));
    });
  }, []);
  if (!settings) return null;

  const saveRetention = (event: Event) => {
    event.preventDefault();
    const value = Number(months);
    if (!Number.isInteger(value) || value < MIN_RETENTION_MONTHS || value > MAX_RETENTION_MONTHS)
      return setRetentionStatus(t('retentionInvalid'));
    void updateSettings({ retentionMonths: value }).then((next) => {
      if (next) setSettings(next);
      setRetentionStatus(next ? t('retentionSaved', next.retentionMonths) : t('retentionInvalid'));
    });
  };
  return (
    <>
      <section aria-labelledby="retention-heading" data-testid="retention">
        <h3 id="retention-heading">{t('retentionHeading')}</h3>
        <p class="muted">{t('retentionHelp')}</p>
        <form onSubmit={saveRetention} class="watchlist-form">
          <label>
            {t('retentionLabel')}{' '}
            <input
              type="number"
              min={MIN_RETENTION_MONTHS}
              max={MAX_RETENTION_MONTHS}
              step={1}
              value={months}
              data-testid="retention-input"
              onInput={(event) => setMonths(event.currentTarget.value)}
            />
          </label>{' '}
          <button type="submit" data-testid="retention-save">
            {t('retentionSave')}
          </button>
        </form>
        <p role="status" class="muted" data-testid="retention-status">
          {retentionStatus}
        </p>
      </section>
      <section aria-labelledby="paused-heading" data-testid="paused-sites">
        <h3 id="paused-heading">{t('pausedHeading')}</h3>
        <p class="muted">{t('pausedHelp')}</p>
        <SiteListEditor
          sites={settings.pausedSites}
          headingId="paused-heading"
          testIds={{
            empty: 'paused-empty',
            item: 'paused-site',
            remove: 'paused-remove',
            input: 'paused-input',
            add: 'paused-add',
            error: 'paused-error',
          }}
          text={{
            empty: 'pausedEmpty',
            remove: 'pausedRemove',
            removeLabel: 'pausedRemoveLabel',
            site: 'pausedSite',
            add: 'pausedAdd',
            invalid: 'pausedInvalid',
          }}
          onChange={(sites) =>
            updateSettings({ pausedSites: sites }).then((next) => next && setSettings(next))
          }
        />
      </section>
    </>
  );
}
