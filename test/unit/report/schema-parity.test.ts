/**
 * The two statements of the report format agree: the valibot schema the builder checks itself
 * with and the published JSON Schema (docs/report.schema.json, draft 2020-12, checked with ajv as
 * the researcher CLI does) accept and reject the same reports — built ones, and each of them
 * broken in one place at a time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildResearchReport,
  checkResearchReport,
  COUNT_BUCKETS,
  EPSILON_CHOICES,
  FLAG_GROUPS,
  type ResearchReport,
} from '../../../src/report';
import { random } from '../../bench/seeded-random';
import { company, profileOf, reportInput, ROOT } from './report-fixtures';

const jsonSchema = JSON.parse(readFileSync(join(ROOT, 'docs', 'report.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true }).compile(jsonSchema);

function agree(value: unknown): boolean {
  const valibot = checkResearchReport(value).ok;
  const ajv = validate(value);
  expect({ valibot, ajv, value }).toEqual({ valibot: ajv, ajv, value });
  return ajv;
}

const SITES = ['amazon.de', 'otto.de', 'jd.com', 'ebay.com', 'zalando.de', 'nowhere.example'];

function builtReport(seed: number, epsilonIndex: number): ResearchReport {
  const rng = random(seed);
  const profiles = SITES.filter(() => rng.chance(0.7)).map((site) =>
    profileOf(site, {
      pageViews: rng.int(0, 30),
      companies: Object.fromEntries(
        ['facebook', 'google', 'criteo'].filter(() => rng.chance(0.5)).map((key) => [key, company(key)]),
      ),
    }),
  );
  const epsilon = epsilonIndex < EPSILON_CHOICES.length ? EPSILON_CHOICES[epsilonIndex] : undefined;
  // Every other report keeps its answers (memoized: true).
  const memo = seed % 2 === 0 ? new Map() : undefined;
  return buildResearchReport(reportInput({ profiles, epsilon, random: rng.next, memo }));
}

type Loose = Record<string, unknown>;
interface LooseShop extends Loose {
  counts: Loose;
  knowledge: Loose;
  page_apis: Loose;
  personalization: Loose;
  gpc: Loose;
}
interface LooseReport extends Loose {
  shops: Record<string, unknown>;
}

/** One-place breakages of a report: each must be rejected by both or accepted by both. */
function mutations(report: ResearchReport): unknown[] {
  const out: unknown[] = [];
  const mutate = (change: (r: LooseReport) => void) => {
    const r = structuredClone(report) as unknown as LooseReport;
    change(r);
    out.push(r);
  };
  mutate((r) => (r.extra = 1));
  mutate((r) => delete r.nonce);
  mutate((r) => (r.nonce = 'not-a-uuid'));
  mutate((r) => (r.nonce = '123e4567-e89b-12d3-a456-426614174000')); // version 1: has a time in it
  mutate((r) => (r.period = '2026-12-02'));
  mutate((r) => (r.period = '2026-W54'));
  mutate((r) => (r.schema_version = 2));
  mutate((r) => (r.ruleset_version = 1.5));
  mutate((r) => (r.consent_version = 0));
  mutate((r) => (r.origin = 'server'));
  mutate((r) => (r.unnamed_shops = 3));
  mutate((r) => (r.ldp = { mechanism: 'randomized-response', epsilon: 1, p_truth: 0.75, memoized: false }));
  mutate(
    (r) => (r.ldp = { mechanism: 'randomized-response', epsilon: 0.5, p_truth: 0.622459, memoized: false }),
  );
  mutate(
    (r) => (r.ldp = { mechanism: 'randomized-response', epsilon: 2, p_truth: 0.880797, memoized: 'yes' }),
  );
  mutate((r) => (r.ldp = { mechanism: 'randomized-response', epsilon: 2, p_truth: 0.880797 }));
  mutate((r) => (r.ldp = { mechanism: 'none', epsilon: 1 }));
  mutate((r) => (r.shops['https://amazon.de/'] = Object.values(r.shops)[0] ?? {}));
  mutate((r) => (r.shops['Amazon.de'] = {}));
  mutate((r) => {
    for (let i = 0; i < 11; i++) r.shops[`shop${i}.com`] = structuredClone(Object.values(r.shops)[0] ?? {});
  });
  const first = Object.keys(report.shops)[0];
  if (first) {
    const shop = (change: (s: LooseShop) => void) => mutate((r) => change(r.shops[first] as LooseShop));
    shop((s) => (s.companies = ['facebook', 'facebook']));
    shop((s) => (s.companies = ['a/b']));
    shop((s) => (s.companies = ['user@example.com']));
    shop((s) => (s.counts.page_views = 17));
    shop((s) => (s.counts.page_views = '11-20'));
    shop((s) => delete s.counts.events_sent);
    shop((s) => (s.knowledge.identity = 'yes'));
    shop((s) => (s.knowledge.religion = true));
    shop((s) => delete s.personalization.greeting);
    shop((s) => (s.page_apis['canvas-fingerprint'] = 1));
    shop((s) => (s.gpc.site_declares = false));
    shop((s) => (s.gpc = { sent: true }));
    shop((s) => (s.url = 'https://amazon.de/cart?id=1'));
  }
  return out;
}

describe('docs/report.schema.json and the valibot schema', () => {
  it('accept every built report, with and without noise', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.nat(EPSILON_CHOICES.length), (seed, eps) => {
        expect(agree(builtReport(seed, eps))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('reject the same broken reports', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const report = builtReport(seed, seed % (EPSILON_CHOICES.length + 1));
      for (const broken of mutations(report)) expect(agree(broken)).toBe(false);
    }
  });

  it('accept the example in docs/report-format.md', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'report-format.md'), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(agree(JSON.parse(example ?? 'null'))).toBe(true);
  });

  it('list the same vocabulary', () => {
    const defs = (jsonSchema as { $defs: { shop: { properties: Record<string, { required: string[] }> } } })
      .$defs;
    for (const [group, keys] of Object.entries(FLAG_GROUPS))
      expect(defs.shop.properties[group]!.required).toEqual([...keys]);
    expect((jsonSchema as { $defs: { bucket: { enum: string[] } } }).$defs.bucket.enum).toEqual([
      ...COUNT_BUCKETS,
    ]);
  });
});
