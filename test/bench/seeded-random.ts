/** A seeded PRNG (mulberry32) with the draws the benchmark's generator needs: the same seed, the same year. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p: number) => next() < p,
    pick: <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!,
    /** k distinct values, each drawn with probability proportional to its weight. */
    sample<T>(values: readonly T[], weights: readonly number[], k: number): T[] {
      const keyed = values.map((value, i) => ({ value, key: Math.pow(next(), 1 / weights[i]!) }));
      return keyed
        .sort((a, b) => b.key - a.key)
        .slice(0, k)
        .map((entry) => entry.value);
    },
  };
}
export type Random = ReturnType<typeof random>;
