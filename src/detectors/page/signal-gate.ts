/**
 * The page scan's gate: one cheap test that every finding and every privacy link needs to pass.
 * Most elements of a shop page (product titles, prices, menu entries) say nothing the detectors
 * look for; a candidate the gate turns away is not looked at further: its ancestors are not
 * read and no detector runs on it. On a 5,000-element product page that is most of the scan's
 * work, and the scan runs on every page the user opens.
 *
 * Sound by construction, not by tuning: the gate is built from the same data the detectors
 * match (phrases-*.ts and the privacy-link phrases), and each part can only match more than the
 * detector it stands for:
 * - phrase lists: the first literal piece of each phrase, without the whole-word check;
 * - the greeting, delivery and saved-card expressions themselves, on the same text the
 *   detectors give them;
 * - phrase lists of every language, not only the page's.
 * Only the phrase lists that can lead to a finding are used: a widget title is a finding only
 * when a personal class matches (widget-headings.ts tries those first), so item-based,
 * popularity and sponsored phrases ("ad", "trending") need not let anything through.
 */
import type { PhraseSet } from './personalization-signals';
import { PRIVACY_PHRASE } from './privacy-links';

/** True when a candidate with display text `text` and matching text `norm` may yield anything. */
export type SignalGate = (text: string, norm: string) => boolean;

/** The phrase lists whose match a finding needs (isLoggedOutGreeting needs `loggedOut`). */
function findingPhrases(set: PhraseSet): string[] {
  return [
    ...set.widgets['personal-recommendations'],
    ...set.widgets['recently-viewed'],
    ...set.widgets['buy-again'],
    ...set.loyaltyUnits,
    ...set.loyaltyStatus,
    ...set.birthday,
    ...set.memberPrice,
    ...set.personalizedPrice,
    ...set.loggedOut,
  ];
}

/** A literal part every match of the phrase contains (`*` is a gap; see findPhrase). */
function literalPiece(phrase: string): string | undefined {
  return phrase
    .split('*')
    .map((piece) => piece.trim())
    .find((piece) => piece.length > 0);
}

/** A character outside the Basic Multilingual Plane (a surrogate pair in JavaScript strings). */
const ASTRAL = /[\u{10000}-\u{10FFFF}]/u;

/** The same expression without the flags that make test() stateful. */
function stateless(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/gu, ''));
}

export function signalGate(sets: readonly PhraseSet[]): SignalGate {
  const pieces = new Set<string>();
  for (const set of sets) {
    for (const phrase of findingPhrases(set)) {
      const piece = literalPiece(phrase);
      // A phrase that is all gap would match anything: then so must the gate.
      if (piece === undefined) return () => true;
      pieces.add(piece);
    }
  }
  // Literal text only, so without the `u` flag, which would change no match of it (no piece has
  // characters outside the Basic Multilingual Plane) but makes compiling these 150 alternatives
  // several times slower, once in every page's process.
  const phrases = new RegExp(
    [...pieces].map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'),
    [...pieces].some((piece) => ASTRAL.test(piece)) ? 'u' : '',
  );
  // The detectors' own expressions, with their own source and flags: V8 compiles an expression
  // once per process for both users.
  const onNorm = [
    phrases,
    stateless(PRIVACY_PHRASE),
    ...sets.flatMap((set) => [set.delivery, set.savedPayment].map(stateless)),
  ];
  const onText = sets.map((set) => stateless(set.greeting));
  return (text, norm) =>
    onNorm.some((pattern) => pattern.test(norm)) || onText.some((pattern) => pattern.test(text));
}
