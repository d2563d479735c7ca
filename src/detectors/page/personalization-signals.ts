/**
 * The vocabulary of page personalisation (signals.md §4): which things a page can show that
 * reveal what the shop knows about the visitor, and the knowledge category each one belongs to.
 * Also the shape of a language's phrase data (phrases-en.ts, phrases-de.ts, phrases-zh.ts) and
 * of a finding. Data only; the detectors live next to it, one per file.
 */
import type { Candidate } from './candidates';

export type KnowledgeCategory =
  | 'identity'
  | 'location'
  | 'browsing-history'
  | 'purchase-history'
  | 'interests'
  | 'financial'
  | 'demographics';

/** Personal signal id → what the shop must know to show it. */
export const PERSONALIZATION_SIGNALS = {
  greeting: 'identity',
  'delivery-location': 'location',
  'recently-viewed': 'browsing-history',
  'buy-again': 'purchase-history',
  'personal-recommendations': 'interests',
  'saved-payment': 'financial',
  loyalty: 'purchase-history',
  'member-price': 'financial',
  'birthday-offer': 'demographics',
  'personalized-price': 'financial',
} as const satisfies Record<string, KnowledgeCategory>;

export type PersonalizationSignal = keyof typeof PERSONALIZATION_SIGNALS;

export const PERSONALIZATION_SIGNAL_IDS = Object.keys(PERSONALIZATION_SIGNALS) as PersonalizationSignal[];

/** Widget classes that are crowd data or advertising, never "they know you" (signals.md §4.1). */
export const NON_PERSONAL_WIDGET_CLASSES = ['item-based', 'popularity', 'sponsored'] as const;
export type NonPersonalWidgetClass = (typeof NON_PERSONAL_WIDGET_CLASSES)[number];

/** Widget titles that name a personal list. */
export type PersonalWidgetSignal = 'personal-recommendations' | 'recently-viewed' | 'buy-again';
export type WidgetClass = PersonalWidgetSignal | NonPersonalWidgetClass;

export type Confidence = 'high' | 'medium' | 'low';

export interface PersonalizationFinding {
  signal: PersonalizationSignal;
  category: KnowledgeCategory;
  /** The matched text, at most 80 characters, personal parts masked. */
  evidence: string;
  /** A short CSS-ish path to the element, e.g. `h2.p13n-title` or `#nav-link-accountList`. */
  where: string;
  confidence: Confidence;
  /**
   * Names the finding revealed (a greeting's name). Used inside the scan to mask the same name
   * in every other finding's evidence ("Recommended for you, Theo"); removed before returning.
   */
  personalNames?: string[];
}

export type PhraseLang = 'en' | 'de' | 'zh';

/**
 * One language's phrases. Every phrase is lower-case NFKC (the form of normalised element
 * text); ` * ` inside a phrase stands for up to 40 characters of anything.
 */
export interface PhraseSet {
  lang: PhraseLang;
  widgets: Record<WidgetClass, readonly string[]>;
  /** Account-menu links shown to everyone: they count as widget titles, never as links. */
  accountLinks: readonly string[];
  /** Words for points or status that count only next to a number (e.g. `1,250 points`). */
  loyaltyUnits: readonly string[];
  /** Status phrases that count on their own (e.g. `member since`). */
  loyaltyStatus: readonly string[];
  birthday: readonly string[];
  memberPrice: readonly string[];
  personalizedPrice: readonly string[];
  /** Greeting, run on original-case text; group 1 is the name part. */
  greeting: RegExp;
  /** Texts showing that nobody is logged in ("hello, sign in"). */
  loggedOut: readonly string[];
  /** Stems of headline words that are not names ("Hallo Herbstlooks!"); lower-case. */
  notNames: readonly string[];
  /** A delivery-location lead-in, run on normalised text; the place follows it. */
  delivery: RegExp;
  /** First words after the lead-in that make it a delivery option, not a place. */
  deliveryNotPlace: readonly string[];
  /** Words that make the text a prompt or an option ("choose", "möglich"). */
  deliveryPrompt: readonly string[];
  /** Saved-card wording, run on normalised text. */
  savedPayment: RegExp;
}

/** What every detector sees besides the candidate: the phrase sets, page language first. */
export interface ScanContext {
  sets: readonly PhraseSet[];
}

/** A page personalisation detector: pure, looks at one candidate element at a time. */
export interface PageDetector {
  id: string;
  detect(candidate: Candidate, context: ScanContext): PersonalizationFinding | undefined;
}

export function finding(
  signal: PersonalizationSignal,
  evidence: string,
  where: string,
  confidence: Confidence,
): PersonalizationFinding {
  const short = evidence.length <= 80 ? evidence : `${evidence.slice(0, 79)}…`;
  return { signal, category: PERSONALIZATION_SIGNALS[signal], evidence: short, where, confidence };
}
