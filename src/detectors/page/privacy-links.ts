/**
 * The shop's own privacy links (signals.md §6.2): "Do Not Sell or Share My Personal
 * Information", "Your Privacy Choices", cookie settings, ad personalisation, privacy policy,
 * account deletion and data-access requests, in English, German and Chinese. Found in links and
 * buttons of the page, footer and account areas alike; links to terms, login, accessibility or
 * promotions are excluded. Pure: it reads the DOM it is given and returns what it found.
 */
import { cleanText } from './page-text';

export type PrivacyPurpose =
  | 'do-not-sell'
  | 'privacy-choices'
  | 'cookie-settings'
  | 'ad-choices'
  | 'privacy-policy'
  | 'delete-account'
  | 'data-access';

export interface PrivacyLink {
  purpose: PrivacyPurpose;
  /** Absolute http(s) URL; absent for buttons that open a dialog (cookie settings). */
  href?: string;
  /** The link's own text, at most 80 characters. */
  text: string;
}

/** Lower-case phrases per purpose, in the order purposes are tried (most specific first). */
const PHRASES: [PrivacyPurpose, RegExp][] = [
  [
    'do-not-sell',
    /do not sell|don['’]t sell|do not share my|limit the use of my sensitive|opt out of (targeted|the sale)|meine daten nicht verkaufen|请勿出售|请勿共享/,
  ],
  ['privacy-choices', /privacy choices|您的隐私选择|隐私选择/],
  [
    'cookie-settings',
    /cookie[- ]?(settings|preferences|einstellungen|设置)|manage (cookies|consent)|privacy settings|datenschutz-?einstellungen|privatsphäre-?einstellungen|einwilligungen? (verwalten|widerrufen)|einwilligung widerrufen|隐私设置|撤回同意/,
  ],
  [
    'ad-choices',
    /ad ?choices|interest-based ads|ad preferences|personalisierte werbung|werbeeinstellungen|个性化广告|广告偏好|关闭个性化推荐|基于兴趣的广告/,
  ],
  [
    'delete-account',
    /delete (my )?(account|data)|close (my )?account|(kunden)?konto löschen|meine daten löschen|注销账号|账户注销|删除账户/,
  ],
  [
    'data-access',
    /request (my|your) data|download (my|your) data|access request|datenauskunft|auskunft|meine daten herunterladen|查阅复制个人信息|下载我的数据/,
  ],
  [
    'privacy-policy',
    /privacy (policy|notice|statement)|datenschutzerklärung|datenschutzhinweise|^datenschutz$|隐私政策|隐私权政策|隐私声明/,
  ],
];

/** Not privacy controls even when a privacy word appears nearby. */
const EXCLUDED =
  /terms|conditions|agb|nutzungsbedingungen|user agreement|sign ?in|log ?in|anmelden|accessibility|barrierefrei|promotion|gewinnspiel|用户协议|登录/;

const MAX_LINKS = 40;

/**
 * Any purpose's phrase: one test rejects the many ordinary links before the per-purpose tests
 * (and the page scan's gate lets through what it matches, signal-gate.ts).
 */
export const PRIVACY_PHRASE = new RegExp(PHRASES.map(([, pattern]) => pattern.source).join('|'));

/**
 * Raw text longer than this cannot normalise to a label of at most 120 characters in practice
 * (it would have to be nine-tenths whitespace); skipping it spares normalising whole containers
 * that happen to be links.
 */
const MAX_RAW_TEXT = 1200;

/** Links and buttons whose whole label is read (the page scan's label candidates are the same). */
const LINK_SELECTOR = 'a[href], button, [role="button"]';
/** OneTrust's settings button counts whatever its label says. */
const ONETRUST_SELECTOR = '#ot-sdk-btn, .ot-sdk-show-settings';
/** The California opt-out icon may carry the words only in its alt text or aria-label. */
const ICON_SELECTOR = 'img[alt*="privacy choices" i], [aria-label*="privacy choices" i]';

/**
 * The links found so far, one per purpose and target, at most MAX_LINKS. Fed either by
 * findPrivacyLinks' own pass or by the page scan, which has each label's text already.
 */
export class PrivacyLinkSet {
  private readonly found = new Map<string, PrivacyLink>();

  constructor(private readonly baseUrl: string) {}

  /** A link or button whose normalised label is `norm` (the page scan's candidate text). */
  addLabel(element: Element, norm: string): void {
    this.add(linkOf(element, norm, false, this.baseUrl));
  }

  /** OneTrust buttons and privacy-choices icons under `root`: two narrow queries. */
  addSpecial(root: ParentNode): void {
    for (const element of Array.from(root.querySelectorAll(ONETRUST_SELECTOR)))
      this.add(classify(element, this.baseUrl));
    for (const icon of Array.from(root.querySelectorAll(ICON_SELECTOR))) {
      const label = (icon.getAttribute('alt') ?? icon.getAttribute('aria-label') ?? '').toLowerCase();
      if (!label.includes('privacy choices')) continue;
      const anchor = icon.closest('a[href]');
      const href = anchor ? absoluteHttp(anchor.getAttribute('href'), this.baseUrl) : undefined;
      const link: PrivacyLink = { purpose: 'privacy-choices', text: clip(label) };
      if (href) link.href = href;
      this.found.set(`privacy-choices|${href ?? label}`, link);
    }
  }

  /** Every link and button under `root`, read by this pass itself. */
  addAll(root: ParentNode): void {
    for (const element of Array.from(root.querySelectorAll(LINK_SELECTOR))) {
      if (this.found.size >= MAX_LINKS) break;
      this.add(classify(element, this.baseUrl));
    }
  }

  get links(): PrivacyLink[] {
    return [...this.found.values()];
  }

  private add(link: PrivacyLink | undefined): void {
    if (!link || this.found.size >= MAX_LINKS) return;
    const key = `${link.purpose}|${link.href ?? link.text}`;
    if (!this.found.has(key)) this.found.set(key, link);
  }
}

export function findPrivacyLinks(root: ParentNode, baseUrl: string): PrivacyLink[] {
  const links = new PrivacyLinkSet(baseUrl);
  try {
    links.addAll(root);
    links.addSpecial(root);
  } catch {
    // A detector never breaks the scan; what was found so far stands.
  }
  return links.links;
}

function classify(element: Element, baseUrl: string): PrivacyLink | undefined {
  const raw = element.textContent ?? '';
  if (raw.length > MAX_RAW_TEXT) return undefined;
  const text = normalize(raw) || normalize(element.getAttribute('aria-label') ?? '');
  const isOneTrust = element.id === 'ot-sdk-btn' || element.classList.contains('ot-sdk-show-settings');
  return linkOf(element, text, isOneTrust, baseUrl);
}

/** The privacy link an element with normalised label `text` is, if any. */
function linkOf(
  element: Element,
  text: string,
  isOneTrust: boolean,
  baseUrl: string,
): PrivacyLink | undefined {
  if (!text && !isOneTrust) return undefined;
  if (text.length > 120 || (!isOneTrust && !PRIVACY_PHRASE.test(text)) || EXCLUDED.test(text))
    return undefined;
  const purpose = isOneTrust ? 'cookie-settings' : PHRASES.find(([, pattern]) => pattern.test(text))?.[0];
  if (!purpose) return undefined;
  const link: PrivacyLink = { purpose, text: clip(text) };
  if (element.tagName === 'A') {
    const href = absoluteHttp(element.getAttribute('href'), baseUrl);
    // A javascript: or "#" link is a button in disguise (it opens the consent dialog).
    if (href) link.href = href;
    else if (purpose !== 'cookie-settings') return undefined;
  }
  return link;
}

function absoluteHttp(href: string | null, baseUrl: string): string | undefined {
  if (!href || href.startsWith('#')) return undefined;
  try {
    const url = new URL(href, baseUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The page scan's display form (page-text.ts), lower-cased: what the phrases are written in. */
function normalize(text: string): string {
  return cleanText(text).toLowerCase();
}

function clip(text: string): string {
  return text.slice(0, 80);
}
