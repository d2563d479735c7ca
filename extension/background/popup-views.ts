/**
 * The popup's views, composed in the worker and kept current (src/profile/popup-view-cache.ts):
 * from the stored profile, the worker's directory of stored organisations and the curated
 * opt-out data, composed ahead of a popup for shops open in a tab.
 */
import type { Organization } from '../../src/model';
import { PopupViewCache, popupViewOf } from '../../src/profile';
import { getRetailerProfile, type GlassDatabase } from '../../src/store';
import { loadOptOutData } from '../storage/opt-out-data';
import type { TabPages } from './tab-pages';

interface Sources {
  database: Promise<GlassDatabase>;
  tabPages: TabPages;
  organizations: () => Promise<ReadonlyMap<string, Organization>>;
}

export function createPopupViews({ database, tabPages, organizations }: Sources): PopupViewCache {
  return new PopupViewCache({
    compose: async (site) => {
      const [profile, known, optOuts] = await Promise.all([
        database.then((db) => getRetailerProfile(db, site)),
        organizations(),
        loadOptOutData(),
      ]);
      return popupViewOf(site, profile, known, optOuts.ok ? optOuts.data : undefined);
    },
    warm: (site) => tabPages.tabsOf(site).length > 0,
  });
}
