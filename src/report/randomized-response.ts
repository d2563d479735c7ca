/**
 * Local randomised response (signals.md §7): each boolean is reported truthfully with
 * probability p = e^ε/(1+e^ε) and flipped otherwise, so no single answer can be believed, while
 * the rate over many reports can still be estimated: π̂ = (λ − (1−p))/(2p − 1). The estimator
 * lives in the researcher CLI (cli/report-aggregate.mjs), which reads reports, not profiles.
 */

/**
 * ln 3 as the double nearest to it, written out: engines round Math.log(3) differently in the
 * last bit (Node's V8 here gives 1.0986122886681096, Chromium's 1.0986122886681098), and a
 * report must state the same ε, and the schema accept it, whichever engine made it.
 */
export const EPSILON_LN3 = 1.0986122886681098;

/** The ε a report may state: ln 3 (p = 0.75) and 1 (p ≈ 0.731) are offered in the UI, 2 (p ≈ 0.881) for studies. */
export const EPSILON_CHOICES = [EPSILON_LN3, 1, 2] as const;

export function isEpsilonChoice(epsilon: number): boolean {
  return (EPSILON_CHOICES as readonly number[]).includes(epsilon);
}

/** Probability of answering truthfully under ε-local differential privacy. */
export function truthProbability(epsilon: number): number {
  return Math.exp(epsilon) / (1 + Math.exp(epsilon));
}

/** p as a report states it, for people reading the file (the estimate uses the exact p of ε). */
export function statedTruthProbability(epsilon: number): number {
  return Math.round(truthProbability(epsilon) * 1e6) / 1e6;
}

/** The truth with probability p, otherwise its opposite; `random` returns a uniform [0, 1). */
export function randomizedAnswer(truth: boolean, p: number, random: () => number): boolean {
  return random() < p ? truth : !truth;
}
