/**
 * The access-request letter for one shop or company: subject and full text read-only, a
 * language selector (defaulting to the UI language), Copy buttons (navigator.clipboard) and
 * "Open in email" when the recipient's contact is an email address. The caller builds the
 * input (src/letters AccessRequestInput) from what was observed.
 */
import { useMemo, useState } from 'preact/hooks';
import {
  accessRequestLetter,
  LETTER_LANGUAGES,
  letterLanguageFor,
  type AccessRequestInput,
  type LetterLanguage,
} from '../../src/letters';
import { t, uiLanguage } from './i18n';

// Inline so the component is self-contained: the fields take the width they are given.
const FIELD_STYLE = { display: 'block', width: '100%', boxSizing: 'border-box' } as const;

/** Each language named in itself, so a reader of that language finds it. */
const LANGUAGE_NAMES: Record<LetterLanguage, string> = { en: 'English', de: 'Deutsch', zh: '中文' };

type CopyState = 'idle' | 'copied' | 'failed';

export function AccessLetter({
  input,
  language: initial,
}: {
  input: AccessRequestInput;
  language?: LetterLanguage;
}) {
  const [language, setLanguage] = useState<LetterLanguage>(initial ?? letterLanguageFor(uiLanguage()));
  const [copy, setCopy] = useState<CopyState>('idle');
  const letter = useMemo(() => accessRequestLetter(input, language), [input, language]);

  const copyText = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <section class="access-letter" data-testid="access-letter" aria-label={t('letterTitle')}>
      <label>
        {t('letterLanguage')}{' '}
        <select
          data-testid="letter-language"
          value={language}
          onChange={(event) => {
            setLanguage(event.currentTarget.value as LetterLanguage);
            setCopy('idle');
          }}
        >
          {LETTER_LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
      </label>
      <label class="letter-field">
        {t('letterSubject')}
        <input
          type="text"
          readOnly
          value={letter.subject}
          data-testid="letter-subject"
          lang={language}
          style={FIELD_STYLE}
        />
      </label>
      <label class="letter-field">
        {t('letterBody')}
        <textarea
          readOnly
          rows={18}
          value={letter.body}
          data-testid="letter-body"
          lang={language}
          style={FIELD_STYLE}
        />
      </label>
      <p class="muted">{t('letterSignHint')}</p>
      <div class="letter-actions">
        <button type="button" data-testid="letter-copy" onClick={() => void copyText(letter.body)}>
          {t('letterCopy')}
        </button>{' '}
        <button
          type="button"
          class="secondary"
          data-testid="letter-copy-subject"
          onClick={() => void copyText(letter.subject)}
        >
          {t('letterCopySubject')}
        </button>{' '}
        {letter.mailto && (
          <a href={letter.mailto} data-testid="letter-mailto">
            {t('letterOpenEmail')}
          </a>
        )}
      </div>
      <p class="muted" aria-live="polite" data-testid="letter-status">
        {copy === 'copied' && t('letterCopied')}
        {copy === 'failed' && t('letterCopyFailed')}
      </p>
      {letter.mailto && letter.mailtoShortened && <p class="muted">{t('letterShortened')}</p>}
      {!letter.mailto && <p class="muted">{t('letterNoEmail')}</p>}
    </section>
  );
}
