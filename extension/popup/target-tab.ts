/**
 * Which tab the popup describes: the active tab of its window, or the tab named by `?tab=`
 * when the popup is opened as a page of its own (keyboard users, tests).
 */
import { pageContextOf, type PageContext } from '../../src/classify/page-context';
import { browser } from '../browser';

export interface TargetTab {
  tabId: number;
  page: PageContext;
}

export async function targetTab(): Promise<TargetTab | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  const tab =
    Number.isInteger(requested) && requested >= 0
      ? await browser.tabs.get(requested).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const page = tab?.url ? pageContextOf(tab.url) : undefined;
  return page && tab?.id !== undefined ? { tabId: tab.id, page } : undefined;
}

export async function targetPage(): Promise<PageContext | undefined> {
  return (await targetTab())?.page;
}
