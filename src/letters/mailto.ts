/**
 * mailto: URIs (RFC 6068) with only the `subject` and `body` header fields, every value
 * percent-encoded and line breaks as %0D%0A, so nothing in a name or a letter can add a header
 * (Cc, Bcc, To) or another recipient. Length is bounded: Chromium on Windows hands mailto to
 * the shell, which drops URIs longer than about 2,048 characters.
 */
import { emailAddress, mailtoAddress } from '../optouts/safe-url';

export const MAX_MAILTO_LENGTH = 2000;

/** The mailto URI, or undefined when the address is not one plain email address. */
export function buildMailto(address: string, subject: string, body?: string): string | undefined {
  const to = emailAddress(address);
  if (!to) return undefined;
  // encodeURIComponent leaves only unreserved characters and !'()*, none of which ends a field.
  const fields = [`subject=${encodeURIComponent(subject.replace(/[\r\n]+/g, ' '))}`];
  if (body !== undefined) fields.push(`body=${encodeURIComponent(body.replace(/\r\n|\r|\n/g, '\r\n'))}`);
  return `${mailtoAddress(to)}?${fields.join('&')}`;
}

/**
 * The first candidate body whose mailto fits; when none does, the subject alone. `bodies` is
 * ordered from most to least complete.
 */
export function boundedMailto(
  address: string,
  subject: string,
  bodies: Iterable<string>,
  max = MAX_MAILTO_LENGTH,
): { url: string; body?: string } | undefined {
  for (const body of bodies) {
    const url = buildMailto(address, subject, body);
    if (!url) return undefined;
    if (url.length <= max) return { url, body };
  }
  const url = buildMailto(address, subject);
  return url && url.length <= max ? { url } : undefined;
}
