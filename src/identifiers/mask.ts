/**
 * Masking personal values for display: enough to recognise your own data, not enough to read
 * it off a screenshot. t•••@example.com, +49 •••• 67, T••• B•••, ••••4242.
 */
import type { IdentifierKind } from '../model';

const DOT = '•••';

export function maskIdentifier(kind: IdentifierKind, value: string): string {
  const trimmed = value.trim();
  switch (kind) {
    case 'email': {
      const at = trimmed.lastIndexOf('@');
      if (at <= 0) return `${trimmed.slice(0, 1)}${DOT}`;
      return `${trimmed.slice(0, 1)}${DOT}${trimmed.slice(at)}`;
    }
    case 'phone': {
      const digits = trimmed.replace(/\D/g, '');
      return `${trimmed.startsWith('+') ? '+' : ''}${digits.slice(0, 2)} ${DOT} ${digits.slice(-2)}`;
    }
    case 'card':
      // Already reduced to "<brand> <last four>" in the page.
      return trimmed.replace(/(\d{4})$/, '••••$1');
    case 'postcode':
      return `${trimmed.slice(0, 2)}${DOT}`;
    case 'birthday':
      return `${DOT}-${DOT}-${DOT}`;
    case 'gender':
      return trimmed.slice(0, 1).toUpperCase();
    case 'name':
    case 'street':
    case 'city':
      return trimmed
        .split(/\s+/)
        .map((word) => `${word.slice(0, 1)}${DOT}`)
        .join(' ');
  }
}
