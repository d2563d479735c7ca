/**
 * Schemas for values that cross from pages into the extension: shared by the runtime messages
 * and the MAIN↔ISOLATED bridge, so both sides admit exactly the same shapes.
 */
import * as v from 'valibot';
import { PERSONALIZATION_SIGNAL_IDS } from '../detectors/page/personalization-signals';
import { API_SIGNAL_CODES, IDENTIFIER_KINDS, type IdentifierKind } from '../model';

export const MAX_SIGNALS_PER_REPORT = 50;
export const MAX_FORM_FIELDS = 30;
export const MAX_FIELD_VALUE_LENGTH = 256;

/** A script URL from a stack trace: origin + path of an http(s) script, or '' for inline code. */
export const ScriptUrl = v.union([
  v.literal(''),
  v.pipe(v.string(), v.maxLength(1024), v.regex(/^https?:\/\/[^\s?#]+$/)),
]);

export const ApiSignalSchema = v.strictObject({
  code: v.picklist(API_SIGNAL_CODES),
  script: ScriptUrl,
  count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)),
});

export const ApiSignalList = v.pipe(
  v.array(ApiSignalSchema),
  v.minLength(1),
  v.maxLength(MAX_SIGNALS_PER_REPORT),
);

/** Card numbers never cross: only the brand and the last four digits. */
const CardSummary = v.pipe(
  v.string(),
  v.regex(/^(visa|mastercard|amex|discover|jcb|unionpay|diners|card) \d{4}$/),
);

export const FormField = v.variant('kind', [
  v.strictObject({ kind: v.literal('card'), value: CardSummary }),
  v.strictObject({
    kind: v.picklist(
      IDENTIFIER_KINDS.filter((kind): kind is Exclude<IdentifierKind, 'card'> => kind !== 'card'),
    ),
    value: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_FIELD_VALUE_LENGTH)),
  }),
]);

export const MAX_PRIVACY_LINKS = 40;

/** A privacy control found on a page: its purpose, an http(s) URL (absent for dialog buttons) and its text. */
export const PrivacyLinkSchema = v.strictObject({
  purpose: v.picklist([
    'do-not-sell',
    'privacy-choices',
    'cookie-settings',
    'ad-choices',
    'privacy-policy',
    'delete-account',
    'data-access',
  ]),
  href: v.optional(v.pipe(v.string(), v.maxLength(1024), v.regex(/^https?:\/\/[^\s]+$/))),
  text: v.pipe(v.string(), v.maxLength(80)),
});

export const MAX_PERSONALIZATION_FINDINGS = 30;

/** A personalisation finding from the page scan; its knowledge category is derived in the background. */
export const PersonalizationFindingSchema = v.strictObject({
  signal: v.picklist(PERSONALIZATION_SIGNAL_IDS),
  evidence: v.pipe(v.string(), v.maxLength(80)),
  where: v.pipe(v.string(), v.maxLength(120)),
  confidence: v.picklist(['high', 'medium', 'low']),
});
