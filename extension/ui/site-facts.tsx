/**
 * Site-level facts: what the user told this shop (masked), and what scripts on its pages did
 * with browser APIs, by whom. Text only.
 */
import { ENGINE_NAMES } from '../../src/detectors/page/engine-cookies';
import type { Organization, RetailerProfile } from '../../src/model';
import { formatDate, t, type MessageKey } from './i18n';
import { apiSignalLabel, identifierKindLabel } from './received-facts';

export function YouTold({ profile }: { profile: RetailerProfile }) {
  const given = Object.values(profile.identifiersGiven ?? {});
  if (given.length === 0) return null;
  return (
    <section aria-label={t('popupYouTold')}>
      <p class="section-title">{t('popupYouTold')}</p>
      <ul class="received" data-testid="you-told">
        {given.map((item) => (
          <li key={`${item.kind}${item.masked}`} data-kind={item.kind}>
            {identifierKindLabel(item.kind)}: {item.masked}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PageScripts({
  profile,
  organizations,
}: {
  profile: RetailerProfile;
  organizations: ReadonlyMap<string, Organization>;
}) {
  const signals = Object.values(profile.apiSignals ?? {});
  if (signals.length === 0) return null;
  return (
    <section aria-label={t('popupPageScripts')}>
      <p class="section-title">{t('popupPageScripts')}</p>
      <ul class="received" data-testid="page-scripts">
        {signals.map((signal) => {
          const who = signal.orgKey
            ? (organizations.get(signal.orgKey)?.name ?? signal.scriptSite)
            : signal.scriptSite;
          const text =
            signal.party === 'first'
              ? t('signalByShop', apiSignalLabel(signal.code))
              : t('signalByOther', apiSignalLabel(signal.code), who);
          return (
            <li
              key={`${signal.code}|${signal.scriptSite}`}
              data-code={signal.code}
              data-script-site={signal.scriptSite}
            >
              {text}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** What the shop's personalisation engines inferred, from its own cookies. */
export function EnginesInferred({ profile }: { profile: RetailerProfile }) {
  const inferences = Object.values(profile.engineInferences ?? {});
  if (inferences.length === 0) return null;
  return (
    <section aria-label={t('popupEnginesInferred')}>
      <p class="section-title">{t('popupEnginesInferred')}</p>
      <ul class="received" data-testid="engines-inferred">
        {inferences.map((inference) => {
          const detail =
            inference.meaning === 'first-seen' && typeof inference.detail === 'number'
              ? formatDate(inference.detail)
              : String(inference.detail ?? '');
          return (
            <li
              key={`${inference.engine}|${inference.meaning}`}
              data-engine={inference.engine}
              data-meaning={inference.meaning}
            >
              {ENGINE_NAMES[inference.engine] ?? inference.engine}:{' '}
              {t(`engineMeaning_${inference.meaning.replace(/-/g, '_')}` as MessageKey, detail)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The shop's own privacy links (opt-out, cookie settings, policy, deletion, access), as links. */
export function ShopPrivacyControls({ profile }: { profile: RetailerProfile }) {
  const links = Object.values(profile.privacyLinks ?? {});
  if (links.length === 0) return null;
  return (
    <section aria-label={t('popupShopControls')}>
      <p class="section-title">{t('popupShopControls')}</p>
      <ul class="received" data-testid="shop-privacy-links">
        {links.map((link) => {
          const label = t(`privacyPurpose_${link.purpose.replace(/-/g, '_')}` as MessageKey);
          return (
            <li key={`${link.purpose}|${link.href ?? link.text}`} data-purpose={link.purpose}>
              {link.href && /^https?:\/\//.test(link.href) ? (
                <a href={link.href} target="_blank" rel="noopener noreferrer" title={link.text}>
                  {label}
                </a>
              ) : (
                t('privacyOnPage', label)
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** What the page showed that reveals what the shop knows about you, with the (masked) text. */
export function PageShows({ profile }: { profile: RetailerProfile }) {
  const seen = Object.values(profile.personalization ?? {});
  if (seen.length === 0) return null;
  return (
    <section aria-label={t('popupPageShows')}>
      <p class="section-title">{t('popupPageShows')}</p>
      <ul class="received" data-testid="page-shows">
        {seen.map((item) => (
          <li key={item.signal} data-signal={item.signal} data-category={item.category}>
            {t(
              'personalEvidence',
              t(`personalSignal_${item.signal.replace(/-/g, '_')}` as MessageKey),
              item.evidence,
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
