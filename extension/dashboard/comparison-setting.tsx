/**
 * Settings: the opt-in for "What would an anonymous visitor see?" (off by default, because it
 * makes requests of its own: two fetches of the product page, to that shop only, on click).
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { getSettings, updateSettings } from './data-messages';

export function ComparisonSetting() {
  const [enabled, setEnabled] = useState<boolean | undefined>();
  useEffect(() => {
    void getSettings().then((settings) => setEnabled(settings?.compareAnonymous));
  }, []);

  const change = (compareAnonymous: boolean) => {
    void updateSettings({ compareAnonymous }).then((settings) => setEnabled(settings?.compareAnonymous));
  };

  if (enabled === undefined) return null;
  return (
    <section aria-labelledby="comparison-heading" data-testid="comparison-setting">
      <h2 id="comparison-heading">{t('compareTitle')}</h2>
      <label>
        <input
          type="checkbox"
          checked={enabled}
          data-testid="comparison-toggle"
          onChange={(event) => change(event.currentTarget.checked)}
        />{' '}
        {t('compareSettingLabel')}
      </label>
      <p class="muted">{t('compareSettingHelp')}</p>
    </section>
  );
}
