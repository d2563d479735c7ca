/**
 * What a form field holds, from its autocomplete tokens, type, name, id, label and placeholder,
 * in English, German and Chinese. Pure: it sees a plain description of the field, never the
 * DOM. Passwords and card secrets are recognised so that callers never read them.
 */
import type { IdentifierKind } from '../../model';

export interface FieldDescriptor {
  autocomplete?: string;
  type?: string;
  name?: string;
  id?: string;
  /** Text of the field's <label>, aria-label or placeholder. */
  label?: string;
}

/** `secret`: passwords, CVCs, one-time codes — never read, never sent. */
export type FieldClass = IdentifierKind | 'secret';

const AUTOCOMPLETE: Record<string, FieldClass> = {
  email: 'email',
  tel: 'phone',
  'tel-national': 'phone',
  'tel-local': 'phone',
  name: 'name',
  'given-name': 'name',
  'family-name': 'name',
  'additional-name': 'name',
  'street-address': 'street',
  'address-line1': 'street',
  'address-line2': 'street',
  'postal-code': 'postcode',
  'address-level2': 'city',
  bday: 'birthday',
  sex: 'gender',
  'honorific-prefix': 'gender',
  'cc-number': 'card',
  'cc-csc': 'secret',
  'current-password': 'secret',
  'new-password': 'secret',
  'one-time-code': 'secret',
};

/** Word patterns, checked in this order (an "email address" is an email, not an address). */
const WORDS: [FieldClass, RegExp][] = [
  [
    'secret',
    /pass(word|wort)?|pwd|kennwort|密码|cvc|cvv|csc|security.?code|prüfnummer|sicherheitscode|安全码|验证码|otp/,
  ],
  ['email', /e-?mail|邮箱|电子邮件/],
  ['card', /card.?num|cc.?num|credit.?card|kartennummer|kreditkarte|卡号|银行卡|信用卡/],
  ['phone', /phone|mobile|\btel\b|telefon|handy|mobil|手机|电话|联系方式/],
  ['postcode', /zip|postal|post.?code|\bplz\b|postleitzahl|邮编|邮政编码/],
  ['city', /\bcity\b|\btown\b|\bstadt\b|\bort\b|wohnort|城市|所在地区/],
  ['birthday', /birth|\bdob\b|geburt|生日|出生/],
  ['gender', /gender|\bsex\b|geschlecht|anrede|salutation|性别|称谓/],
  ['street', /street|address|stra(ss|ß)e|adresse|anschrift|hausnummer|地址|街道/],
  [
    'name',
    /(first|last|full|given|family|sur|vor|nach|fore)[_ -]?name|^name$|\bname\b|姓名|名字|收货人|联系人/,
  ],
];

/** Words that make a "name" field something else (usernames, company names, voucher codes). */
const NOT_A_PERSONAL_NAME = /user|company|firma|firmen|coupon|gutschein|voucher|product|search|suche|公司/;

export function classifyField(field: FieldDescriptor): FieldClass | undefined {
  const type = field.type?.toLowerCase();
  if (type === 'password') return 'secret';
  if (type === 'hidden' || type === 'submit' || type === 'button' || type === 'file' || type === 'checkbox')
    return undefined;
  const token = field.autocomplete?.toLowerCase().trim().split(/\s+/).pop();
  if (token && token in AUTOCOMPLETE) return AUTOCOMPLETE[token];
  if (type === 'email') return 'email';
  if (type === 'tel') return 'phone';
  const words = [field.name, field.id, field.label].filter(Boolean).join(' ').toLowerCase();
  if (!words) return undefined;
  for (const [kind, pattern] of WORDS) {
    if (!pattern.test(words)) continue;
    if (kind === 'name' && NOT_A_PERSONAL_NAME.test(words)) return undefined;
    return kind;
  }
  return undefined;
}

const BRANDS: [string, RegExp][] = [
  ['visa', /^4/],
  ['mastercard', /^(5[1-5]|2[2-7])/],
  ['amex', /^3[47]/],
  ['discover', /^6(011|5)/],
  ['jcb', /^35/],
  ['unionpay', /^62/],
  ['diners', /^3(0[0-5]|[68])/],
];

/** A card number → "<brand> <last four>", or undefined when it is not a valid card number. */
export function summarizeCard(input: string): string | undefined {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^\d{13,19}$/.test(digits) || !luhnValid(digits)) return undefined;
  const brand = BRANDS.find(([, pattern]) => pattern.test(digits))?.[0] ?? 'card';
  return `${brand} ${digits.slice(-4)}`;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
