import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observationId, type Observation, type ObservationDelta } from '../../../src/model';
import { applyObservationChange, buildProfile, mergeObservation } from '../../../src/profile';

const retailer = 'shop.example';
const orgOf: Record<string, string | undefined> = {
  'facebook.net': 'facebook',
  'facebook.com': 'facebook',
  'google-analytics.com': 'google',
  'unknown.example': undefined,
};

const deltaArbitrary: fc.Arbitrary<ObservationDelta> = fc.oneof(
  fc.record({ at: fc.integer({ min: 1, max: 1e6 }) }).map(({ at }) => ({
    retailer,
    kind: 'page-visit' as const,
    party: 'first' as const,
    subject: retailer,
    at,
  })),
  fc
    .record({
      subject: fc.constantFrom(...Object.keys(orgOf)),
      at: fc.integer({ min: 1, max: 1e6 }),
      // Header deltas carry no tracker and do not count as a request.
      headerOnly: fc.boolean(),
      category: fc.constantFrom('advertising', 'site_analytics'),
    })
    .map(({ subject, at, headerOnly, category }): ObservationDelta => {
      const orgKey = orgOf[subject];
      const delta: ObservationDelta = { retailer, kind: 'third-party-request', party: 'third', subject, at };
      if (headerOnly) {
        delta.counters = { withCookies: 1 };
        delta.countsAsSighting = false;
      } else if (orgKey) {
        delta.tracker = { orgKey, patternKey: orgKey, category };
      }
      return delta;
    }),
  // What recipients received: identifiers, events and identifier cookies, to a company or an unknown domain.
  fc
    .record({
      at: fc.integer({ min: 1, max: 1e6 }),
      recipient: fc.constantFrom(...Object.keys(orgOf)),
      kind: fc.constantFrom(
        'identifier-sent' as const,
        'event-sent' as const,
        'persistent-identifier' as const,
      ),
      detail: fc.constantFrom('email|sha256', 'phone|plain', 'meta|Purchase', 'fr'),
      beforeSubmit: fc.boolean(),
    })
    .map(({ at, recipient, kind, detail, beforeSubmit }): ObservationDelta => {
      const orgKey = orgOf[recipient];
      const delta: ObservationDelta = {
        retailer,
        kind,
        party: 'third',
        subject: `${recipient}|${detail}`,
        at,
      };
      if (orgKey) delta.tracker = { orgKey, patternKey: orgKey, category: 'advertising' };
      if (kind === 'identifier-sent' && beforeSubmit) delta.counters = { beforeSubmit: 1 };
      return delta;
    }),
  fc
    .record({
      at: fc.integer({ min: 1, max: 1e6 }),
      subject: fc.constantFrom('dynamic-yield|location', 'jd|visit-count'),
      detail: fc.constantFrom('Mannheim', 7),
    })
    .map(({ at, subject, detail }): ObservationDelta => ({
      retailer,
      kind: 'engine-inference',
      party: 'first',
      subject,
      at,
      detail,
    })),
  fc
    .record({
      at: fc.integer({ min: 1, max: 1e6 }),
      subject: fc.constantFrom(
        'privacy-policy|https://shop.example/privacy',
        'cookie-settings|Cookie settings',
      ),
    })
    .map(({ at, subject }): ObservationDelta => ({
      retailer,
      kind: 'privacy-link',
      party: 'first',
      subject,
      at,
      detail: 'text',
    })),
  fc
    .record({
      at: fc.integer({ min: 1, max: 1e6 }),
      signal: fc.constantFrom('greeting', 'recently-viewed'),
      confidence: fc.constantFrom('high', 'low'),
    })
    .map(({ at, signal, confidence }): ObservationDelta => ({
      retailer,
      kind: 'personalization',
      party: 'first',
      subject: signal,
      at,
      detail: 'Hello, T•••',
      where: 'h2',
      counters: { [confidence]: 1 },
    })),
  fc
    .record({ at: fc.integer({ min: 1, max: 1e6 }), value: fc.constantFrom('email:ab12', 'phone:cd34') })
    .map(({ at, value }): ObservationDelta => ({
      retailer,
      kind: 'identifier-given',
      party: 'first',
      subject: value,
      at,
      masked: 'x•••',
    })),
  fc
    .record({
      at: fc.integer({ min: 1, max: 1e6 }),
      code: fc.constantFrom('canvas-fingerprint', 'session-recording'),
      script: fc.constantFrom(retailer, 'openfpcdn.io', 'facebook.net'),
    })
    .map(({ at, code, script }): ObservationDelta => {
      const delta: ObservationDelta = {
        retailer,
        kind: 'api-signal',
        party: script === retailer ? 'first' : 'third',
        subject: `${code}|${script}`,
        at,
        counters: { calls: 2 },
      };
      if (script === 'facebook.net')
        delta.tracker = { orgKey: 'facebook', patternKey: 'facebook', category: 'advertising' };
      return delta;
    }),
  fc
    .record({ at: fc.integer({ min: 1, max: 1e6 }), subject: fc.constantFrom('meta-pixel', 'google-tag') })
    .map(({ at, subject }): ObservationDelta => ({
      retailer,
      kind: 'tag-installed',
      party: 'third',
      subject,
      at,
      tracker: {
        orgKey: subject === 'meta-pixel' ? 'facebook' : 'google',
        patternKey: subject,
        category: 'advertising',
      },
    })),
);

/** Apply deltas in batches the way the store does: merge per observation, then one profile change each. */
function incremental(batches: ObservationDelta[][]) {
  const observations = new Map<string, Observation>();
  let profile;
  for (const batch of batches) {
    const before = new Map<string, Observation | undefined>();
    for (const delta of batch) {
      const id = observationId(delta);
      if (!before.has(id)) before.set(id, observations.get(id));
      observations.set(id, mergeObservation(observations.get(id), delta));
    }
    for (const [id, old] of before) profile = applyObservationChange(profile, old, observations.get(id)!);
  }
  return { profile, observations };
}

describe('retailer profile', () => {
  it('incremental updates equal a rebuild from the observations, whatever the order and batching', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(deltaArbitrary, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 8 }),
        (batches) => {
          const { profile, observations } = incremental(batches);
          expect(profile).toEqual(buildProfile(retailer, observations.values()));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts requests, cookies, categories, domains and tags per company', () => {
    const at = 1000;
    const { profile } = incremental([
      [
        { retailer, kind: 'page-visit', party: 'first', subject: retailer, at },
        {
          retailer,
          kind: 'third-party-request',
          party: 'third',
          subject: 'facebook.net',
          at,
          tracker: { orgKey: 'facebook', patternKey: 'facebook_connect', category: 'site_analytics' },
        },
        {
          retailer,
          kind: 'third-party-request',
          party: 'third',
          subject: 'facebook.com',
          at: at + 5,
          tracker: { orgKey: 'facebook', patternKey: 'facebook', category: 'advertising' },
        },
        {
          retailer,
          kind: 'third-party-request',
          party: 'third',
          subject: 'facebook.com',
          at: at + 9,
          tracker: { orgKey: 'facebook', patternKey: 'facebook', category: 'advertising' },
        },
        {
          retailer,
          kind: 'third-party-request',
          party: 'third',
          subject: 'facebook.com',
          at: at + 9,
          counters: { withCookies: 1 },
          countsAsSighting: false,
        },
        {
          retailer,
          kind: 'tag-installed',
          party: 'third',
          subject: 'meta-pixel',
          at,
          tracker: { orgKey: 'facebook', patternKey: 'meta-pixel', category: 'advertising' },
        },
        { retailer, kind: 'third-party-request', party: 'third', subject: 'unknown.example', at },
      ],
    ]);
    expect(profile).toEqual({
      retailer,
      firstSeen: at,
      lastSeen: at + 9,
      pageViews: 1,
      companies: {
        facebook: {
          orgKey: 'facebook',
          requests: 3,
          requestsWithCookies: 1,
          cookiesSet: 0,
          // Two advertising requests and the Meta pixel tag found in the page.
          categories: { site_analytics: 1, advertising: 3 },
          domains: ['facebook.com', 'facebook.net'],
          tags: ['meta-pixel'],
          received: { identifiers: {}, beforeSubmit: 0, events: {}, persistentIdentifiers: [] },
          apiSignals: [],
          // Two request observations (facebook.net, facebook.com) and the tag.
          observations: 3,
          firstSeen: at,
          lastSeen: at + 9,
        },
      },
      unknownThirdParties: {
        'unknown.example': {
          domain: 'unknown.example',
          requests: 1,
          received: { identifiers: {}, beforeSubmit: 0, events: {}, persistentIdentifiers: [] },
          observations: 1,
          firstSeen: at,
          lastSeen: at,
        },
      },
      identifiersGiven: {},
      apiSignals: {},
      engineInferences: {},
      privacyLinks: {},
      personalization: {},
    });
  });

  it("gives a company known only from a tag in the page the tag vendor's category", () => {
    const { profile } = incremental([
      [
        {
          retailer,
          kind: 'tag-installed',
          party: 'third',
          subject: 'hotjar',
          at: 1,
          tracker: { orgKey: 'hotjar', patternKey: 'hotjar', category: 'site_analytics' },
        },
      ],
    ]);
    expect(profile?.companies['hotjar']).toMatchObject({
      requests: 0,
      tags: ['hotjar'],
      categories: { site_analytics: 1 },
    });
  });

  it('collects what each recipient received, and what the user gave the shop', () => {
    const meta = { orgKey: 'facebook', patternKey: 'facebook', category: 'advertising' };
    const { profile } = incremental([
      [
        {
          retailer,
          kind: 'identifier-given',
          party: 'first',
          subject: 'email:0f3a',
          at: 1,
          masked: 't•••@example.com',
        },
        {
          retailer,
          kind: 'identifier-sent',
          party: 'third',
          subject: 'facebook.com|email|sha256',
          at: 2,
          tracker: meta,
          counters: { beforeSubmit: 1 },
        },
        {
          retailer,
          kind: 'identifier-sent',
          party: 'third',
          subject: 'facebook.com|email|plain',
          at: 3,
          tracker: meta,
        },
        {
          retailer,
          kind: 'event-sent',
          party: 'third',
          subject: 'facebook.com|meta|Purchase',
          at: 4,
          tracker: meta,
        },
        {
          retailer,
          kind: 'event-sent',
          party: 'third',
          subject: 'facebook.com|meta|Purchase',
          at: 5,
          tracker: meta,
        },
        {
          retailer,
          kind: 'persistent-identifier',
          party: 'third',
          subject: 'facebook.com|fr',
          at: 6,
          tracker: meta,
        },
        {
          retailer,
          kind: 'identifier-sent',
          party: 'third',
          subject: 'collector.example|phone|sha256',
          at: 7,
        },
        {
          retailer,
          kind: 'api-signal',
          party: 'third',
          subject: 'canvas-fingerprint|facebook.net',
          at: 8,
          tracker: meta,
        },
        { retailer, kind: 'api-signal', party: 'first', subject: 'geolocation-request|shop.example', at: 9 },
      ],
    ]);
    expect(profile?.identifiersGiven).toEqual({
      'email:0f3a': { kind: 'email', masked: 't•••@example.com', firstSeen: 1, lastSeen: 1 },
    });
    expect(profile?.companies['facebook']?.received).toEqual({
      identifiers: { email: ['plain', 'sha256'] },
      beforeSubmit: 1,
      events: { 'meta:Purchase': 2 },
      persistentIdentifiers: ['fr'],
    });
    expect(profile?.companies['facebook']?.apiSignals).toEqual(['canvas-fingerprint']);
    expect(profile?.unknownThirdParties['collector.example']?.received.identifiers).toEqual({
      phone: ['sha256'],
    });
    expect(Object.values(profile?.apiSignals ?? {}).map((s) => [s.code, s.party])).toEqual([
      ['canvas-fingerprint', 'third'],
      ['geolocation-request', 'first'],
    ]);
  });

  it('moves a domain from unknown to its company once a request is attributed', () => {
    const headerFirst: ObservationDelta = {
      retailer,
      kind: 'third-party-request',
      party: 'third',
      subject: 'facebook.com',
      at: 1,
      counters: { setsCookies: 1 },
      countsAsSighting: false,
    };
    const request: ObservationDelta = {
      retailer,
      kind: 'third-party-request',
      party: 'third',
      subject: 'facebook.com',
      at: 2,
      tracker: { orgKey: 'facebook', patternKey: 'facebook', category: 'advertising' },
    };
    const { profile } = incremental([[headerFirst], [request]]);
    expect(profile?.unknownThirdParties).toEqual({});
    expect(profile?.companies['facebook']).toMatchObject({ requests: 1, cookiesSet: 1 });
  });
});

describe('mergeObservation', () => {
  it('keeps the first sighting and the most recent evidence, bounded', () => {
    let observation: Observation | undefined;
    for (let i = 0; i < 10; i++) {
      observation = mergeObservation(observation, {
        retailer,
        kind: 'page-visit',
        party: 'first',
        subject: retailer,
        at: i,
        evidence: { at: i, page: `https://shop.example/p/${i}` },
      });
    }
    expect(observation!.count).toBe(10);
    expect(observation!.evidence.map((e) => e.page)).toEqual([
      'https://shop.example/p/0',
      'https://shop.example/p/7',
      'https://shop.example/p/8',
      'https://shop.example/p/9',
    ]);
  });

  it('collapses repeats of the same page and resource into one evidence entry', () => {
    let observation: Observation | undefined;
    for (let i = 0; i < 3; i++) {
      observation = mergeObservation(observation, {
        retailer,
        kind: 'third-party-request',
        party: 'third',
        subject: 'criteo.com',
        at: i,
        evidence: { at: i, page: 'https://shop.example/', resource: 'https://sslwidget.criteo.com/event' },
      });
    }
    expect(observation!.evidence).toEqual([
      { at: 2, page: 'https://shop.example/', resource: 'https://sslwidget.criteo.com/event' },
    ]);
  });
});
