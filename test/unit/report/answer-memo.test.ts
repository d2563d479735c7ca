/**
 * Memoised randomised response: a kept answer is repeated, each kept answer is truthful with
 * probability p, the memo itself holds nothing about the truth, storage round-trips and refuses
 * malformed entries, a deleted shop's answers are forgotten — and, the point of it all, many
 * memoised reports of one person do not average out to the truth, while fresh draws do.
 */
import { describe, expect, it } from 'vitest';
import {
  answerMemoFromStored,
  answerMemoToStored,
  buildResearchReport,
  EPSILON_LN3,
  forgetShopAnswers,
  MAX_MEMO_ENTRIES,
  memoizedAnswer,
  memoKey,
  truthProbability,
  withAnswersAbout,
  type AnswerMemo,
  type ResearchReport,
} from '../../../src/report';
import { random } from '../../bench/seeded-random';
import { CANVAS_BY_THIRD_PARTY, company, greetingSeen, profileOf, reportInput } from './report-fixtures';

const LN3 = EPSILON_LN3;
const P = truthProbability(LN3);

/** A shop that greets by name and fingerprints the canvas: some answers are yes. */
function shopWithFacebook(site = 'amazon.de') {
  return profileOf(site, {
    pageViews: 5,
    companies: { facebook: company('facebook') },
    apiSignals: CANVAS_BY_THIRD_PARTY,
    personalization: { greeting: greetingSeen(3) },
  });
}

/** Every boolean of a report's shop entries, in a stable order. */
function booleans(report: ResearchReport): boolean[] {
  return Object.keys(report.shops)
    .sort()
    .flatMap((site) => {
      const shop = report.shops[site]!;
      return [
        ...Object.values(shop.knowledge),
        ...Object.values(shop.page_apis),
        ...Object.values(shop.personalization),
        shop.gpc.sent,
      ];
    });
}

describe('memoised randomised response', () => {
  it('repeats the kept answer and draws a pair only once', () => {
    const memo: AnswerMemo = new Map();
    let draws = 0;
    const rng = random(5);
    const counted = () => (draws++, rng.next());
    const key = memoKey(LN3, 'amazon.de', 'knowledge.location');
    const first = memoizedAnswer(memo, key, true, P, counted);
    for (let i = 0; i < 20; i++) expect(memoizedAnswer(memo, key, true, P, counted)).toBe(first);
    expect(draws).toBe(2);
    expect(memo.get(key)![0]).toBe(first);
  });

  it('keeps answers that are truthful with probability p, for either truth', () => {
    const memo: AnswerMemo = new Map();
    const rng = random(17);
    const n = 20_000;
    let truthfulWhileTrue = 0;
    let truthfulWhileFalse = 0;
    for (let i = 0; i < n; i++) {
      const key = memoKey(LN3, `shop${i}.com`, 'knowledge.identity');
      if (memoizedAnswer(memo, key, true, P, rng.next)) truthfulWhileTrue++;
      if (!memoizedAnswer(memo, key, false, P, rng.next)) truthfulWhileFalse++;
    }
    // p = 0.75; the standard error over 20,000 draws is about 0.003.
    expect(Math.abs(truthfulWhileTrue / n - P)).toBeLessThan(0.015);
    expect(Math.abs(truthfulWhileFalse / n - P)).toBeLessThan(0.015);
  });

  it('makes the same memo whatever the truth is, so the stored memo reveals none of it', () => {
    const profile = shopWithFacebook();
    const unlike = profileOf('amazon.de', { pageViews: 5 });
    const truthOf = (p: typeof profile) => booleans(buildResearchReport(reportInput({ profiles: [p] })));
    expect(truthOf(profile)).not.toEqual(truthOf(unlike));
    const memoA: AnswerMemo = new Map();
    const memoB: AnswerMemo = new Map();
    buildResearchReport(
      reportInput({ profiles: [profile], epsilon: LN3, random: random(3).next, memo: memoA }),
    );
    buildResearchReport(
      reportInput({ profiles: [unlike], epsilon: LN3, random: random(3).next, memo: memoB }),
    );
    expect(memoA.size).toBeGreaterThan(20);
    expect([...memoA]).toEqual([...memoB]);
    // The same over many questions, each drawn while the truth is yes in one memo and no in the other.
    const whileTrue: AnswerMemo = new Map();
    const whileFalse: AnswerMemo = new Map();
    const [rngTrue, rngFalse] = [random(9), random(9)];
    for (let i = 0; i < 200; i++) {
      const key = memoKey(LN3, `shop${i}.com`, 'gpc.sent');
      memoizedAnswer(whileTrue, key, true, P, rngTrue.next);
      memoizedAnswer(whileFalse, key, false, P, rngFalse.next);
    }
    expect([...whileTrue]).toEqual([...whileFalse]);
  });

  it('says memoized: true and gives the same answers in every report built with the memo', () => {
    const memo: AnswerMemo = new Map();
    const profiles = [shopWithFacebook('amazon.de'), shopWithFacebook('otto.de')];
    const reports = Array.from({ length: 30 }, (_, seed) =>
      buildResearchReport(reportInput({ profiles, epsilon: 1, random: random(seed + 1).next, memo })),
    );
    expect(reports[0]!.ldp).toEqual({
      mechanism: 'randomized-response',
      epsilon: 1,
      p_truth: 0.731059,
      memoized: true,
    });
    expect(new Set(reports.map((report) => report.nonce)).size).toBe(30);
    for (const report of reports) expect(booleans(report)).toEqual(booleans(reports[0]!));
  });

  it('lets many fresh reports average out to the truth, and many memoised ones not', () => {
    const profiles = [shopWithFacebook()];
    const truth = booleans(buildResearchReport(reportInput({ profiles })));
    /** Per question, the de-biased mean over the reports (docs/report-format.md) — the averaging attack. */
    const attack = (reports: ResearchReport[]) =>
      truth.map((_, question) => {
        const yes = reports.filter((report) => booleans(report)[question]).length / reports.length;
        return (yes - (1 - P)) / (2 * P - 1) > 0.5;
      });
    const build = (seed: number, memo?: AnswerMemo) =>
      buildResearchReport(reportInput({ profiles, epsilon: LN3, random: random(seed).next, memo }));
    const fresh = Array.from({ length: 400 }, (_, i) => build(1000 + i));
    expect(attack(fresh)).toEqual(truth);

    const memo: AnswerMemo = new Map();
    const memoised = Array.from({ length: 400 }, (_, i) => build(1000 + i, memo));
    // All 400 say what the first one says: the attacker learns only one noisy answer per question.
    expect(attack(memoised)).toEqual(booleans(memoised[0]!));
    expect(booleans(memoised[0]!)).not.toEqual(truth);
  });

  it('round-trips through storage and refuses malformed entries', () => {
    const memo: AnswerMemo = new Map([
      [memoKey(LN3, 'amazon.de', 'knowledge.location'), [true, false]],
      [memoKey(2, 'jd.com', 'gpc.sent'), [false, false]],
    ]);
    const stored = JSON.parse(JSON.stringify(answerMemoToStored(memo))) as unknown;
    expect([...answerMemoFromStored(stored)]).toEqual([...memo]);
    for (const bad of [null, 7, 'x', [], [[true, false]]]) expect(answerMemoFromStored(bad).size).toBe(0);
    const mixed = answerMemoFromStored({
      '1|amazon.de|knowledge.location': [true, true],
      '1|amazon.de|knowledge.location|x': [true, true],
      '1|https://amazon.de/|gpc.sent': [true, true],
      '1|amazon.de|gpc.sent': [true],
      '1|otto.de|gpc.sent': ['yes', false],
      '1|ebay.com|gpc.sent': { 0: true, 1: false },
      __proto__: [true, true],
    });
    expect([...mixed.keys()]).toEqual(['1|amazon.de|knowledge.location']);
  });

  it('keeps at most MAX_MEMO_ENTRIES pairs', () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_MEMO_ENTRIES + 10 }, (_, i) => [`1|s${i}.com|gpc.sent`, [true, false]]),
    );
    expect(answerMemoFromStored(many).size).toBe(MAX_MEMO_ENTRIES);
    const memo: AnswerMemo = new Map(Object.entries(many).map(([key]) => [key, [true, false] as const]));
    const kept = Object.keys(answerMemoToStored(memo));
    expect(kept).toHaveLength(MAX_MEMO_ENTRIES);
    expect(kept.at(-1)).toBe(`1|s${MAX_MEMO_ENTRIES + 9}.com|gpc.sent`);
  });

  it("adds a saved report's answers about its shops only to what is stored", () => {
    const stored: AnswerMemo = new Map([[memoKey(1, 'otto.de', 'gpc.sent'), [false, false]]]);
    const used: AnswerMemo = new Map([
      // Read by the page before jd.com's evidence was deleted: not about this report's shops, not kept.
      [memoKey(1, 'jd.com', 'gpc.sent'), [true, true]],
      [memoKey(1, 'amazon.de', 'gpc.sent'), [true, false]],
      [memoKey(1, 'otto.de', 'gpc.sent'), [true, true]],
    ]);
    const kept = withAnswersAbout(stored, used, ['amazon.de', 'otto.de']);
    expect(Object.fromEntries(kept)).toEqual({
      '1|otto.de|gpc.sent': [true, true],
      '1|amazon.de|gpc.sent': [true, false],
    });
    expect(stored.size).toBe(1);
  });

  it("forgets a deleted shop's answers, or all of them", () => {
    const memo: AnswerMemo = new Map([
      [memoKey(1, 'amazon.de', 'gpc.sent'), [true, false]],
      [memoKey(2, 'amazon.de', 'knowledge.identity'), [true, true]],
      [memoKey(1, 'otto.de', 'gpc.sent'), [false, false]],
    ]);
    expect([...forgetShopAnswers(memo, ['amazon.de']).keys()]).toEqual(['1|otto.de|gpc.sent']);
    expect(forgetShopAnswers(memo, 'all').size).toBe(0);
    expect(memo.size).toBe(3);
  });

  it('states ln 3 as the double nearest to it, whatever the engine rounds Math.log(3) to', () => {
    // Parsing a decimal gives the nearest double: ln 3 to 34 digits.
    expect(Number('1.098612288668109691395245236922525704647')).toBe(EPSILON_LN3);
    expect(Math.abs(EPSILON_LN3 - Math.log(3))).toBeLessThanOrEqual(Number.EPSILON);
  });
});
