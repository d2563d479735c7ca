/**
 * The user's own identifiers: what kinds of personal data a form can hold, and the watchlist
 * entries the leak detector looks for in traffic.
 */
export const IDENTIFIER_KINDS = [
  'email',
  'phone',
  'name',
  'street',
  'postcode',
  'city',
  'birthday',
  'gender',
  'card',
] as const;

export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** Kinds whose values are matched in traffic: a gender or a card's last four digits are too short to look for. */
export const WATCHED_KINDS: readonly IdentifierKind[] = IDENTIFIER_KINDS.filter(
  (kind) => kind !== 'gender' && kind !== 'card',
);

/** A value on the user's watchlist. Stored only in this browser; never in reports. */
export interface WatchlistEntry {
  kind: IdentifierKind;
  /** The value as the user gave it. */
  value: string;
  /** Where it came from: a form the user submitted on a site, or typed into the dashboard. */
  source: { type: 'form'; site: string } | { type: 'user' };
  addedAt: number;
}
