/**
 * Settings: Global Privacy Control (on by default) and the sites excepted from it. Changes go
 * to the background ('ui/settings-update'), which switches the header rules and the page script
 * before it answers; what is shown is always the settings the background holds.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings, SettingsPatch } from '../../src/settings';
import { t } from '../ui/i18n';
import { getSettings, updateSettings } from './data-messages';
import { SiteListEditor } from './site-list-editor';

export function PrivacySettings() {
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    void getSettings().then(setSettings);
  }, []);

  if (!settings) return null;
  const update = (patch: SettingsPatch) => updateSettings(patch).then((next) => next && setSettings(next));

  return (
    <section aria-labelledby="gpc-heading" data-testid="privacy-settings">
      <h2 id="gpc-heading">{t('gpcSettingsHeading')}</h2>
      <label>
        <input
          type="checkbox"
          checked={settings.gpc}
          data-testid="gpc-toggle"
          onChange={(event) => void update({ gpc: event.currentTarget.checked })}
        />{' '}
        {t('gpcSettingsToggle')}
      </label>
      <p class="muted">{t('gpcSettingsHelp')}</p>
      <h3 id="gpc-exceptions-heading">{t('gpcExceptionsHeading')}</h3>
      <p class="muted">{t('gpcExceptionsHelp')}</p>
      <SiteListEditor
        sites={settings.gpcExceptions}
        headingId="gpc-exceptions-heading"
        testIds={{
          list: 'gpc-exceptions',
          empty: 'gpc-exceptions-empty',
          item: 'gpc-exception',
          input: 'gpc-exception-input',
          add: 'gpc-exception-add',
          error: 'gpc-exception-error',
        }}
        text={{
          empty: 'gpcExceptionsEmpty',
          remove: 'gpcExceptionRemove',
          removeLabel: 'gpcExceptionRemoveLabel',
          site: 'gpcExceptionSite',
          add: 'gpcExceptionAdd',
          invalid: 'gpcExceptionInvalid',
        }}
        onChange={(sites) => update({ gpcExceptions: sites })}
      />
    </section>
  );
}
