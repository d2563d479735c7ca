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
import { ReportPage } from './report-page';
import { NAV_VIEWS, parseRoute, type Route } from './route';
import { SettingsPage } from './settings-page';
import { ShopPage, ShopsPage } from './shops-page';
import { TimelinePage } from './timeline-page';
import { YourDataPage } from './your-data-page';

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

export function Dashboard() {
  const route = useRoute();
  const [data, setData] = useState<DashboardData | undefined>();
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const reload = () => void loadDashboardData().then(setData);
  useEffect(reload, []);
  useEffect(() => {
    // For benchmarks and tests: this view has rendered with its data.
    if (data || route.view === 'settings') document.body.dataset.ready = route.view;
  }, [data, route.view]);

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
    case 'shop': {
      const profile = data.retailers.find((p) => p.retailer === route.site);
      const letter = profile && (
        <ShopLetter
          profile={profile}
          knowledge={data.knowledgeByShop.get(route.site) ?? []}
          nameOf={data.nameOf}
          focus={route.section === 'letter'}
        />
      );
      return <ShopPage data={data} site={route.site} letter={letter} />;
    }
    case 'companies':
      return <CompaniesPage data={data} />;
    case 'company': {
      const dossier = data.dossiers.find((d) => d.orgKey === route.orgKey);
      const optOuts = dossier && (
        <CompanyOptOuts
          dossier={dossier}
          organization={data.organizations.get(route.orgKey)}
          knowledge={data.knowledge}
        />
      );
      return <CompanyPage data={data} orgKey={route.orgKey} optOuts={optOuts} />;
    }
    case 'graph':
      return <FlowGraph data={data} />;
    case 'timeline':
      return <TimelinePage data={data} filter={filter} onFilter={onFilter} />;
    case 'report':
      return <ReportPage data={data} />;
    case 'data':
      return <YourDataPage data={data} onChanged={onChanged} />;
    case 'settings':
      return <SettingsPage />;
  }
}
