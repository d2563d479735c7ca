import { describe, expect, it } from 'vitest';
import { classifyField, summarizeCard } from '../../../src/detectors/page/form-fields';

describe('classifyField', () => {
  it.each([
    [{ autocomplete: 'shipping email' }, 'email'],
    [{ autocomplete: 'billing postal-code' }, 'postcode'],
    [{ autocomplete: 'cc-number' }, 'card'],
    [{ autocomplete: 'cc-csc', name: 'cvc' }, 'secret'],
    [{ type: 'password', name: 'email' }, 'secret'],
    [{ type: 'email', name: 'x1' }, 'email'],
    [{ type: 'tel' }, 'phone'],
  ])('autocomplete and type first: %o → %s', (field, kind) => {
    expect(classifyField(field)).toBe(kind);
  });

  it.each([
    // English
    ['email_address', 'Email address', 'email'],
    ['zip', 'ZIP code', 'postcode'],
    ['first_name', 'First name', 'name'],
    ['addr1', 'Street address', 'street'],
    ['dob', 'Date of birth', 'birthday'],
    // German
    ['plz', 'PLZ', 'postcode'],
    ['strasse', 'Straße und Hausnummer', 'street'],
    ['ort', 'Ort', 'city'],
    ['handy', 'Handynummer', 'phone'],
    ['geburtstag', 'Geburtsdatum', 'birthday'],
    ['anrede', 'Anrede', 'gender'],
    ['vorname', 'Vorname', 'name'],
    ['kennwort', 'Kennwort', 'secret'],
    // Chinese
    ['f1', '收货人', 'name'],
    ['f2', '手机号码', 'phone'],
    ['f3', '邮政编码', 'postcode'],
    ['f4', '详细地址', 'street'],
    ['f5', '电子邮件', 'email'],
    ['f6', '支付密码', 'secret'],
    ['f7', '银行卡号', 'card'],
  ])('%s / %s → %s', (name, label, kind) => {
    expect(classifyField({ name, label })).toBe(kind);
  });

  it.each([
    [{ name: 'username', label: 'Username' }],
    [{ name: 'company_name', label: 'Company name' }],
    [{ name: 'q', label: 'Search' }],
    [{ name: 'coupon', label: 'Gutscheincode' }],
    [{ type: 'hidden', name: 'email' }],
    [{ type: 'checkbox', name: 'newsletter_email' }],
    [{}],
  ])('leaves other fields alone: %o', (field) => {
    expect(classifyField(field)).toBeUndefined();
  });
});

describe('summarizeCard', () => {
  it('keeps brand and last four of valid card numbers only', () => {
    expect(summarizeCard('4242 4242 4242 4242')).toBe('visa 4242');
    expect(summarizeCard('5555-5555-5555-4444')).toBe('mastercard 4444');
    expect(summarizeCard('378282246310005')).toBe('amex 0005');
    expect(summarizeCard('6200000000000005')).toBe('unionpay 0005');
  });

  it('rejects numbers that fail the Luhn check or have the wrong length', () => {
    expect(summarizeCard('4242 4242 4242 4241')).toBeUndefined();
    expect(summarizeCard('68159')).toBeUndefined();
    expect(summarizeCard('not a card')).toBeUndefined();
  });
});
