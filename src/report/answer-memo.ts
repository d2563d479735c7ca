/**
 * Memoised randomised response (RAPPOR's "permanent" answers): for each ε, shop and question
 * the two possible answers — the one given while the truth is yes and the one given while it is
 * no — are drawn once and kept, so every later report repeats them. Without this, a researcher
 * given several reports of one person could average the draws and learn the truth; with it, a
 * hundred reports say no more than one about an unchanged truth. The memo holds both answers, so
 * it says nothing about which is true; it lives in the extension's local storage, and a shop's
 * answers are forgotten when the user deletes what was recorded about that shop. Pure.
 */

/** Key: `<ε>|<shop>|<question>`; value: [answer while true, answer while false]. */
export type AnswerMemo = Map<string, readonly [ifTrue: boolean, ifFalse: boolean]>;

/**
 * Bound on kept pairs: allowlisted shops × questions × ε choices is far below it (about
 * 16,000 for today's allowlist); it only bounds what a corrupt storage entry could make us hold.
 */
export const MAX_MEMO_ENTRIES = 50_000;

const KEY_PATTERN = /^[0-9.]{1,24}\|[a-z0-9.-]{1,253}\|[a-z_]{1,20}\.[a-z0-9_-]{1,40}$/;

export function memoKey(epsilon: number, shop: string, question: string): string {
  return `${epsilon}|${shop}|${question}`;
}

/**
 * The memoised answer: the kept pair's answer for this truth, or a new pair drawn now (each
 * answer truthful with probability p, independently) and kept in `memo`.
 */
export function memoizedAnswer(
  memo: AnswerMemo,
  key: string,
  truth: boolean,
  p: number,
  random: () => number,
): boolean {
  let pair = memo.get(key);
  if (!pair) {
    pair = [random() < p, !(random() < p)];
    memo.set(key, pair);
  }
  return truth ? pair[0] : pair[1];
}

/** The memo from what storage holds; anything malformed is left out, at most MAX_MEMO_ENTRIES kept. */
export function answerMemoFromStored(stored: unknown): AnswerMemo {
  const memo: AnswerMemo = new Map();
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return memo;
  for (const [key, pair] of Object.entries(stored)) {
    if (memo.size >= MAX_MEMO_ENTRIES) break;
    if (
      KEY_PATTERN.test(key) &&
      Array.isArray(pair) &&
      pair.length === 2 &&
      typeof pair[0] === 'boolean' &&
      typeof pair[1] === 'boolean'
    )
      memo.set(key, [pair[0], pair[1]]);
  }
  return memo;
}

/** What storage keeps: a plain object, the newest MAX_MEMO_ENTRIES pairs. */
export function answerMemoToStored(memo: AnswerMemo): Record<string, [boolean, boolean]> {
  const entries = [...memo].slice(-MAX_MEMO_ENTRIES);
  return Object.fromEntries(entries.map(([key, [ifTrue, ifFalse]]) => [key, [ifTrue, ifFalse]]));
}

/** `stored` with the pairs of `used` that are about `shops` added (a saved report's answers). */
export function withAnswersAbout(stored: AnswerMemo, used: AnswerMemo, shops: readonly string[]): AnswerMemo {
  const named = new Set(shops);
  const memo: AnswerMemo = new Map(stored);
  for (const [key, pair] of used) if (named.has(shopOfKey(key))) memo.set(key, pair);
  return memo;
}

/** The memo without the answers about these shops, or about every shop when `shops` is 'all'. */
export function forgetShopAnswers(memo: AnswerMemo, shops: readonly string[] | 'all'): AnswerMemo {
  if (shops === 'all') return new Map();
  const gone = new Set(shops);
  return new Map([...memo].filter(([key]) => !gone.has(shopOfKey(key))));
}

function shopOfKey(key: string): string {
  return key.split('|')[1] ?? '';
}
