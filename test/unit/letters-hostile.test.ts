/**
 * Hostile input to the letter generator: names, items and contacts come from pages, so CRLF,
 * header injection, control and bidi characters, lone surrogates and huge values must neither
 * reach a mailto header nor break the letter, in every language.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accessRequestLetter,
  boundedMailto,
  buildMailto,
  LIMITS,
  MAX_MAILTO_LENGTH,
  singleLine,
  type AccessRequestInput,
} from '../../src/letters';

const LANGUAGES = ['en', 'de', 'zh'] as const;

function base(overrides: Partial<AccessRequestInput['recipient']> = {}): AccessRequestInput {
  return {
    recipient: {
      name: 'Shop',
      kind: 'shop',
      site: 'shop.example',
      contact: 'privacy@shop.example',
      ...overrides,
    },
    observed: [{ category: 'identity', description: 'Greeted by name' }],
    date: Date.UTC(2026, 10, 25),
    timeZone: 'UTC',
  };
}

/** Splits a mailto exactly as a mail client would; every field must be subject or body. */
function parseMailto(mailto: string) {
  expect(mailto).toMatch(/^mailto:[^?&\s]+\?[^\s]*$/);
  const [target, query] = mailto.split('?', 2) as [string, string];
  const keys = query.split('&').map((pair) => pair.split('=', 1)[0]);
  const values: Record<string, string> = Object.fromEntries(
    query
      .split('&')
      .map((pair) => [pair.split('=', 1)[0], decodeURIComponent(pair.slice(pair.indexOf('=') + 1))]),
  );
  return { to: decodeURIComponent(target.slice('mailto:'.length)), keys, values };
}

// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('header injection', () => {
  it.each(LANGUAGES)('(%s) a CRLF in the name cannot add a header to the mailto', (language) => {
    const letter = accessRequestLetter(
      base({ name: 'Shop\r\nBcc: evil@attacker.example\r\n\r\nbody=overwritten&cc=evil@attacker.example' }),
      language,
    );
    const mail = parseMailto(letter.mailto!);
    expect(mail.to).toBe('privacy@shop.example');
    expect([...new Set(mail.keys)].sort()).toEqual(['body', 'subject']);
    expect(mail.values.subject).not.toMatch(/[\r\n]/);
    expect(letter.subject).not.toMatch(/[\r\n]/);
    // The text is still there, as harmless words on one line.
    expect(letter.subject).toContain(
      'Shop Bcc: evil@attacker.example body=overwritten&cc=evil@attacker.example',
    );
    expect(letter.body).not.toMatch(/^Bcc:/m);
  });

  it.each([
    'privacy@shop.example\r\nBcc: evil@attacker.example',
    'privacy@shop.example?bcc=evil@attacker.example',
    'privacy@shop.example&bcc=evil@attacker.example',
    'privacy@shop.example,evil@attacker.example',
    'privacy@shop.example evil@attacker.example',
    'mailto:privacy@shop.example?cc=evil@attacker.example',
    'privacy%40shop.example',
    '"evil@attacker.example"@shop.example',
    'javascript:alert(1)//privacy@shop.example',
  ])('a contact that is not one plain address gets no mailto: %j', (contact) => {
    for (const language of LANGUAGES) {
      const letter = accessRequestLetter(base({ contact }), language);
      expect(letter.mailto).toBeUndefined();
      expect(letter.body).not.toContain('attacker');
      expect(letter.body).not.toContain('javascript:');
    }
  });

  it('a CRLF in an observed item or an identifier stays inside its own line', () => {
    const letter = accessRequestLetter(
      {
        ...base(),
        observed: [
          {
            category: 'identity\r\nX',
            description: 'Greeted\r\n\r\nBcc: evil@attacker.example\u0000 by name',
          },
        ],
        identifiers: ['_fbp\nTo: evil@attacker.example'],
        recipients: ['Meta\r\nCc: evil@attacker.example'],
      },
      'en',
    );
    expect(letter.body).toContain('- identity X: Greeted Bcc: evil@attacker.example by name\n');
    expect(letter.body).toContain('- _fbp To: evil@attacker.example\n');
    expect(letter.body).toContain('on what basis: Meta Cc: evil@attacker.example.');
    expect(letter.body).not.toMatch(/^(Bcc:|Cc:|To: evil)/m);
    expect(parseMailto(letter.mailto!).keys.sort()).toEqual(['body', 'subject']);
  });

  it('buildMailto refuses anything but a plain address', () => {
    expect(buildMailto('a@b.example\r\nBcc: c@d.example', 's')).toBeUndefined();
    expect(buildMailto('a@b.example?cc=c@d.example', 's')).toBeUndefined();
    expect(buildMailto('a+tag@B.Example', 'Hi & bye?', 'x=y&z\n2')).toBe(
      'mailto:a%2Btag@b.example?subject=Hi%20%26%20bye%3F&body=x%3Dy%26z%0D%0A2',
    );
  });

  it('boundedMailto picks the most complete body that fits, else the subject alone', () => {
    const bodies = ['x'.repeat(5000), 'y'.repeat(100)];
    expect(boundedMailto('a@b.example', 's', bodies)).toEqual({
      url: `mailto:a@b.example?subject=s&body=${'y'.repeat(100)}`,
      body: 'y'.repeat(100),
    });
    expect(boundedMailto('a@b.example', 's', bodies, 10_000)?.body).toBe(bodies[0]);
    expect(boundedMailto('a@b.example', 's', ['x'.repeat(5000)])).toEqual({
      url: 'mailto:a@b.example?subject=s',
    });
    expect(boundedMailto('not an address', 's', ['x'])).toBeUndefined();
  });
});

describe('plain text only', () => {
  it('removes control and bidi-override characters, keeps markup as inert text', () => {
    const letter = accessRequestLetter(
      {
        ...base({ name: '\u202eerom\u202c <b>Shop</b>\u0007' }),
        observed: [
          { category: 'identity', description: '<img src=x onerror=alert(1)> \u2066hi\u2069\u0085' },
        ],
      },
      'en',
    );
    expect(letter.subject).toContain('erom <b>Shop</b>');
    expect(letter.body).toContain('- Identity: <img src=x onerror=alert(1)> hi\n');
    expect(letter.body).not.toMatch(CONTROL);
    expect(letter.subject).not.toMatch(CONTROL);
  });

  it('bounds every value and every list', () => {
    const letter = accessRequestLetter(
      {
        ...base({ name: 'N'.repeat(10_000), site: 's'.repeat(10_000) + '.example' }),
        observed: Array.from({ length: 5000 }, (_, i) => ({
          category: 'c'.repeat(500),
          description: `${i} ${'d'.repeat(5000)}`,
        })),
        recipients: Array.from({ length: 1000 }, (_, i) => `Company ${i}`),
        identifiers: Array.from({ length: 1000 }, (_, i) => `id${i}-${'x'.repeat(1000)}`),
      },
      'en',
    );
    expect(letter.subject.length).toBeLessThan(200);
    expect(letter.body).toContain('- and 4900 further items');
    expect(letter.body).toContain(`Company ${LIMITS.recipients - 1}.`);
    expect(letter.body).not.toContain(`Company ${LIMITS.recipients},`);
    expect(letter.body.length).toBeLessThan(100 * 400 + 60 * 20 + 30 * 210 + 10_000);
    expect(letter.mailto!.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
  });

  it('cuts by code points, never inside a surrogate pair, and replaces lone surrogates', () => {
    expect(singleLine('😀'.repeat(10), 5)).toBe('😀😀😀😀…');
    expect(singleLine('a\ud800b\udc00c', 10)).toBe('a\ufffdb\ufffdc');
    const letter = accessRequestLetter(base({ name: 'Shop\ud800' }), 'zh');
    expect(letter.subject).toContain('Shop\ufffd');
    expect(() => decodeURIComponent(letter.mailto!)).not.toThrow();
  });
});

describe('any input (property)', () => {
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.constantFrom('\r\nBcc: x@y.z', '\ud800', '&body=x'),
  );
  const time = fc.oneof(fc.integer({ min: -1e15, max: 1e15 }), fc.constantFrom(Number.NaN, Infinity));
  const input = fc.record({
    recipient: fc.record({
      name: text,
      kind: fc.constantFrom('shop' as const, 'company' as const),
      site: fc.option(text, { nil: undefined }),
      contact: fc.option(fc.oneof(text, fc.emailAddress(), fc.webUrl()), { nil: undefined }),
      policyUrl: fc.option(fc.oneof(text, fc.webUrl()), { nil: undefined }),
    }),
    observed: fc.array(
      fc.record({
        category: text,
        description: text,
        firstSeen: fc.option(time, { nil: undefined }),
        lastSeen: fc.option(time, { nil: undefined }),
      }),
      { maxLength: 30 },
    ),
    recipients: fc.option(fc.array(text, { maxLength: 10 }), { nil: undefined }),
    sources: fc.option(fc.array(text, { maxLength: 10 }), { nil: undefined }),
    identifiers: fc.option(fc.array(text, { maxLength: 10 }), { nil: undefined }),
    date: time,
    timeZone: fc.option(fc.constantFrom('UTC', 'Asia/Shanghai', 'Europe/Berlin', 'Nowhere/Zone', ''), {
      nil: undefined,
    }),
  });

  it('never throws, stays plain text, and any mailto is bounded with only subject and body', () => {
    fc.assert(
      fc.property(input, fc.constantFrom(...LANGUAGES), (value, language) => {
        const letter = accessRequestLetter(value, language);
        expect(letter.subject).not.toMatch(/[\r\n]/);
        expect(letter.subject).not.toMatch(CONTROL);
        expect(letter.body).not.toMatch(CONTROL);
        if (letter.mailto) {
          expect(letter.mailto.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
          const mail = parseMailto(letter.mailto);
          expect(mail.keys.every((key) => key === 'subject' || key === 'body')).toBe(true);
          expect(mail.values.subject).toBe(letter.subject);
        }
      }),
      { numRuns: 300 },
    );
  });
});
