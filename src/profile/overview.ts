/**
 * The whole glass-customer profile — the operator's screen: every thing known about the user,
 * which shops know it, how, which companies they passed it to, and since when ("Email — 7
 * shops, sent to Meta by 4 of them"). Also the timeline of when each thing was first learned.
 * Pure; built from the per-shop knowledge items (knowledge.ts).
 */
import { KNOWLEDGE_CATEGORIES, type HowKnown, type KnowledgeCategory, type KnowledgeItem } from './knowledge';

export interface OverviewEntry {
  /** `<category>|<subject>`. */
  key: string;
  category: KnowledgeCategory;
  subject: string;
  /** Shops that appear to know it, by when each first did (earliest first). */
  shops: { retailer: string; how: HowKnown[]; firstSeen: number }[];
  /** Companies (or unknown domains) holding it → the shops that passed it to them. */
  heldBy: Record<string, string[]>;
  /** The latest masked value or evidence, if any. */
  detail?: string;
  /** Summed counts (events of a stage, page-API reports), when the items count. */
  count?: number;
  /** Every encoding partners received it in (identifiers). */
  encodings?: string[];
  strength: 'certain' | 'likely';
  firstSeen: number;
  lastSeen: number;
}

export function overviewOf(items: Iterable<KnowledgeItem>): OverviewEntry[] {
  // Shops and holders are gathered in maps: an entry can have hundreds of shops, and a linear
  // search per item made this quadratic at a year of use.
  interface Building {
    entry: OverviewEntry;
    detailAt: number;
    shops: Map<string, OverviewEntry['shops'][number]>;
    holders: Map<string, Set<string>>;
    encodings?: Set<string>;
  }
  const entries = new Map<string, Building>();
  for (const item of items) {
    const key = `${item.category}|${item.subject}`;
    let building = entries.get(key);
    if (!building) {
      building = {
        entry: {
          key,
          category: item.category,
          subject: item.subject,
          shops: [],
          heldBy: {},
          strength: item.strength,
          firstSeen: item.firstSeen,
          lastSeen: item.lastSeen,
        },
        detailAt: -Infinity,
        shops: new Map(),
        holders: new Map(),
      };
      entries.set(key, building);
    }
    const { entry } = building;
    let shop = building.shops.get(item.retailer);
    if (!shop) {
      shop = { retailer: item.retailer, how: [], firstSeen: item.firstSeen };
      building.shops.set(item.retailer, shop);
    }
    if (!shop.how.includes(item.how)) shop.how.push(item.how);
    shop.firstSeen = Math.min(shop.firstSeen, item.firstSeen);
    for (const holder of item.heldBy) {
      let shops = building.holders.get(holder);
      if (!shops) building.holders.set(holder, (shops = new Set()));
      shops.add(item.retailer);
    }
    if (item.detail !== undefined && item.lastSeen >= building.detailAt) {
      entry.detail = item.detail;
      building.detailAt = item.lastSeen;
    }
    if (item.count !== undefined) entry.count = (entry.count ?? 0) + item.count;
    if (item.encodings)
      for (const encoding of item.encodings) (building.encodings ??= new Set()).add(encoding);
    if (item.strength === 'certain') entry.strength = 'certain';
    entry.firstSeen = Math.min(entry.firstSeen, item.firstSeen);
    entry.lastSeen = Math.max(entry.lastSeen, item.lastSeen);
  }
  return [...entries.values()]
    .map(({ entry, shops, holders, encodings }) => {
      entry.shops = [...shops.values()].sort(
        (a, b) => a.firstSeen - b.firstSeen || a.retailer.localeCompare(b.retailer),
      );
      for (const [holder, retailers] of holders) entry.heldBy[holder] = [...retailers].sort();
      if (encodings) entry.encodings = [...encodings].sort();
      return entry;
    })
    .sort(
      (a, b) =>
        KNOWLEDGE_CATEGORIES.indexOf(a.category) - KNOWLEDGE_CATEGORIES.indexOf(b.category) ||
        b.shops.length - a.shops.length ||
        a.subject.localeCompare(b.subject),
    );
}

/** When each thing was first learned, newest first: one line per shop and item. */
export function timelineOf(items: Iterable<KnowledgeItem>, limit = 500): KnowledgeItem[] {
  return [...items].sort((a, b) => b.firstSeen - a.firstSeen || a.id.localeCompare(b.id)).slice(0, limit);
}
