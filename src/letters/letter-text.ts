/**
 * The shape of one language's letter text. Each language is a data module (text-en.ts,
 * text-de.ts, text-zh.ts) written in that language, not translated word for word; compose.ts
 * puts the parts together in the same order for every language.
 */

export interface LetterText {
  /** BCP 47 locale for the dates in the letter. */
  locale: string;
  subject: (name: string) => string;
  /** Header lines: to whom, the privacy contact, the privacy policy, the date. */
  to: (name: string, site?: string) => string;
  contact: (contact: string) => string;
  policy: (url: string) => string;
  dated: (date: string) => string;
  title: string;
  greeting: string;
  /** The legal basis of the request. */
  intro: string;
  asksIntro: string;
  /** What the law entitles the user to, numbered in the letter. */
  asks: readonly string[];
  specificIntro: string;
  /** What this product makes worth asking for: segments, experiments, prices, hashed-email partners. */
  specificAsks: readonly string[];
  observedHeading: Readonly<Record<'shop' | 'company', string>>;
  observedIntro: Readonly<Record<'shop' | 'company', string>>;
  /** When an item was seen, given formatted dates; '' when there are none. */
  seen: (first?: string, last?: string) => string;
  item: (category: string, description: string, seen: string) => string;
  moreItems: (count: number) => string;
  /** Shop letters: the companies its pages sent data to. */
  recipientsIntro: string;
  /** Company letters: the sites whose pages sent data to it. */
  sourcesIntro: string;
  identifiersIntro: string;
  /** Asks the controller to say which identifier it needs (as datenanfragen's access-tracking template does). */
  identify: string;
  deadline: string;
  closing: string;
  /** The request in one paragraph, for an email that must stay short. */
  compactIntro: string;
  compactDeadline: string;
  /** Knowledge categories in this language; other categories are shown as given. */
  categories: Readonly<Record<string, string>>;
  listSeparator: string;
  /** Ends a sentence that ends in a list. */
  fullStop: string;
}
