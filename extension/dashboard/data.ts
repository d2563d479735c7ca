/**
 * Everything the dashboard shows. On open it reads only the shop summaries and the organisations
 * (src/profile/shop-summary.ts): enough for the overview, the shop list, the graph, the timeline
 * and the printable report, at a fifth of the profiles' size. The full profiles and the company
 * dossiers built from them are read on first need (a company's page, the research report, the
 * CSV export) and kept for the rest of the visit.
 */
import type { Organization, RetailerProfile } from '../../src/model';
import {
  companiesOfSummaries,
  companyDossiers,
  overviewOf,
  type CompanyDossier,
  type KnowledgeItem,
  type OverviewEntry,
  type ShopSummary,
} from '../../src/profile';
import { listOrganizations, listRetailerProfiles, listShopSummaries } from '../../src/store';
import { flushPendingWrites, pageDatabase } from '../ui/data';

export interface ProfileData {
  retailers: RetailerProfile[];
  dossiers: CompanyDossier[];
}

export interface DashboardData {
  /** Every shop, most recently seen first. */
  shops: ShopSummary[];
  /** Every company any shop shares data with, most shops first. */
  companies: { orgKey: string; shops: number }[];
  organizations: Map<string, Organization>;
  knowledge: KnowledgeItem[];
  knowledgeByShop: Map<string, KnowledgeItem[]>;
  overview: OverviewEntry[];
  nameOf: (holder: string) => string;
  /** The full profiles and dossiers, read once on first call. */
  profiles: () => Promise<ProfileData>;
}

export async function loadDashboardData(): Promise<DashboardData> {
  await flushPendingWrites();
  const db = await pageDatabase();
  const [shops, organizationList] = await Promise.all([listShopSummaries(db), listOrganizations(db)]);
  const organizations = new Map(organizationList.map((o) => [o.key, o]));
  const knowledgeByShop = new Map(shops.map((shop) => [shop.retailer, shop.knowledge]));
  const knowledge = shops.flatMap((shop) => shop.knowledge);
  let profiles: Promise<ProfileData> | undefined;
  return {
    shops,
    companies: companiesOfSummaries(shops),
    organizations,
    knowledge,
    knowledgeByShop,
    overview: overviewOf(knowledge),
    nameOf: (holder) => organizations.get(holder)?.name ?? holder,
    profiles: () =>
      (profiles ??= listRetailerProfiles(db).then((retailers) => ({
        retailers,
        dossiers: companyDossiers(retailers),
      }))),
  };
}
