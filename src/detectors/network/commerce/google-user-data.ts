/**
 * Google's user-provided data, shared by GA4 and Google Ads (enhanced conversions): the `em`
 * parameter `tv.1~em.<hash>~pn.<hash>` is a tilde list whose fields start with a code and a dot,
 * and `ec_mode=a` marks data the tag collected from the page by itself (signals.md §2.4, §3.5).
 * Only `em.` and `pn.` have verified meanings (signals.md §9), so other codes are not reported.
 */
import type { UserDataKey } from './user-data-keys';
import type { Params } from './wire-params';
import { isPresent } from './wire-values';

const FIELD_CODES: Readonly<Record<string, UserDataKey>> = { em: 'em', pn: 'ph' };

/** The user-data keys named in an `em=tv.1~…` value; empty fields do not count. */
export function googleUserDataKeys(value: string | undefined): UserDataKey[] {
  if (value === undefined) return [];
  const keys: UserDataKey[] = [];
  for (const field of value.split('~')) {
    const dot = field.indexOf('.');
    if (dot <= 0) continue;
    const key = FIELD_CODES[field.slice(0, dot).toLowerCase()];
    if (key !== undefined && isPresent(field.slice(dot + 1)) && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** `ec_mode=a`: automatic enhanced conversions, the tag scanned the page for an email field. */
export function googleAutomaticCollection(params: Params): boolean {
  return params.get('ec_mode') === 'a';
}
