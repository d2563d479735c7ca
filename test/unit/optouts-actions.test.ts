/**
 * Opt-out actions: validation of the data file's shape, the per-company lookup with real
 * tracker-database organisations, industry pages, the shop's own links, and hostile URLs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyContact,
  companyOptOutActions,
  emailAddress,
  industryOptOutActions,
  parseOptOutData,
  safeWebUrl,
  shopOptOutActions,
  type OptOutData,
} from '../../src/optouts';
import { realMatcher } from './helpers';

const root = join(import.meta.dirname, '..', '..');
/** The file as loose JSON, for changing one field in negative cases. */
interface LooseFile {
  [field: string]: unknown;
  industry: Record<string, unknown>[];
  companies: Record<string, { pages: Record<string, unknown>[] }>;
}

const shippedJson = () =>
  JSON.parse(readFileSync(join(root, 'public', 'data', 'opt-outs.json'), 'utf8')) as LooseFile;

function shipped(): OptOutData {
  const result = parseOptOutData(shippedJson());
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

/** A real organisation record, as the tracker matcher produces it after attributing its site. */
async function organization(site: string) {
  const matcher = await realMatcher();
  const match = matcher.matchSite(site);
  return matcher.organization(match!.orgKey)!;
}

/** The shipped file with one change applied, for negative cases. */
function withChange(change: (json: LooseFile) => void) {
  const json = shippedJson();
  change(json);
  return parseOptOutData(json);
}

describe('parseOptOutData', () => {
  it.each([
    ['a javascript: URL', (j: LooseFile) => (j.industry[0]!.url = 'javascript:alert(1)'), 'industry.0.url'],
    ['a plain-http URL', (j: LooseFile) => (j.industry[0]!.url = 'http://optout.example/'), 'industry.0.url'],
    [
      'credentials in a URL',
      (j: LooseFile) => (j.industry[0]!.url = 'https://a@evil.example/'),
      'industry.0.url',
    ],
    [
      'an unknown page kind',
      (j: LooseFile) => (j.companies.google!.pages[0]!.kind = 'nuke'),
      'companies.google',
    ],
    ['an impossible review date', (j: LooseFile) => (j.reviewed = '2026-02-30'), 'reviewed'],
    ['a missing source', (j: LooseFile) => delete j.industry[1]!.source, 'industry.1.source'],
    ['an undeclared source', (j: LooseFile) => (j.industry[2]!.source = 'a blog post'), 'industry.2.source'],
    ['a repeated industry id', (j: LooseFile) => (j.industry[1]!.id = 'nai'), 'industry'],
    ['another schema version', (j: LooseFile) => (j.schemaVersion = 2), 'schemaVersion'],
    ['an unknown field', (j: LooseFile) => (j.companies.criteo!.pages[0]!.note = 'x'), 'companies.criteo'],
    ['a company with no pages', (j: LooseFile) => (j.companies.criteo!.pages = []), 'companies.criteo'],
  ])('rejects %s, saying where', (_name, change, where) => {
    const result = withChange(change);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(where);
  });

  it('rejects what is not the file at all', () => {
    for (const json of [null, 42, 'x', [], {}]) expect(parseOptOutData(json).ok).toBe(false);
  });
});

describe('companyOptOutActions (real tracker-database organisations)', () => {
  it('Criteo: its curated opt-out (its privacy page, so no second policy link) and its DPO by email', async () => {
    const criteo = await organization('criteo.net');
    expect(companyOptOutActions(criteo, shipped())).toEqual([
      {
        kind: 'opt-out',
        url: 'https://www.criteo.com/privacy/',
        caveats: ['section-of-page'],
        origin: 'curated',
        source: expect.stringContaining('signals.md §6.4'),
      },
      { kind: 'privacy-email', url: 'mailto:dpo@criteo.com', origin: 'trackerdb' },
    ]);
  });

  it('Google: My Ad Center, the privacy policy and the contact page as a link', async () => {
    const google = await organization('google-analytics.com');
    expect(companyOptOutActions(google, shipped()).map((a) => [a.kind, a.url])).toEqual([
      ['ad-settings', 'https://myadcenter.google.com/'],
      ['privacy-policy', 'https://policies.google.com/privacy'],
      ['privacy-contact-form', 'https://www.google.com/contact/'],
    ]);
  });

  it('The Trade Desk: the opt-out is its privacy policy page, with both caveats', async () => {
    const ttd = await organization('adsrvr.org');
    expect(ttd.key).toBe('the_trade_desk');
    const actions = companyOptOutActions(ttd, shipped());
    expect(actions[0]).toMatchObject({
      kind: 'opt-out',
      url: ttd.privacyPolicyUrl,
      caveats: ['section-of-page', 'per-browser-cookie'],
    });
    expect(actions.filter((a) => a.kind === 'privacy-policy')).toEqual([]);
    expect(actions.at(-1)).toEqual({
      kind: 'privacy-email',
      url: 'mailto:privacy@thetradedesk.com',
      origin: 'trackerdb',
    });
  });

  it('Amazon: both storefronts by region and the data-deletion page', async () => {
    const amazon = await organization('amazon-adsystem.com');
    const actions = companyOptOutActions(amazon, shipped());
    expect(actions.slice(0, 3).map((a) => [a.kind, a.region ?? null, a.url])).toEqual([
      ['ad-settings', 'US', 'https://www.amazon.com/adprefs'],
      ['ad-settings', 'DE', 'https://www.amazon.de/adprefs'],
      ['data-deletion', null, 'https://www.amazon.com/privacy/data-deletion'],
    ]);
  });

  it('Meta: no curated page (its URL is unverified), only what the tracker database gives', async () => {
    const meta = await organization('facebook.net');
    const actions = companyOptOutActions(meta, shipped());
    expect(actions.map((a) => a.origin)).toEqual(['trackerdb', 'trackerdb']);
    expect(actions.map((a) => a.kind)).toEqual(['privacy-policy', 'privacy-contact-form']);
  });

  it('works without the data file, and for keys that are Object.prototype names', () => {
    expect(companyOptOutActions({ key: 'x', privacyContact: 'dpo@x.example' })).toEqual([
      { kind: 'privacy-email', url: 'mailto:dpo@x.example', origin: 'trackerdb' },
    ]);
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      expect(companyOptOutActions({ key }, shipped())).toEqual([]);
  });

  it('drops hostile or unusable policy URLs and contacts', () => {
    const data = shipped();
    for (const privacyPolicyUrl of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.example/', 'n/a'])
      for (const privacyContact of [
        'a@b.example?bcc=evil@x.example',
        'a@b.example\r\nBcc: evil@x.example',
        'mailto:a@b.example&cc=evil@x.example',
        '+49 40 881414-777',
        'n/a',
        'alexander.krull@webtrekk@com',
        'privacy＠friendlycaptcha.com',
        'javascript:alert(1)//a@b.example',
      ])
        expect(companyOptOutActions({ key: 'criteo', privacyPolicyUrl, privacyContact }, data)).toEqual([
          expect.objectContaining({ kind: 'opt-out', url: 'https://www.criteo.com/privacy/' }),
        ]);
  });

  it('the-trade-desk-style "at the privacy policy" entry is skipped when there is no usable policy', () => {
    expect(
      companyOptOutActions({ key: 'the_trade_desk', privacyPolicyUrl: 'javascript:x' }, shipped()),
    ).toEqual([]);
  });

  it('only ever returns http(s) or mailto: URLs without whitespace (property)', () => {
    const data = shipped();
    const keys = [...Object.keys(data.companies), 'facebook', '__proto__'];
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.option(fc.oneof(fc.string(), fc.webUrl(), fc.constant('javascript:alert(1)')), { nil: undefined }),
        fc.option(fc.oneof(fc.string(), fc.emailAddress(), fc.webUrl()), { nil: undefined }),
        (key, privacyPolicyUrl, privacyContact) => {
          for (const action of companyOptOutActions({ key, privacyPolicyUrl, privacyContact }, data)) {
            expect(action.url).toMatch(/^(https?:\/\/|mailto:)\S+$/);
            // eslint-disable-next-line no-control-regex -- looking for control characters
            expect(action.url).not.toMatch(/[\u0000-\u001f\u007f]/);
            if (action.url!.startsWith('mailto:')) expect(action.url).not.toMatch(/[?&]/);
          }
        },
      ),
    );
  });
});

describe('industryOptOutActions', () => {
  it('lists every industry page with its region and caveats, in file order', () => {
    const actions = industryOptOutActions(shipped());
    expect(actions.map((a) => [a.region, a.url])).toEqual([
      ['US', 'https://optout.networkadvertising.org/'],
      ['US', 'https://optout.aboutads.info/'],
      ['CA', 'https://youradchoices.ca/'],
      ['EU', 'https://www.youronlinechoices.eu/'],
      ['DE', 'https://www.ddow.de/praeferenzmanagement/'],
      ['AU', 'https://www.youronlinechoices.com.au/opt-out/'],
    ]);
    for (const action of actions) {
      expect(action.kind).toBe('industry');
      expect(action.caveats).toContain('per-browser-cookie');
      expect(action.name).toBeTruthy();
    }
  });

  it('puts the preferred regions first', () => {
    const regions = industryOptOutActions(shipped(), ['DE', 'EU']).map((a) => a.region);
    expect(regions).toEqual(['DE', 'EU', 'US', 'US', 'CA', 'AU']);
  });
});

describe('shopOptOutActions', () => {
  it('keeps the shop’s http(s) links and its buttons, drops other schemes and repeats', () => {
    expect(
      shopOptOutActions([
        { purpose: 'privacy-policy', href: 'https://www.shop.example/privacy', text: 'Privacy policy' },
        { purpose: 'privacy-policy', href: 'https://www.shop.example/privacy', text: 'Datenschutz' },
        { purpose: 'cookie-settings', text: 'Cookie settings' },
        { purpose: 'do-not-sell', href: 'javascript:void(0)', text: 'Do not sell' },
        { purpose: 'data-access', href: 'https://user:pw@evil.example/', text: 'Request my data' },
      ]),
    ).toEqual([
      {
        kind: 'shop-link',
        url: 'https://www.shop.example/privacy',
        purpose: 'privacy-policy',
        text: 'Privacy policy',
        origin: 'shop-page',
      },
      { kind: 'shop-link', purpose: 'cookie-settings', text: 'Cookie settings', origin: 'shop-page' },
    ]);
  });

  it('keeps page text plain, on one line and bounded', () => {
    const [action] = shopOptOutActions([
      {
        purpose: 'delete-account',
        href: 'https://www.shop.example/delete',
        text: `Delete\u202e\r\n<b>account</b>\u0000 ${'x'.repeat(500)}`,
      },
    ]);
    expect(action!.text).toMatch(/^Delete <b>account<\/b> x+…$/);
    expect(Array.from(action!.text!).length).toBeLessThanOrEqual(120);
  });
});

describe('URL and contact helpers', () => {
  it('accepts email addresses (optionally as mailto:) and web forms, nothing else', () => {
    expect(classifyContact('DPO@Criteo.COM')).toEqual({ kind: 'email', address: 'DPO@criteo.com' });
    expect(classifyContact('mailto:privacy@x.example')).toEqual({
      kind: 'email',
      address: 'privacy@x.example',
    });
    expect(classifyContact('https://x.example/form')).toEqual({ kind: 'url', url: 'https://x.example/form' });
    for (const bad of ['a..b@x.example', '.a@x.example', 'a@x', 'a b@x.example', '', undefined, null])
      expect(emailAddress(bad), String(bad)).toBeUndefined();
    expect(safeWebUrl('https://x.example/a b')).toBeUndefined();
    expect(safeWebUrl('https://x.example/\t')).toBeUndefined();
    expect(safeWebUrl(`https://x.example/${'a'.repeat(3000)}`)).toBeUndefined();
  });
});
