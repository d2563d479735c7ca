/**
 * What an access-request letter is built from, and its cleaning: every string that came from a
 * page or a record becomes one line of plain text with a bounded length, lists are bounded, the
 * contact must be an email address or an http(s) URL, and dates must be real dates.
 *
 * The input is deliberately narrow (names, words and dates, no profile types), so whoever turns
 * a profile into a letter decides what to include and how to word each item.
 */
import { classifyContact, safeWebUrl, type Contact } from '../optouts/safe-url';
import { lineList, singleLine } from './plain-text';

export type LetterLanguage = 'en' | 'de' | 'zh';
export const LETTER_LANGUAGES: readonly LetterLanguage[] = ['en', 'de', 'zh'];

/** The letter language for a UI language tag ("de-AT" → de, "zh-TW" → zh), English otherwise. */
export function letterLanguageFor(uiLanguage: string | undefined): LetterLanguage {
  const primary = (uiLanguage ?? '').toLowerCase().split(/[-_]/, 1)[0];
  return primary === 'de' || primary === 'zh' ? primary : 'en';
}

export interface ObservedItem {
  /** A knowledge category (identity, contact, location, browsing, purchases, interests, device,
   * financial, household, recording) worded by the letter, or any other word shown as it is. */
  category: string;
  /** What was observed, already worded in the letter's language ("Your email t•••@example.com"). */
  description: string;
  firstSeen?: number;
  lastSeen?: number;
}

export interface AccessRequestInput {
  recipient: {
    /** The shop's or company's name as shown to the user. */
    name: string;
    kind: 'shop' | 'company';
    /** The shop's site (eTLD+1) or the company's website. */
    site?: string;
    /** The privacy contact: an email address (enables the mailto) or a contact-form URL. */
    contact?: string;
    policyUrl?: string;
  };
  /** What the shop appears to know or the company was seen receiving. */
  observed: readonly ObservedItem[];
  /** Shop letters: companies the shop's pages sent data to. */
  recipients?: readonly string[];
  /** Company letters: sites whose pages sent data to the company. */
  sources?: readonly string[];
  /** Identifiers the user chose to include (cookie or advertising IDs, masked or not). */
  identifiers?: readonly string[];
  /** When the letter is written (ms since the epoch). */
  date: number;
  /** IANA time zone for the dates in the letter; the system's when absent or unknown. */
  timeZone?: string;
}

export const LIMITS = {
  name: 120,
  site: 253,
  category: 60,
  description: 300,
  listEntry: 120,
  identifier: 200,
  /** Observed items written out in the full letter; the rest are counted. */
  observedItems: 100,
  recipients: 60,
  sources: 60,
  identifiers: 30,
} as const;

export interface CleanItem {
  category: string;
  description: string;
  firstSeen?: number;
  lastSeen?: number;
}

/** The input after cleaning: safe to put into any letter and any mailto. */
export interface LetterFacts {
  kind: 'shop' | 'company';
  name: string;
  site?: string;
  contact?: Contact;
  policyUrl?: string;
  items: CleanItem[];
  /** Observed items beyond the ones written out. */
  moreItems: number;
  recipients: string[];
  sources: string[];
  identifiers: string[];
  /** Absent when the input's date is not a real date. */
  date?: number;
  timeZone?: string;
}

// Dates from 2000 to 2200: anything else is a broken record, not a sighting.
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);
const validTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= EARLIEST && value < LATEST;

function validTimeZone(zone: unknown): string | undefined {
  if (typeof zone !== 'string' || zone.length > 64) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

export function cleanLetterInput(input: AccessRequestInput): LetterFacts {
  const site = singleLine(input.recipient.site, LIMITS.site);
  const name = singleLine(input.recipient.name, LIMITS.name) || site;
  const items: CleanItem[] = [];
  let usable = 0;
  for (const item of input.observed ?? []) {
    const description = singleLine(item?.description, LIMITS.description);
    if (!description) continue;
    usable += 1;
    if (items.length >= LIMITS.observedItems) continue;
    const clean: CleanItem = { category: singleLine(item.category, LIMITS.category), description };
    if (validTime(item.firstSeen)) clean.firstSeen = item.firstSeen;
    if (validTime(item.lastSeen)) clean.lastSeen = item.lastSeen;
    items.push(clean);
  }
  const facts: LetterFacts = {
    kind: input.recipient.kind === 'company' ? 'company' : 'shop',
    name,
    items,
    moreItems: usable - items.length,
    recipients: lineList(input.recipients, LIMITS.recipients, LIMITS.listEntry),
    sources: lineList(input.sources, LIMITS.sources, LIMITS.listEntry),
    identifiers: lineList(input.identifiers, LIMITS.identifiers, LIMITS.identifier),
  };
  if (validTime(input.date)) facts.date = input.date;
  if (site && site !== name) facts.site = site;
  const contact = classifyContact(input.recipient.contact);
  if (contact) facts.contact = contact;
  const policyUrl = safeWebUrl(input.recipient.policyUrl);
  if (policyUrl) facts.policyUrl = policyUrl;
  const timeZone = validTimeZone(input.timeZone);
  if (timeZone) facts.timeZone = timeZone;
  return facts;
}
