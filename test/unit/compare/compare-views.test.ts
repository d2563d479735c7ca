import { describe, expect, it } from 'vitest';
import { compareViews, parsePrice, type PageView } from '../../../src/compare';
import type { PersonalizationSignal } from '../../../src/detectors/page/personalization-signals';

const finding = (signal: PersonalizationSignal, evidence: string = signal) => ({ signal, evidence });
const view = (price: string | undefined, findings: PageView['findings'] = []): PageView => ({
  offer: price ? { isProduct: true, price: parsePrice(price)!, priceSource: 'element' } : { isProduct: true },
  findings,
});

describe('compareViews', () => {
  it('reports a price difference when both anonymous views agree', () => {
    const result = compareViews(view('€49.99'), [view('€44.99'), view('€44.99')]);
    expect(result.price).toMatchObject({
      status: 'differs',
      you: { amount: 49.99 },
      anonymous: { amount: 44.99 },
    });
  });

  it('claims nothing when the anonymous views disagree (an experiment or a price change)', () => {
    const result = compareViews(view('€49.99'), [view('€44.99'), view('€47.99')]);
    expect(result.price.status).toBe('anonymous-varies');
  });

  it('says when prices are the same, or when one side has none', () => {
    expect(compareViews(view('€44.99'), [view('€44.99'), view('€44.99')]).price.status).toBe('same');
    expect(compareViews(view('€44.99'), [view(undefined), view(undefined)]).price).toEqual({
      status: 'not-comparable',
      you: expect.objectContaining({ amount: 44.99 }),
    });
  });

  it('separates what only the user sees from what everyone sees', () => {
    const you = view('€49.99', [
      finding('greeting', 'Hello, T***'),
      finding('personal-recommendations'),
      finding('recently-viewed'),
      finding('personal-recommendations', 'second'),
    ]);
    const anonymous = view('€44.99', [finding('recently-viewed')]);
    const result = compareViews(you, [anonymous, view('€44.99')]);
    expect(result.onlyForYou).toEqual([
      { signal: 'greeting', evidence: 'Hello, T***' },
      { signal: 'personal-recommendations', evidence: 'personal-recommendations' },
    ]);
    expect(result.alsoForAnonymous).toEqual(['recently-viewed']);
  });
});
