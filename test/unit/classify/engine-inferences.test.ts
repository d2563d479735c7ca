import { describe, expect, it } from 'vitest';
import { engineInferenceDeltas } from '../../../src/classify/engine-inferences';
import { pageContextOf } from '../../../src/classify/page-context';

describe('engineInferenceDeltas', () => {
  it('turns the shop’s engine cookies into first-party inferences with their detail, and nothing else', () => {
    const page = pageContextOf('https://www.shop.example/p/1?x=1')!;
    const deltas = engineInferenceDeltas(
      'session=abc; _dy_df_geo=Germany.Baden-W%C3%BCrttemberg.Mannheim; _br_uid_2=uid=1:ts=1700000000000:hc=12',
      page,
      5,
    );
    expect(deltas.map((d) => [d.kind, d.party, d.retailer, d.subject, d.detail])).toEqual([
      ['engine-inference', 'first', 'shop.example', 'dynamic-yield|location', 'Mannheim'],
      ['engine-inference', 'first', 'shop.example', 'bloomreach|profile-id', undefined],
      ['engine-inference', 'first', 'shop.example', 'bloomreach|visit-count', 12],
      ['engine-inference', 'first', 'shop.example', 'bloomreach|first-seen', 1700000000000],
    ]);
    expect(deltas[0]?.evidence).toEqual({ at: 5, page: 'https://www.shop.example/p/1' });
    expect(JSON.stringify(deltas)).not.toContain('uid=1');
  });
});
