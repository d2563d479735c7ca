/**
 * The offer a product page shows: whether it is a product page, and its price. Read from
 * structured data first (schema.org Product in JSON-LD or microdata, Open Graph product
 * tags), which is the same for a live page and its fetched HTML, then from the price elements
 * large shops use. Pure: works on any DOM (the live page, DOMParser output, linkedom in tests).
 */
import { parsePrice, structuredPrice, type Price } from './price';

export interface Offer {
  /** The page describes one product (structured data or a product price element). */
  isProduct: boolean;
  price?: Price;
  /** Where the price came from, so the comparison can say whether like was compared with like. */
  priceSource?: 'json-ld' | 'microdata' | 'meta' | 'element';
}

/** Price elements of large shops, most specific first (signals.md §4.4 style: ids change; text parsing stays). */
const PRICE_SELECTORS = [
  '#corePrice_feature_div .a-offscreen',
  '#corePriceDisplay_desktop_feature_div .a-offscreen',
  '#priceblock_ourprice',
  '#priceblock_dealprice',
  '.product-price .price',
  '[data-testid="price"]',
  '[data-test="product-price"]',
  '.price-current',
  '.product-price',
  '.price',
];

const MAX_JSON_LD_SCRIPTS = 20;
const MAX_JSON_LD_LENGTH = 200_000;

export function extractOffer(root: ParentNode): Offer {
  const fromJsonLd = jsonLdOffer(root);
  if (fromJsonLd) return fromJsonLd;
  const microdata = root.querySelector('[itemtype*="schema.org/Product" i]');
  if (microdata) {
    const price = microdataPrice(microdata);
    return price ? { isProduct: true, price, priceSource: 'microdata' } : { isProduct: true };
  }
  const metaPrice = structuredPrice(
    contentOf(root, 'meta[property="product:price:amount"], meta[property="og:price:amount"]'),
    contentOf(root, 'meta[property="product:price:currency"], meta[property="og:price:currency"]'),
  );
  if (metaPrice) return { isProduct: true, price: metaPrice, priceSource: 'meta' };
  for (const selector of PRICE_SELECTORS) {
    const text = root.querySelector(selector)?.textContent;
    const price = text ? parsePrice(text) : undefined;
    if (price) return { isProduct: true, price, priceSource: 'element' };
  }
  return { isProduct: false };
}

function jsonLdOffer(root: ParentNode): Offer | undefined {
  const scripts = [...root.querySelectorAll('script[type="application/ld+json"]')].slice(
    0,
    MAX_JSON_LD_SCRIPTS,
  );
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_LENGTH) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const product = findProduct(data, 0);
    if (!product) continue;
    const price = offerPrice(product.offers);
    return price ? { isProduct: true, price, priceSource: 'json-ld' } : { isProduct: true };
  }
  return undefined;
}

/** The first schema.org Product in a JSON-LD value (top level, an array, or an @graph). */
function findProduct(data: unknown, depth: number): Record<string, unknown> | undefined {
  if (depth > 4 || typeof data !== 'object' || data === null) return undefined;
  if (Array.isArray(data)) {
    for (const item of data.slice(0, 50)) {
      const found = findProduct(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = data as Record<string, unknown>;
  const type = record['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && /^(https?:\/\/schema\.org\/)?Product$/i.test(t)))
    return record;
  return findProduct(record['@graph'], depth + 1);
}

function offerPrice(offers: unknown): Price | undefined {
  const list = Array.isArray(offers) ? offers : [offers];
  for (const offer of list.slice(0, 20)) {
    if (typeof offer !== 'object' || offer === null) continue;
    const record = offer as Record<string, unknown>;
    const price =
      structuredPrice(record.price, record.priceCurrency) ??
      structuredPrice(record.lowPrice, record.priceCurrency) ??
      nestedPrice(record.priceSpecification);
    if (price) return price;
  }
  return undefined;
}

function nestedPrice(specification: unknown): Price | undefined {
  const list = Array.isArray(specification) ? specification : [specification];
  for (const item of list.slice(0, 10)) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    const price = structuredPrice(record.price, record.priceCurrency);
    if (price) return price;
  }
  return undefined;
}

function microdataPrice(scope: Element): Price | undefined {
  const element = scope.querySelector('[itemprop="price"]');
  if (!element) return undefined;
  const currency = scope.querySelector('[itemprop="priceCurrency"]');
  const amount = element.getAttribute('content') ?? element.textContent ?? '';
  return (
    structuredPrice(amount, currency?.getAttribute('content') ?? currency?.textContent ?? undefined) ??
    parsePrice(element.textContent ?? '')
  );
}

function contentOf(root: ParentNode, selector: string): string | undefined {
  return root.querySelector(selector)?.getAttribute('content') ?? undefined;
}
