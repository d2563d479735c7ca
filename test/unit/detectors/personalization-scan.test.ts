/** The registry src/detectors/page/index.ts: scanPersonalization over small shop pages. */
import { describe, expect, it } from 'vitest';
import { PAGE_DETECTORS, scanPersonalization } from '../../../src/detectors/page';
import type { PageDetector } from '../../../src/detectors/page/personalization-signals';
import { dom, scan, signals } from './personalization-dom';

const EN_SHOP = `
  <div id="nav-link-accountList"><span id="nav-link-accountList-nav-line-1">Hello, Theo</span></div>
  <div id="glow-ingress-block"><span id="glow-ingress-line1">Deliver to Theo</span> <span id="glow-ingress-line2">Berlin 10115</span></div>
  <div class="p13n-carousel"><h2 class="p13n-title">Inspired by your browsing history</h2></div>
  <div id="rhf" aria-label="Your recently viewed items"></div>
  <h2>Customers who bought this item also bought</h2>
  <div class="payment"><span>Visa ending in 4242</span></div>`;

const DE_SHOP = `
  <div id="nav-link-accountList"><span class="nav-line-1">Hallo Theo</span></div>
  <h2>Empfehlungen für dich</h2><h3>Zuletzt angesehen</h3><h3>Dein Geburtstagsgutschein</h3>`;

const ZH_SHOP = `
  <li id="ttbar-login"><a class="nick">您好，王先生</a></li>
  <div id="ttbar-mycity"><div class="delivery-location">配送至</div><div>北京</div></div>
  <h2>猜你喜欢</h2><h2>最近浏览</h2><a>我的积分 520</a>`;

const NEGATIVE = `<h2>Recommended</h2><h2>Bestseller</h2><h2>Empfohlen</h2><h2>推荐</h2><h2>热销</h2>
  <h2>Sponsored</h2><p>We recommend these for you in our blog post.</p>`;

describe('personalization-scan', () => {
  it('registers every detector once, in order', () => {
    const ids = PAGE_DETECTORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('greeting');
  });

  it('finds the signals of an English shop with masked evidence', () => {
    const findings = scan(EN_SHOP, 'en-US');
    expect(signals(findings)).toEqual([
      'delivery-location',
      'greeting',
      'personal-recommendations',
      'recently-viewed',
      'saved-payment',
    ]);
    const evidence = findings.map((f) => f.evidence).join(' | ');
    expect(evidence).not.toMatch(/10115|4242/u);
    expect(findings.find((f) => f.signal === 'greeting')?.evidence).toBe('Hello, T•••');
    expect(findings.find((f) => f.signal === 'personal-recommendations')).toMatchObject({
      where: 'h2.p13n-title',
      confidence: 'high',
    });
  });

  it('finds the signals of a German and a Chinese shop', () => {
    expect(signals(scan(DE_SHOP, 'de-DE'))).toEqual([
      'birthday-offer',
      'greeting',
      'personal-recommendations',
      'recently-viewed',
    ]);
    expect(signals(scan(ZH_SHOP, 'zh-CN'))).toEqual([
      'delivery-location',
      'greeting',
      'loyalty',
      'personal-recommendations',
      'recently-viewed',
    ]);
  });

  it('finds nothing personal on a page with generic headings', () => {
    for (const lang of ['en', 'de', 'zh', undefined]) expect(scan(NEGATIVE, lang)).toEqual([]);
  });

  it('takes the language from the option, then <html lang>, then the script', () => {
    expect(signals(scan('<h2>Zuletzt angesehen</h2>', undefined, undefined, { lang: 'de' }))).toEqual([
      'recently-viewed',
    ]);
    expect(signals(scan('<h2>最近瀏覽</h2>'))).toEqual(['recently-viewed']);
    expect(signals(scan('<h2>Zuletzt angesehen und für Sie</h2>'))).toEqual(['recently-viewed']);
  });

  it('reports a container and the element inside it once, with the inner evidence', () => {
    const body = `<div class="payment-box"><div class="payment-row">Payment method <span class="payment">Visa ending in 4242</span></div></div>`;
    expect(scan(body, 'en')).toMatchObject([
      { signal: 'saved-payment', evidence: 'Visa ending in ••••', where: 'span.payment' },
    ]);
  });

  it('downgrades widgets on a logged-out page', () => {
    const body = `<div id="nav-link-accountList"><span>Hello, sign in</span></div>
      <div class="p13n-carousel"><h2>Recommended for you</h2></div>`;
    expect(scan(body, 'en')).toMatchObject([{ signal: 'personal-recommendations', confidence: 'medium' }]);
  });

  it('scans an element subtree, and never throws', () => {
    const doc = dom(
      `<div id="a"><h2>Recently viewed</h2></div><div id="b"><h2>Buy it again</h2></div>`,
      'en',
    );
    expect(signals(scanPersonalization(doc.querySelector('#b')!, { lang: 'en' }))).toEqual(['buy-again']);
    const broken: PageDetector = {
      id: 'broken',
      detect: () => {
        throw new Error('boom');
      },
    };
    expect(signals(scanPersonalization(doc, {}, [broken, ...PAGE_DETECTORS]))).toEqual([
      'buy-again',
      'recently-viewed',
    ]);
    expect(scanPersonalization({} as ParentNode)).toEqual([]);
  });
});

describe('names revealed by a greeting', () => {
  it('are masked in every other finding’s evidence too, and never returned', () => {
    const findings = scanPersonalization(
      dom(
        `
        <div id="nav-link-accountList"><span id="nav-link-accountList-nav-line-1">Hello, Theo</span></div>
        <div id="glow-ingress-block"><span id="glow-ingress-line1">Deliver to Theo</span></div>
        <section class="p13n-carousel"><h2>Recommended for you, Theo</h2></section>
      `,
        'en',
      ),
    );
    expect(findings.map((f) => f.evidence)).toEqual([
      'Hello, T•••',
      'Deliver to T•••',
      'Recommended for you, T•••',
    ]);
    expect(JSON.stringify(findings)).not.toContain('Theo');
    expect(findings.some((f) => 'personalNames' in f)).toBe(false);
  });
});

describe('scanSteps', () => {
  it('pauses every SCAN_SLICE candidates and returns what scanPersonalization returns', async () => {
    const { SCAN_SLICE, scanSteps } = await import('../../../src/detectors/page');
    const many = Array.from({ length: 120 }, (_, i) => `<h3>Product ${i}</h3>`).join('');
    const page = dom(
      `${many}<div id="nav-link-accountList"><span>Hello, Theo</span></div><h2>Recently viewed</h2>`,
      'en',
    );
    const steps = scanSteps(page);
    let pauses = 0;
    let result;
    for (;;) {
      const step = steps.next();
      if (step.done) {
        result = step.value;
        break;
      }
      pauses += 1;
    }
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(120 / SCAN_SLICE));
    expect(result).toEqual(scanPersonalization(page));
    expect(result.map((f) => f.signal).sort()).toEqual(['greeting', 'recently-viewed']);
  });
});
