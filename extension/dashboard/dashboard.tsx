/**
 * The dashboard: the whole glass-customer profile. Views (route.ts): the overview of every item
 * and who knows it, shops and companies with a page each, the data-flow graph, the timeline and
 * "Your data" (export, import, delete, retention, paused sites) and the settings; the JSON
 * export is always at hand. Reads the store on open and after the user's own deletes and
 * imports (which the background does); writes nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import { ExportButton } from './export-button';
import { t, type MessageKey } from '../ui/i18n';
import { CompaniesPage, CompanyPage } from './companies-page';
import { loadDashboardData, type DashboardData } from './data';
import { FlowGraph } from './flow-graph';
import { CompanyOptOuts, ShopLetter } from './opt-out-sections';
import { NO_FILTER, OverviewPage, type Filter } from './overview-page';
import { NAV_VIEWS, parseRoute, type Route } from './route';
import { ShopPage, ShopsPage } from './shops-page';
import { TimelinePage } from './timeline-page';
import { useReadyMarker } from '../ui/ready-marker';
import { useProfiles, useShopProfile } from './use-profiles';
import { lazyView } from './lazy-view';

const SettingsPage = lazyView(() => import('./settings-page').then((m) => m.SettingsPage));
const YourDataPage = lazyView(() => import('./your-data-page').then((m) => m.YourDataPage));
const ReportPage = lazyView(() => import('./report-page').then((m) => m.ReportPage));

const NAV_LABELS: Record<(typeof NAV_VIEWS)[number], MessageKey> = {
  overview: 'navOverview',
  shops: 'navShops',
  companies: 'navCompanies',
  graph: 'navGraph',
  timeline: 'navTimeline',
  report: 'navResearch',
  data: 'navData',
  settings: 'navSettings',
};

const READS_MORE = new Set<Route['view']>(['shop', 'company', 'companies', 'report']);

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => {
      setRoute(parseRoute(location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** `initial`: the first read, started by main.tsx before the first render. */
export function Dashboard({ initial }: { initial: Promise<DashboardData> }) {
  const route = useRoute();
  const [data, setData] = useState<DashboardData | undefined>();
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const reload = () => void loadDashboardData().then(setData);
  useEffect(() => void initial.then(setData), [initial]);
  // Views that read more than the summaries mark themselves ready once they have it.
  useReadyMarker(
    route.view,
    route.view === 'settings' || (data !== undefined && !READS_MORE.has(route.view)),
  );

  const current = route.view === 'shop' ? 'shops' : route.view === 'company' ? 'companies' : route.view;
  return (
    <>
      <header>
        <div>
          <h1>{t('dashboardTitle')}</h1>
          <p class="muted">{t('dashboardIntro')}</p>
        </div>
        <ExportButton />
      </header>
      <nav aria-label={t('navLabel')} class="views">
        {NAV_VIEWS.map((view) => (
          <a
            key={view}
            href={`#${view}`}
            aria-current={current === view ? 'page' : undefined}
            data-testid={`nav-${view}`}
          >
            {t(NAV_LABELS[view])}
          </a>
        ))}
      </nav>
      {route.view === 'settings' ? (
        <SettingsPage />
      ) : !data ? (
        <p class="muted">{t('companyLoading')}</p>
      ) : (
        <View route={route} data={data} filter={filter} onFilter={setFilter} onChanged={reload} />
      )}
      <p class="attribution">{t('attribution')}</p>
    </>
  );
}

function View({
  route,
  data,
  filter,
  onFilter,
  onChanged,
}: {
  route: Route;
  data: DashboardData;
  filter: Filter;
  onFilter: (filter: Filter) => void;
  onChanged: () => void;
}) {
  switch (route.view) {
    case 'overview':
      return <OverviewPage data={data} filter={filter} onFilter={onFilter} />;
    case 'shops':
      return <ShopsPage data={data} />;
    case 'shop':
      return <ShopRoute data={data} site={route.site} letterFocus={route.section === 'letter'} />;
    case 'companies':
      return <CompaniesRoute data={data} />;
    case 'company':
      return <CompanyRoute data={data} orgKey={route.orgKey} />;
    case 'graph':
      return <FlowGraph data={data} />;
    case 'timeline':
      return <TimelinePage data={data} filter={filter} onFilter={onFilter} />;
    case 'report':
      return <ReportRoute data={data} />;
    case 'data':
      return <YourDataPage data={data} onChanged={onChanged} />;
    case 'settings':
      return <SettingsPage />;
  }
}

function Loading() {
  return <p class="muted">{t('companyLoading')}</p>;
}

function ShopRoute({ data, site, letterFocus }: { data: DashboardData; site: string; letterFocus: boolean }) {
  const profile = useShopProfile(data, site);
  useReadyMarker('shop', profile !== undefined);
  if (profile === undefined) return <Loading />;
  const letter = profile && (
    <ShopLetter
      profile={profile}
      knowledge={data.knowledgeByShop.get(site) ?? []}
      nameOf={data.nameOf}
      focus={letterFocus}
    />
  );
  return <ShopPage data={data} site={site} profile={profile} letter={letter} />;
}

function CompaniesRoute({ data }: { data: DashboardData }) {
  const profiles = useProfiles(data);
  useReadyMarker('companies', profiles !== undefined);
  return profiles ? <CompaniesPage data={data} dossiers={profiles.dossiers} /> : <Loading />;
}

function CompanyRoute({ data, orgKey }: { data: DashboardData; orgKey: string }) {
  const profiles = useProfiles(data);
  useReadyMarker('company', profiles !== undefined);
  if (!profiles) return <Loading />;
  const dossier = profiles.dossiers.find((d) => d.orgKey === orgKey);
  const optOuts = dossier && (
    <CompanyOptOuts
      dossier={dossier}
      organization={data.organizations.get(orgKey)}
      knowledge={data.knowledge}
    />
  );
  return <CompanyPage data={data} profiles={profiles} orgKey={orgKey} optOuts={optOuts} />;
}

function ReportRoute({ data }: { data: DashboardData }) {
  const profiles = useProfiles(data);
  useReadyMarker('report', profiles !== undefined);
  return profiles ? <ReportPage data={data} retailers={profiles.retailers} /> : <Loading />;
}
