/**
 * The ISO 8601 week of a time ("2026-W48"): the finest time a research report carries. Computed
 * in UTC so that the same instant gives the same week everywhere (no time zone leaks either).
 */
const DAY = 86_400_000;

export const ISO_WEEK_PATTERN = /^[0-9]{4}-W(0[1-9]|[1-4][0-9]|5[0-3])$/;

export function isoWeek(ms: number): string {
  const date = new Date(ms);
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  // ISO weeks start on Monday; a week belongs to the year of its Thursday.
  const weekday = (date.getUTCDay() + 6) % 7;
  const thursday = midnight + (3 - weekday) * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY));
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}
