/**
 * The dashboard: every retailer seen, most recent first, with the companies it shares data
 * with; and the export of the whole profile.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Organization, RetailerProfile } from '../../src/model';
import { summarizeCompanies } from '../../src/profile';
import { listOrganizations, listRetailerProfiles } from '../../src/store';
import { CompanyList } from '../ui/company-list';
import { flushPendingWrites, pageDatabase } from '../ui/data';
import { countLabel, formatDate, t } from '../ui/i18n';
import { EnginesInferred, PageScripts, PageShows, ShopPrivacyControls, YouTold } from '../ui/site-facts';
import { EventSamples } from './event-samples';
import { ExportButton } from './export-button';
import { ComparisonSetting } from './comparison-setting';
import { WatchlistSettings } from './watchlist-settings';

interface Data {
  retailers: RetailerProfile[];
  organizations: Map<string, Organization>;
}

async function loadData(): Promise<Data> {
  await flushPendingWrites();
  const db = await pageDatabase();
  const [retailers, organizations] = await Promise.all([listRetailerProfiles(db), listOrganizations(db)]);
  return { retailers, organizations: new Map(organizations.map((o) => [o.key, o])) };
}

export function Dashboard() {
  const [data, setData] = useState<Data | undefined>();
  useEffect(() => {
    void loadData().then(setData);
  }, []);

  return (
    <>
      <header>
        <div>
          <h1>{t('dashboardTitle')}</h1>
          <p class="muted">{t('dashboardIntro')}</p>
        </div>
        <ExportButton />
      </header>
      {data && <RetailerList data={data} />}
      <div id="settings">
        <WatchlistSettings />
        <ComparisonSetting />
      </div>
      <p class="attribution">{t('attribution')}</p>
    </>
  );
}

function RetailerList({ data }: { data: Data }) {
  if (data.retailers.length === 0) return <p data-testid="dashboard-empty">{t('dashboardEmpty')}</p>;
  return (
    <section aria-labelledby="shops-heading">
      <h2 id="shops-heading">{t('dashboardShopsHeading', data.retailers.length)}</h2>
      {data.retailers.map((profile) => {
        const companies = summarizeCompanies(profile, data.organizations);
        return (
          <article
            key={profile.retailer}
            class="retailer"
            data-testid="retailer"
            data-retailer={profile.retailer}
          >
            <h3>{profile.retailer}</h3>
            <p class="muted">
              {countLabel(
                profile.pageViews,
                'popupPagesSeenOne',
                'popupPagesSeenMany',
                formatDate(profile.firstSeen),
              )}{' '}
              · {t('dashboardLastSeen', formatDate(profile.lastSeen))}
            </p>
            {companies.length === 0 ? (
              <p data-testid="no-companies">{t('dashboardNoCompanies')}</p>
            ) : (
              <>
                <p>{countLabel(companies.length, 'popupSharesWithOne', 'popupSharesWithMany')}</p>
                <CompanyList companies={companies} />
                <EventSamples retailer={profile.retailer} organizations={data.organizations} />
              </>
            )}
            <PageShows profile={profile} />
            <PageScripts profile={profile} organizations={data.organizations} />
            <YouTold profile={profile} />
            <EnginesInferred profile={profile} />
            <ShopPrivacyControls profile={profile} />
          </article>
        );
      })}
    </section>
  );
}
