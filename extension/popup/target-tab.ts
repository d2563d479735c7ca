/**
 * Which tab the popup describes — the active tab of its window, or the tab named by `?tab=`
 * when the popup is opened as a page of its own (keyboard users, tests) — and which site it
 * shows. One message makes the store current and names the site: the background already holds
 * the public-suffix list, so the popup does not load it (it is most of a cold popup's script).
 */
import { browser } from '../browser';
import { askWorker } from '../ui/data';

export interface TargetTab {
  tabId: number;
  site: string;
}

export async function targetTab(): Promise<TargetTab | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  const tabId =
    Number.isInteger(requested) && requested >= 0
      ? requested
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return undefined;
  const site = (await siteFromWorker(tabId)) ?? (await siteFromTabUrl(tabId));
  return site === undefined ? undefined : { tabId, site };
}

async function siteFromWorker(tabId: number): Promise<string | undefined> {
  const answer = await askWorker({ type: 'ui/flush', tabId });
  const site = (answer as { site?: unknown } | undefined)?.site;
  return typeof site === 'string' && site.length > 0 ? site : undefined;
}

/** Without the worker's answer, work the site out here (loads the public-suffix list). */
async function siteFromTabUrl(tabId: number): Promise<string | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.url) return undefined;
  const { pageContextOf } = await import('../../src/classify/page-context');
  return pageContextOf(tab.url)?.site;
}
