/**
 * Text helpers shared by the page personalisation detectors: one normalisation per element
 * (NFKC, lower case, collapsed whitespace, no zero-width characters, Traditional → Simplified
 * for the characters our Chinese phrases use), the page language, a short element path and
 * masking of personal parts in evidence. Pure, standard DOM reads only.
 */
import type { PhraseLang } from './personalization-signals';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
const CJK = /[\u3400-\u9FFF]/u;

/** Traditional → Simplified, only for characters that occur in our phrases or greetings. */
const TRADITIONAL =
  '歡欢瀏浏覽览記记錄录為为薦荐購购買买會会員员積积歷历紀纪貨货號号專专屬属請请註注冊册價价個个熱热銷销廣广贊赞跡迹訂订單单級级長长禮礼權权樂乐據据過过關关來来東东鮮鲜愛爱於于興兴趣趣們们產产優优選选擇择設设處处寶宝網网頁页';
const T2S = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL.length; i += 2) T2S.set(TRADITIONAL[i]!, TRADITIONAL[i + 1]!);

export function toSimplified(text: string): string {
  if (!CJK.test(text)) return text;
  let out = '';
  for (const ch of text) out += T2S.get(ch) ?? ch;
  return out;
}

/** Display form: NFKC, no zero-width characters, collapsed whitespace; case kept. */
export function cleanText(raw: string): string {
  return raw.normalize('NFKC').replace(ZERO_WIDTH, '').replace(/\s+/gu, ' ').trim();
}

/** Matching form: the display form, lower-cased, curly apostrophes straightened, Simplified. */
export function normalizeText(clean: string): string {
  return toSimplified(clean.toLowerCase().replace(/[’‘`]/gu, "'"));
}

/** Phrase language from a lang tag (`de-AT` → de), or undefined if we have no phrases for it. */
export function langFromTag(tag: string | null | undefined): PhraseLang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/u)[0];
  return primary === 'en' || primary === 'de' || primary === 'zh' ? primary : undefined;
}

/** Script detection for pages without a usable lang: CJK → zh, German letters or words → de. */
export function langFromText(sample: string): PhraseLang {
  if (CJK.test(sample)) return 'zh';
  if (/[äöüß]|\b(?:und|der|die|das|nicht|für|anmelden)\b/iu.test(sample)) return 'de';
  return 'en';
}

/** A short CSS-ish path: `#id`, or `tag.class`, prefixed with the nearest ancestor id. */
export function describeElement(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const id = el.getAttribute('id');
  if (id) return `#${id}`.slice(0, 60);
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/u)[0];
  const self = cls ? `${tag}.${cls}` : tag;
  let up = el.parentElement;
  for (let i = 0; up && i < 6; i++, up = up.parentElement) {
    const upId = up.getAttribute('id');
    if (upId) return `#${upId} ${self}`.slice(0, 80);
  }
  return self.slice(0, 80);
}

/** Postcodes (4–6 digits, UK shapes) → first two characters + `•••`. */
export function maskPostcodes(text: string): string {
  return text
    .replace(/\b\d{4,6}(?:-\d{4})?\b/gu, (m) => `${m.slice(0, 2)}•••`)
    .replace(/\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/gu, (m) => `${m.slice(0, 2)}•••`);
}

/** Card digits after a saved-card phrase or mask → `••••`. */
export function maskCardDigits(text: string): string {
  return text.replace(/\d{4}(?!\d)/gu, '••••');
}

const compiled = new WeakMap<readonly string[], RegExp | null>();

/**
 * The first phrase of `phrases` found in normalised `norm`, as matched there. Latin phrases
 * match whole words only (so `ad` is not found in `add`); `*` spans up to 40 characters.
 */
export function findPhrase(norm: string, phrases: readonly string[]): string | undefined {
  let re = compiled.get(phrases);
  if (re === undefined) {
    re = phraseRegExp(phrases);
    compiled.set(phrases, re);
  }
  return re?.exec(norm)?.[0];
}

/**
 * One expression for a phrase list. The word-boundary guards wrap the whole group of Latin
 * phrases rather than each phrase: the same matches (a Latin and a CJK phrase cannot start on
 * the same character, and the engine still backtracks into the group when the trailing guard
 * fails), but the lookbehind is tried once per position instead of once per phrase, which made
 * this the costliest line of a page scan.
 */
function phraseRegExp(phrases: readonly string[]): RegExp | null {
  const latin: string[] = [];
  const other: string[] = [];
  for (const phrase of phrases) {
    const body = phrase
      .split('*')
      .map((s) => s.trim().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
      .join(' .{0,40}? ');
    (/^[a-zäöüß0-9]/u.test(phrase) ? latin : other).push(body);
  }
  const groups = [
    ...(latin.length ? [`(?<![\\p{L}\\p{N}])(?:${latin.join('|')})(?![\\p{L}\\p{N}])`] : []),
    ...(other.length ? [`(?:${other.join('|')})`] : []),
  ];
  return groups.length ? new RegExp(groups.join('|'), 'u') : null;
}
