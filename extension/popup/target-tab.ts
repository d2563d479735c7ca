/**
 * Which tab the popup describes — the active tab of its window, or the tab named by `?tab=`
 * when the popup is opened as a page of its own (keyboard users, tests) — and which site it
 * shows. One message makes the store current and names the site: the background already holds
 * the public-suffix list, so the popup does not load it (it would be most of a cold popup's script).
 */
import { storedShopOfHost } from '../../src/store';
import { browser } from '../browser';
import { askWorker, pageDatabase } from '../ui/data';

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

/**
 * Without the worker's answer: the shop stored for the tab's host, or else the host itself (with
 * nothing stored there is nothing to show but its name).
 */
async function siteFromTabUrl(tabId: number): Promise<string | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.url || !/^https?:\/\//i.test(tab.url)) return undefined;
  const { hostname } = new URL(tab.url);
  return (await storedShopOfHost(await pageDatabase(), hostname)) ?? hostname;
}
