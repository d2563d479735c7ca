/**
 * The standard normalisations vendors apply before hashing a user's identifier, so that we
 * hash the same strings they do (signals.md §2.5). Each function returns every variant worth
 * looking for, most canonical first, without duplicates.
 */

/** Email: as typed, trimmed, lower-cased; Gmail without dots; without a +tag; googlemail → gmail. */
export function emailVariants(raw: string): string[] {
  const trimmed = raw.trim();
  const lower = trimmed.toLowerCase();
  const variants = [lower, trimmed, raw];
  const at = lower.lastIndexOf('@');
  if (at > 0) {
    let local = lower.slice(0, at);
    let domain = lower.slice(at + 1);
    const untagged = local.replace(/\+.*$/, '');
    variants.push(`${untagged}@${domain}`);
    if (domain === 'googlemail.com') {
      domain = 'gmail.com';
      variants.push(`${local}@${domain}`, `${untagged}@${domain}`);
    }
    if (domain === 'gmail.com') {
      local = untagged.replace(/\./g, '');
      variants.push(`${local}@${domain}`);
    }
  }
  return unique(variants);
}

/** Country calling codes we infer for national numbers, by the shape of the number. */
const NATIONAL_RULES: { test: RegExp; toE164(digits: string): string }[] = [
  // China: 11-digit mobile numbers start with 1.
  { test: /^1[3-9]\d{9}$/, toE164: (d) => `86${d}` },
  // Germany: national numbers start with a trunk 0 (e.g. 0151…, 0621…).
  { test: /^0[1-9]\d{5,12}$/, toE164: (d) => `49${d.slice(1)}` },
];

/**
 * Phone: E.164 with +, digits with country code, national number without trunk 0, and the raw
 * digits as typed. Numbers without a country code are read as German or Chinese by their shape.
 */
export function phoneVariants(raw: string): string[] {
  const trimmed = raw.trim();
  const typedDigits = trimmed.replace(/\D/g, '');
  if (typedDigits.length < 6) return [];
  let international: string | undefined;
  if (trimmed.startsWith('+')) international = typedDigits;
  else if (trimmed.startsWith('00')) international = typedDigits.slice(2);
  else international = NATIONAL_RULES.find((rule) => rule.test.test(typedDigits))?.toE164(typedDigits);
  const variants: string[] = [];
  if (international) {
    variants.push(`+${international}`, international);
    const national = nationalPart(international);
    if (national) variants.push(national, `0${national}`);
  }
  variants.push(typedDigits, trimmed);
  return unique(variants);
}

function nationalPart(international: string): string | undefined {
  for (const code of ['49', '86', '1', '44', '43', '41', '33']) {
    if (international.startsWith(code)) return international.slice(code.length);
  }
  return undefined;
}

/** Names, streets and cities: as typed, lower-cased, and without spaces (Meta's ct normalisation). */
export function textVariants(raw: string): string[] {
  const trimmed = raw.trim().replace(/\s+/g, ' ');
  const lower = trimmed.toLowerCase();
  return unique([lower, trimmed, lower.replace(/\s/g, '')]).filter((v) => v.length >= 3);
}

/** Postcodes: as typed, without spaces, lower-cased. */
export function postcodeVariants(raw: string): string[] {
  const trimmed = raw.trim();
  return unique([trimmed.toLowerCase().replace(/\s/g, ''), trimmed, trimmed.toLowerCase()]).filter(
    (v) => v.length >= 4,
  );
}

/** Birthdays: Meta's YYYYMMDD plus ISO, from ISO (YYYY-MM-DD) or German/European (DD.MM.YYYY) input. */
export function birthdayVariants(raw: string): string[] {
  const trimmed = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const european = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(trimmed);
  let y: string, m: string, d: string;
  if (iso) [, y, m, d] = iso as unknown as [string, string, string, string];
  else if (european) {
    y = european[3]!;
    m = european[2]!.padStart(2, '0');
    d = european[1]!.padStart(2, '0');
  } else return [trimmed];
  return unique([`${y}${m}${d}`, `${y}-${m}-${d}`, trimmed]);
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v.length > 0))];
}
