/**
 * Settings: the watchlist of the user's own identifiers, shown masked, with add, remove and
 * delete-all. Edits go to the background as messages; this page only reads the store.
 */
import { useEffect, useState } from 'preact/hooks';
import { maskIdentifier } from '../../src/identifiers';
import { WATCHED_KINDS, type IdentifierKind } from '../../src/model';
import { listWatchlist, type StoredWatchlistEntry } from '../../src/store';
import { browser } from '../browser';
import { pageDatabase } from '../ui/data';
import { t } from '../ui/i18n';
import { identifierKindLabel } from '../ui/received-facts';

async function send(message: object): Promise<void> {
  await browser.runtime.sendMessage(message);
}

export function WatchlistSettings() {
  const [entries, setEntries] = useState<StoredWatchlistEntry[]>([]);
  const [kind, setKind] = useState<IdentifierKind>('email');
  const [value, setValue] = useState('');
  const refresh = () => void pageDatabase().then(listWatchlist).then(setEntries);
  useEffect(refresh, []);

  const add = (event: Event) => {
    event.preventDefault();
    if (!value.trim()) return;
    void send({ type: 'ui/watchlist-add', field: { kind, value: value.trim() } }).then(() => {
      setValue('');
      refresh();
    });
  };

  return (
    <section aria-labelledby="watchlist-heading" data-testid="watchlist">
      <h2 id="watchlist-heading">{t('settingsHeading')}</h2>
      <p class="muted">{t('settingsIntro')}</p>
      {entries.length === 0 ? (
        <p data-testid="watchlist-empty">{t('settingsEmpty')}</p>
      ) : (
        <ul class="received">
          {entries.map((entry) => (
            <li key={entry.key} data-testid="watchlist-entry" data-kind={entry.kind}>
              {identifierKindLabel(entry.kind)}: {maskIdentifier(entry.kind, entry.value)} (
              {entry.source.type === 'form' ? t('settingsFrom', entry.source.site) : t('settingsByYou')}){' '}
              <button
                type="button"
                class="link-button"
                onClick={() => void send({ type: 'ui/watchlist-remove', key: entry.key }).then(refresh)}
              >
                {t('settingsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} class="watchlist-form">
        <label>
          {t('settingsKind')}{' '}
          <select value={kind} onChange={(event) => setKind(event.currentTarget.value as IdentifierKind)}>
            {WATCHED_KINDS.map((k) => (
              <option key={k} value={k}>
                {identifierKindLabel(k)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('settingsValue')}{' '}
          <input
            type="text"
            autocomplete="off"
            maxLength={256}
            value={value}
            onInput={(event) => setValue(event.currentTarget.value)}
            data-testid="watchlist-value"
          />
        </label>{' '}
        <button type="submit" data-testid="watchlist-add">
          {t('settingsAdd')}
        </button>{' '}
        {entries.length > 0 && (
          <button
            type="button"
            class="secondary"
            onClick={() => void send({ type: 'ui/watchlist-clear' }).then(refresh)}
            data-testid="watchlist-clear"
          >
            {t('settingsClear')}
          </button>
        )}
      </form>
    </section>
  );
}
