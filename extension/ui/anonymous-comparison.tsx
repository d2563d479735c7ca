/**
 * "What would an anonymous visitor see?" in the popup, for product pages. Opt-in: while the
 * setting is off it only says where to turn it on. On the user's click the background fetches
 * the page twice without cookies; the HTML is parsed here into an inert document (DOMParser
 * runs no scripts and loads nothing, and nothing of it enters this page's DOM) and compared
 * with what the live page shows (asked of the tab's content script). The detectors that read
 * the fetched copy load only on that click.
 */
import { useEffect, useState } from 'preact/hooks';
import { compareViews, type PageView, type ViewComparison } from '../../src/compare/compare-views';
import { PAGE_VIEW_REQUEST, parsePageView } from '../../src/compare/page-view-message';
import type { Price } from '../../src/compare/price';
import { browser } from '../browser';
import { t, uiLanguage, type MessageKey } from './i18n';

type State =
  | { step: 'hidden' }
  | { step: 'off' }
  | { step: 'ready'; you: PageView }
  | { step: 'running'; you: PageView }
  | { step: 'done'; result: ViewComparison }
  | { step: 'error'; message: string };

type FetchedView = { status: number; html: string } | { error: string };
type CompareReply = { ok: true; views: FetchedView[] } | { ok: false; error: string };

export function AnonymousComparison({ tabId }: { tabId: number }) {
  const [state, setState] = useState<State>({ step: 'hidden' });

  useEffect(() => {
    void (async () => {
      const you = parsePageView(
        await browser.tabs.sendMessage(tabId, { type: PAGE_VIEW_REQUEST }).catch(() => undefined),
      );
      if (!you?.offer.isProduct) return;
      const reply = await browser.runtime.sendMessage<object, { settings?: { compareAnonymous?: boolean } }>({
        type: 'ui/settings-get',
      });
      setState(reply.settings?.compareAnonymous ? { step: 'ready', you } : { step: 'off' });
    })();
  }, [tabId]);

  const run = async (you: PageView) => {
    setState({ step: 'running', you });
    const reply = await browser.runtime.sendMessage<object, CompareReply>({
      type: 'ui/compare-anonymous',
      tabId,
    });
    if (!reply.ok) return setState({ step: 'error', message: t('compareErrorFailed', reply.error) });
    // The detectors load on this click, not with the popup.
    const { pageViewOf } = await import('../../src/compare/page-view');
    const views: PageView[] = [];
    for (const fetched of reply.views) {
      if ('error' in fetched)
        return setState({
          step: 'error',
          message:
            fetched.error === 'redirected'
              ? t('compareErrorRedirected')
              : t('compareErrorFailed', fetched.error),
        });
      views.push(pageViewOf(new DOMParser().parseFromString(fetched.html, 'text/html')));
    }
    setState({ step: 'done', result: compareViews(you, [views[0]!, views[1]!]) });
  };

  if (state.step === 'hidden') return null;
  return (
    <section class="comparison" data-testid="anonymous-comparison" aria-live="polite">
      <h2>{t('compareTitle')}</h2>
      {state.step === 'off' && (
        <p class="muted" data-testid="comparison-off">
          {t('compareTurnedOff')}{' '}
          <a href={browser.runtime.getURL('extension/dashboard/index.html#settings')} target="_blank">
            {t('compareOpenSettings')}
          </a>
        </p>
      )}
      {state.step === 'ready' && (
        <>
          <button type="button" data-testid="compare-button" onClick={() => void run(state.you)}>
            {t('compareButton')}
          </button>
          <p class="muted">{t('compareExplain')}</p>
        </>
      )}
      {state.step === 'running' && <p class="muted">{t('compareRunning')}</p>}
      {state.step === 'error' && <p data-testid="comparison-error">{state.message}</p>}
      {state.step === 'done' && <ComparisonResult result={state.result} />}
    </section>
  );
}

function ComparisonResult({ result }: { result: ViewComparison }) {
  const signalLabel = (signal: string) => t(`personalSignal_${signal.replace(/-/g, '_')}` as MessageKey);
  return (
    <div data-testid="comparison-result" data-price-status={result.price.status}>
      <p class="summary" data-testid="comparison-price">
        {priceSentence(result.price)}
      </p>
      {result.onlyForYou.length > 0 ? (
        <>
          <p>{t('compareOnlyForYou')}</p>
          <ul data-testid="comparison-only-you">
            {result.onlyForYou.map((item) => (
              <li key={item.signal} data-signal={item.signal}>
                {t('personalEvidence', signalLabel(item.signal), item.evidence)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('compareNothingOnlyForYou')}</p>
      )}
      {result.alsoForAnonymous.length > 0 && (
        <p class="muted" data-testid="comparison-also-anonymous">
          {t('compareAlsoAnonymous', result.alsoForAnonymous.map(signalLabel).join(', '))}
        </p>
      )}
      <p class="muted caveat">{t('compareCaveat')}</p>
    </div>
  );
}

function priceSentence(price: ViewComparison['price']): string {
  switch (price.status) {
    case 'differs':
      return t('comparePriceDiffers', formatPrice(price.you), formatPrice(price.anonymous));
    case 'same':
      return t('comparePriceSame', formatPrice(price.anonymous));
    case 'anonymous-varies':
      return t('comparePriceVaries', formatPrice(price.anonymous[0]!), formatPrice(price.anonymous[1]!));
    case 'not-comparable':
      return t('comparePriceMissing');
  }
}

/** In the UI language's format when the currency is known ("€49.99", "49,99 €"), else as printed. */
function formatPrice(price: Price): string {
  if (!price.currency) return price.text;
  try {
    return new Intl.NumberFormat(uiLanguage(), { style: 'currency', currency: price.currency }).format(
      price.amount,
    );
  } catch {
    return price.text;
  }
}
