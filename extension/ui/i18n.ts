/**
 * UI strings from _locales through browser.i18n (the browser's language picks en, de or
 * zh_CN). Keys are checked against the English messages at compile time.
 */
import type englishMessages from '../../public/_locales/en/messages.json';
import { browser } from '../browser';

export type MessageKey = keyof typeof englishMessages;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

let pluralRules: Intl.PluralRules | undefined;

/**
 * A count in words: the "…One" message when the UI language's plural rule says "one",
 * else the "…Many" message with the count as its first placeholder.
 */
export function countLabel(
  count: number,
  one: MessageKey,
  many: MessageKey,
  ...rest: (string | number)[]
): string {
  pluralRules ??= new Intl.PluralRules(uiLanguage());
  return pluralRules.select(count) === 'one' ? t(one, ...rest) : t(many, count, ...rest);
}

/**
 * Names joined by commas; past `limit`, the first `limit` of them and "and N more" for the rest
 * of `total` (all of `names` by default). A one-screen view (the popup) lists a few and leaves
 * the rest to the dashboard.
 */
export function shortList(names: readonly string[], limit = Infinity, total = names.length): string {
  const shown = names.slice(0, limit);
  if (total <= shown.length) return shown.join(', ');
  return t('listAndMore', shown.join(', '), total - shown.length);
}

export function categoryLabel(category: string): string {
  return t(`category_${category}` as MessageKey);
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

let dateFormat: Intl.DateTimeFormat | undefined;

/** Made once: a formatter costs far more to build than to use, and lists format hundreds of dates. */
export function formatDate(ms: number): string {
  dateFormat ??= new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' });
  return dateFormat.format(ms);
}

/**
 * Builds the formatters before the first view that needs them. The first date formatter in a
 * page's process loads the language's data (40–80 ms in a fresh extension process here), so the
 * popup builds them while it waits for the worker's answer rather than after it arrives.
 */
export function prepareFormats(): void {
  formatDate(Date.now());
  pluralRules ??= new Intl.PluralRules(uiLanguage());
}
