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
  return new Intl.PluralRules(uiLanguage()).select(count) === 'one'
    ? t(one, ...rest)
    : t(many, count, ...rest);
}

export function categoryLabel(category: string): string {
  return t(`category_${category}` as MessageKey);
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

export function formatDate(ms: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(ms);
}
