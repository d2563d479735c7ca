import { describe, expect, it } from 'vitest';
import {
  companiesOfSummaries,
  companyDossiers,
  countByCategory,
  emptyProfile,
  eventStage,
  knowledgeOf,
  overviewOf,
  shopSummaryOf,
  timelineOf,
} from '../../../src/profile';
import { company, DAY, kaufhaus, T0 } from './kaufhaus';

describe('eventStage', () => {
  it.each([
    ['Purchase', 'purchase'],
    ['trans', 'purchase'],
    ['CompletePayment', 'purchase'],
    ['checkout', 'purchase'],
    ['add_to_cart', 'cart'],
    ['ADD_CART', 'cart'],
    ['InitiateCheckout', 'cart'],
    ['ViewContent', 'product-view'],
    ['view_item', 'product-view'],
    ['vp', 'product-view'],
    ['search', 'search'],
    ['PageView', 'page-view'],
    ['pageLoad', 'page-view'],
    ['custom', 'other'],
  ])('%s → %s', (event, stage) => {
    expect(eventStage(event)).toBe(stage);
  });
});

describe('knowledgeOf', () => {
  const items = knowledgeOf(kaufhaus());
  const byId = new Map(items.map((item) => [item.id, item]));

  it('says how each thing is known, under the right category', () => {
    expect(byId.get('you-told|email')).toMatchObject({
      category: 'contact',
      detail: 't•••@example.de',
      strength: 'certain',
    });
    expect(byId.get('you-told|name')).toMatchObject({ category: 'identity' });
    expect(byId.get('they-showed|greeting')).toMatchObject({
      category: 'identity',
      detail: 'Hallo T•••',
      strength: 'certain',
    });
    expect(byId.get('they-showed|delivery-location')).toMatchObject({
      category: 'location',
      strength: 'likely',
    });
    expect(byId.get('measured|canvas-fingerprint')).toMatchObject({
      category: 'device',
      heldBy: ['fingerprintjs'],
    });
    expect(byId.get('inferred|dynamic-yield|location')).toMatchObject({
      category: 'location',
      detail: 'Mannheim',
      strength: 'likely',
    });
  });

  it('merges what partners were told: one email item held by both, with every encoding', () => {
    expect(byId.get('partner-told|email')).toMatchObject({
      category: 'contact',
      heldBy: ['facebook', 'google'],
      encodings: ['plain', 'sha256'],
    });
    expect(byId.get('partner-told|purchase')).toMatchObject({
      category: 'purchases',
      count: 2,
      heldBy: ['facebook', 'google'],
    });
    expect(byId.get('partner-told|cart')).toMatchObject({ count: 2, heldBy: ['google'] });
    expect(byId.get('partner-told|product-view')).toMatchObject({ count: 3, heldBy: ['facebook'] });
    expect(byId.get('partner-told|browser-id')).toMatchObject({ category: 'identity', heldBy: ['facebook'] });
  });

  it('leaves out what is not knowledge about the user (an engine merely running)', () => {
    expect([...byId.keys()].some((id) => id.includes('present'))).toBe(false);
  });

  it('orders by category and counts per category for the chips', () => {
    const categories = items.map((item) => item.category);
    expect(categories.indexOf('identity')).toBeLessThan(categories.indexOf('device'));
    expect(countByCategory(items)).toEqual({
      identity: 3,
      contact: 2,
      location: 2,
      browsing: 2,
      purchases: 2,
      device: 1,
    });
  });

  it('finds nothing for a shop that showed and sent nothing personal', () => {
    const plain = emptyProfile('plain-shop.example', T0);
    plain.companies = { google: company('google') };
    expect(knowledgeOf(plain)).toEqual([]);
  });
});

describe('companyDossiers', () => {
  const second = emptyProfile('buchladen.de', T0 + 10 * DAY);
  second.companies = {
    facebook: company('facebook', {
      received: {
        identifiers: { email: ['sha256'] },
        beforeSubmit: 0,
        events: { 'meta:ViewContent': 20, 'meta:Purchase': 1 },
        persistentIdentifiers: [],
      },
      firstSeen: T0 + 10 * DAY,
      lastSeen: T0 + 12 * DAY,
    }),
  };

  it('adds up what each company was told across shops', () => {
    const [meta, google] = companyDossiers([kaufhaus(), second]);
    expect(meta).toMatchObject({
      orgKey: 'facebook',
      identifiers: { email: { shops: 2, encodings: ['sha256'] } },
      stages: { 'product-view': 23, purchase: 2, 'page-view': 5 },
      recognisesBrowserOn: 1,
      requests: 6,
      firstSeen: T0,
      lastSeen: T0 + 12 * DAY,
    });
    expect(meta!.shops.map((shop) => shop.retailer)).toEqual(['buchladen.de', 'kaufhaus-mannheim.de']);
    expect(google).toMatchObject({
      orgKey: 'google',
      identifiers: { email: { shops: 1, encodings: ['plain', 'sha256'] } },
    });
  });
});

describe('shop summaries', () => {
  it('hold the knowledge items and the company links of the profile they were made from', () => {
    const profile = kaufhaus();
    const summary = shopSummaryOf(profile);
    expect(summary.knowledge).toEqual(knowledgeOf(profile));
    expect(summary).toMatchObject({
      retailer: profile.retailer,
      pageViews: profile.pageViews,
      firstSeen: profile.firstSeen,
      lastSeen: profile.lastSeen,
    });
    expect(summary.companies.map((c) => c.orgKey).sort()).toEqual(Object.keys(profile.companies).sort());
    for (const link of summary.companies)
      expect(link).toEqual({
        orgKey: link.orgKey,
        requests: profile.companies[link.orgKey]!.requests,
        categories: profile.companies[link.orgKey]!.categories,
      });
  });

  it('count every company once per shop, most shops first', () => {
    const a = shopSummaryOf(kaufhaus());
    const b = { ...a, retailer: 'b.example', companies: a.companies.slice(0, 1) };
    const companies = companiesOfSummaries([a, b]);
    expect(companies[0]).toEqual({ orgKey: a.companies[0]!.orgKey, shops: 2 });
    expect(companies.map((c) => c.orgKey).sort()).toEqual(a.companies.map((c) => c.orgKey).sort());
  });
});

describe('overviewOf and timelineOf', () => {
  const other = emptyProfile('buchladen.de', T0 + 10 * DAY);
  other.identifiersGiven = {
    'email|d1': {
      kind: 'email',
      masked: 't•••@example.de',
      firstSeen: T0 + 10 * DAY,
      lastSeen: T0 + 10 * DAY,
    },
  };
  other.companies = {
    facebook: company('facebook', {
      received: {
        identifiers: { email: ['sha256'] },
        beforeSubmit: 0,
        events: {},
        persistentIdentifiers: [],
      },
      firstSeen: T0 + 10 * DAY,
      lastSeen: T0 + 10 * DAY,
    }),
  };
  const items = [...knowledgeOf(kaufhaus()), ...knowledgeOf(other)];

  it('shows every item with who knows it: "Email — 2 shops, sent to Meta by 2 of them"', () => {
    const email = overviewOf(items).find((entry) => entry.key === 'contact|email')!;
    expect(email.shops.map((shop) => [shop.retailer, shop.how.sort()])).toEqual([
      ['kaufhaus-mannheim.de', ['partner-told', 'you-told']],
      ['buchladen.de', ['partner-told', 'you-told']],
    ]);
    expect(email.heldBy).toEqual({
      facebook: ['buchladen.de', 'kaufhaus-mannheim.de'],
      google: ['kaufhaus-mannheim.de'],
    });
    expect(email.detail).toBe('t•••@example.de');
  });

  it('at hundreds of shops: every shop once, in order of first sight, every holder with its shops', () => {
    const told = {
      identifiers: { email: ['sha256'] },
      beforeSubmit: 0,
      events: {},
      persistentIdentifiers: [],
    };
    const shops = Array.from({ length: 300 }, (_, i) => {
      const shop = emptyProfile(`shop-${String(i).padStart(3, '0')}.example`, T0 + (i % 7) * DAY);
      shop.identifiersGiven = other.identifiersGiven;
      const orgKey = i % 3 === 0 ? 'google' : 'facebook';
      shop.companies = { [orgKey]: company(orgKey, { received: told }) };
      return shop;
    });
    const items = shops.flatMap((shop) => knowledgeOf(shop));
    // Every item twice: merging must list no shop, and no shop under a holder, twice.
    const email = overviewOf([...items, ...items]).find((entry) => entry.key === 'contact|email')!;
    expect(email.shops).toHaveLength(300);
    expect(new Set(email.shops.map((shop) => shop.retailer)).size).toBe(300);
    const firstSeen = email.shops.map((shop) => shop.firstSeen);
    expect(firstSeen).toEqual([...firstSeen].sort((a, b) => a - b));
    const byHolder = (orgKey: string) =>
      shops.filter((shop) => shop.companies[orgKey]).map((shop) => shop.retailer);
    expect(email.heldBy).toEqual({ google: byHolder('google'), facebook: byHolder('facebook') });
    expect(email.encodings).toEqual(['sha256']);
  });

  it('lists when each thing was learned, newest first', () => {
    const timeline = timelineOf(items);
    expect(timeline[0]!.retailer).toBe('buchladen.de');
    expect(timeline.at(-1)!.firstSeen).toBe(T0);
    expect(timelineOf(items, 3)).toHaveLength(3);
  });
});
