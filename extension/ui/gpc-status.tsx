/**
 * The popup's Global Privacy Control line: "Global Privacy Control sent ✓ · This site says it
 * honours GPC (since …)". Opening the popup is what asks the background to check the site's
 * /.well-known/gpc.json (at most once a week per site); nothing is fetched otherwise.
 */
import { useEffect, useState } from 'preact/hooks';
import type { GpcDeclaration, GpcSending, GpcStatus } from '../../src/gpc';
import { browser } from '../browser';
import { t, uiLanguage } from './i18n';

type Reply = ({ ok: true } & GpcStatus) | { ok: false; error: string };

export function GpcStatusLine({ tabId }: { tabId: number }) {
  const [status, setStatus] = useState<GpcStatus | 'checking' | undefined>('checking');
  useEffect(() => {
    void browser.runtime
      .sendMessage<object, Reply>({ type: 'ui/gpc-status', tabId })
      .then((reply) => setStatus(reply.ok ? reply : undefined))
      .catch(() => setStatus(undefined));
  }, [tabId]);

  if (status === undefined) return null;
  if (status === 'checking')
    return (
      <p class="muted gpc-status" data-testid="gpc-status" data-state="checking">
        {t('gpcChecking')}
      </p>
    );
  return (
    <p
      class="gpc-status"
      data-testid="gpc-status"
      data-state="done"
      data-sending={status.sending}
      data-declaration={status.declaration.status}
    >
      <span data-testid="gpc-sending">{sendingText(status.sending)}</span>
      {' · '}
      <span data-testid="gpc-declaration">{declarationText(status.declaration)}</span>
    </p>
  );
}

function sendingText(sending: GpcSending): string {
  if (sending === 'sent') return t('gpcSent');
  return sending === 'exception' ? t('gpcNotSentException') : t('gpcNotSentOff');
}

function declarationText(declaration: GpcDeclaration): string {
  switch (declaration.status) {
    case 'declared':
      return declaration.lastUpdate
        ? t('gpcDeclaredSince', formatDay(declaration.lastUpdate))
        : t('gpcDeclared');
    case 'not-declared':
      return t('gpcNotDeclared');
    case 'invalid':
      return t('gpcInvalid');
    case 'unavailable':
      return t('gpcUnavailable');
  }
}

/** A YYYY-MM-DD day in the UI language, as that calendar day wherever the user is. */
function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, date),
  );
}
