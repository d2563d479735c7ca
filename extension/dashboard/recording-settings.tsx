/**
 * "Your data" → how long evidence is kept (retention, in months) and the sites on which nothing
 * is recorded. Changes go to the background ('ui/settings-update'), which validates them, drops
 * queued sightings of a newly paused site and prunes at once when the retention is shortened.
 */
import { useEffect, useState } from 'preact/hooks';
import { MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS, normalizeSite, type Settings } from '../../src/settings';
import { t } from '../ui/i18n';
import { getSettings, updateSettings } from './data-messages';

export function RecordingSettings() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [months, setMonths] = useState('');
  const [retentionStatus, setRetentionStatus] = useState('');
  const [site, setSite] = useState('');
  const [invalid, setInvalid] = useState(false);
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
  const pause = (event: Event) => {
    event.preventDefault();
    const normalized = normalizeSite(site);
    setInvalid(!normalized);
    if (!normalized) return;
    void updateSettings({ pausedSites: [...settings.pausedSites, normalized] }).then((next) => {
      if (next) setSettings(next);
      setSite('');
    });
  };
  const resume = (paused: string) =>
    void updateSettings({ pausedSites: settings.pausedSites.filter((s) => s !== paused) }).then(
      (next) => next && setSettings(next),
    );

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
        {settings.pausedSites.length === 0 ? (
          <p data-testid="paused-empty">{t('pausedEmpty')}</p>
        ) : (
          <ul class="received" aria-labelledby="paused-heading">
            {settings.pausedSites.map((paused) => (
              <li key={paused} data-testid="paused-site" data-site={paused}>
                {paused}{' '}
                <button
                  type="button"
                  class="link-button"
                  aria-label={t('pausedRemoveLabel', paused)}
                  data-testid="paused-remove"
                  onClick={() => resume(paused)}
                >
                  {t('pausedRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={pause} class="watchlist-form" aria-labelledby="paused-heading">
          <label>
            {t('pausedSite')}{' '}
            <input
              type="text"
              autocomplete="off"
              spellcheck={false}
              maxLength={253}
              placeholder="shop.example"
              value={site}
              aria-invalid={invalid}
              aria-describedby={invalid ? 'paused-error' : undefined}
              data-testid="paused-input"
              onInput={(event) => {
                setSite(event.currentTarget.value);
                setInvalid(false);
              }}
            />
          </label>{' '}
          <button type="submit" data-testid="paused-add">
            {t('pausedAdd')}
          </button>
          {invalid && (
            <p id="paused-error" role="alert" data-testid="paused-error">
              {t('pausedInvalid')}
            </p>
          )}
        </form>
      </section>
    </>
  );
}
