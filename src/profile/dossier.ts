/**
 * Per-company dossiers across all shops: "Meta was told by 7 shops: your email (hashed), 23
 * product views, 2 purchases". Pure; built from the materialised retailer profiles in one pass.
 */
import type { RetailerProfile } from '../model';
import { eventsByStage, type EventStage } from './event-stages';

export interface DossierShop {
  retailer: string;
  requests: number;
  /** The company's cookies came along: it can recognise this browser on that shop. */
  recognisesBrowser: boolean;
  /** Identifier kind → encodings it received from that shop. */
  identifiers: Record<string, string[]>;
  stages: Partial<Record<EventStage, number>>;
  apiSignals: string[];
  tags: string[];
  firstSeen: number;
  lastSeen: number;
}

export interface CompanyDossier {
  orgKey: string;
  /** Newest first. */
  shops: DossierShop[];
  /** Identifier kind → how many shops told it, and every encoding seen. */
  identifiers: Record<string, { shops: number; encodings: string[] }>;
  stages: Partial<Record<EventStage, number>>;
  apiSignals: string[];
  recognisesBrowserOn: number;
  requests: number;
  firstSeen: number;
  lastSeen: number;
}

/** Every company's dossier, most shops first. */
export function companyDossiers(profiles: Iterable<RetailerProfile>): CompanyDossier[] {
  const dossiers = new Map<string, CompanyDossier>();
  for (const profile of profiles) {
    for (const company of Object.values(profile.companies)) {
      let dossier = dossiers.get(company.orgKey);
      if (!dossier) {
        dossier = {
          orgKey: company.orgKey,
          shops: [],
          identifiers: {},
          stages: {},
          apiSignals: [],
          recognisesBrowserOn: 0,
          requests: 0,
          firstSeen: company.firstSeen,
          lastSeen: company.lastSeen,
        };
        dossiers.set(company.orgKey, dossier);
      }
      const stages = eventsByStage(company.received.events);
      const recognisesBrowser =
        company.requestsWithCookies > 0 || company.received.persistentIdentifiers.length > 0;
      dossier.shops.push({
        retailer: profile.retailer,
        requests: company.requests,
        recognisesBrowser,
        identifiers: company.received.identifiers,
        stages,
        apiSignals: company.apiSignals,
        tags: company.tags,
        firstSeen: company.firstSeen,
        lastSeen: company.lastSeen,
      });
      for (const [kind, encodings] of Object.entries(company.received.identifiers)) {
        const entry = (dossier.identifiers[kind] ??= { shops: 0, encodings: [] });
        entry.shops += 1;
        entry.encodings = [...new Set([...entry.encodings, ...encodings])].sort();
      }
      for (const [stage, count] of Object.entries(stages) as [EventStage, number][]) {
        dossier.stages[stage] = (dossier.stages[stage] ?? 0) + count;
      }
      dossier.apiSignals = [...new Set([...dossier.apiSignals, ...company.apiSignals])].sort();
      if (recognisesBrowser) dossier.recognisesBrowserOn += 1;
      dossier.requests += company.requests;
      dossier.firstSeen = Math.min(dossier.firstSeen, company.firstSeen);
      dossier.lastSeen = Math.max(dossier.lastSeen, company.lastSeen);
    }
  }
  const list = [...dossiers.values()];
  for (const dossier of list)
    dossier.shops.sort((a, b) => b.lastSeen - a.lastSeen || a.retailer.localeCompare(b.retailer));
  return list.sort(
    (a, b) => b.shops.length - a.shops.length || b.requests - a.requests || a.orgKey.localeCompare(b.orgKey),
  );
}
