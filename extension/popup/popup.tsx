/**
 * The popup: for the current site, "shares data with N companies", each with its name,
 * category and privacy policy, and the domains the tracker database does not know.
 */
import { useEffect, useState } from 'preact/hooks';
import { summarizeCompanies, type CompanySummary } from '../../src/profile';
import type { Organization, RetailerProfile } from '../../src/model';
import { getOrganizations, getRetailerProfile } from '../../src/store';
import { browser } from '../browser';
import { CompanyList } from '../ui/company-list';
import { EnginesInferred, PageScripts, PageShows, ShopPrivacyControls, YouTold } from '../ui/site-facts';
import { flushPendingWrites, pageDatabase } from '../ui/data';
import { countLabel, formatDate, t } from '../ui/i18n';
import { AnonymousComparison } from '../ui/anonymous-comparison';
import { targetTab } from './target-tab';

type View =
  | { state: 'loading' }
  | { state: 'not-web' }
  | {
      state: 'site';
      site: string;
      tabId: number;
      profile: RetailerProfile | undefined;
      companies: CompanySummary[];
      organizations: ReadonlyMap<string, Organization>;
    };

async function loadView(): Promise<View> {
  const target = await targetTab();
  if (!target) return { state: 'not-web' };
  const { page, tabId } = target;
  await flushPendingWrites();
  const db = await pageDatabase();
  const profile = await getRetailerProfile(db, page.site);
  const organizations = await getOrganizations(db, Object.keys(profile?.companies ?? {}));
  return {
    state: 'site',
    site: page.site,
    tabId,
    profile,
    companies: summarizeCompanies(profile, organizations),
    organizations,
  };
}

export function Popup() {
  const [view, setView] = useState<View>({ state: 'loading' });
  useEffect(() => {
    void loadView().then(setView, () => setView({ state: 'not-web' }));
  }, []);

  if (view.state === 'loading') return <p class="muted">{t('companyLoading')}</p>;
  if (view.state === 'not-web') return <p data-testid="not-web">{t('popupNotAWebPage')}</p>;

  const { site, tabId, profile, companies, organizations } = view;
  const unknown = Object.values(profile?.unknownThirdParties ?? {});
  return (
    <>
      <h1 data-testid="site">{site}</h1>
      {profile && (
        <p class="muted" data-testid="pages-seen">
          {countLabel(
            profile.pageViews,
            'popupPagesSeenOne',
            'popupPagesSeenMany',
            formatDate(profile.firstSeen),
          )}
        </p>
      )}
      {companies.length === 0 && unknown.length === 0 ? (
        <p class="summary" data-testid="no-third-parties">
          {t('popupNoThirdParties')}
        </p>
      ) : (
        <p class="summary" data-testid="shares-with" data-count={companies.length}>
          {countLabel(companies.length, 'popupSharesWithOne', 'popupSharesWithMany')}
        </p>
      )}
      <CompanyList companies={companies} />
      {profile && <PageShows profile={profile} />}
      {profile && <PageScripts profile={profile} organizations={organizations} />}
      {profile && <YouTold profile={profile} />}
      {profile && <EnginesInferred profile={profile} />}
      {profile && <ShopPrivacyControls profile={profile} />}
      <AnonymousComparison tabId={tabId} />
      {unknown.length > 0 && (
        <p class="muted" data-testid="unknown-domains">
          {t('popupOtherDomains', unknown.length)} {unknown.map((entry) => entry.domain).join(', ')}
        </p>
      )}
      <p class="footer">
        <a
          href={browser.runtime.getURL('extension/dashboard/index.html')}
          target="_blank"
          data-testid="open-dashboard"
        >
          {t('popupOpenDashboard')}
        </a>
      </p>
    </>
  );
}
