import { describe, expect, it } from 'vitest';
import { interpretEngineCookies, parseCookieString } from '../../../src/detectors/page/engine-cookies';

const meanings = (cookieString: string) =>
  interpretEngineCookies(parseCookieString(cookieString)).map((f) => [f.engine, f.meaning, f.detail ?? null]);

describe('interpretEngineCookies', () => {
  it('reads the city Dynamic Yield guessed', () => {
    expect(
      meanings('_dy_geo=US.NA.US_CA.US_CA_San%20Diego; _dy_df_geo=United%20States.California.San%20Diego'),
    ).toEqual([
      ['dynamic-yield', 'location', 'San Diego'],
      ['dynamic-yield', 'location', 'San Diego'],
    ]);
  });

  it('reads Optimizely first-seen time and experiment buckets', () => {
    expect(
      meanings(
        'optimizelyEndUserId=oeu1700000000000r0.123; optimizelyBuckets=%7B%221%22%3A%222%22%2C%223%22%3A%224%22%7D',
      ),
    ).toEqual([
      ['optimizely', 'profile-id', null],
      ['optimizely', 'first-seen', 1700000000000],
      ['optimizely', 'experiments', 2],
    ]);
  });

  it('reads Monetate segments and Bloomreach visit counts', () => {
    expect(meanings('mt.m=%7B%22membership%22%3A%5B%22a%22%2C%22b%22%2C%22c%22%5D%7D')).toEqual([
      ['monetate', 'segments', 3],
    ]);
    expect(meanings('_br_uid_2=uid=123:v=13.0:ts=1700000000000:hc=42:cdp_segments=YWJj')).toEqual([
      ['bloomreach', 'profile-id', null],
      ['bloomreach', 'visit-count', 42],
      ['bloomreach', 'first-seen', 1700000000000],
      ['bloomreach', 'segments', null],
    ]);
  });

  it('tells whether Einstein built a profile, and which products you browsed', () => {
    expect(meanings('__cq_seg=0~0.00!1~0.00!2~0.00')).toEqual([]);
    expect(meanings('__cq_seg=0~0.42!1~-0.55!2~0.03')).toEqual([
      ['salesforce-einstein', 'profile-built', null],
    ]);
    const browsed = encodeURIComponent(JSON.stringify({ 'Sites-shop': [{ id: 'P-1' }, { id: 'P-2' }] }));
    expect(meanings(`__cq_bc=${browsed}`)).toEqual([['salesforce-einstein', 'browsed-products', 'P-1, P-2']]);
  });

  it('tells when Klaviyo has tied the browser to an email', () => {
    const linked = btoa(JSON.stringify({ cid: 'x', $exchange_id: 'enc' }));
    expect(meanings(`__kla_id=${linked}`)).toEqual([['klaviyo', 'email-linked', null]]);
    expect(meanings(`__kla_id=${btoa(JSON.stringify({ cid: 'x' }))}`)).toEqual([
      ['klaviyo', 'profile-id', null],
    ]);
  });

  it('reads Tealium sessions and pages, Segment identification', () => {
    expect(
      meanings(
        'utag_main=v_id:0188$_sn:7$_se:3$_ss:0$_st:1700000000000$ses_id:1700000000000%3Bexp-session$_pn:4%3Bexp-session',
      ),
    ).toEqual([
      ['tealium', 'visit-count', 7],
      ['tealium', 'session-pages', 4],
    ]);
    expect(meanings('ajs_user_id=%22u-123%22')).toEqual([['segment', 'identified', null]]);
    expect(meanings('ajs_user_id=null')).toEqual([]);
  });

  it('reads JD.com location, visits and traffic source, and Taobao login', () => {
    expect(
      meanings(
        'ipLoc-djd=1-72-2799-0; __jda=122270672.1700000000000123456.1700000000.1700000500.1700000900.9; __jdv=122270672|baidu|-|organic|not set|1700000000000',
      ),
    ).toEqual([
      ['jd', 'location', 'district'],
      ['jd', 'profile-id', null],
      ['jd', 'visit-count', 9],
      ['jd', 'first-seen', 1700000000000],
      ['jd', 'traffic-source', 'baidu'],
    ]);
    expect(meanings('_nk_=\\u5f20\\u4e09; cna=abcDEF123')).toEqual([
      ['alibaba', 'identified', null],
      ['alibaba', 'profile-id', null],
    ]);
  });

  it('ignores unrelated cookies and malformed values without throwing', () => {
    expect(
      meanings('session=abc; theme=dark; optimizelyBuckets=%7Bbroken; mt.m=%E0%A4%A; __kla_id=!!!'),
    ).toEqual([['klaviyo', 'profile-id', null]]);
  });
});

it('names every engine it interprets', async () => {
  const { ENGINE_NAMES } = await import('../../../src/detectors/page/engine-cookies');
  const engines = new Set(
    interpretEngineCookies(
      parseCookieString(
        '_dyid=1; optimizelyBuckets=%7B%221%22%3A%222%22%7D; mbox=PC%23abc; mt.v=2.1.1700000000000; 2c.cId=1; _br_uid_2=hc=1; __cq_seg=0~0.5; _ALGOLIA=anonymous-1; scarab.visitor=1; __kla_id=x; utag_main=_sn:1; ajs_user_id=u; pin=p; cna=c',
      ),
    ).map((f) => f.engine),
  );
  expect([...engines].filter((engine) => !ENGINE_NAMES[engine])).toEqual([]);
  expect(engines.size).toBe(14);
});

describe('parseCookieString', () => {
  it('splits names and values, keeping = inside values', () => {
    expect(parseCookieString(' a=1; b=x=y ;bad; c=')).toEqual([
      { name: 'a', value: '1' },
      { name: 'b', value: 'x=y' },
      { name: 'c', value: '' },
    ]);
  });
});
