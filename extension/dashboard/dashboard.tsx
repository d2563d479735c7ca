/**
 * The dashboard: the whole glass-customer profile. Views (route.ts): the overview of every item
 * and who knows it, shops and companies with a page each, the data-flow graph, the timeline and
 * the settings; the export is always at hand. Reads the store once per open; writes nothing.
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
import { SettingsPage } from './settings-page';
import { ShopPage, ShopsPage } from './shops-page';
import { TimelinePage } from './timeline-page';

const NAV_LABELS: Record<(typeof NAV_VIEWS)[number], MessageKey> = {
  overview: 'navOverview',
  shops: 'navShops',
  companies: 'navCompanies',
  graph: 'navGraph',
  timeline: 'navTimeline',
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
  useEffect(() => {
    void loadDashboardData().then(setData);
  }, []);
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
        <View route={route} data={data} filter={filter} onFilter={setFilter} />
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
}: {
  route: Route;
  data: DashboardData;
  filter: Filter;
  onFilter: (filter: Filter) => void;
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
    case 'settings':
      return <SettingsPage />;
  }
}
