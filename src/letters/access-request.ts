/**
 * The access-request letter to a shop or a company: GDPR Art. 15 (with the CCPA right to know
 * in English, PIPL Art. 45 and 24 in Chinese), pre-filled with what was observed and the
 * recipient's contact, to copy or to open as an email. Pure: the same input gives the same letter.
 */
import { composeBody } from './compose';
import {
  cleanLetterInput,
  type AccessRequestInput,
  type LetterFacts,
  type LetterLanguage,
} from './letter-input';
import type { LetterText } from './letter-text';
import { boundedMailto } from './mailto';
import { TEXT_DE } from './text-de';
import { TEXT_EN } from './text-en';
import { TEXT_ZH } from './text-zh';

const TEXTS: Record<LetterLanguage, LetterText> = { en: TEXT_EN, de: TEXT_DE, zh: TEXT_ZH };

export interface AccessRequestLetter {
  subject: string;
  /** The full letter, plain text with \n line breaks, for copying. */
  body: string;
  /** Present only when the contact is an email address. */
  mailto?: string;
  /** True when the mailto holds a shorter letter than `body` (the UI should suggest copying). */
  mailtoShortened?: boolean;
}

export function accessRequestLetter(
  input: AccessRequestInput,
  language: LetterLanguage,
): AccessRequestLetter {
  const text = TEXTS[language] ?? TEXT_EN;
  const facts = cleanLetterInput(input);
  const subject = text.subject(facts.name);
  const body = composeBody(text, facts, { compact: false, maxItems: facts.items.length, lists: true });
  const letter: AccessRequestLetter = { subject, body };
  if (facts.contact?.kind !== 'email') return letter;
  const mail = boundedMailto(facts.contact.address, subject, mailBodies(text, facts, body));
  if (mail) {
    letter.mailto = mail.url;
    letter.mailtoShortened = mail.body !== body;
  }
  return letter;
}

/**
 * The full letter; then the compact one with everything; then without the lists (identifiers
 * are usually masked, so the observed items matter more) and ever fewer observed items.
 */
function* mailBodies(text: LetterText, facts: LetterFacts, full: string): Generator<string> {
  yield full;
  yield composeBody(text, facts, { compact: true, maxItems: facts.items.length, lists: true });
  for (let maxItems = facts.items.length; maxItems >= 0; maxItems -= 1)
    yield composeBody(text, facts, { compact: true, maxItems, lists: false });
}
