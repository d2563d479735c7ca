/**
 * Ground truth for the page corpus (../shared/corpus/pages/INDEX.json), derived by an explicit
 * mapping from the index's phrase-pattern names to our personal signal ids.
 *
 * Rules:
 * - Only patterns with `text > 0` count: a phrase found only in scripts or JSON (`raw`) is
 *   never shown to the user.
 * - Item-based, popularity and sponsored patterns, hard negatives (marked so in the index)
 *   and logged-out or site greetings map to nothing.
 * - Patterns that are too vague to name a signal map to nothing: "personali[sz]ed (any)",
 *   "Browserverlauf (any)", "Lieferung an (any)" (every match in the corpus is a delivery
 *   option), "Hallo <Word>" (the index lists only hard negatives for it: "Hallo Lieferadresse",
 *   "Hallo Herbstlooks"), "基于兴趣的广告" (a footer link to the ad-preferences page).
 * - Pages with `negative: true` have no personal signals, whatever phrases they contain.
 */

export const PATTERN_TO_SIGNAL: Readonly<Record<string, string | null>> = {
  'EN Customers who bought this item also bought': null,
  'EN Customers who viewed this item also viewed': null,
  'EN Frequently bought together': null,
  'EN Recommended for you': 'personal-recommendations',
  'EN Inspired by your browsing history': 'personal-recommendations',
  'EN Inspired by your recent search': 'personal-recommendations',
  'EN Your browsing history': 'recently-viewed',
  'EN Recently viewed': 'recently-viewed',
  'EN Buy it again': 'buy-again',
  'EN Keep shopping for': 'personal-recommendations',
  "EN Related to items you've viewed": 'personal-recommendations',
  'EN People who viewed this item also viewed': null,
  'EN You may/might also like': null,
  'EN Products related to this item': null,
  'EN Hello, sign in (logged-out greeting)': null,
  'EN Hello, <Name> (logged-in greeting)': 'greeting',
  'EN Deliver(ing) to <Name/Country/City ZIP> (delivery widget)': 'delivery-location',
  'EN Deliver to your Kindle Library (hard negative)': null,
  'EN Sponsored': null,
  'EN personalized/personalised (any)': null,
  'DE Empfohlen/Empfehlungen für Sie/dich': 'personal-recommendations',
  'DE Deine Empfehlungen': 'personal-recommendations',
  'DE Zuletzt angesehen(e)': 'recently-viewed',
  'DE Kunden, die diesen Artikel gekauft haben, kauften auch': null,
  'DE Kunden, die diesen Artikel angesehen haben, haben auch angesehen': null,
  'DE Kunden, die dieses Produkt gekauft haben, beantwortet (Q&A hard negative)': null,
  'DE Inspiriert von deinem/Ihrem Browserverlauf': 'personal-recommendations',
  'DE Browserverlauf (any)': null,
  'DE Hallo, Anmelden (logged-out greeting)': null,
  'DE Hallo <Word> (greeting, not "Anmelden")': null,
  'DE Lieferung an / Liefern an (any)': null,
  'DE ... der dir auch gefallen könnte / könnte Ihnen auch gefallen': null,
  'DE Gesponsert': null,
  'ZH 猜你喜欢/猜你喜歡 (guess you like)': 'personal-recommendations',
  'ZH 根据浏览猜你喜欢 (based on browsing)': 'personal-recommendations',
  'ZH 最近浏览/最近瀏覽 (recently browsed)': 'recently-viewed',
  'ZH 为你/为您推荐 (recommended for you)': 'personal-recommendations',
  'ZH 为我推荐 (recommended for me)': 'personal-recommendations',
  'ZH 看了又看 (viewed also viewed)': null,
  'ZH 浏览历史/浏览记录 (browsing history)': 'recently-viewed',
  'ZH 你好，请登录 / 您好, 登录 (logged-out greeting)': null,
  'ZH 您好！歡迎/欢迎 (site greeting, hard negative)': null,
  'ZH 配送至 / 送至 (delivery location selector)': 'delivery-location',
  'ZH 基于兴趣的广告 (interest-based ads link)': null,
  'ZH 商品精选 (JD sponsored slot)': null,
};

export interface CorpusPage {
  file: string;
  lang: string;
  charset: string;
  negative: boolean;
  logged_in: boolean;
  phrases: Record<string, { text: number; raw: number }>;
}

/** The personal signals a page shows, by the mapping above. Throws on an unmapped pattern. */
export function expectedSignals(page: CorpusPage): Set<string> {
  const signals = new Set<string>();
  if (page.negative) return signals;
  for (const [pattern, count] of Object.entries(page.phrases)) {
    if (!(pattern in PATTERN_TO_SIGNAL)) throw new Error(`unmapped phrase pattern: ${pattern}`);
    const signal = PATTERN_TO_SIGNAL[pattern];
    if (signal && count.text > 0) signals.add(signal);
  }
  return signals;
}
