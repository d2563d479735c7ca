/**
 * Which tab the popup describes: the active tab of its window, or the tab named by `?tab=`
 * when the popup is opened as a page of its own (keyboard users, tests).
 */
import { pageContextOf, type PageContext } from '../../src/classify/page-context';
import { browser } from '../browser';

export async function targetPage(): Promise<PageContext | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  const tab =
    Number.isInteger(requested) && requested >= 0
      ? await browser.tabs.get(requested).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.url ? pageContextOf(tab.url) : undefined;
}
