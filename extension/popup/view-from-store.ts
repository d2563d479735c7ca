/**
 * The popup's view read by the page itself, for when the worker does not answer (it is being
 * registered, or was stopped): the shop stored for the tab's host, or else the host itself (with
 * nothing stored there is nothing to show but its name). Loaded only then.
 */
import type { PopupView } from '../../src/profile';
import { readPopupView, storedShopOfHost } from '../../src/store';
import { browser } from '../browser';
import { pageDatabase } from '../ui/data';
import { loadOptOutData } from '../storage/opt-out-data';

export async function popupViewFromStore(tabId: number): Promise<PopupView | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.url || !/^https?:\/\//i.test(tab.url)) return undefined;
  const { hostname } = new URL(tab.url);
  const [db, optOuts] = await Promise.all([pageDatabase(), loadOptOutData()]);
  const site = (await storedShopOfHost(db, hostname)) ?? hostname;
  return readPopupView(db, site, optOuts.ok ? optOuts.data : undefined);
}
