/**
 * Companies: a dossier each, across shops — "Meta was told by 7 shops: your email (hashed),
 * 23 product views, 2 purchases" — and one page per company with what each shop told it, its
 * privacy policy and contact.
 */
import type { ComponentChildren } from 'preact';
import { primaryCategory } from '../../src/model';
import { EVENT_STAGES, type CompanyDossier } from '../../src/profile';
import { categoryLabel, countLabel, formatDate, t, type MessageKey } from '../ui/i18n';
import { encodingWords } from '../ui/knowledge-text';
import { apiSignalLabel, identifierKindLabel } from '../ui/received-facts';
import type { DashboardData, ProfileData } from './data';
import { IndustryOptOuts } from './opt-out-sections';
import { companyHref, shopHref } from './route';

interface Told {
  /** Identifier kind → encodings received. */
  identifiers: Record<string, readonly string[]>;
  stages: CompanyDossier['stages'];
  apiSignals: readonly string[];
}

const dossierTold = (dossier: CompanyDossier): Told => ({
  identifiers: Object.fromEntries(
    Object.entries(dossier.identifiers).map(([kind, entry]) => [kind, entry.encodings]),
  ),
  stages: dossier.stages,
  apiSignals: dossier.apiSignals,
});

/** "your email (hashed: SHA-256), products you viewed (23), your purchases (2)". */
export function toldSummary(told: Told): string {
  const parts: string[] = [];
  for (const [kind, encodings] of Object.entries(told.identifiers)) {
    parts.push(t('encodingNote', identifierKindLabel(kind), encodingWords(encodings)));
  }
  for (const stage of EVENT_STAGES) {
    const count = told.stages[stage];
    if (count) parts.push(t(`stage_${stage.replace(/-/g, '_')}` as MessageKey, count));
  }
  for (const code of told.apiSignals) parts.push(apiSignalLabel(code));
  return parts.join(', ');
}

export function CompaniesPage({ data, dossiers }: { data: DashboardData; dossiers: CompanyDossier[] }) {
  return (
    <section aria-labelledby="companies-heading">
      <h2 id="companies-heading">{t('companiesHeading', dossiers.length)}</h2>
      <ul class="dossiers">
        {dossiers.map((dossier) => {
          const told = toldSummary(dossierTold(dossier));
          return (
            <li
              key={dossier.orgKey}
              data-testid="dossier"
              data-org={dossier.orgKey}
              data-shops={dossier.shops.length}
            >
              <a href={companyHref(dossier.orgKey)}>
                <strong>{data.nameOf(dossier.orgKey)}</strong>
              </a>{' '}
              {countLabel(dossier.shops.length, 'dossierToldByOne', 'dossierToldByMany')}
              {told ? `: ${told}` : ''}
              {dossier.recognisesBrowserOn > 0 && (
                <span class="muted">
                  {' '}
                  · {countLabel(dossier.recognisesBrowserOn, 'dossierRecognisesOne', 'dossierRecognisesMany')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <IndustryOptOuts />
    </section>
  );
}

export function CompanyPage({
  data,
  profiles,
  orgKey,
  optOuts,
}: {
  data: DashboardData;
  profiles: ProfileData;
  orgKey: string;
  optOuts?: ComponentChildren;
}) {
  const dossier = profiles.dossiers.find((d) => d.orgKey === orgKey);
  const organization = data.organizations.get(orgKey);
  if (!dossier) return <p data-testid="company-unknown">{t('companyUnknown', orgKey)}</p>;
  const categories: Record<string, number> = {};
  for (const profile of profiles.retailers) {
    for (const [category, count] of Object.entries(profile.companies[orgKey]?.categories ?? {}))
      categories[category] = (categories[category] ?? 0) + count;
  }
  return (
    <article class="company-page" data-testid="company-page" data-org={orgKey}>
      <h2>{data.nameOf(orgKey)}</h2>
      <p class="muted">
        {categoryLabel(primaryCategory(categories))}
        {organization?.country ? ` · ${organization.country}` : ''} ·{' '}
        {t('overviewSince', formatDate(dossier.firstSeen))}
      </p>
      {organization?.description && <p>{organization.description}</p>}
      <p data-testid="dossier-summary">
        {countLabel(dossier.shops.length, 'dossierToldByOne', 'dossierToldByMany')}
        {toldSummary(dossierTold(dossier)) ? `: ${toldSummary(dossierTold(dossier))}` : ''}
      </p>
      <table class="dossier-table">
        <thead>
          <tr>
            <th scope="col">{t('dossierShop')}</th>
            <th scope="col">{t('dossierWhatItGot')}</th>
            <th scope="col">{t('dossierRequests')}</th>
            <th scope="col">{t('dossierLastSeen')}</th>
          </tr>
        </thead>
        <tbody>
          {dossier.shops.map((shop) => (
            <tr key={shop.retailer} data-testid="dossier-shop" data-retailer={shop.retailer}>
              <td>
                <a href={shopHref(shop.retailer)}>{shop.retailer}</a>
              </td>
              <td>
                {toldSummary(shop) || '—'}
                {shop.recognisesBrowser ? ` · ${t('subject_browser_id')}` : ''}
              </td>
              <td>{shop.requests}</td>
              <td>{formatDate(shop.lastSeen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('popupOptOut')}</h3>
      {/* The opt-out list carries the privacy policy and contact with the curated pages. */}
      {optOuts}
    </article>
  );
}
