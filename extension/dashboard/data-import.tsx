/**
 * "Your data" → Import: a JSON export read back, restored (replacing everything, after a
 * confirmation) or merged. The background checks the whole file first; its error codes are
 * shown in the user's language, with the technical detail for the curious.
 */
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../ui/i18n';
import { ConfirmButton } from './confirm-button';
import { importFile } from './data-messages';

const ERRORS = new Set([
  'too-large',
  'not-json',
  'truncated',
  'forbidden-key',
  'not-an-export',
  'future-version',
  'unknown-version',
  'invalid',
]);

export function DataImport({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<File | undefined>();
  const [mode, setMode] = useState<'restore' | 'merge'>('merge');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ message: string; detail?: string } | undefined>();
  const [busy, setBusy] = useState(false);

  const run = () => {
    if (!file) return setError({ message: t('importNoFile') });
    setBusy(true);
    setError(undefined);
    setStatus(t('importWorking'));
    void importFile(file, mode).then((reply) => {
      setBusy(false);
      if (reply.ok) {
        setStatus(t('importDone', Number(reply.imported), Number(reply.retailers)));
        onImported();
      } else {
        setStatus('');
        const key = ERRORS.has(reply.error)
          ? `importError_${reply.error.replace(/-/g, '_')}`
          : 'importError_failed';
        setError({
          message: t(key as MessageKey),
          detail: reply.detail ?? (ERRORS.has(reply.error) ? undefined : reply.error),
        });
      }
    });
  };

  return (
    <section aria-labelledby="data-import-heading" data-testid="data-import">
      <h3 id="data-import-heading">{t('importHeading')}</h3>
      <p class="muted">{t('importHelp')}</p>
      <p>
        <label>
          {t('importFile')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0]);
              setError(undefined);
            }}
          />
        </label>
      </p>
      <fieldset class="import-mode">
        <legend>{t('importModeLegend')}</legend>
        {(['merge', 'restore'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="import-mode"
              value={value}
              checked={mode === value}
              data-testid={`import-mode-${value}`}
              onChange={() => setMode(value)}
            />{' '}
            {t(value === 'merge' ? 'importMerge' : 'importRestore')}
          </label>
        ))}
      </fieldset>
      {mode === 'restore' ? (
        <ConfirmButton
          label={t('importButton')}
          question={t('importConfirmRestore')}
          testId="import-submit"
          disabled={busy}
          onConfirm={run}
        />
      ) : (
        <button type="button" data-testid="import-submit" disabled={busy} onClick={run}>
          {t('importButton')}
        </button>
      )}
      <p role="status" class="muted" data-testid="import-status">
        {status}
      </p>
      {error && (
        <div role="alert" class="error" data-testid="import-error">
          <p>{error.message}</p>
          {error.detail && <p class="muted">{error.detail}</p>}
        </div>
      )}
    </section>
  );
}
