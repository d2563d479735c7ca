/**
 * The glass-customer view of one shop: what it appears to know about the user, by knowledge
 * category, each item with how it is known and its evidence (product.md, "What it shows"):
 *
 * - you told them: what the user typed into the shop's forms (masked);
 * - they showed it: what the shop's pages displayed (a greeting by name, "recently viewed" …);
 * - they measured your device: fingerprinting, location requests, session recording;
 * - they inferred it: what personalisation engines' cookies say the shop guessed;
 * - a partner was told: what third parties received from the shop's pages.
 *
 * Pure and derived from the materialised retailer profile, so it is always consistent with it.
 */
import type { RetailerProfile, Received } from '../model';
import { eventsByStage, type EventStage } from './event-stages';

export const KNOWLEDGE_CATEGORIES = [
  'identity',
  'contact',
  'location',
  'browsing',
  'purchases',
  'interests',
  'device',
  'financial',
  'household',
  'recording',
] as const;
export type KnowledgeCategory = (typeof KNOWLEDGE_CATEGORIES)[number];

export const HOW_KNOWN = ['you-told', 'they-showed', 'measured', 'inferred', 'partner-told'] as const;
export type HowKnown = (typeof HOW_KNOWN)[number];

export interface KnowledgeItem {
  /** Stable within a shop: `<how>|<subject>`. */
  id: string;
  retailer: string;
  category: KnowledgeCategory;
  how: HowKnown;
  /**
   * What is known, as a code the UI words: an identifier kind (`email`), a personalisation
   * signal (`greeting`), a page-API code (`canvas-fingerprint`), an engine meaning
   * (`location`), an event stage (`purchase`), or `browser-id` for a recognising cookie.
   */
  subject: string;
  /** A masked value, the page's (masked) text, an engine's interpretation or a count. */
  detail?: string;
  /** Organisations (tracker keys) or unknown domains that hold it besides the shop. */
  heldBy: string[];
  /** For partner items: encodings seen (`sha256`, `plain` …) of an identifier. */
  encodings?: string[];
  /** For partner items counted in events. */
  count?: number;
  /** `certain` for what was seen directly; `likely` for inferences and medium/low detections. */
  strength: 'certain' | 'likely';
  firstSeen: number;
  lastSeen: number;
}

const IDENTIFIER_CATEGORY: Record<string, KnowledgeCategory> = {
  email: 'contact',
  phone: 'contact',
  street: 'contact',
  name: 'identity',
  postcode: 'location',
  city: 'location',
  birthday: 'household',
  gender: 'household',
  card: 'financial',
  // Hash-shaped contact data that matched none of the user's own values.
  contact: 'contact',
};

const PERSONALIZATION_CATEGORY: Record<string, KnowledgeCategory> = {
  identity: 'identity',
  location: 'location',
  'browsing-history': 'browsing',
  'purchase-history': 'purchases',
  interests: 'interests',
  financial: 'financial',
  demographics: 'household',
};

const API_SIGNAL_CATEGORY: Record<string, KnowledgeCategory> = {
  'canvas-fingerprint': 'device',
  'webgl-fingerprint': 'device',
  'audio-fingerprint': 'device',
  'font-enumeration': 'device',
  'navigator-sweep': 'device',
  'geolocation-request': 'location',
  'session-recording': 'recording',
};

const ENGINE_CATEGORY: Record<string, KnowledgeCategory> = {
  'profile-id': 'identity',
  identified: 'identity',
  'email-linked': 'contact',
  location: 'location',
  'browsed-products': 'browsing',
  'visit-count': 'browsing',
  'first-seen': 'browsing',
  'session-pages': 'browsing',
  'traffic-source': 'browsing',
  segments: 'interests',
  'profile-built': 'interests',
  experiments: 'interests',
};

const STAGE_CATEGORY: Record<EventStage, KnowledgeCategory> = {
  purchase: 'purchases',
  cart: 'purchases',
  'product-view': 'browsing',
  search: 'interests',
  'page-view': 'browsing',
  other: 'browsing',
};

/** Everything one shop appears to know, in category order, newest first within a category. */
export function knowledgeOf(profile: RetailerProfile): KnowledgeItem[] {
  const items = new Map<string, KnowledgeItem>();
  const retailer = profile.retailer;
  const add = (item: Omit<KnowledgeItem, 'id' | 'retailer'>) => {
    const id = `${item.how}|${item.subject}`;
    const existing = items.get(id);
    if (!existing) return void items.set(id, { id, retailer, ...item });
    // One item per subject and way of knowing: merge holders, times and counts.
    existing.heldBy = union(existing.heldBy, item.heldBy);
    existing.firstSeen = Math.min(existing.firstSeen, item.firstSeen);
    if (item.lastSeen >= existing.lastSeen && item.detail !== undefined) existing.detail = item.detail;
    existing.lastSeen = Math.max(existing.lastSeen, item.lastSeen);
    if (item.count !== undefined) existing.count = (existing.count ?? 0) + item.count;
    if (item.encodings) existing.encodings = union(existing.encodings ?? [], item.encodings);
    if (item.strength === 'certain') existing.strength = 'certain';
  };

  for (const given of Object.values(profile.identifiersGiven)) {
    add({
      category: IDENTIFIER_CATEGORY[given.kind] ?? 'identity',
      how: 'you-told',
      subject: given.kind,
      detail: given.masked,
      heldBy: [],
      strength: 'certain',
      firstSeen: given.firstSeen,
      lastSeen: given.lastSeen,
    });
  }
  for (const seen of Object.values(profile.personalization)) {
    add({
      category: PERSONALIZATION_CATEGORY[seen.category] ?? 'interests',
      how: 'they-showed',
      subject: seen.signal,
      detail: seen.evidence,
      heldBy: [],
      strength: seen.confidence === 'high' ? 'certain' : 'likely',
      firstSeen: seen.firstSeen,
      lastSeen: seen.lastSeen,
    });
  }
  for (const signal of Object.values(profile.apiSignals)) {
    const category = API_SIGNAL_CATEGORY[signal.code];
    if (!category) continue;
    add({
      category,
      how: 'measured',
      subject: signal.code,
      heldBy: signal.party === 'third' ? [signal.orgKey ?? signal.scriptSite] : [],
      count: signal.reports,
      strength: 'certain',
      // Page-API reports carry no times of their own; the shop's span bounds them.
      firstSeen: profile.firstSeen,
      lastSeen: profile.lastSeen,
    });
  }
  for (const inference of Object.values(profile.engineInferences)) {
    const category = ENGINE_CATEGORY[inference.meaning];
    if (!category) continue; // "present" says the engine runs, not what it knows
    const item: Omit<KnowledgeItem, 'id' | 'retailer'> = {
      category,
      how: 'inferred',
      subject: `${inference.engine}|${inference.meaning}`,
      heldBy: [],
      strength: 'likely',
      firstSeen: inference.firstSeen,
      lastSeen: inference.lastSeen,
    };
    if (inference.detail !== undefined && inference.detail !== null) item.detail = String(inference.detail);
    add(item);
  }
  for (const company of Object.values(profile.companies)) {
    addReceived(add, company.orgKey, company.received, company.requestsWithCookies > 0, company);
  }
  for (const unknown of Object.values(profile.unknownThirdParties)) {
    addReceived(add, unknown.domain, unknown.received, false, unknown);
  }
  return [...items.values()].sort(
    (a, b) =>
      KNOWLEDGE_CATEGORIES.indexOf(a.category) - KNOWLEDGE_CATEGORIES.indexOf(b.category) ||
      b.lastSeen - a.lastSeen ||
      a.id.localeCompare(b.id),
  );
}

/** Items per category, for the popup's chips. */
export function countByCategory(items: readonly KnowledgeItem[]): Partial<Record<KnowledgeCategory, number>> {
  const counts: Partial<Record<KnowledgeCategory, number>> = {};
  for (const item of items) counts[item.category] = (counts[item.category] ?? 0) + 1;
  return counts;
}

function addReceived(
  add: (item: Omit<KnowledgeItem, 'id' | 'retailer'>) => void,
  holder: string,
  received: Received,
  recognisesBrowser: boolean,
  span: { firstSeen: number; lastSeen: number },
): void {
  const times = { firstSeen: span.firstSeen, lastSeen: span.lastSeen };
  for (const [kind, encodings] of Object.entries(received.identifiers)) {
    add({
      category: IDENTIFIER_CATEGORY[kind] ?? 'identity',
      how: 'partner-told',
      subject: kind,
      heldBy: [holder],
      encodings: [...encodings].sort(),
      strength: 'certain',
      ...times,
    });
  }
  for (const [stage, count] of Object.entries(eventsByStage(received.events)) as [EventStage, number][]) {
    add({
      category: STAGE_CATEGORY[stage],
      how: 'partner-told',
      subject: stage,
      heldBy: [holder],
      count,
      strength: 'certain',
      ...times,
    });
  }
  if (recognisesBrowser || received.persistentIdentifiers.length > 0) {
    add({
      category: 'identity',
      how: 'partner-told',
      subject: 'browser-id',
      heldBy: [holder],
      strength: 'certain',
      ...times,
    });
  }
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}
