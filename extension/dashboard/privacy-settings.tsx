/**
 * Settings: Global Privacy Control (on by default) and the sites excepted from it. Changes go
 * to the background ('ui/settings-update'), which switches the header rules and the page script
 * before it answers; what is shown is always the settings the background holds.
 */
import { useEffect, useState } from 'preact/hooks';
import { normalizeSite, type Settings } from '../../src/settings';
import { browser } from '../browser';
import { t } from '../ui/i18n';

interface SettingsReply {
  ok: boolean;
  settings?: Settings;
}

async function sendSettings(message: object): Promise<Settings | undefined> {
  const reply = await browser.runtime.sendMessage<object, SettingsReply>(message);
  return reply.settings;
}

export function PrivacySettings() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [input, setInput] = useState('');
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    void sendSettings({ type: 'ui/settings-get' }).then(setSettings);
  }, []);

  if (!settings) return null;
  const update = (patch: Partial<Settings>) =>
    sendSettings({ type: 'ui/settings-update', patch }).then((next) => next && setSettings(next));

  const add = (event: Event) => {
    event.preventDefault();
    const site = normalizeSite(input);
    setInvalid(!site);
    if (!site) return;
    void update({ gpcExceptions: [...settings.gpcExceptions, site] }).then(() => setInput(''));
  };
  const remove = (site: string) =>
    void update({ gpcExceptions: settings.gpcExceptions.filter((s) => s !== site) });

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
      {settings.gpcExceptions.length === 0 ? (
        <p data-testid="gpc-exceptions-empty">{t('gpcExceptionsEmpty')}</p>
      ) : (
        <ul class="received" aria-labelledby="gpc-exceptions-heading" data-testid="gpc-exceptions">
          {settings.gpcExceptions.map((site) => (
            <li key={site} data-testid="gpc-exception" data-site={site}>
              {site}{' '}
              <button
                type="button"
                class="link-button"
                aria-label={t('gpcExceptionRemoveLabel', site)}
                onClick={() => remove(site)}
              >
                {t('gpcExceptionRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} class="watchlist-form" aria-labelledby="gpc-exceptions-heading">
        <label>
          {t('gpcExceptionSite')}{' '}
          <input
            type="text"
            autocomplete="off"
            spellcheck={false}
            maxLength={253}
            placeholder="shop.example"
            value={input}
            aria-invalid={invalid}
            aria-describedby={invalid ? 'gpc-exception-error' : undefined}
            onInput={(event) => {
              setInput(event.currentTarget.value);
              setInvalid(false);
            }}
            data-testid="gpc-exception-input"
          />
        </label>{' '}
        <button type="submit" data-testid="gpc-exception-add">
          {t('gpcExceptionAdd')}
        </button>
        {invalid && (
          <p id="gpc-exception-error" role="alert" data-testid="gpc-exception-error">
            {t('gpcExceptionInvalid')}
          </p>
        )}
      </form>
    </section>
  );
}
