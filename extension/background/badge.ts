/**
 * The toolbar badge: how many third-party companies the tab's site has talked to.
 */
import type { PageContext } from '../../src/classify';
import type { RetailerProfile } from '../../src/model';
import { getRetailerProfile, type GlassDatabase } from '../../src/store';
import { browser } from '../browser';
import type { TabPages } from './tab-pages';

const BADGE_COLOR = '#3b4252';

export function initBadgeStyle(): void {
  void browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
}

export function companyCount(profile: RetailerProfile | undefined): number {
  return profile ? Object.keys(profile.companies).length : 0;
}

function setBadge(tabId: number, count: number): void {
  browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => {
    // The tab closed in the meantime.
  });
}

/** After a write: refresh the badge of every tab showing a retailer the write touched. */
export function updateBadgesFor(profiles: RetailerProfile[], tabPages: TabPages): void {
  for (const profile of profiles) {
    const count = companyCount(profile);
    for (const tabId of tabPages.tabsOf(profile.retailer)) setBadge(tabId, count);
  }
}

/** On navigation: show what is already known about the site the tab now shows. */
export async function updateBadgeOnNavigation(
  tabId: number,
  page: PageContext,
  database: Promise<GlassDatabase>,
): Promise<void> {
  const profile = await getRetailerProfile(await database, page.site);
  setBadge(tabId, companyCount(profile));
}

/**
 * After a deletion or import: every tab showing one of `retailers` (or every tab, when the list
 * is empty) shows what is stored now.
 */
export async function refreshBadges(
  retailers: readonly string[],
  tabPages: TabPages,
  database: Promise<GlassDatabase>,
): Promise<void> {
  const db = await database;
  for (const [tabId, site] of tabPages.all()) {
    if (retailers.length > 0 && !retailers.includes(site)) continue;
    setBadge(tabId, companyCount(await getRetailerProfile(db, site)));
  }
}
