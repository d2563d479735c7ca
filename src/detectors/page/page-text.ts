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

/**
 * A phrase list as expressions: Latin phrases must stand as whole words, other scripts need no
 * guard. The Latin expression checks only the end of the word; the start is checked in findPhrase
 * (see there).
 */
interface PhraseMatcher {
  latin: RegExp | null;
  other: RegExp | null;
}

const compiled = new WeakMap<readonly string[], PhraseMatcher>();
const WORD_CHAR_BEFORE = /[\p{L}\p{N}]$/u;

/**
 * The first phrase of `phrases` found in normalised `norm`, as matched there. Latin phrases
 * match whole words only (so `ad` is not found in `add`); `*` spans up to 40 characters.
 *
 * The word start is checked here rather than by a lookbehind in the expression: a lookbehind is
 * evaluated at every position of every text, which made phrase matching the costliest part of a
 * page scan, while a match that starts inside a word is rare and then simply searched again from
 * the next character. The leftmost match is the same either way: whether a position starts a word
 * does not depend on which phrase matches there.
 */
export function findPhrase(norm: string, phrases: readonly string[]): string | undefined {
  let matcher = compiled.get(phrases);
  if (matcher === undefined) {
    matcher = phraseMatcher(phrases);
    compiled.set(phrases, matcher);
  }
  const latin = matcher.latin ? firstWholeWord(matcher.latin, norm) : null;
  const other = matcher.other?.exec(norm) ?? null;
  // A Latin and a CJK phrase cannot start on the same character, so the earlier one is the match.
  if (latin && (!other || latin.index < other.index)) return latin[0];
  return other?.[0];
}

function firstWholeWord(re: RegExp, norm: string): RegExpExecArray | null {
  re.lastIndex = 0;
  for (;;) {
    const match = re.exec(norm);
    if (!match || !WORD_CHAR_BEFORE.test(norm.slice(Math.max(0, match.index - 2), match.index))) return match;
    re.lastIndex = match.index + 1;
  }
}

function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  const latin: string[] = [];
  const other: string[] = [];
  for (const phrase of phrases) {
    const body = phrase
      .split('*')
      .map((s) => s.trim().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
      .join(' .{0,40}? ');
    (/^[a-zäöüß0-9]/u.test(phrase) ? latin : other).push(body);
  }
  return {
    latin: latin.length ? new RegExp(`(?:${latin.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null,
    other: other.length ? new RegExp(`(?:${other.join('|')})`, 'u') : null,
  };
}
