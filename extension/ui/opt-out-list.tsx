/**
 * A list of opt-out actions (from src/optouts: a company's curated pages, privacy policy and
 * contact; industry pages; a shop's own links), each a labelled link with its caveats. Web
 * links open in a new tab without opener or referrer; everything from pages is rendered as text.
 */
import type { OptOutAction } from '../../src/optouts';
import { t, uiLanguage, type MessageKey } from './i18n';

const key = (prefix: string, code: string) => `${prefix}${code.replace(/-/g, '_')}` as MessageKey;

function regionName(region: string): string {
  try {
    return new Intl.DisplayNames(uiLanguage(), { type: 'region' }).of(region) ?? region;
  } catch {
    return region;
  }
}

function label(action: OptOutAction): string {
  switch (action.kind) {
    case 'shop-link':
      return t(key('privacyPurpose_', action.purpose ?? ''));
    case 'industry':
      return action.name ?? action.url ?? '';
    case 'privacy-email':
      return t('optOutKind_privacy_email', action.url?.replace(/^mailto:/, '') ?? '');
    default:
      return action.name
        ? `${t(key('optOutKind_', action.kind))} (${action.name})`
        : t(key('optOutKind_', action.kind));
  }
}

function ActionLink({ action }: { action: OptOutAction }) {
  const text = label(action);
  if (!action.url) return <span>{t('privacyOnPage', text)}</span>;
  // Only what src/optouts let through: http(s) and mailto. Checked again because this renders an href.
  if (action.url.startsWith('mailto:')) return <a href={action.url}>{text}</a>;
  if (!/^https?:\/\//.test(action.url)) return <span>{text}</span>;
  return (
    <a href={action.url} target="_blank" rel="noopener noreferrer" title={action.text ?? action.url}>
      {text}
    </a>
  );
}

export function OptOutList({
  actions,
  testId = 'opt-out-list',
}: {
  actions: readonly OptOutAction[];
  testId?: string;
}) {
  if (actions.length === 0) return <p class="muted">{t('optOutNone')}</p>;
  return (
    <ul class="opt-outs" data-testid={testId}>
      {actions.map((action) => (
        <li
          key={`${action.kind}|${action.url ?? action.text ?? ''}|${action.purpose ?? ''}`}
          data-kind={action.kind}
          data-origin={action.origin}
        >
          <ActionLink action={action} />
          {action.region && <span class="muted"> · {regionName(action.region)}</span>}
          {action.caveats?.map((caveat) => (
            <p key={caveat} class="muted caveat" data-caveat={caveat}>
              {t(key('optOutCaveat_', caveat))}
            </p>
          ))}
        </li>
      ))}
    </ul>
  );
}
