/**
 * Site-level facts, each a titled list: what the page shows the shop knows, what scripts did
 * with browser APIs (by whom), what the user told the shop (masked), what its personalisation
 * engines inferred, and the shop's own privacy controls. Text only; links only to http(s).
 */
import type { ComponentChildren } from 'preact';
import { ENGINE_NAMES } from '../../src/detectors/page/engine-cookies';
import type { RetailerProfile } from '../../src/model';
import { formatDate, t, type MessageKey } from './i18n';
import { apiSignalLabel, identifierKindLabel } from './received-facts';

interface Fact {
  key: string;
  content: ComponentChildren;
  /** data-* attributes for tests and styling. */
  data?: Record<string, string>;
}

/** A titled list of facts; nothing at all when there are none. */
function FactSection({ title, testId, facts }: { title: MessageKey; testId: string; facts: Fact[] }) {
  if (facts.length === 0) return null;
  return (
    <section aria-label={t(title)}>
      <p class="section-title">{t(title)}</p>
      <ul class="received" data-testid={testId}>
        {facts.map((fact) => (
          <li
            key={fact.key}
            {...Object.fromEntries(Object.entries(fact.data ?? {}).map(([k, v]) => [`data-${k}`, v]))}
          >
            {fact.content}
          </li>
        ))}
      </ul>
    </section>
  );
}

const messageKey = (prefix: string, id: string) => `${prefix}${id.replace(/-/g, '_')}` as MessageKey;

export function PageShows({ profile }: { profile: Pick<RetailerProfile, 'personalization'> }) {
  const facts = Object.values(profile.personalization ?? {}).map((item) => ({
    key: item.signal,
    content: t('personalEvidence', t(messageKey('personalSignal_', item.signal)), item.evidence),
    data: { signal: item.signal, category: item.category },
  }));
  return <FactSection title="popupPageShows" testId="page-shows" facts={facts} />;
}

/** `nameOf`: an organisation's name from its key, when known. */
export function PageScripts({
  profile,
  nameOf,
}: {
  profile: Pick<RetailerProfile, 'apiSignals'>;
  nameOf: (orgKey: string) => string | undefined;
}) {
  const facts = Object.values(profile.apiSignals ?? {}).map((signal) => {
    const who = (signal.orgKey && nameOf(signal.orgKey)) || signal.scriptSite;
    return {
      key: `${signal.code}|${signal.scriptSite}`,
      content:
        signal.party === 'first'
          ? t('signalByShop', apiSignalLabel(signal.code))
          : t('signalByOther', apiSignalLabel(signal.code), who),
      data: { code: signal.code, 'script-site': signal.scriptSite },
    };
  });
  return <FactSection title="popupPageScripts" testId="page-scripts" facts={facts} />;
}

export function YouTold({ profile }: { profile: Pick<RetailerProfile, 'identifiersGiven'> }) {
  const facts = Object.values(profile.identifiersGiven ?? {}).map((item) => ({
    key: `${item.kind}${item.masked}`,
    content: `${identifierKindLabel(item.kind)}: ${item.masked}`,
    data: { kind: item.kind },
  }));
  return <FactSection title="popupYouTold" testId="you-told" facts={facts} />;
}

/** What the shop's personalisation engines inferred, from its own cookies. */
export function EnginesInferred({ profile }: { profile: Pick<RetailerProfile, 'engineInferences'> }) {
  const facts = Object.values(profile.engineInferences ?? {}).map((inference) => {
    const detail =
      inference.meaning === 'first-seen' && typeof inference.detail === 'number'
        ? formatDate(inference.detail)
        : String(inference.detail ?? '');
    return {
      key: `${inference.engine}|${inference.meaning}`,
      content: `${ENGINE_NAMES[inference.engine] ?? inference.engine}: ${t(messageKey('engineMeaning_', inference.meaning), detail)}`,
      data: { engine: inference.engine, meaning: inference.meaning },
    };
  });
  return <FactSection title="popupEnginesInferred" testId="engines-inferred" facts={facts} />;
}

/** The shop's own privacy links (opt-out, cookie settings, policy, deletion, access), as links. */
export function ShopPrivacyControls({ profile }: { profile: Pick<RetailerProfile, 'privacyLinks'> }) {
  const facts = Object.values(profile.privacyLinks ?? {}).map((link) => {
    const label = t(messageKey('privacyPurpose_', link.purpose));
    return {
      key: `${link.purpose}|${link.href ?? link.text}`,
      content:
        link.href && /^https?:\/\//.test(link.href) ? (
          <a href={link.href} target="_blank" rel="noopener noreferrer" title={link.text}>
            {label}
          </a>
        ) : (
          t('privacyOnPage', label)
        ),
      data: { purpose: link.purpose },
    };
  });
  return <FactSection title="popupShopControls" testId="shop-privacy-links" facts={facts} />;
}
