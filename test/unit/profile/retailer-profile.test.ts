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
          firstSeen: at,
          lastSeen: at + 9,
        },
      },
      unknownThirdParties: {
        'unknown.example': { domain: 'unknown.example', requests: 1, firstSeen: at, lastSeen: at },
      },
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
