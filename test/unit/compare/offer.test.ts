import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractOffer, pageViewOf, parsePageView } from '../../../src/compare';

const page = (head: string, body = '') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document;

describe('extractOffer', () => {
  it('reads a schema.org Product from JSON-LD, also inside @graph and arrays', () => {
    const direct = page(
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Kettle","offers":{"@type":"Offer","price":"44.99","priceCurrency":"EUR"}}</script>`,
    );
    expect(extractOffer(direct)).toMatchObject({
      isProduct: true,
      priceSource: 'json-ld',
      price: { amount: 44.99, currency: 'EUR' },
    });
    const graph = page(
      `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["Product"],"offers":[{"priceSpecification":{"price":12,"priceCurrency":"USD"}}]}]}</script>`,
    );
    expect(extractOffer(graph).price).toMatchObject({ amount: 12, currency: 'USD' });
  });

  it('skips broken JSON-LD and falls back to microdata, Open Graph, then price elements', () => {
    const microdata = page(
      '<script type="application/ld+json">{not json</script>',
      '<div itemscope itemtype="https://schema.org/Product"><span itemprop="price" content="19.90">19,90 €</span><meta itemprop="priceCurrency" content="EUR"></div>',
    );
    expect(extractOffer(microdata)).toMatchObject({
      priceSource: 'microdata',
      price: { amount: 19.9, currency: 'EUR' },
    });
    const meta = page(
      '<meta property="product:price:amount" content="7.00"><meta property="product:price:currency" content="GBP">',
    );
    expect(extractOffer(meta)).toMatchObject({ priceSource: 'meta', price: { amount: 7, currency: 'GBP' } });
    const element = page('', '<div id="corePrice_feature_div"><span class="a-offscreen">$23.49</span></div>');
    expect(extractOffer(element)).toMatchObject({
      priceSource: 'element',
      price: { amount: 23.49, currency: 'USD' },
    });
  });

  it('says a page without product data is not a product page', () => {
    expect(
      extractOffer(page('<title>Home</title>', '<h2>Bestsellers</h2><p>Free delivery over €50</p>')),
    ).toEqual({
      isProduct: false,
    });
  });

  const corpusPage = join(
    import.meta.dirname,
    '..',
    '..',
    '..',
    '..',
    'shared',
    'corpus',
    'pages',
    'amazon-7.html',
  );
  it.skipIf(!existsSync(corpusPage))('finds the price of a real product page (corpus amazon-7.html)', () => {
    const offer = extractOffer(parseHTML(readFileSync(corpusPage, 'utf8')).document);
    expect(offer.isProduct).toBe(true);
    expect(offer.price?.amount).toBeGreaterThan(0);
  });
});

describe('pageViewOf and parsePageView', () => {
  it('builds a view of a page and accepts it back only when well-formed', () => {
    const document = parseHTML(
      `<!doctype html><html lang="en"><head><script type="application/ld+json">{"@type":"Product","offers":{"price":"49.99","priceCurrency":"EUR"}}</script></head><body><div id="nav-link-accountList"><span>Hello, Theo</span></div><h2>Recommended for you</h2><h2>Bestsellers</h2></body></html>`,
    ).document;
    const view = pageViewOf(document);
    expect(view.offer.price).toMatchObject({ amount: 49.99, currency: 'EUR' });
    expect(view.findings.map((f) => f.signal).sort()).toEqual(['greeting', 'personal-recommendations']);
    expect(parsePageView(JSON.parse(JSON.stringify(view)))).toEqual(view);
    expect(parsePageView({ ...view, extra: 1 })).toBeUndefined();
    expect(parsePageView({ ...view, findings: [{ signal: 'rm -rf', evidence: 'x' }] })).toBeUndefined();
    expect(
      parsePageView({ offer: { isProduct: true, price: { amount: -1, text: '' } }, findings: [] }),
    ).toBeUndefined();
  });
});
