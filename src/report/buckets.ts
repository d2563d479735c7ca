/**
 * Bucketed counts (signals.md §7): a report never carries an exact count, only one of five
 * classes, so a count cannot single out a user.
 */
export const COUNT_BUCKETS = ['0', '1', '2-4', '5-9', '10+'] as const;
export type CountBucket = (typeof COUNT_BUCKETS)[number];

export function bucketOf(count: number): CountBucket {
  if (!(count >= 1)) return '0'; // NaN and negatives are nothing seen
  if (count < 2) return '1';
  if (count < 5) return '2-4';
  if (count < 10) return '5-9';
  return '10+';
}
