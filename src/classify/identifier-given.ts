/**
 * Fields of a submitted form → "you told <shop>: email t•••@example.com" observations, keyed by
 * a salted digest of the value so the same value is one observation, and the watchlist entries
 * the leak detector should look for from now on.
 */
import { maskIdentifier, saltedDigest } from '../identifiers';
import { WATCHED_KINDS, type IdentifierKind, type ObservationDelta, type WatchlistEntry } from '../model';
import type { PageContext } from './page-context';

export interface SubmittedField {
  kind: IdentifierKind;
  value: string;
}

export function identifiersGiven(
  fields: readonly SubmittedField[],
  page: PageContext,
  salt: string,
  at: number,
): { deltas: ObservationDelta[]; watch: WatchlistEntry[] } {
  const deltas: ObservationDelta[] = [];
  const watch: WatchlistEntry[] = [];
  for (const field of fields) {
    deltas.push({
      retailer: page.site,
      kind: 'identifier-given',
      party: 'first',
      subject: `${field.kind}:${saltedDigest(salt, field.kind, field.value)}`,
      at,
      masked: maskIdentifier(field.kind, field.value),
      evidence: { at, page: page.evidencePage },
    });
    if (WATCHED_KINDS.includes(field.kind)) {
      watch.push({
        kind: field.kind,
        value: field.value,
        source: { type: 'form', site: page.site },
        addedAt: at,
      });
    }
  }
  return { deltas, watch };
}
