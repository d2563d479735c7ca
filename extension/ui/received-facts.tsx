/**
 * What a recipient received, in plain words: your identifiers and in which form, the events it
 * was told about, its identifier cookies, what its scripts did, and whether anything left
 * before you pressed submit. Text only.
 */
import type { Received } from '../../src/model';
import { t, type MessageKey } from './i18n';

export function identifierKindLabel(kind: string): string {
  return t(`identifierKind_${kind}` as MessageKey);
}

export function apiSignalLabel(code: string): string {
  return t(`apiSignal_${code.replace(/-/g, '_')}` as MessageKey);
}

export function ReceivedFacts({ received, apiSignals = [] }: { received: Received; apiSignals?: string[] }) {
  const facts: { key: string; text: string; alert?: boolean }[] = [];
  for (const [kind, encodings] of Object.entries(received.identifiers)) {
    facts.push({
      key: `id-${kind}`,
      text: t('receivedIdentifier', identifierKindLabel(kind), encodings.join(', ')),
    });
  }
  if (received.beforeSubmit > 0) facts.push({ key: 'before', text: t('receivedBeforeSubmit'), alert: true });
  const events = Object.entries(received.events)
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => `${key.split(':').slice(1).join(':')} ×${count}`);
  if (events.length > 0) facts.push({ key: 'events', text: t('receivedEvents', events.join(', ')) });
  if (received.persistentIdentifiers.length > 0) {
    facts.push({ key: 'cookies', text: t('receivedCookies', received.persistentIdentifiers.join(', ')) });
  }
  if (apiSignals.length > 0)
    facts.push({ key: 'signals', text: t('receivedSignals', apiSignals.map(apiSignalLabel).join(', ')) });
  if (facts.length === 0) return null;
  return (
    <ul class="received" data-testid="received">
      {facts.map((fact) => (
        <li key={fact.key} class={fact.alert ? 'alert' : undefined} data-fact={fact.key}>
          {fact.text}
        </li>
      ))}
    </ul>
  );
}
