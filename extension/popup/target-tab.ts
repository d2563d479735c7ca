/**
 * Which tab the popup describes — the active tab of its window, or the tab named by `?tab=`
 * when the popup is opened as a page of its own (keyboard users, tests) — and the view of it.
 * One message makes the store current and brings the view, composed by the worker: it holds
 * the public-suffix list and a warm store connection, so a cold popup loads neither. Only when
 * the worker does not answer does the popup read the store itself (code loaded on demand).
 */
import type { PopupView } from '../../src/profile';
import { browser } from '../browser';
import { askWorker } from '../ui/ask-worker';

export interface TargetTab {
  tabId: number;
  view: PopupView;
}

export async function targetTab(): Promise<TargetTab | undefined> {
  // A missing or empty parameter is not tab 0 (Number(null) and Number('') are 0): then the popup
  // names the active tab.
  const requested = Number(new URLSearchParams(location.search).get('tab') || NaN);
  const tabId =
    Number.isSafeInteger(requested) && requested >= 0
      ? requested
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return undefined;
  const view = (await viewFromWorker(tabId)) ?? (await viewFromStore(tabId));
  return view === undefined ? undefined : { tabId, view };
}

async function viewFromWorker(tabId: number): Promise<PopupView | undefined> {
  const answer = await askWorker({ type: 'ui/popup-view', tabId });
  const view = (answer as { view?: Partial<PopupView> } | undefined)?.view;
  return typeof view?.site === 'string' && view.site.length > 0 ? (view as PopupView) : undefined;
}

async function viewFromStore(tabId: number): Promise<PopupView | undefined> {
  const { popupViewFromStore } = await import('./view-from-store');
  return popupViewFromStore(tabId);
}
