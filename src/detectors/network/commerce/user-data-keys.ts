/**
 * The names of user-data fields, normalised to Meta's advanced-matching keys (the vocabulary of
 * CommerceEvent.userDataKeys). Vendors spell the same datum differently: TikTok `email`, Pinterest
 * `em`, Google `pn.` for the phone. Only names live here; values never reach an event.
 */

/** Meta's keys, in Meta's documented order; userDataKeys are reported in this order. */
export const USER_DATA_KEYS = [
  'em',
  'ph',
  'fn',
  'ln',
  'ge',
  'db',
  'ct',
  'st',
  'zp',
  'country',
  'external_id',
] as const;

export type UserDataKey = (typeof USER_DATA_KEYS)[number];

const KNOWN = new Set<string>(USER_DATA_KEYS);

/** Other vendors' spellings (TikTok, Pinterest, Snap and the Conversions-API style long names). */
const ALIASES: Readonly<Record<string, UserDataKey>> = {
  email: 'em',
  e_mail: 'em',
  hashed_email: 'em',
  phone: 'ph',
  phone_number: 'ph',
  first_name: 'fn',
  last_name: 'ln',
  gender: 'ge',
  date_of_birth: 'db',
  birthday: 'db',
  dob: 'db',
  city: 'ct',
  state: 'st',
  zip: 'zp',
  zip_code: 'zp',
  zipcode: 'zp',
  postal_code: 'zp',
  country_code: 'country',
};

/** Prefixes that say how a value was produced, not what it is (TikTok `sha256_email`, `auto_email`). */
const PREFIXES = /^(?:sha256_|auto_)/;

/** The Meta key for a vendor's field name, or undefined when the field is not user data we know. */
export function userDataKey(name: string): UserDataKey | undefined {
  const lower = name.trim().toLowerCase().replace(PREFIXES, '');
  if (KNOWN.has(lower)) return lower as UserDataKey;
  return ALIASES[lower];
}

/** Deduplicated, in Meta's order; names outside the vocabulary are dropped. */
export function orderUserDataKeys(keys: Iterable<string>): UserDataKey[] {
  const present = new Set(keys);
  return USER_DATA_KEYS.filter((key) => present.has(key));
}
