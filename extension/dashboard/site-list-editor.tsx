/**
 * A list of sites the user keeps in the settings (GPC exceptions, paused sites): each with a
 * Remove button, and a form that adds a site as the user types it ("https://www.shop.de/x" →
 * "shop.de"), refusing what is not a site. The caller stores the new list.
 */
import { useState } from 'preact/hooks';
import { normalizeSite } from '../../src/settings';
import { t, type MessageKey } from '../ui/i18n';

export interface SiteListEditorProps {
  sites: string[];
  /** The heading that names the list; it labels the list and the form. */
  headingId: string;
  /** Test ids, kept per list so the e2e tests name what they check. */
  testIds: {
    list?: string;
    empty: string;
    item: string;
    remove?: string;
    input: string;
    add: string;
    error: string;
  };
  text: {
    empty: MessageKey;
    remove: MessageKey;
    removeLabel: MessageKey;
    site: MessageKey;
    add: MessageKey;
    invalid: MessageKey;
  };
  /** Stores the new list; resolves once it is stored. */
  onChange: (sites: string[]) => Promise<unknown>;
}

export function SiteListEditor({ sites, headingId, testIds, text, onChange }: SiteListEditorProps) {
  const [input, setInput] = useState('');
  const [invalid, setInvalid] = useState(false);
  const errorId = `${headingId}-error`;

  const add = (event: Event) => {
    event.preventDefault();
    const site = normalizeSite(input);
    setInvalid(!site);
    if (!site) return;
    void onChange([...sites, site]).then(() => setInput(''));
  };

  return (
    <>
      {sites.length === 0 ? (
        <p data-testid={testIds.empty}>{t(text.empty)}</p>
      ) : (
        <ul class="received" aria-labelledby={headingId} data-testid={testIds.list}>
          {sites.map((site) => (
            <li key={site} data-testid={testIds.item} data-site={site}>
              {site}{' '}
              <button
                type="button"
                class="link-button"
                aria-label={t(text.removeLabel, site)}
                data-testid={testIds.remove}
                onClick={() => void onChange(sites.filter((s) => s !== site))}
              >
                {t(text.remove)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} class="watchlist-form" aria-labelledby={headingId}>
        <label>
          {t(text.site)}{' '}
          <input
            type="text"
            autocomplete="off"
            spellcheck={false}
            maxLength={253}
            placeholder="shop.example"
            value={input}
            aria-invalid={invalid}
            aria-describedby={invalid ? errorId : undefined}
            onInput={(event) => {
              setInput(event.currentTarget.value);
              setInvalid(false);
            }}
            data-testid={testIds.input}
          />
        </label>{' '}
        <button type="submit" data-testid={testIds.add}>
          {t(text.add)}
        </button>
        {invalid && (
          <p id={errorId} role="alert" data-testid={testIds.error}>
            {t(text.invalid)}
          </p>
        )}
      </form>
    </>
  );
}
