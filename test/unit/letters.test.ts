/**
 * Access-request letters in English, German and Chinese: the fixture shop's letter carries what
 * was observed and the shop's contact; each language has its legal content and local dates;
 * company letters; the mailto is built only for an email contact and stays bounded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  accessRequestLetter,
  letterLanguageFor,
  MAX_MAILTO_LENGTH,
  type AccessRequestInput,
  type LetterLanguage,
} from '../../src/letters';

const root = join(import.meta.dirname, '..', '..');
const DAY = 24 * 60 * 60 * 1000;
const march12 = Date.UTC(2026, 2, 12, 10);
const nov25 = Date.UTC(2026, 10, 25, 10);

/** The demo fixture shop's privacy contact, as its own privacy page states it. */
function fixtureShopContact(): string {
  const page = readFileSync(
    join(root, 'test', 'fixtures', 'sites', 'www.glass-demo-shop.example', 'privacy.html'),
    'utf8',
  );
  return /[\w.+-]+@glass-demo-shop\.example/.exec(page)![0];
}

/** What the demo journey (home → product → checkout → thanks) shows, worded per language by the caller. */
const OBSERVED: Record<LetterLanguage, AccessRequestInput['observed']> = {
  en: [
    {
      category: 'contact',
      description: 'Your email t•••@example.com, given in the checkout form',
      firstSeen: march12,
      lastSeen: nov25,
    },
    {
      category: 'location',
      description: 'Your postcode 10•••, given in the checkout form',
      firstSeen: nov25,
      lastSeen: nov25,
    },
    {
      category: 'purchases',
      description: 'Purchase of 549.00 EUR, sent to Meta with your email (SHA-256)',
      firstSeen: nov25,
      lastSeen: nov25,
    },
    {
      category: 'recording',
      description: 'Hotjar recorded your mouse, scrolling and typing',
      firstSeen: nov25 - DAY,
      lastSeen: nov25,
    },
  ],
  de: [
    {
      category: 'contact',
      description: 'Ihre E-Mail t•••@example.com, im Bestellformular angegeben',
      firstSeen: march12,
      lastSeen: nov25,
    },
    {
      category: 'location',
      description: 'Ihre Postleitzahl 10•••, im Bestellformular angegeben',
      firstSeen: nov25,
      lastSeen: nov25,
    },
    {
      category: 'purchases',
      description: 'Kauf über 549,00 EUR, an Meta gesendet mit Ihrer E-Mail (SHA-256)',
      firstSeen: nov25,
      lastSeen: nov25,
    },
    {
      category: 'recording',
      description: 'Hotjar hat Mausbewegungen, Scrollen und Tippen aufgezeichnet',
      firstSeen: nov25 - DAY,
      lastSeen: nov25,
    },
  ],
  zh: [
    {
      category: 'contact',
      description: '您的邮箱 t•••@example.com（在结账表单中填写）',
      firstSeen: march12,
      lastSeen: nov25,
    },
    {
      category: 'location',
      description: '您的邮政编码 10•••（在结账表单中填写）',
      firstSeen: nov25,
      lastSeen: nov25,
    },
    {
      category: 'purchases',
      description: '549.00 欧元的购买，连同您的邮箱（SHA-256）发送给 Meta',
      firstSeen: nov25,
      lastSeen: nov25,
    },
    {
      category: 'recording',
      description: 'Hotjar 录制了您的鼠标移动、滚动和输入',
      firstSeen: nov25 - DAY,
      lastSeen: nov25,
    },
  ],
};

function fixtureShopInput(language: LetterLanguage): AccessRequestInput {
  return {
    recipient: {
      name: 'Kettle & Crema',
      kind: 'shop',
      site: 'glass-demo-shop.example',
      contact: fixtureShopContact(),
      policyUrl: 'https://www.glass-demo-shop.example/privacy.html',
    },
    observed: OBSERVED[language],
    recipients: ['Meta', 'Google', 'Criteo', 'TikTok', 'Pinterest', 'Microsoft', 'Hotjar'],
    identifiers: ['_fbp fb.1.17•••', '_ga GA1.1.42•••'],
    date: nov25,
    timeZone: 'Europe/Berlin',
  };
}

/** The mailto's fields, decoded; fails if anything but subject and body is there. */
function mailtoFields(mailto: string) {
  const [target, query = ''] = mailto.split('?', 2) as [string, string?];
  const fields = Object.fromEntries(
    query.split('&').map((pair) => {
      const [key, value = ''] = pair.split('=', 2) as [string, string?];
      return [key, decodeURIComponent(value)];
    }),
  );
  expect(Object.keys(fields).every((key) => key === 'subject' || key === 'body')).toBe(true);
  return { to: decodeURIComponent(target.replace(/^mailto:/, '')), ...fields } as {
    to: string;
    subject: string;
    body?: string;
  };
}

describe('the access-request letter for the fixture shop', () => {
  it.each(['en', 'de', 'zh'] as const)(
    '(%s) contains the observed items and the shop’s contact',
    (language) => {
      const contact = fixtureShopContact();
      expect(contact).toBe('privacy@glass-demo-shop.example');
      const letter = accessRequestLetter(fixtureShopInput(language), language);
      expect(letter.subject).toContain('Kettle & Crema');
      expect(letter.body).toContain(contact);
      for (const item of OBSERVED[language]) expect(letter.body).toContain(item.description);
      for (const company of ['Meta', 'Google', 'Criteo', 'Hotjar']) expect(letter.body).toContain(company);
      expect(letter.body).toContain('_fbp fb.1.17•••');
      expect(letter.body).toContain('https://www.glass-demo-shop.example/privacy.html');
      // The email goes to the shop's contact, with nothing but a subject and a body.
      const mail = mailtoFields(letter.mailto!);
      expect(mail.to).toBe(contact);
      expect(mail.subject).toBe(letter.subject);
      expect(letter.mailto!.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    },
  );

  it('(en) asks for everything GDPR Art. 15 gives, the CCPA right to know and the product-specific items', () => {
    const { body, subject } = accessRequestLetter(fixtureShopInput('en'), 'en');
    expect(subject).toMatch(/Art\. 15 GDPR/);
    expect(body).toMatch(
      /Under Article 15 of the General Data Protection Regulation \(GDPR\) and, where the California/,
    );
    for (const needle of [
      'CCPA',
      '1798.110',
      'pseudonymous',
      'cookie IDs, advertising IDs',
      'purposes',
      'categories of personal data',
      'each by name',
      'how long',
      'source',
      'Art. 22 GDPR',
      'logic involved',
      'Art. 46 GDPR',
      'Art. 20 GDPR',
      'one month',
      'Art. 12(3) GDPR',
      'free of charge',
      'affinity scores',
      'A/B tests',
      'prices, discounts or offers shown to me are personalised',
      'hashed form',
      'tell me exactly which information you need',
    ])
      expect(body, needle).toContain(needle);
    expect(body).toContain('Date: 25 November 2026');
    expect(body).toContain(
      '- Contact & address: Your email t•••@example.com, given in the checkout form (first seen 12 March 2026, last seen 25 November 2026)',
    );
    expect(body).toContain(
      '- Location: Your postcode 10•••, given in the checkout form (seen 25 November 2026)',
    );
  });

  it('(de) is an Auskunftsersuchen nach Art. 15 DSGVO in the Sie form with German dates', () => {
    const { body, subject } = accessRequestLetter(fixtureShopInput('de'), 'de');
    expect(subject).toBe('Auskunftsersuchen nach Art. 15 DSGVO – Kettle & Crema');
    expect(body).toMatch(
      /^An: Kettle & Crema \(glass-demo-shop\.example\)\nDatenschutzkontakt: privacy@glass-demo-shop\.example\n/,
    );
    for (const needle of [
      'Sehr geehrte Damen und Herren,\n\nhiermit mache ich mein Recht auf Auskunft nach Art. 15',
      'pseudonymer Daten',
      'namentlich',
      'Art. 22 DSGVO',
      'Art. 46 DSGVO',
      'Art. 20 DSGVO',
      'Art. 12 Abs. 3 DSGVO',
      'unentgeltlich',
      'Affinitätswerte',
      'A/B-Tests',
      'personalisiert',
      'gehashter Form',
      'Mit freundlichen Grüßen',
      'Datum: 25. November 2026',
      '(zuerst am 12. März 2026, zuletzt am 25. November 2026)',
      '(am 25. November 2026)',
    ])
      expect(body, needle).toContain(needle);
    expect(body).not.toMatch(/\b(du|dich|dir|dein\w*)\b/i);
    expect(body).not.toMatch(/GDPR|CCPA/);
  });

  it('(zh) rests on PIPL Art. 45 and 24, with Chinese dates and punctuation', () => {
    const { body, subject } = accessRequestLetter(fixtureShopInput('zh'), 'zh');
    expect(subject).toBe('查阅、复制个人信息的请求（《个人信息保护法》第四十五条）— Kettle & Crema');
    for (const needle of [
      '致：Kettle & Crema（glass-demo-shop.example）',
      '个人信息保护联系方式：privacy@glass-demo-shop.example',
      '日期：2026年11月25日',
      '第四十五条',
      '第二十四条',
      '不合理的差别待遇',
      '副本',
      '人群分组',
      'A/B 测试',
      '哈希形式',
      '第三十九条',
      '第五十条',
      '第四十五条第二款',
      '（首次记录于2026年3月12日，最近一次于2026年11月25日）',
      '- 联系方式与地址：您的邮箱 t•••@example.com（在结账表单中填写）',
      '以及依据何种合法性基础：Meta、Google、Criteo、TikTok、Pinterest、Microsoft、Hotjar。',
      '此致\n敬礼！',
    ])
      expect(body, needle).toContain(needle);
  });
});

describe('letters to companies', () => {
  const company: AccessRequestInput = {
    recipient: {
      name: 'Criteo',
      kind: 'company',
      site: 'criteo.com',
      contact: 'dpo@criteo.com',
      policyUrl: 'https://www.criteo.com/privacy/',
    },
    observed: [
      {
        category: 'purchases',
        description: 'Purchase events from kettle-crema',
        firstSeen: march12,
        lastSeen: nov25,
      },
    ],
    sources: ['glass-demo-shop.example', 'tracking-shop.example'],
    date: nov25,
    timeZone: 'UTC',
  };

  it.each([
    [
      'en',
      'What I observed being sent to you',
      'The data came from pages of these websites: glass-demo-shop.example, tracking-shop.example.',
    ],
    [
      'de',
      'Was nach meinen Beobachtungen an Sie übermittelt wurde',
      'Die Daten kamen von Seiten dieser Websites: glass-demo-shop.example, tracking-shop.example.',
    ],
    [
      'zh',
      '我观察到的向贵方发送的信息',
      '这些数据来自以下网站的网页：glass-demo-shop.example、tracking-shop.example。',
    ],
  ] as const)(
    '(%s) say what was seen going to the company and from which sites',
    (language, heading, sources) => {
      const letter = accessRequestLetter(company, language);
      expect(letter.body).toContain(heading);
      expect(letter.body).toContain(sources);
      expect(letter.body).toContain('dpo@criteo.com');
      expect(mailtoFields(letter.mailto!).to).toBe('dpo@criteo.com');
    },
  );
});

describe('contacts and the mailto', () => {
  const base = fixtureShopInput('en');

  it('offers no mailto for a contact form, but names the form in the letter', () => {
    const letter = accessRequestLetter(
      { ...base, recipient: { ...base.recipient, contact: 'https://www.google.com/contact/' } },
      'en',
    );
    expect(letter.mailto).toBeUndefined();
    expect(letter.body).toContain('Privacy contact: https://www.google.com/contact/');
  });

  it('offers no mailto and no contact line without a usable contact', () => {
    for (const contact of [undefined, '', 'n/a', '+49 40 881414-777', 'javascript:alert(1)']) {
      const letter = accessRequestLetter({ ...base, recipient: { ...base.recipient, contact } }, 'en');
      expect(letter.mailto).toBeUndefined();
      expect(letter.body).not.toContain('Privacy contact:');
    }
  });

  it('keeps the full letter for copying and puts a shorter one into the mailto when it would be too long', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      category: 'browsing',
      description: `Viewed product ${i}`,
    }));
    for (const language of ['en', 'de', 'zh'] as const) {
      const letter = accessRequestLetter({ ...base, observed: many }, language);
      expect(letter.mailtoShortened).toBe(true);
      expect(letter.mailto!.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
      const mail = mailtoFields(letter.mailto!);
      expect(mail.body === undefined || letter.body.length > mail.body.length).toBe(true);
      // The full letter writes out 100 items and counts the rest.
      expect(letter.body).toContain('Viewed product 99');
      expect(letter.body).not.toContain('Viewed product 100');
    }
    expect(accessRequestLetter({ ...base, observed: many }, 'en').body).toContain('- and 200 further items');
  });

  it('fits observed items into the English and German mailto when there is room', () => {
    for (const language of ['en', 'de'] as const) {
      const mail = mailtoFields(accessRequestLetter(fixtureShopInput(language), language).mailto!);
      expect(mail.body).toContain(OBSERVED[language][0]!.description);
    }
  });

  it('writes line breaks in the mailto body as %0D%0A (RFC 6068)', () => {
    const { mailto } = accessRequestLetter(base, 'en');
    expect(mailto).toContain('%0D%0A');
    expect(mailto).not.toMatch(/%0A(?<!%0D%0A)/);
    expect(mailto).not.toMatch(/[\s]/);
  });
});

describe('dates and defaults', () => {
  it('formats dates in the letter’s language and the given time zone', () => {
    const lateEvening = Date.UTC(2026, 10, 24, 23, 30);
    const input: AccessRequestInput = {
      ...fixtureShopInput('en'),
      observed: [],
      date: lateEvening,
      timeZone: 'Europe/Berlin',
    };
    expect(accessRequestLetter(input, 'en').body).toContain('Date: 25 November 2026');
    expect(accessRequestLetter({ ...input, timeZone: 'UTC' }, 'en').body).toContain('Date: 24 November 2026');
    expect(accessRequestLetter(input, 'zh').body).toContain('日期：2026年11月25日');
  });

  it('leaves out what is missing or broken instead of inventing it', () => {
    const letter = accessRequestLetter(
      {
        recipient: { name: '', kind: 'shop', site: 'shop.example' },
        observed: [
          { category: 'identity', description: 'Greeted by name', firstSeen: Number.NaN, lastSeen: -5 },
        ],
        date: Number.POSITIVE_INFINITY,
        timeZone: 'Not/AZone',
      },
      'en',
    );
    expect(letter.subject).toContain('shop.example');
    expect(letter.body).toMatch(/^To: shop\.example\n\n/);
    expect(letter.body).toContain('- Identity: Greeted by name\n');
    expect(letter.body).not.toContain('Date:');
    expect(letter.mailto).toBeUndefined();
  });

  it('leaves out the observed section when nothing was observed', () => {
    const letter = accessRequestLetter({ ...fixtureShopInput('de'), observed: [] }, 'de');
    expect(letter.body).not.toContain('Was ich auf Ihrer Website beobachtet habe');
  });
});

describe('letterLanguageFor', () => {
  it('maps the UI language to en, de or zh', () => {
    expect(
      ['de', 'de-AT', 'de_CH', 'zh-CN', 'zh_TW', 'en-US', 'fr', '', undefined].map(letterLanguageFor),
    ).toEqual(['de', 'de', 'de', 'zh', 'zh', 'en', 'en', 'en', 'en']);
  });
});
