import { describe, expect, it } from 'vitest';
import { classifyRequest, classifyThirdParty, cookieTrafficDelta } from '../../../src/classify/request';
import { pageContextOf } from '../../../src/classify/page-context';
import { attributeTags } from '../../../src/classify/tag-attribution';
import { realMatcher } from '../helpers';

const page = pageContextOf('https://www.kaufhaus.example/produkt/42?session=abc')!;
const at = Date.UTC(2026, 10, 25);

describe('classifyRequest', () => {
  it('records a top-level navigation as a page visit of the retailer', async () => {
    const delta = classifyRequest({ url: page.url, type: 'main_frame', at }, page, await realMatcher());
    expect(delta).toMatchObject({
      retailer: 'kaufhaus.example',
      kind: 'page-visit',
      party: 'first',
      subject: 'kaufhaus.example',
    });
    expect(delta?.evidence?.page).toBe('https://www.kaufhaus.example/produkt/42');
  });

  it('records nothing for first-party sub-resources, including other subdomains of the shop', async () => {
    const matcher = await realMatcher();
    expect(
      classifyRequest({ url: 'https://www.kaufhaus.example/app.js', type: 'script', at }, page, matcher),
    ).toBeUndefined();
    expect(
      classifyRequest({ url: 'https://img.kaufhaus.example/a.png', type: 'image', at }, page, matcher),
    ).toBeUndefined();
  });

  it('attributes a third-party tracker request to its organisation, keeping no query in evidence', async () => {
    const delta = classifyRequest(
      { url: 'https://www.facebook.com/tr/?id=1&ev=Purchase&ud[em]=abc', type: 'image', at },
      page,
      await realMatcher(),
    );
    expect(delta).toMatchObject({
      retailer: 'kaufhaus.example',
      kind: 'third-party-request',
      party: 'third',
      subject: 'facebook.com',
      tracker: { orgKey: 'facebook' },
      evidence: {
        resource: 'https://www.facebook.com/tr/',
        resourceType: 'image',
        page: 'https://www.kaufhaus.example/produkt/42',
      },
    });
    expect(JSON.stringify(delta)).not.toContain('ud[em]');
  });

  it('records unknown third parties without an organisation', async () => {
    const delta = classifyRequest(
      { url: 'https://cdn.unknown-widgets.example/w.js', type: 'script', at },
      page,
      await realMatcher(),
    );
    expect(delta).toMatchObject({ subject: 'unknown-widgets.example', party: 'third' });
    expect(delta?.tracker).toBeUndefined();
  });

  it('ignores non-web URLs', async () => {
    expect(
      classifyRequest({ url: 'data:image/png;base64,AAAA', type: 'image', at }, page, await realMatcher()),
    ).toBeUndefined();
  });
});

describe('cookieTrafficDelta', () => {
  it('counts third-party cookie traffic without counting a new request', async () => {
    const base = classifyThirdParty(
      { url: 'https://sslwidget.criteo.com/event', type: 'image', at },
      page,
      await realMatcher(),
    )!;
    const delta = cookieTrafficDelta(base, { sentCookies: true, setCookies: true });
    expect(delta).toMatchObject({
      subject: 'criteo.com',
      tracker: { orgKey: 'criteo' },
      counters: { withCookies: 1, setsCookies: 1 },
      countsAsSighting: false,
    });
    expect(delta?.evidence).toBeUndefined();
  });

  it('is nothing without cookie traffic, and first-party requests have no third-party base', async () => {
    const base = classifyThirdParty(
      { url: 'https://sslwidget.criteo.com/event', type: 'image', at },
      page,
      await realMatcher(),
    )!;
    expect(cookieTrafficDelta(base, {})).toBeUndefined();
    expect(
      classifyThirdParty(
        { url: 'https://www.kaufhaus.example/api', type: 'xmlhttprequest', at },
        page,
        await realMatcher(),
      ),
    ).toBeUndefined();
  });
});

describe('attributeTags', () => {
  it('attributes reported tags to the vendor organisation of the retailer', async () => {
    const deltas = attributeTags(['meta-pixel', 'criteo-onetag', 'not-a-tag'], page, await realMatcher(), at);
    expect(deltas.map((d) => [d.subject, d.tracker?.orgKey, d.retailer])).toEqual([
      ['meta-pixel', 'facebook', 'kaufhaus.example'],
      ['criteo-onetag', 'criteo', 'kaufhaus.example'],
    ]);
  });

  it("records an engine's globals as the shop running that engine, at medium confidence", async () => {
    const deltas = attributeTags(['optimizely'], page, await realMatcher(), at);
    expect(deltas.map((d) => [d.kind, d.party, d.subject, d.counters])).toEqual([
      ['tag-installed', 'third', 'optimizely', undefined],
      ['engine-inference', 'first', 'optimizely|present', { medium: 1 }],
    ]);
  });
});
