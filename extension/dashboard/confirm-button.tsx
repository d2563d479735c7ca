/**
 * A button for something that cannot be undone: the first press asks, in the page (no modal
 * dialog), with the question announced to screen readers; only "Yes" does it.
 */
import { useState } from 'preact/hooks';
import { t } from '../ui/i18n';

interface Props {
  label: string;
  question: string;
  testId: string;
  disabled?: boolean;
  onConfirm: () => void;
}

export function ConfirmButton({ label, question, testId, disabled, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button
        type="button"
        class="danger"
        data-testid={testId}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  return (
    <span role="alert" class="confirm" data-testid={`${testId}-confirm`}>
      {question}{' '}
      <button
        type="button"
        class="danger"
        data-testid="confirm-yes"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('confirmYes')}
      </button>{' '}
      <button type="button" class="secondary" data-testid="confirm-cancel" onClick={() => setAsking(false)}>
        {t('confirmCancel')}
      </button>
    </span>
  );
}
