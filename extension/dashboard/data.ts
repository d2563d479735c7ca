/**
 * Everything the dashboard shows, read once per open: the materialised retailer profiles and
 * organisations, and what is derived from them (knowledge items, company dossiers, the
 * overview). Derived in memory: at a year of use that is about 500 profiles.
 */
import type { Organization, RetailerProfile } from '../../src/model';
import {
  companyDossiers,
  knowledgeOf,
  overviewOf,
  type CompanyDossier,
  type KnowledgeItem,
  type OverviewEntry,
} from '../../src/profile';
import { listOrganizations, listRetailerProfiles } from '../../src/store';
import { flushPendingWrites, pageDatabase } from '../ui/data';

export interface DashboardData {
  retailers: RetailerProfile[];
  organizations: Map<string, Organization>;
  knowledge: KnowledgeItem[];
  knowledgeByShop: Map<string, KnowledgeItem[]>;
  dossiers: CompanyDossier[];
  overview: OverviewEntry[];
  nameOf: (holder: string) => string;
}

export async function loadDashboardData(): Promise<DashboardData> {
  await flushPendingWrites();
  const db = await pageDatabase();
  const [retailers, organizationList] = await Promise.all([listRetailerProfiles(db), listOrganizations(db)]);
  const organizations = new Map(organizationList.map((o) => [o.key, o]));
  const knowledgeByShop = new Map<string, KnowledgeItem[]>();
  for (const profile of retailers) knowledgeByShop.set(profile.retailer, knowledgeOf(profile));
  const knowledge = [...knowledgeByShop.values()].flat();
  return {
    retailers,
    organizations,
    knowledge,
    knowledgeByShop,
    dossiers: companyDossiers(retailers),
    overview: overviewOf(knowledge),
    nameOf: (holder) => organizations.get(holder)?.name ?? holder,
  };
}
