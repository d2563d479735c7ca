/**
 * Shops: every retailer seen, most recent first, each with what it appears to know and how
 * many companies it shares with; and one page per shop with all the evidence.
 */
import type { ComponentChildren } from 'preact';
import type { RetailerProfile } from '../../src/model';
import { summarizeCompanies } from '../../src/profile';
import { CompanyList } from '../ui/company-list';
import { countLabel, formatDate, t } from '../ui/i18n';
import { KnowledgeSummary } from '../ui/knowledge-view';
import { EnginesInferred, PageScripts, PageShows, ShopPrivacyControls, YouTold } from '../ui/site-facts';
import type { DashboardData } from './data';
import { EventSamples } from './event-samples';
import { shopHref } from './route';

export function ShopsPage({ data }: { data: DashboardData }) {
  if (data.shops.length === 0) return <p data-testid="dashboard-empty">{t('dashboardEmpty')}</p>;
  return (
    <section aria-labelledby="shops-heading">
      <h2 id="shops-heading">{t('dashboardShopsHeading', data.shops.length)}</h2>
      <ul class="shop-rows">
        {data.shops.map((profile) => {
          const companies = profile.companies.length;
          const known = profile.knowledge.length;
          return (
            <li
              key={profile.retailer}
              class="retailer"
              data-testid="retailer"
              data-retailer={profile.retailer}
            >
              <h3>
                <a href={shopHref(profile.retailer)}>{profile.retailer}</a>
              </h3>
              <p class="muted">
                {countLabel(
                  profile.pageViews,
                  'popupPagesSeenOne',
                  'popupPagesSeenMany',
                  formatDate(profile.firstSeen),
                )}{' '}
                · {t('dashboardLastSeen', formatDate(profile.lastSeen))}
              </p>
              <p>
                {countLabel(known, 'shopKnowsOne', 'shopKnowsMany')} ·{' '}
                {companies === 0
                  ? t('dashboardNoCompanies')
                  : countLabel(companies, 'popupSharesWithOne', 'popupSharesWithMany')}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function ShopPage({
  data,
  site,
  profile,
  letter,
}: {
  data: DashboardData;
  site: string;
  /** Null when no shop of that name is stored. */
  profile: RetailerProfile | null;
  letter?: ComponentChildren;
}) {
  if (!profile) return <p data-testid="shop-unknown">{t('shopUnknown', site)}</p>;
  const knowledge = data.knowledgeByShop.get(site) ?? [];
  const companies = summarizeCompanies(profile, data.organizations);
  return (
    <article class="shop-page" data-testid="shop-page" data-retailer={site}>
      <h2>{site}</h2>
      <p class="muted">
        {countLabel(
          profile.pageViews,
          'popupPagesSeenOne',
          'popupPagesSeenMany',
          formatDate(profile.firstSeen),
        )}{' '}
        · {t('dashboardLastSeen', formatDate(profile.lastSeen))}
      </p>
      <h3>{t('popupAppearsToKnow')}</h3>
      {knowledge.length === 0 ? (
        <p>{t('popupNothingPersonal')}</p>
      ) : (
        <KnowledgeSummary items={knowledge} nameOf={data.nameOf} />
      )}
      <h3>
        {companies.length === 0
          ? t('dashboardNoCompanies')
          : countLabel(companies.length, 'popupSharesWithOne', 'popupSharesWithMany')}
      </h3>
      <CompanyList companies={companies} />
      {companies.length > 0 && <EventSamples retailer={site} organizations={data.organizations} />}
      <PageShows profile={profile} />
      <PageScripts profile={profile} nameOf={(key) => data.organizations.get(key)?.name} />
      <YouTold profile={profile} />
      <EnginesInferred profile={profile} />
      <ShopPrivacyControls profile={profile} />
      {letter}
    </article>
  );
}
