/**
 * The popup: the current shop on one screen — what it appears to know (category chips with
 * counts, each item with how it is known), who it shares data with, the ways to opt out and to
 * ask for the data, and the details behind them. Shows the view the worker composes after a
 * flush (target-tab.ts); writes nothing.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { POPUP_UNKNOWN_DOMAINS_NAMED, type PopupView } from '../../src/profile';
import { browser } from '../browser';
import { shopHref } from '../dashboard/route';
import { AnonymousComparison } from '../ui/anonymous-comparison';
import { CompanyList } from '../ui/company-list';
import { CompanyOptOutLinks } from '../ui/company-opt-outs';
import { GpcStatusLine } from '../ui/gpc-status';
import { countLabel, formatDate, shortList, t } from '../ui/i18n';
import { KnowledgeSummary } from '../ui/knowledge-view';
import { EnginesInferred, PageScripts, ShopPrivacyControls, YouTold } from '../ui/site-facts';
import { useReadyMarker } from '../ui/ready-marker';
import { targetTab } from './target-tab';

export type View =
  | { state: 'loading' }
  | { state: 'not-web' }
  | ({ state: 'site'; tabId: number; names: ReadonlyMap<string, string> } & Omit<PopupView, 'names'>);

export async function loadView(): Promise<View> {
  const target = await targetTab();
  if (!target) return { state: 'not-web' };
  const { tabId, view } = target;
  return { ...view, state: 'site', tabId, names: new Map(Object.entries(view.names)) };
}

/** Names in one line (who was sent an item) before "and N more". */
const POPUP_NAMES_PER_LINE = 8;

const dashboardUrl = (hash = '') => browser.runtime.getURL(`extension/dashboard/index.html${hash}`);

/** `initial`: loadView(), started by main.tsx before the first render. */
export function Popup({ initial }: { initial: Promise<View> }) {
  const [view, setView] = useState<View>({ state: 'loading' });
  // A layout effect runs right after the first commit; a passive effect (useEffect) would wait
  // for the next frame to be painted, delaying an answer that is usually already in by a frame.
  useLayoutEffect(() => {
    void initial.then(setView, () => setView({ state: 'not-web' }));
  }, [initial]);
  useReadyMarker('popup', view.state !== 'loading');

  if (view.state === 'loading') return <p class="muted">{t('companyLoading')}</p>;
  if (view.state === 'not-web') return <p data-testid="not-web">{t('popupNotAWebPage')}</p>;

  const { site, tabId, profile, knowledge, companies, companyCount, companyOptOuts, names } = view;
  const nameOf = (holder: string) => names.get(holder) ?? holder;
  const unknown = profile?.unknownThirdParties ?? { count: 0, first: [] };
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
      {knowledge.length === 0 ? (
        <p class="summary" data-testid="nothing-personal">
          {t('popupNothingPersonal')}
        </p>
      ) : (
        <section aria-labelledby="knows-heading" data-testid="appears-to-know">
          <p class="summary" id="knows-heading">
            {t('popupAppearsToKnow')}
          </p>
          <KnowledgeSummary items={knowledge} nameOf={nameOf} holdersLimit={POPUP_NAMES_PER_LINE} />
        </section>
      )}
      {companyCount === 0 && unknown.count === 0 ? (
        <p class="summary" data-testid="no-third-parties">
          {t('popupNoThirdParties')}
        </p>
      ) : (
        <p class="summary" data-testid="shares-with" data-count={companyCount}>
          {countLabel(companyCount, 'popupSharesWithOne', 'popupSharesWithMany')}
        </p>
      )}
      <CompanyList companies={companies} />
      {companyCount > companies.length && (
        <p>
          <a href={dashboardUrl(shopHref(site))} target="_blank" data-testid="show-all-companies">
            {t('popupShowAllCompanies', companyCount)}
          </a>
        </p>
      )}
      <section aria-labelledby="opt-out-heading" data-testid="opt-out">
        <p class="summary" id="opt-out-heading">
          {t('popupOptOut')}
        </p>
        <GpcStatusLine tabId={tabId} />
        {profile && <ShopPrivacyControls profile={profile} />}
        <CompanyOptOutLinks actions={companyOptOuts} />
        <p>
          <a href={dashboardUrl(`${shopHref(site)}/letter`)} target="_blank" data-testid="ask-for-data">
            {t('popupAskForData')}
          </a>
        </p>
      </section>
      <AnonymousComparison tabId={tabId} />
      {profile && <PageScripts profile={profile} nameOf={(key) => names.get(key)} />}
      {profile && <YouTold profile={profile} />}
      {profile && <EnginesInferred profile={profile} />}
      {unknown.count > 0 && (
        <p class="muted" data-testid="unknown-domains">
          {t('popupOtherDomains', unknown.count)}{' '}
          {shortList(unknown.first, POPUP_UNKNOWN_DOMAINS_NAMED, unknown.count)}
        </p>
      )}
      <p class="footer">
        <a href={dashboardUrl()} target="_blank" data-testid="open-dashboard">
          {t('popupOpenDashboard')}
        </a>
      </p>
    </>
  );
}
